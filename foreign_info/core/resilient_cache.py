"""A Redis cache that accelerates and never fails a request: the one place where Redis outages are handled.

Contract (settings: CACHES[alias]["BACKEND"] = "foreign_info.core.resilient_cache.ResilientRedisCache"):
- Every cache call goes to Redis (django-redis) as usual. When Redis does not answer (refused,
  timed out, read-only, out of memory...), the call is answered by a fallback instead and the
  process stops asking Redis for OPTIONS["RETRY_SECONDS"] (so an unreachable host costs one
  connect timeout per process and period, not one per call). No caller needs a try/except.
- OPTIONS["FALLBACK"] chooses the fallback:
  - "none" (the page cache): nothing is stored or found, so pages are served uncached. A copy kept
    by one process could not be forgotten by another one publishing, so none is kept.
  - "local" (the default cache): a cache in this process's memory. Counters (`add` then `incr`)
    keep their timeout, so rate limits still hold, per process; values stored with `set` live at
    most OPTIONS["FALLBACK_SET_SECONDS"], because another process may change what they were
    derived from (the embargo answer, site settings) without being able to tell this one.
- When Redis answers again, this process first puts right what Redis missed while it was away,
  before any other call reaches it: with OPTIONS["CLEAR_AFTER_OUTAGE"] (the page cache) the whole
  cache is cleared, since a page may have been published meanwhile on any process or host;
  otherwise every key this process deleted or wrote is deleted in Redis (a stale embargo answer or
  site settings would otherwise outlive the outage) and every counter it incremented is
  incremented there (the content generation of core.generation).
- This state is per process and per Redis location, shared by the threads of the process.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (ConnectionInterrupted, RedisError, OSError)
# Keys remembered for repair after an outage, at most; past it a warning says what was dropped.
MAX_REMEMBERED_KEYS = 100_000


class Outage:
    """Whether Redis at one location is considered away, and what to repair when it is back."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down = False
        self.retry_at = 0.0
        self.deleted = set()
        self.increments = {}
        self.cleared = False
        self.overflowed = False

    def begin(self, retry_seconds, location, error):
        with self.lock:
            if not self.down:
                logger.warning("Redis at %s does not answer (%s): the cache falls back until it does", location, error)
            self.down = True
            self.retry_at = time.monotonic() + retry_seconds

    def retry_due(self):
        return time.monotonic() >= self.retry_at

    def remember(self, name, args, kwargs):
        """Note what a call made during the outage changed, to repair Redis later."""
        if self.overflowed and name not in ("clear", "incr", "decr"):
            return
        with self.lock:
            if name == "clear":
                self.cleared = True
            elif name in ("incr", "decr"):
                delta = kwargs.get("delta", args[1] if len(args) > 1 else 1)
                self.increments[args[0]] = self.increments.get(args[0], 0) + (delta if name == "incr" else -delta)
            elif name in ("delete_many", "set_many"):
                keys = args[0] if args else kwargs.get("keys") or kwargs.get("data") or ()
                self.deleted.update(keys)
            elif name in ("set", "add", "delete", "touch"):
                self.deleted.add(args[0] if args else kwargs["key"])
            if len(self.deleted) > MAX_REMEMBERED_KEYS and not self.overflowed:
                self.overflowed = True  # keep the set as it is from here on: a warning, not a memory leak
                logger.warning("more than %s keys changed during the Redis outage: some may stay stale until they expire", MAX_REMEMBERED_KEYS)

    def take_repairs(self):
        with self.lock:
            repairs = (self.cleared, self.deleted, self.increments)
            self.cleared, self.deleted, self.increments, self.overflowed = False, set(), {}, False
            return repairs

    def give_back(self, repairs):
        cleared, deleted, increments = repairs
        with self.lock:
            self.cleared = self.cleared or cleared
            self.deleted |= deleted
            for key, delta in increments.items():
                self.increments[key] = self.increments.get(key, 0) + delta


_outages = {}
_outages_lock = threading.Lock()


def outage_for(location):
    with _outages_lock:
        return _outages.setdefault(location, Outage())


def reset_outages():
    """Tests: forget every outage this process saw."""
    with _outages_lock:
        _outages.clear()


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        options = params.get("OPTIONS", {})
        self._location = server if isinstance(server, str) else ",".join(server)
        self._retry_seconds = float(options.get("RETRY_SECONDS", 5))
        self._fallback_set_seconds = int(options.get("FALLBACK_SET_SECONDS", 10))
        self._clear_after_outage = bool(options.get("CLEAR_AFTER_OUTAGE", False))
        # Where purges are announced to processes that keep copies of entries (core.page_front).
        # Pub/sub channels are shared by every database of a Redis server: named after the location.
        self.announce_channel = f"purged:{self._location}"
        if options.get("FALLBACK", "local") == "local":
            # LocMemCache keeps its entries per LOCATION for the whole process: every thread's
            # instance of this cache shares one fallback.
            self._fallback = LocMemCache(f"resilient-fallback:{self._location}", {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": 10_000}})
            self._fallback_kind = "local"
        else:
            self._fallback = DummyCache("none", {})
            self._fallback_kind = "none"

    @property
    def outage(self):
        return outage_for(self._location)

    def _call(self, name, *args, **kwargs):
        outage = self.outage
        if outage.down and not (outage.retry_due() and self._repair(outage)):
            return self._fall_back(name, args, kwargs)
        try:
            return getattr(super(), name)(*args, **kwargs)
        except OUTAGE_ERRORS as error:
            outage.begin(self._retry_seconds, self._location, error)
            return self._fall_back(name, args, kwargs)

    def _repair(self, outage):
        """Redis may be back: put right what it missed, then use it again. False if it is still away."""
        repairs = outage.take_repairs()
        cleared, deleted, increments = repairs
        try:
            if self._clear_after_outage or cleared:
                super().clear()
                self._publish(self.announce_channel, b"cleared")  # processes keeping pages in memory drop them
            elif deleted:
                super().delete_many(list(deleted))
            for key, delta in increments.items():
                try:
                    super().incr(key, delta)
                except ValueError:  # gone meanwhile: the next reader starts it again
                    pass
        except OUTAGE_ERRORS as error:
            outage.give_back(repairs)
            outage.begin(self._retry_seconds, self._location, error)
            return False
        with outage.lock:
            outage.down = False
        # What the fallback holds is of the outage only: the next outage starts empty.
        self._fallback.clear()
        logger.warning("Redis at %s answers again: the cache uses it again", self._location)
        return True

    def _fall_back(self, name, args, kwargs):
        if not self._clear_after_outage:  # otherwise the whole cache is cleared: no key to remember
            self.outage.remember(name, args, kwargs)
        method = getattr(self._fallback, name, None)
        if method is None:  # a Redis-only call (sets, locks, ttl...): nothing to answer with
            return None
        if self._fallback_kind == "local" and name in ("set", "set_many"):
            # set(key, value, timeout, version) / set_many(data, timeout, version)
            fixed = 2 if name == "set" else 1
            timeout = args[fixed] if len(args) > fixed else kwargs.pop("timeout", DEFAULT_TIMEOUT)
            args = (*args[:fixed], self._capped(timeout), *args[fixed + 1 :])
        return method(*args, **kwargs)

    def _capped(self, timeout):
        """Values stored by `set` during an outage live at most FALLBACK_SET_SECONDS."""
        if timeout is DEFAULT_TIMEOUT or timeout is None:
            return self._fallback_set_seconds
        return min(timeout, self._fallback_set_seconds)

    # Django's cache API, each through _call.
    def get(self, *args, **kwargs):
        return self._call("get", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call("add", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._call("incr", *args, **kwargs)

    def decr(self, *args, **kwargs):
        return self._call("decr", *args, **kwargs)

    def clear(self):
        """Every entry gone, wherever the clear comes from: processes that keep copies of entries
        in memory (core.page_front) drop theirs, this one at once, the others when told."""
        from .page_front import forget_local_copies

        result = self._call("clear")
        forget_local_copies(self)
        self.publish(self.announce_channel, b"cleared")
        return result

    def publish(self, channel, message):
        """PUBLISH on this Redis. During an outage nothing: with CLEAR_AFTER_OUTAGE the clear that
        ends it is announced (above); subscribers see their own outage or lost connection."""
        outage = self.outage
        if outage.down and not (outage.retry_due() and self._repair(outage)):
            return None
        try:
            return self._publish(channel, message)
        except OUTAGE_ERRORS as error:
            outage.begin(self._retry_seconds, self._location, error)
            return None

    def _publish(self, channel, message):
        return self.client.get_client(write=True).publish(channel, message)

    def sadd(self, *args, **kwargs):
        return self._call("sadd", *args, **kwargs)

    def smembers(self, *args, **kwargs):
        return self._call("smembers", *args, **kwargs)
