"""From the shared sink to the Event table, then to the rollups.

Contract:
- `flush()` moves every prepared event from Redis (when configured) and from the StagedEvent table
  into Event, with at most one INSERT statement per 1,000 events, drops events whose page no
  longer exists (or never did: a forged beacon), and refreshes the rollups of the hours and days
  it touched. It returns the number of events inserted.
- A crash anywhere never double-counts. Redis: the list is first renamed to a key of the flush's
  own (noted in a set), which is deleted only after the insert commits; a flush that finds a key
  left by a crashed one replays it, and Event.key (unique, made at collection) makes the replayed
  rows no-ops. Staging table: insert and delete commit in one transaction.
- Rollups are recomputed from raw events for each touched hour and day (delete, then insert), so
  running them twice gives the same rows.
"""

import datetime
import json
import logging
import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from foreign_info.core.db import sqlite_real_parameter_limit

from . import buffer
from .models import Event, StagedEvent

logger = logging.getLogger(__name__)
BATCH = 1000
PROCESSING_PREFIX = buffer.REDIS_KEY + ":processing:"
PROCESSING_SET = buffer.REDIS_KEY + ":claimed"


class SiteResolver:
    """Host name -> Wagtail site id, as Wagtail matches them (default site for unknown hosts)."""

    def __init__(self):
        self.sites = {}
        self.default = None
        for site in Site.objects.all():
            self.sites.setdefault(site.hostname.lower(), site.pk)
            self.sites[f"{site.hostname.lower()}:{site.port}"] = site.pk
            if site.is_default_site:
                self.default = site.pk

    def __call__(self, host):
        host = host.lower()
        return self.sites.get(host) or self.sites.get(host.split(":", 1)[0]) or self.default


def to_events(payloads, resolve_site):
    prepared = []
    for payload in payloads:
        try:
            prepared.append(json.loads(payload))
        except ValueError:
            logger.warning("skipped an unreadable analytics event")
    page_ids = {item["page_id"] for item in prepared if item.get("page_id") is not None}
    known = set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    events = []
    for item in prepared:
        if item.get("page_id") is not None and item["page_id"] not in known:
            continue
        site_id = resolve_site(item["host"])
        if site_id is None:
            continue
        events.append(
            Event(
                key=item["key"],
                occurred_at=datetime.datetime.fromtimestamp(item["at"], tz=datetime.UTC),
                site_id=site_id,
                page_id=item["page_id"],
                kind=item["kind"],
                content_language=item["content_language"],
                country=item["country"],
                channel=item["channel"],
                device=item["device"],
                visitor=item["visitor"],
                preferred_language=item["preferred_language"],
                referrer_domain=item["referrer_domain"],
                target=item["target"],
            )
        )
    return events


def insert(events):
    with sqlite_real_parameter_limit():
        Event.objects.bulk_create(events, batch_size=BATCH, ignore_conflicts=True)


def claim_waiting_list(client):
    """Rename the waiting list to a key of this flush's own, noted in a set (one transaction), so
    that hits pushed meanwhile go to a new list, and a crashed flush's key is found again."""
    import redis

    key = f"{PROCESSING_PREFIX}{uuid.uuid4().hex}"
    pipe = client.pipeline(transaction=True)
    pipe.rename(buffer.REDIS_KEY, key)
    pipe.sadd(PROCESSING_SET, key)
    try:
        pipe.execute()
    except redis.ResponseError:  # no waiting list: the set may name a missing key, read as empty
        client.srem(PROCESSING_SET, key)


def finish_processing(client, key):
    pipe = client.pipeline(transaction=True)
    pipe.delete(key)
    pipe.srem(PROCESSING_SET, key)
    pipe.execute()


def flush_redis(resolve_site, touched):
    """Every claimed list (this flush's and any a crashed flush left) is inserted, then deleted.
    Two flushes working on the same list insert nothing twice (Event.key) and lose nothing (a
    claimed list never changes)."""
    client = buffer.redis_client()
    if client is None:
        return 0
    import redis

    inserted = 0
    try:
        claim_waiting_list(client)
        for key in sorted(member.decode() for member in client.smembers(PROCESSING_SET)):
            events = to_events(client.lrange(key, 0, -1), resolve_site)
            with transaction.atomic():
                insert(events)
            inserted += len(events)
            touched.update(event.occurred_at for event in events)
            finish_processing(client, key)
    except redis.RedisError:
        logger.warning("Redis did not answer the analytics flush; its events wait for the next one")
    return inserted


def flush_staging(resolve_site, touched, limit=50_000):
    with transaction.atomic():
        rows = list(StagedEvent.objects.order_by("pk").values_list("pk", "payload")[:limit])
        if not rows:
            return 0, 0
        events = to_events([payload for _pk, payload in rows], resolve_site)
        insert(events)
        StagedEvent.objects.filter(pk__lte=rows[-1][0]).delete()
    touched.update(event.occurred_at for event in events)
    return len(rows), len(events)


def flush():
    from .rollups import refresh

    resolve_site = SiteResolver()
    touched = set()
    inserted = flush_redis(resolve_site, touched)
    while True:
        read, moved = flush_staging(resolve_site, touched)
        inserted += moved
        if read == 0:
            break
    if touched:
        refresh(touched)
    return inserted


def drain_and_flush():
    """Everything this process holds, all the way to the rollups (tests, shutdown, demo)."""
    buffer.drain()
    return flush()


def prune(now=None):
    """Delete raw events older than the retention setting, and old salts."""
    from .settings import analytics_setting
    from .visitors import delete_old_salts

    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=analytics_setting("RETENTION_DAYS"))
    deleted, _ = Event.objects.filter(occurred_at__lt=cutoff).delete()
    delete_old_salts(now)
    return deleted
