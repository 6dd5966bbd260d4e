"""What an event page shows besides its own fields: the way back to its section, times in the
event's zone (and the lunar date), map links, the press kit in the reader's language, the
accreditation link for the event's dates, and its JSON-LD. A fixed number of queries, however long
the programme (it is in the page's row)."""

import datetime
from urllib.parse import urlencode

from django.utils import timezone

from foreign_info.core.site_urls import absolute_url
from foreign_info.core.visibility import public_pages
from foreign_info.publishing.models.section import localized_topics

from . import dates

SOCIAL_RENDITION = "fill-1200x630-c60"


def section_context(section, request):
    from foreign_info.publishing.models import Topic

    return {"section_url": section.get_url(request), "section_title": section.title, "topics": localized_topics(Topic.objects.all(), section.locale_id)}


def map_links(venue):
    """An OpenStreetMap link and a geo: URI (RFC 5870) that phones open in their own map app; no
    map script is loaded from anyone."""
    if venue.get("latitude") is None or venue.get("longitude") is None:
        return None
    lat, lon = f"{float(venue['latitude']):.6f}", f"{float(venue['longitude']):.6f}"
    return {
        "osm": f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}",
        "geo": f"geo:{lat},{lon}",
        "latitude": lat,
        "longitude": lon,
    }


def session_rows(page):
    rows = []
    for session in page.sessions:
        start, end = dates.session_moments(session, page.time_zone)
        rows.append({"session": session, "start": start, "end": end, "kind_label": session_kind_label(session["kind"])})
    return rows


def session_kind_label(kind):
    from .blocks import SessionKind

    return SessionKind.LABELS.get(kind, kind)


def press_kit_for(page, request):
    """The page's press kit in the page's language, when that translation is live and public
    (an embargoed kit is hidden here as everywhere else)."""
    from foreign_info.presskits.models import PressKitPage

    if not page.press_kit_id:
        return None
    kits = PressKitPage.objects.live().filter(translation_key=page.press_kit.translation_key, locale_id=page.locale_id)
    return public_pages(kits, request).first()


def accreditation_url(page, section, request, today=None):
    """The press room's accreditation form with the event's days filled in, while it is not over.

    The form refuses a visit that starts in the past or lasts more than its limit, so the days
    offered are today at the earliest and at most that many."""
    from foreign_info.presskits.models import PressRoomPage
    from foreign_info.presskits.settings import presskit_setting

    today = today or timezone.localdate()
    last = page.local_end.date()
    if last < today:
        return ""
    room = public_pages(PressRoomPage.objects.live().child_of(section), request).first()
    if room is None:
        return ""
    first = max(page.local_start.date(), today)
    last = min(last, first + datetime.timedelta(days=presskit_setting("ACCREDITATION_MAX_VISIT_DAYS") - 1))
    query = urlencode({"visit_start": first.isoformat(), "visit_end": last.isoformat()})
    return room.get_url(request) + room.reverse_subpage("accreditation") + "?" + query


def event_context(page, request):
    from .jsonld import event_data

    index = getattr(page, "routed_from", None) or page.get_parent()
    section = index.get_parent()
    context = section_context(section, request)
    context["events_url"] = index.get_url(request)
    context["breadcrumbs"] = [{"title": index.title, "url": context["events_url"]}, {"title": page.title}]
    context["sessions"] = session_rows(page)
    context["venues"] = [{"venue": venue, "map": map_links(venue)} for venue in page.venue_list]
    context["press_kit"] = press_kit_for(page, request)
    context["accreditation_url"] = accreditation_url(page, section, request)
    context["is_over"] = page.is_over()
    if page.lunar_calendar:
        start_day, end_day = page.local_start.date(), page.local_end.date()
        context["lunar_start"] = dates.lunar_date(start_day)
        context["lunar_end"] = dates.lunar_date(end_day) if end_day != start_day else ""
    image_url = ""
    if page.hero_image:
        social_image = page.hero_image.get_rendition(SOCIAL_RENDITION)
        image_url = absolute_url(request, social_image.url)
        context["social_image"], context["social_image_url"] = social_image, image_url
    context["event_data"] = event_data(page, request, context["sessions"], image_url)
    return context
