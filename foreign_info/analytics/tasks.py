"""Background work (django-tasks). The drainer thread asks for a flush at most every
settings.ANALYTICS["FLUSH_SECONDS"] per process; a flush also prunes at most once an hour."""

import time

from django.core.cache import cache
from django_tasks import task

from .settings import analytics_setting

_last_request = {"at": 0.0}


@task()
def flush_events():
    from .flush import flush, prune

    inserted = flush()
    if cache.add("analytics:pruned-recently", True, timeout=3600):
        prune()
    return inserted


def request_flush():
    now = time.monotonic()
    if now - _last_request["at"] >= analytics_setting("FLUSH_SECONDS"):
        _last_request["at"] = now
        flush_events.enqueue()
