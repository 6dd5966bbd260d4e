"""The beacon: clip plays and share clicks, sent by the page's script with navigator.sendBeacon.

Refused cheaply, before anything is parsed or stored: bodies over BEACON_MAX_BYTES (by
Content-Length, then by what was read), anything but a small JSON object with a known event name
and an integer page id, and more than BEACON_PER_MINUTE beacons a minute from one visitor hash
(counted in the default cache). An accepted beacon is only appended to the buffer; a page id that
does not exist is dropped by the flush.
"""

import json

from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import buffer
from .collector import hit_for
from .settings import analytics_setting
from .visitors import visitor_hash

EVENTS = {"clip_play", "share"}


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
    if not isinstance(target, str) or len(target) > 40 or not isinstance(language, str) or len(language) > 12:
        return refuse(_("Invalid field."))
    if not analytics_setting("ENABLED"):
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
