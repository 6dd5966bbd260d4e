"""schema.org Event for search engines (https://schema.org/Event and Google's event guidelines:
name, startDate and location with an address are required; endDate, eventStatus, image,
description, organizer and offers are recommended). Each programme session is a subEvent.
Dates carry the event zone's offset (2026-03-10T08:00:00+07:00), as Google asks."""

from foreign_info.core.languages import BCP47
from foreign_info.publishing.jsonld import organization_id

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "rescheduled": "https://schema.org/EventRescheduled",
    "postponed": "https://schema.org/EventPostponed",
    "moved_online": "https://schema.org/EventMovedOnline",
    "cancelled": "https://schema.org/EventCancelled",
}
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ONLINE = "https://schema.org/OnlineEventAttendanceMode"


def place(venue, country="VN"):
    data = {"@type": "Place", "name": venue["name"], "address": {"@type": "PostalAddress", "streetAddress": venue["address"], "addressCountry": country}}
    if venue.get("latitude") is not None and venue.get("longitude") is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": float(venue["latitude"]), "longitude": float(venue["longitude"])}
    return data


def session_place(name, venue_blocks, venues):
    """A session held at one of the venues is placed there (with its address and geo); one held
    elsewhere (a lake, a district) is a Place whose address is its own name, never the address of
    a venue it is not at; a session without a place is at the main venue."""
    for block, venue in zip(venue_blocks, venues, strict=True):
        if name and name == block["name"]:
            return venue
    if name:
        return {"@type": "Place", "name": name, "address": name}
    return venues[0] if venues else None


def organizers(page, request):
    found = [
        {"@type": "Organization", "name": block.value["name"], **({"url": block.value["url"]} if block.value.get("url") else {})} for block in page.organisers
    ]
    # Without named organisers the province is the organiser (the portal's GovernmentOrganization).
    return found or [{"@type": "GovernmentOrganization", "@id": organization_id(request)}]


def event_data(page, request, sessions, image_url):
    url = page.get_full_url(request)
    code = page.locale.language_code
    venues = [place(venue) for venue in page.venue_list]
    status = STATUS.get(page.status, STATUS["scheduled"])
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url + "#event",
        "url": url,
        "name": page.title,
        "description": page.summary,
        "inLanguage": BCP47.get(code, code),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": status,
        "eventAttendanceMode": ONLINE if page.status == "moved_online" else OFFLINE,
        "location": venues[0] if len(venues) == 1 else venues,
        "organizer": organizers(page, request),
        "isAccessibleForFree": True,
    }
    if image_url:
        data["image"] = [image_url]
    sub_events = []
    for row in sessions:
        session = row["session"]
        sub_event = {
            "@type": "Event",
            "name": session["title"],
            "startDate": row["start"].isoformat(),
            "eventStatus": status,
            "location": session_place(session.get("place") or "", page.venue_list, venues),
        }
        if row["end"] is not None:
            sub_event["endDate"] = row["end"].isoformat()
        if session.get("description"):
            sub_event["description"] = session["description"]
        sub_events.append(sub_event)
    if sub_events:
        data["subEvent"] = sub_events
    return data
