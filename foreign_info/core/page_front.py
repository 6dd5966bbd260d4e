"""An in-process front for the page cache: hot pages answered from this process's memory.

Why: a hit that asks the shared cache pays a Redis round trip (or, on disk, a file read and zlib)
plus unpickling, several times what WhiteNoise spends on a static file of the same size
(bench/pages.py). The front keeps, per process, the entries it fetched lately and answers from them
for as long as nothing was purged anywhere.

Contract:
- `front_for(cache)` is the front of one shared page cache (one per process and cache location).
- `front.epoch()` returns a token that changes whenever any process or host purged the shared
  cache since it was last returned (or None: the front must not be used now, ask the shared cache).
  Entries are kept with the token they were fetched under and served only while it is the same,
  at most FRONT_SECONDS after they were fetched and never past their own expiry.
- `front.announce()` is called by whoever purges, after deleting in the shared cache.
- How the token is read depends on the shared cache:
  - Redis (core.resilient_cache): every purge and every clear is announced on a pub/sub channel of
    that Redis. Each process holds one subscription and, per request, polls its socket without
    waiting (a few microseconds, no round trip): an announcement, a reconnection or an outage
    changes the token. An announcement reaches the socket in the same Redis event-loop turn as
    the purger's own reply, so any request that starts after a publish returned sees it.
    FRONT_SECONDS bounds what a silent partition (no FIN, no announcement) could serve stale; while
    this process sees Redis as away, the front is not used at all (pages are served uncached).
  - Disk (the workers of one host): a generation file beside the cache's files, read once per
    request (one small read, no unpickling) and replaced atomically by a new random value on each
    purge.
  - Any other cache (local memory): a generation key in the same cache, read once per request
    and set to a new random value by each purge (a clear removes it, which changes it too).
"""

import logging
import os
import threading
import time

from django.core.cache.backends.filebased import FileBasedCache

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# How long a front entry may be served without asking the shared cache again (see the contract).
FRONT_SECONDS = 2.0
# Most entries kept per process; the oldest fetched goes first.
FRONT_ENTRIES = 512
# Seconds between attempts to subscribe again after Redis refused.
RESUBSCRIBE_SECONDS = 5.0


class Front:
    def __init__(self, cache):
        self.cache = cache
        self.entries = {}  # key -> (token, valid_until, entry)
        self.lock = threading.Lock()

    def get(self, key, token):
        found = self.entries.get(key)
        if found is None or found[0] != token or found[1] < time.time():
            return None
        return found[2]

    def put(self, key, token, entry, expires_at):
        valid_until = min(expires_at, time.time() + FRONT_SECONDS)
        with self.lock:
            self.entries.pop(key, None)
            self.entries[key] = (token, valid_until, entry)
            while len(self.entries) > FRONT_ENTRIES:
                del self.entries[next(iter(self.entries))]

    def forget(self):
        with self.lock:
            self.entries.clear()

    def purged(self):
        """After a purge of the shared cache: this process forgets at once (no wait for its own
        announcement to come back), and every other process is told."""
        self.forget()
        self.announce()


class GenerationFront(Front):
    """Disk, local memory, anything without pub/sub: a generation key read once per request."""

    def epoch(self):
        token = self.cache.get(GENERATION_KEY)
        if token is None:
            self.cache.add(GENERATION_KEY, os.urandom(8).hex(), timeout=None)
            token = self.cache.get(GENERATION_KEY)
        return token

    def announce(self):
        self.cache.set(GENERATION_KEY, os.urandom(8).hex(), timeout=None)


class FileGenerationFront(Front):
    """Disk: the generation in a plain file of the cache's folder (FileBasedCache.clear() leaves it)."""

    def __init__(self, cache):
        super().__init__(cache)
        self.path = os.path.join(cache._dir, "generation")

    def epoch(self):
        try:
            with open(self.path, "rb") as file:
                return file.read()
        except FileNotFoundError:
            self.announce()
            return None

    def announce(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = f"{self.path}.{os.getpid()}.{threading.get_ident()}"
        with open(temporary, "wb") as file:
            file.write(os.urandom(8).hex().encode())
        os.replace(temporary, self.path)  # readers see the old value or the new one, never half


class RedisFront(Front):
    """Redis: purges announced on a pub/sub channel, polled without a round trip."""

    def __init__(self, cache):
        super().__init__(cache)
        self.channel = cache.announce_channel
        self.pubsub = None
        self.counter = 0
        self.retry_at = 0.0
        self.saw_outage = False
        self.pubsub_lock = threading.Lock()

    def epoch(self):
        if self.cache.outage.down:
            self.saw_outage = True
            return None
        with self.pubsub_lock:
            if self.saw_outage:  # announcements may have been lost meanwhile
                self.saw_outage = False
                self.drop()
            if self.pubsub is None and not self.subscribe():
                return None
            try:
                while self.pubsub.get_message(timeout=0) is not None:
                    self.counter += 1
            except Exception as error:  # noqa: BLE001 - a broken subscription only disables the front
                logger.info("page cache announcements lost (%s): subscribing again", error)
                self.drop()
                return None
            return self.counter

    def subscribe(self):
        if time.monotonic() < self.retry_at:
            return False
        try:
            pubsub = self.cache.client.get_client(write=True).pubsub(ignore_subscribe_messages=False)
            pubsub.subscribe(self.channel)
            # Announcements count only once Redis confirmed the subscription.
            confirmation = pubsub.get_message(timeout=1.0)
            if not confirmation or confirmation.get("type") != "subscribe":
                raise ConnectionError("no subscription confirmation")
            pubsub.ignore_subscribe_messages = True
            # redis-py reconnects and subscribes again by itself: what was announced in between is lost.
            pubsub.connection.register_connect_callback(self.reconnected)
        except Exception as error:  # noqa: BLE001 - Redis away: the shared cache falls back on its own
            logger.info("cannot subscribe to page cache announcements (%s)", error)
            self.retry_at = time.monotonic() + RESUBSCRIBE_SECONDS
            return False
        self.pubsub = pubsub
        self.counter += 1
        return True

    def reconnected(self, _connection):
        self.counter += 1

    def drop(self):
        self.counter += 1
        pubsub, self.pubsub = self.pubsub, None
        if pubsub is not None:
            try:
                pubsub.close()
            except Exception:  # noqa: BLE001, S110 - already broken
                pass

    def announce(self):
        self.cache.publish(self.channel, b"1")


_fronts = {}
_fronts_lock = threading.Lock()


def front_for(cache):
    """The front of this shared cache in this process (by backend location, as Django's caches
    are per thread but the front must be one per process)."""
    identity = identity_of(cache)
    front = _fronts.get(identity)
    if front is None:
        with _fronts_lock:
            front = _fronts.get(identity)
            if front is None:
                if hasattr(cache, "announce_channel"):
                    front = RedisFront(cache)
                elif isinstance(cache, FileBasedCache):
                    front = FileGenerationFront(cache)
                else:
                    front = GenerationFront(cache)
                _fronts[identity] = front
    return front


def identity_of(cache):
    for attribute in ("_location", "_dir"):  # Redis (resilient_cache), disk
        if hasattr(cache, attribute):
            return type(cache), getattr(cache, attribute)
    return type(cache), id(getattr(cache, "_cache", cache))  # local memory: its store, shared per LOCATION


def forget_local_copies(cache):
    """This process's copies of `cache`'s entries are dropped, if it keeps any (a clear of the
    shared cache by any path, not only the page cache's own purge)."""
    front = _fronts.get(identity_of(cache))
    if front is not None:
        front.forget()


def forget_fronts():
    """Tests: drop every front of this process (settings changed)."""
    with _fronts_lock:
        for front in _fronts.values():
            if isinstance(front, RedisFront):
                front.drop()
        _fronts.clear()
