"""The buffer between a request and the database.

Contract:
- `append(hit)` is all a request does: a deque append (thread-safe, no I/O). A hit still holds the
  raw IP and user agent, only in this process's memory and only until the next drain.
- `drain()` turns hits into prepared events (visitor hash, country, channel, device, bot or
  prefetch; IP and user agent dropped) and hands them to the shared sink: a Redis list when
  REDIS_URL is set, else (or when Redis does not answer) the StagedEvent table. A drainer thread
  per process calls it every settings.ANALYTICS["DRAIN_SECONDS"], or sooner when
  ["DRAIN_EVENTS"] hits wait, and enqueues the flush task (foreign_info.analytics.flush).
- At interpreter exit (gunicorn's graceful worker shutdown, `manage.py` commands) the rest of the
  buffer is drained, so nothing is lost on a graceful shutdown.
"""

import atexit
import collections
import datetime
import json
import logging
import os
import threading

from django.conf import settings
from django.db import DatabaseError

from . import classify
from .visitors import visitor_hash

logger = logging.getLogger(__name__)
REDIS_KEY = "analytics:events"

Hit = collections.namedtuple(
    "Hit",
    "key at host page_id content_language kind ip user_agent accept_language referer purpose country_header target",
)

_hits = collections.deque()
_wake = threading.Event()
_drainer = {"pid": None, "thread": None, "wake_at": 500}
_redis = {"client": None}


def config(name):
    from .settings import analytics_setting

    return analytics_setting(name)


def append(hit):
    _hits.append(hit)
    if _drainer["pid"] != os.getpid():
        _start_drainer()
    elif len(_hits) >= _drainer["wake_at"] and not _wake.is_set():
        _wake.set()


def pending():
    return len(_hits)


def _start_drainer():
    _drainer["pid"] = os.getpid()  # a forked worker starts its own thread
    _drainer["wake_at"] = config("DRAIN_EVENTS")
    interval = config("DRAIN_SECONDS")
    if not interval:
        return  # tests drain by hand

    def loop():
        owed = False
        while True:
            _wake.wait(interval)
            _wake.clear()
            owed = drain_round(owed)

    thread = threading.Thread(target=loop, name="analytics-drainer", daemon=True)
    thread.start()
    _drainer["thread"] = thread


def drain_round(flush_owed):
    """One round of the drainer: move the hits, and ask for a flush when hits moved now or in an
    earlier round whose request was throttled. Returns whether a flush is still owed."""
    from .tasks import request_flush

    try:
        flush_owed = bool(drain()) or flush_owed
        return flush_owed and not request_flush()
    except Exception:  # never let the thread die: the next round retries
        logger.exception("analytics drain failed")
        return flush_owed


def prepare(hit):
    """A hit as it may be stored: no IP, no user agent, no full referrer."""
    moment = datetime.datetime.fromtimestamp(hit.at, tz=datetime.UTC)
    ua = hit.user_agent[:512]
    kind = hit.kind
    if kind == "view":
        if classify.is_bot(ua):
            kind = "bot"
        elif classify.is_prefetch(hit.purpose):
            kind = "prefetch"
    domain, channel = classify.referrer(hit.referer, hit.host)
    return {
        "key": hit.key,
        "at": hit.at,
        "host": hit.host[:255],
        "page_id": hit.page_id,
        "content_language": (hit.content_language or "")[:12],
        "kind": kind,
        "visitor": visitor_hash(moment, hit.host, hit.ip, ua),
        "preferred_language": classify.preferred_language(hit.accept_language[:200]),
        "country": classify.country(hit.ip, hit.country_header),
        "referrer_domain": domain,
        "channel": channel,
        "device": classify.device_class(ua),
        "target": (hit.target or "")[:40],
    }


def drain():
    """Move every waiting hit to the shared sink; returns how many moved."""
    hits = []
    while True:
        try:
            hits.append(_hits.popleft())
        except IndexError:
            break
    if not hits:
        return 0
    events = [prepare(hit) for hit in hits]
    payloads = [json.dumps(event, separators=(",", ":")) for event in events]
    if not _push_to_redis(payloads):
        _push_to_staging(payloads)
    return len(payloads)


def redis_client():
    if not settings.REDIS_URL:
        return None
    if _redis["client"] is None:
        import redis

        url = config("REDIS_URL") or settings.REDIS_URL
        _redis["client"] = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
    return _redis["client"]


def _push_to_redis(payloads):
    client = redis_client()
    if client is None:
        return False
    import redis

    try:
        client.rpush(REDIS_KEY, *payloads)
        return True
    except redis.RedisError:
        logger.warning("Redis did not take %s analytics events: staging them in the database", len(payloads))
        return False


def _push_to_staging(payloads):
    from .models import StagedEvent

    try:
        StagedEvent.objects.bulk_create([StagedEvent(payload=p) for p in payloads], batch_size=1000)
    except DatabaseError:
        logger.exception("lost %s analytics events: neither Redis nor the database took them", len(payloads))


def shutdown_flush():
    """Drain what is left when the process ends (registered with atexit)."""
    try:
        drain()
    except Exception:
        logger.exception("analytics events left in memory at shutdown could not be saved")


def install_shutdown_flush():
    atexit.register(shutdown_flush)


def discard():
    """Tests: forget hits of a previous test."""
    _hits.clear()
