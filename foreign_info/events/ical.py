"""iCalendar (RFC 5545) files: one per event (the event and each session of its programme) and one
feed per language (every live event of that language), built with the `icalendar` library.

What keeps them valid and useful in every calendar program:
- times carry TZID with a VTIMEZONE generated from the zone database (`add_missing_timezones`),
  so an event in Hà Nội shows at the right hour in Paris; DTSTAMP and LAST-MODIFIED are UTC;
- UIDs are stable and distinct per language (`<translation key>-<language>[-s<n>]@<host>`): a
  reader who subscribes to two languages gets two calendars that never overwrite each other, and
  a re-published event updates the entry it created (SEQUENCE grows with each publication);
- STATUS follows the event's status (a cancelled event is CANCELLED, so calendars strike it out).
"""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event, vGeo

from . import dates

PRODID = "-//Foreign information section//Events//EN"
ICAL_STATUS = {"scheduled": "CONFIRMED", "rescheduled": "CONFIRMED", "moved_online": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def new_calendar(name, language_code):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", dates.DEFAULT_TIME_ZONE)
    return calendar


def uid(page, host, suffix=""):
    return f"{page.translation_key}-{page.locale.language_code}{suffix}@{host}"


def location_text(venue):
    return ", ".join(part for part in (venue["name"], venue.get("address") or "") if part)


def add_common(entry, page, url, stamp):
    entry.add("dtstamp", stamp)
    entry.add("last-modified", (page.last_published_at or stamp).astimezone(datetime.UTC))
    entry.add("status", ICAL_STATUS.get(page.status, "CONFIRMED"))
    entry.add("url", url)


def event_entry(page, url, host, stamp):
    entry = Event()
    entry.add("uid", uid(page, host))
    entry.add("summary", page.title)
    entry.add("description", page.summary)
    entry.add("dtstart", dates.local(page.start, page.time_zone))
    entry.add("dtend", dates.local(page.end, page.time_zone))
    add_common(entry, page, url, stamp)
    venue = page.main_venue
    if venue is not None:
        entry.add("location", location_text(venue))
        if venue.get("latitude") is not None:
            entry.add("geo", vGeo((float(venue["latitude"]), float(venue["longitude"]))))
    return entry


def session_entries(page, url, host, stamp):
    entries = []
    for number, session in enumerate(page.sessions, start=1):
        start, end = dates.session_moments(session, page.time_zone)
        entry = Event()
        entry.add("uid", uid(page, host, f"-s{number}"))
        entry.add("summary", f"{session['title']} ({page.title})")
        if session.get("description"):
            entry.add("description", session["description"])
        entry.add("dtstart", start)
        if end is not None:
            entry.add("dtend", end)
        if session.get("place"):
            entry.add("location", session["place"])
        entry.add("related-to", uid(page, host))
        add_common(entry, page, url, stamp)
        entries.append(entry)
    return entries


def event_calendar(page, request):
    """The event and its programme, as bytes of a text/calendar file."""
    url = page.get_full_url(request)
    host = request.get_host().split(":")[0]
    stamp = timezone.now().astimezone(datetime.UTC)
    calendar = new_calendar(page.title, page.locale.language_code)
    calendar.add_component(event_entry(page, url, host, stamp))
    for entry in session_entries(page, url, host, stamp):
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_calendar(index, events, request):
    """Every event given (one language's), without their sessions: a subscribed calendar shows the
    events; their programmes are one click away in each event's own file."""
    host = request.get_host().split(":")[0]
    stamp = timezone.now().astimezone(datetime.UTC)
    calendar = new_calendar(index.title, index.locale.language_code)
    for page in events:
        calendar.add_component(event_entry(page, page.get_full_url(request), host, stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()
