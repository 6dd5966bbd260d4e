"""The beacon: clip plays and share clicks, sent by the page's script with navigator.sendBeacon.

Anyone can post here, and what is accepted ends up in the ministry's figures and the officers'
spreadsheets, so every field is checked before anything is stored: bodies over BEACON_MAX_BYTES
(by Content-Length, then by what was read), anything but a small JSON object with a known event
name, the id of a live page, a content language of this install and a target made of lowercase
letters, digits, dots and hyphens (no NUL, which PostgreSQL refuses in text and which would stop
every later flush, nor a spreadsheet formula) is refused with a 400 and no write. Beacons from
scripts and crawlers are answered 204 and dropped; more than BEACON_PER_MINUTE a minute from
one visitor hash (counted in the default cache) are refused. An accepted beacon is only appended
to the buffer.
"""

import json
import re

from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from foreign_info.core.languages import codes

from . import buffer
from .classify import is_bot
from .collector import hit_for
from .settings import analytics_setting
from .visitors import visitor_hash

EVENTS = {"clip_play", "share"}
TARGET = re.compile(r"[a-z0-9][a-z0-9.-]{0,39}")


def refuse(message, status=400):
    return JsonResponse({"error": message}, status=status)


@csrf_exempt
@require_POST
def beacon(request):
    limit = analytics_setting("BEACON_MAX_BYTES")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return refuse(_("Invalid length."))
    if length > limit:
        return refuse(_("Beacon too large."), status=413)
    body = request.read(limit + 1)
    if len(body) > limit:
        return refuse(_("Beacon too large."), status=413)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return refuse(_("Malformed beacon."))
    if not isinstance(data, dict) or data.get("event") not in EVENTS:
        return refuse(_("Unknown event."))
    page_id, target, language = data.get("page"), data.get("target", ""), data.get("lang", "")
    if type(page_id) is not int or not 0 < page_id < 2**31:
        return refuse(_("Invalid page id."))
    if not isinstance(target, str) or (target and not TARGET.fullmatch(target)):
        return refuse(_("Invalid field."))
    if not isinstance(language, str) or (language and language not in codes()):
        return refuse(_("Invalid field."))
    if not Page.objects.filter(pk=page_id, live=True).exists():
        return refuse(_("Invalid page id."))
    if not analytics_setting("ENABLED") or is_bot(request.META.get("HTTP_USER_AGENT", "")[:512]):
        return HttpResponse(status=204)
    hit = hit_for(request, data["event"], page_id, language, target)
    visitor = visitor_hash(_utc(hit.at), hit.host, hit.ip, hit.user_agent[:512])
    window = int(hit.at // 60)
    key = f"analytics:beacon:{visitor}:{window}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        count = 1
    if count > analytics_setting("BEACON_PER_MINUTE"):
        return refuse(_("Too many beacons; try again later."), status=429)
    buffer.append(hit)
    return HttpResponse(status=204)


def _utc(timestamp):
    import datetime

    return datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)
