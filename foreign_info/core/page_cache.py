"""Whole-page cache for public pages.

Contract:
- Only responses a view marks with `mark_cacheable(response)` are stored, and only when the request
  is an anonymous GET without a query string and the response is a plain 200 that sets no cookie.
  Anything personal (editors, previews, password-protected pages) carries a session cookie and so
  never reads from or writes to the cache.
- The middleware comes first: a hit is answered before any other middleware, sessions, CSRF,
  locale or URL resolution run, which is what makes a cached page about as cheap as a static file
  (see bench/pages.py). So an entry is stored as the response left every middleware, security
  headers included, ready to send: (status, headers, body, expiry, page view). Public pages carry
  no CSP nonce (core.security: no inline script), so sending the same bytes twice is safe.
- Hot entries are answered from this process's memory (core.page_front), validated per request
  against purges made by any process or host; hits are still counted: each registered hit
  listener (`register_hit_listener(callable)`, analytics) is told the page a hit showed.
- `purge_paths()` removes given paths on every host the cache has stored pages for; publishing uses
  it for a page and the listings that show it (foreign_info.publishing.cache_paths). `purge_all()`
  is for changes that touch every page (site settings, moves, renamed slugs).
- Entries expire after settings.PAGE_CACHE_SECONDS as a safety net, or sooner when a registered
  timeout limit says the content will change by then (`register_timeout_limit(callable)`: the press
  room's embargo registers one, so a listing stored before an embargo ends never outlives it; core
  cannot import that app, hence the registration point).

The cache is the "pages" alias, so clearing it never drops sessions or anything else.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

from . import derived
from .page_front import front_for

CACHE_ALIAS = "pages"
# Part of every key: a release that changes what is stored never reads an older release's entries.
ENTRY_FORMAT = "v3"
# A Redis set on Redis, a pickled frozenset elsewhere: the name changed with the type.
HOSTS_KEY = "page-cache:hosts:v2"
CACHEABLE_ATTRIBUTE = "foreign_info_page_cache"
# (page id, content language) of the page a response shows, set on the request by whoever serves
# it (foreign_info.analytics) and kept in the stored entry, so that a hit knows it too. An
# attribute, not a header: it never reaches a client.
PAGE_VIEW_ATTRIBUTE = "foreign_info_page_view"

_timeout_limits = []
_hit_listeners = []


def register_hit_listener(function):
    """function(request, (page id, content language)) is called for every GET hit showing a page."""
    if function not in _hit_listeners:
        _hit_listeners.append(function)
    return function


def register_timeout_limit(function):
    """Add a callable returning the most seconds any page stored now may be kept (it runs on every
    cache miss that stores a page, so it must not query the database in the common case)."""
    if function not in _timeout_limits:
        _timeout_limits.append(function)
    return function


def storage_timeout(cache):
    """How long a page stored now may stay: the cache's own timeout, capped by every registered limit."""
    timeout = cache.default_timeout
    for limit in _timeout_limits:
        seconds = max(1, int(limit()))
        timeout = seconds if timeout is None else min(timeout, seconds)
    return timeout


def page_cache():
    return caches[CACHE_ALIAS]


def mark_cacheable(response):
    """Opt a public response into the page cache (the middleware still checks the request)."""
    setattr(response, CACHEABLE_ATTRIBUTE, True)
    return response


def cache_key(scheme, host, path):
    url = f"{scheme}://{host}{path}"
    if len(url) > 200 or not url.isprintable() or " " in url:  # short, safe keys for every backend
        url = hashlib.sha256(url.encode()).hexdigest()
    return f"page:{ENTRY_FORMAT}:{url}"


def known_hosts(cache):
    """Every host name the cache has stored a page for. On Redis a set (SADD is atomic: two
    processes meeting two new hosts at once both stay known); elsewhere a value read and written."""
    if hasattr(cache, "smembers"):
        return cache.smembers(HOSTS_KEY) or set()
    return cache.get(HOSTS_KEY) or frozenset()


def purge_paths(paths):
    """Forget the cached copies of these URL paths (e.g. "/en/investment/") on every known host.
    Paths are relative to a site's root, the same on every host (publishing.cache_paths)."""
    derived.content_changed()  # whatever makes a page stale makes what was derived from it stale
    cache = page_cache()
    hosts = known_hosts(cache)
    keys = [cache_key(scheme, host, path) for host in hosts for scheme in ("http", "https") for path in set(paths)]
    if keys:
        cache.delete_many(keys)
        front_for(cache).purged()


def purge_all():
    derived.content_changed()
    cache = page_cache()
    cache.clear()
    front_for(cache).purged()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.static_prefix = settings.STATIC_URL if settings.STATIC_URL.startswith("/") else "/static/"

    def __call__(self, request):
        key = self.key_for(request)
        if key is None:
            return self.get_response(request)
        cache = page_cache()
        front = front_for(cache)
        token = front.epoch()
        entry = front.get(key, token) if token is not None else None
        if entry is None:
            entry = cache.get(key)
            if not self.is_entry(entry):
                return self.miss(request, cache, front, token, key)
            if token is not None:
                front.put(key, token, entry, entry[3])
        status, headers, body, _expires_at, page_view = entry
        if page_view is not None and request.method == "GET":
            for listener in _hit_listeners:
                listener(request, page_view)
        return HttpResponse(body, status=status, headers=headers)

    def miss(self, request, cache, front, token, key):
        response = self.get_response(request)
        if request.method == "GET" and self.is_cacheable(response):
            self.remember_host(cache, request.get_host())
            timeout = storage_timeout(cache)
            expires_at = time.time() + timeout if timeout is not None else float("inf")
            response["X-Page-Cache"] = "hit"  # as the stored copy will say
            entry = (response.status_code, dict(response.items()), response.content, expires_at, getattr(request, PAGE_VIEW_ATTRIBUTE, None))
            cache.set(key, entry, timeout)
            if token is not None:
                front.put(key, token, entry, expires_at)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def is_entry(entry):
        """An entry of this release (another one's, or garbage, is a miss)."""
        return isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[2], bytes)

    def key_for(self, request):
        if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
            return None
        if self.session_cookie in request.COOKIES or request.path_info.startswith(self.static_prefix):
            return None
        return cache_key(request.scheme, request.get_host(), request.path)

    @staticmethod
    def is_cacheable(response):
        if not getattr(response, CACHEABLE_ATTRIBUTE, False):
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        return "private" not in cache_control and "no-store" not in cache_control

    @staticmethod
    def remember_host(cache, host):
        if hasattr(cache, "sadd"):
            cache.sadd(HOSTS_KEY, host)
            return
        hosts = cache.get(HOSTS_KEY) or frozenset()
        if host not in hosts:
            cache.set(HOSTS_KEY, hosts | {host}, timeout=None)
