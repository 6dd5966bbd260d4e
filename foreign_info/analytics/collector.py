"""Collection on the server, without cookies or JavaScript.

`AnalyticsMiddleware` sits after WhiteNoise (static files are not counted) and records a response
only when it shows a page, which `before_serve_page` noted on the request. Page-cache hits never
reach it (the page cache answers before every other middleware): the page cache keeps that note in
the stored entry and calls `count_cache_hit` (registered in AppConfig.ready).
The only work per request is building one tuple and appending it to the buffer: no database, no
network, no parsing (foreign_info.analytics.buffer does that later, off the request path).

`record_event(request, kind, page_id, target)` is for other apps' server-side events (press-kit
and original-photo downloads).
"""

import itertools
import os
import re
import time

from django.conf import settings
from django.http import Http404
from django.utils.translation import get_language

from foreign_info.core.client import client_address, trusted_proxies
from foreign_info.core.page_cache import PAGE_VIEW_ATTRIBUTE

from . import buffer
from .settings import analytics_setting

PREVIEW_PATH = re.compile(r"^/admin/pages/(\d+)/(?:edit/|add/[^/]+/[^/]+/)?preview/")


_keys = {"pid": None, "prefix": "", "counter": None}


def new_key():
    """Unique across processes and restarts: a random prefix per process, then a counter
    (cheaper than random bytes per hit). A forked worker gets a prefix of its own."""
    pid = os.getpid()
    if _keys["pid"] != pid:
        _keys.update(pid=pid, prefix=os.urandom(6).hex(), counter=itertools.count())
    return f"{_keys['prefix']}{next(_keys['counter']):x}"


class HeaderNames:
    """META keys of the configurable headers, read from settings once per value."""

    def __init__(self):
        self.source = self  # never a settings value: the first call reads them
        self.proxies = None

    def get(self):
        configured, proxies = getattr(settings, "ANALYTICS", None), getattr(settings, "TRUSTED_PROXY_COUNT", 0)
        if self.source is not configured or self.proxies != proxies:
            self.source, self.proxies = configured, proxies
            country_header = analytics_setting("COUNTRY_HEADER")
            self.proxied = bool(trusted_proxies())  # else REMOTE_ADDR, read without a call
            self.country = "HTTP_" + country_header.upper().replace("-", "_") if country_header else ""
        return self


_headers = HeaderNames()


def hit_for(request, kind, page_id, content_language, target=""):
    meta = request.META
    names = _headers.get()
    ip = client_address(request) if names.proxied else ""
    return buffer.Hit(
        new_key(),
        time.time(),
        meta.get("HTTP_HOST") or meta.get("SERVER_NAME", ""),  # validated already by whoever served the page
        page_id,
        content_language,
        kind,
        ip or meta.get("REMOTE_ADDR", ""),
        meta.get("HTTP_USER_AGENT", ""),
        meta.get("HTTP_ACCEPT_LANGUAGE", ""),
        meta.get("HTTP_REFERER", ""),
        (meta.get("HTTP_SEC_PURPOSE"), meta.get("HTTP_PURPOSE"), meta.get("HTTP_X_PURPOSE"), meta.get("HTTP_X_MOZ")),
        meta.get(names.country, "") if names.country else "",
        target,
    )


def record_event(request, kind, page_id=None, target=""):
    if analytics_setting("ENABLED"):
        buffer.append(hit_for(request, kind, page_id, get_language() or "", target))


def note_page_view(request, page, serve_args=()):
    """Wagtail's before_serve_page hook: which page this request serves (read on the way out).

    Only the page itself is a page view. A routable page's other routes (feeds, search, topic
    lists, the accreditation form, a clip's subtitle file fetched by the player) are not: they
    would count one reading several times, or count a feed reader's polling as reading."""
    if getattr(request, "is_preview", False) or not serves_the_page_itself(page, serve_args):
        return
    setattr(request, PAGE_VIEW_ATTRIBUTE, (page.pk, get_language() or ""))


def serves_the_page_itself(page, serve_args):
    """Wagtail hands a routable page (view, args, kwargs) to serve; other pages get nothing."""
    view = serve_args[0] if serve_args else None
    if not callable(view) or not hasattr(page, "resolve_subpage"):
        return True
    try:
        root_view = page.resolve_subpage("/")[0]
    except Http404:
        return False
    return getattr(view, "__func__", view) is getattr(root_view, "__func__", root_view)


def count_cache_hit(request, page_view):
    """The page cache's hit listener: a hit is a page view like any other."""
    if analytics_setting("ENABLED"):
        buffer.append(hit_for(request, "view", page_view[0], page_view[1]))


class AnalyticsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = analytics_setting("ENABLED")

    def __call__(self, request):
        response = self.get_response(request)
        if not self.enabled or response.status_code != 200 or request.method != "GET":
            return response
        view = getattr(request, PAGE_VIEW_ATTRIBUTE, None)
        if view is not None:
            buffer.append(hit_for(request, "view", view[0], view[1]))
        elif request.path.startswith("/admin/pages/"):
            match = PREVIEW_PATH.match(request.path)
            if match:
                buffer.append(hit_for(request, "preview", int(match.group(1)), ""))
        return response
