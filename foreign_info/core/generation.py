"""A counter of content changes, for caches of values derived from many rows.

Contract: `current()` returns an integer that `bump()` increases. A cache key that includes
`current()` is never read again after any content change that bumps it, so derived values (such
as a press kit's fingerprint) need no list of the keys to delete. Callers bump on publish,
unpublish and delete of pages and on saves of photos, documents and clips (presskits.signal_handlers)
and where rows change without signals (queryset updates, e.g. media.tasks).

The counter lives in the default cache: shared by every process with Redis (production); with the
local-memory cache each process counts on its own, so derived values also carry a short timeout.
"""

from django.core.cache import cache

KEY = "content:generation"


def current():
    value = cache.get(KEY)
    if value is None:
        cache.add(KEY, 1, timeout=None)
        value = cache.get(KEY) or 1
    return value


def bump():
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(KEY, 2, timeout=None)
