"""Collection on the server, without cookies or JavaScript.

`AnalyticsMiddleware` sits after WhiteNoise (static files are not counted) and before the page
cache (cache hits are counted). It records a response only when it shows a page: on a page-cache
miss the page was just served and `before_serve_page` noted it on the request; on a hit the page
cache kept that note on the stored response (foreign_info.core.page_cache.PAGE_VIEW_ATTRIBUTE).
The only work per request is building one tuple and appending it to the buffer: no database, no
network, no parsing (foreign_info.analytics.buffer does that later, off the request path).

`record_event(request, kind, page_id, target)` is for other apps' server-side events (press-kit
and original-photo downloads).
"""

import os
import re
import time

from django.utils.translation import get_language

from foreign_info.core.page_cache import PAGE_VIEW_ATTRIBUTE

from . import buffer
from .settings import analytics_setting

PREVIEW_PATH = re.compile(r"^/admin/pages/(\d+)/(?:edit/|add/[^/]+/[^/]+/)?preview/")


def new_key():
    return os.urandom(12).hex()


def client_ip(meta, header_name):
    if header_name:
        value = meta.get("HTTP_" + header_name.upper().replace("-", "_"), "")
        if value:
            return value.split(",", 1)[0].strip()
    return meta.get("REMOTE_ADDR", "")


def hit_for(request, kind, page_id, content_language, target=""):
    meta = request.META
    country_header = analytics_setting("COUNTRY_HEADER")
    return buffer.Hit(
        new_key(),
        time.time(),
        meta.get("HTTP_HOST") or meta.get("SERVER_NAME", ""),  # validated already by whoever served the page
        page_id,
        content_language,
        kind,
        client_ip(meta, analytics_setting("CLIENT_IP_HEADER")),
        meta.get("HTTP_USER_AGENT", ""),
        meta.get("HTTP_ACCEPT_LANGUAGE", ""),
        meta.get("HTTP_REFERER", ""),
        (meta.get("HTTP_SEC_PURPOSE"), meta.get("HTTP_PURPOSE"), meta.get("HTTP_X_PURPOSE"), meta.get("HTTP_X_MOZ")),
        meta.get("HTTP_" + country_header.upper().replace("-", "_"), "") if country_header else "",
        target,
    )


def record_event(request, kind, page_id=None, target=""):
    if analytics_setting("ENABLED"):
        buffer.append(hit_for(request, kind, page_id, get_language() or "", target))


def note_page_view(request, page):
    """Wagtail's before_serve_page hook: which page this request serves (read on the way out)."""
    if not getattr(request, "is_preview", False):
        setattr(request, PAGE_VIEW_ATTRIBUTE, (page.pk, get_language() or ""))


class AnalyticsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = analytics_setting("ENABLED")

    def __call__(self, request):
        response = self.get_response(request)
        if not self.enabled or response.status_code != 200 or request.method != "GET":
            return response
        view = getattr(response, PAGE_VIEW_ATTRIBUTE, None) or getattr(request, PAGE_VIEW_ATTRIBUTE, None)
        if view is not None:
            buffer.append(hit_for(request, "view", view[0], view[1]))
        elif request.path.startswith("/admin/pages/"):
            match = PREVIEW_PATH.match(request.path)
            if match:
                buffer.append(hit_for(request, "preview", int(match.group(1)), ""))
        return response
