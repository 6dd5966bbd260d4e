"""From the shared sink to the Event table, then to the rollups.

Contract:
- `flush()` moves every prepared event from Redis (when configured) and from the StagedEvent table
  into Event, in batches of at most CHUNK events (memory stays bounded whatever the backlog),
  with at most one INSERT statement per 1,000 events; it drops events whose page no longer
  exists (or never did), and adds the events it really inserted to the rollups in the same
  transaction (foreign_info.analytics.rollups.add). It returns the number of events inserted.
- A crash anywhere never double-counts, and neither do two flushes at once. Event.key is unique
  and made at collection; the insert skips keys already stored and returns only the rows it
  inserted, so a replayed batch adds nothing to the rollups. Redis: the waiting list is first
  renamed to a key of the flush's own (noted in a set); a flush works on a claimed list only
  while it holds that list's lock, takes it a chunk at a time and trims each chunk after its
  transaction commits; a crashed flush's lock expires and the next flush replays what is left.
  Staging table: insert and delete commit in one transaction.
"""

import contextlib
import datetime
import json
import logging
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Page, Site

from . import buffer
from .models import Event, Kind, StagedEvent
from .upsert import insert_new, latest_per_key

logger = logging.getLogger(__name__)
BATCH = 1000
CHUNK = 10_000
LOCK_SECONDS = 300
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


EVENT_COLUMNS = [
    "key",
    "occurred_at",
    "site_id",
    "page_id",
    "kind",
    "content_language",
    "country",
    "channel",
    "device",
    "visitor",
    "preferred_language",
    "referrer_domain",
    "target",
    "starts_visit",
]
# A visit ends after this long without a page view by the same visitor (Matomo's and
# Plausible's default).
VISIT_GAP = datetime.timedelta(minutes=30)


def insert(events):
    """Store the events whose key is new and add those to the rollups; returns them."""
    from .rollups import add

    mark_visit_starts(events)
    rows = [tuple(getattr(event, name) for name in EVENT_COLUMNS) for event in events]
    new_keys = set(insert_new(Event, rows, EVENT_COLUMNS, ["key"], "key"))
    inserted = [event for event in events if event.key in new_keys]
    add(inserted)
    return inserted


def mark_visit_starts(events):
    """A page view starts a visit when its visitor viewed no page in the VISIT_GAP before it,
    among the stored events and the earlier ones of this batch."""
    views = sorted((event for event in events if event.kind == Kind.VIEW), key=lambda event: event.occurred_at)
    if not views:
        return
    stored = latest_per_key(Event, "visitor", "occurred_at", {event.visitor for event in views}, views[0].occurred_at - VISIT_GAP, kind=Kind.VIEW)
    last_seen = {visitor: as_utc(moment) for visitor, moment in stored.items()}
    for event in views:
        previous = last_seen.get(event.visitor)
        event.starts_visit = previous is None or event.occurred_at - previous > VISIT_GAP
        last_seen[event.visitor] = max(event.occurred_at, previous or event.occurred_at)


def as_utc(moment):
    """A timestamp read by a raw query: SQLite gives text in UTC, PostgreSQL an aware datetime."""
    if isinstance(moment, str):
        moment = parse_datetime(moment)
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=datetime.UTC)


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


def flush_redis(resolve_site):
    """Every claimed list (this flush's and any a crashed flush left) is inserted a chunk at a
    time, each chunk trimmed once its transaction committed; a list another flush holds the lock
    of is left to that flush."""
    client = buffer.redis_client()
    if client is None:
        return 0
    import redis

    inserted = 0
    try:
        claim_waiting_list(client)
        for key in sorted(member.decode() for member in client.smembers(PROCESSING_SET)):
            lock = client.lock(key + ":lock", timeout=LOCK_SECONDS, blocking=False)
            if not lock.acquire():
                continue
            try:
                while payloads := client.lrange(key, 0, CHUNK - 1):
                    with transaction.atomic():
                        inserted += len(insert(to_events(payloads, resolve_site)))
                    client.ltrim(key, len(payloads), -1)
                    lock.extend(LOCK_SECONDS, replace_ttl=True)
                finish_processing(client, key)
            finally:
                with contextlib.suppress(redis.RedisError):
                    lock.release()
    except redis.RedisError:
        logger.warning("Redis did not answer the analytics flush; its events wait for the next one")
    return inserted


def flush_staging(resolve_site, limit=CHUNK):
    with transaction.atomic():
        # select_for_update: a second flush waits instead of reading the same rows (PostgreSQL).
        rows = list(StagedEvent.objects.select_for_update(skip_locked=True).order_by("pk").values_list("pk", "payload")[:limit])
        if not rows:
            return 0, 0
        inserted = insert(to_events([payload for _pk, payload in rows], resolve_site))
        StagedEvent.objects.filter(pk__in=[pk for pk, _payload in rows]).delete()
    return len(rows), len(inserted)


def flush():
    from .counter import refresh_counters

    resolve_site = SiteResolver()
    inserted = flush_redis(resolve_site)
    while True:
        read, moved = flush_staging(resolve_site)
        inserted += moved
        if read == 0:
            break
    if inserted:
        refresh_counters()
    return inserted


def drain_and_flush():
    """Everything this process holds, all the way to the rollups (tests, shutdown, demo)."""
    buffer.drain()
    return flush()


def prune(now=None):
    """Delete raw events older than the retention setting, and old salts."""
    from .rollups import prune_visitor_sets
    from .settings import analytics_setting
    from .visitors import delete_old_salts

    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=analytics_setting("RETENTION_DAYS"))
    deleted, _ = Event.objects.filter(occurred_at__lt=cutoff).delete()
    delete_old_salts(now)
    prune_visitor_sets(timezone.localdate(now))
    return deleted
