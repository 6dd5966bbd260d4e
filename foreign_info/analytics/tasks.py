"""Background work (django-tasks). The drainer thread asks for a flush at most every
settings.ANALYTICS["FLUSH_SECONDS"] per process, and asks again later when it was refused, so
events never wait for new traffic. Requests from every process coalesce into one queued flush
(a flag in the shared cache, cleared when the flush starts): a busy install with many web
processes keeps one flush in the queue, never a backlog that press-kit builds and transcodes
wait behind. A flush also prunes at most once an hour."""

import time

from django.core.cache import cache
from django_tasks import task

from .settings import analytics_setting

_last_request = {"at": float("-inf")}
QUEUED_FLAG = "analytics:flush-queued"


@task()
def flush_events():
    from .flush import flush, prune

    cache.delete(QUEUED_FLAG)  # events collected from now on need the next flush

    inserted = flush()
    if cache.add("analytics:pruned-recently", True, timeout=3600):
        prune()
    return inserted


def request_flush():
    """Ask for a flush; False when this process asked too recently (ask again later)."""
    now = time.monotonic()
    seconds = analytics_setting("FLUSH_SECONDS")
    if now - _last_request["at"] < seconds:
        return False
    _last_request["at"] = now
    # The flag lives a few rounds: a flush lost with a dead worker is asked for again.
    if cache.add(QUEUED_FLAG, True, timeout=max(60, seconds * 12)) is not False:  # None: the cache is down
        flush_events.enqueue()
    return True
