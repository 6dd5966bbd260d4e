"""What machines read from an event: schema.org Event JSON-LD (checked for the fields Google
documents as required and recommended), iCalendar files and feeds valid under RFC 5545 (opened by
two parsers), and the event in Wagtail's API."""

import datetime
import json

import pytest
import vobject
from bs4 import BeautifulSoup
from icalendar import Calendar

from tests import factories
from tests.conftest import translate

from .conftest import make_event

pytestmark = pytest.mark.django_db


def event_json_ld(client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    blocks = [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]
    events = [block for block in blocks if block.get("@type") == "Event"]
    assert len(events) == 1
    return events[0]


def assert_google_event(data):
    """Google Search's event structured data: name, startDate and location (a Place with an
    address, or a VirtualLocation) are required; dates are ISO 8601 with a UTC offset."""
    assert data["name"]
    for field in ("startDate", "endDate"):
        moment = datetime.datetime.fromisoformat(data[field])
        assert moment.utcoffset() is not None, field
    locations = data["location"] if isinstance(data["location"], list) else [data["location"]]
    for location in locations:
        assert location["@type"] == "Place" and location["name"]
        address = location["address"]  # schema.org: a PostalAddress or a text
        assert address if isinstance(address, str) else address["@type"] == "PostalAddress" and address["streetAddress"]


def test_the_event_json_ld_has_googles_required_fields_sessions_place_and_organiser(client, events_index):
    image = factories.ImageFactory()
    make_event(events_index, slug="tuan-le", hero_image=image, hero_alt="Sân khấu")
    data = event_json_ld(client, "/vi/su-kien/tuan-le/")
    assert data["@context"] == "https://schema.org"
    assert_google_event(data)
    assert data["startDate"].endswith("T08:00:00+07:00") and data["endDate"].endswith("T22:00:00+07:00")
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 12.6667, "longitude": 108.0383}
    assert data["organizer"] == [{"@type": "Organization", "name": "UBND tỉnh Đắk Lắk", "url": "https://daklak.gov.vn/"}]
    assert data["image"][0].startswith("http://testserver/") and data["inLanguage"] == "vi"
    assert len(data["subEvent"]) == 4
    for sub_event in data["subEvent"]:
        assert sub_event["@type"] == "Event"
        assert_google_event(sub_event)
    first = data["subEvent"][0]
    assert first["name"] == "Hoạt động số 1" and first["location"] == data["location"]  # held at the venue: its address and geo


def test_a_session_away_from_the_venues_is_placed_where_it_is_held(client, events_index):
    session = {"date": factories.first_day_at(10, 8).date(), "start_time": datetime.time(7), "kind": "sport", "title": "Đua thuyền", "place": "Hồ Lắk"}
    make_event(events_index, slug="dua-thuyen", programme=[("session", session)])
    (sub_event,) = event_json_ld(client, "/vi/su-kien/dua-thuyen/")["subEvent"]
    assert sub_event["location"] == {"@type": "Place", "name": "Hồ Lắk", "address": "Hồ Lắk"}
    assert "endDate" not in sub_event


def test_a_cancelled_event_says_so_and_without_organisers_the_province_organises(client, events_index):
    make_event(events_index, slug="huy", status="cancelled", organisers=[])
    data = event_json_ld(client, "/vi/su-kien/huy/")
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["organizer"] == [{"@type": "GovernmentOrganization", "@id": "http://testserver/#organization"}]


def parsed_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines), "lines end in CRLF"
    assert all(len(line) <= 75 for line in lines), "lines are folded at 75 octets"
    vobject.readOne(raw.decode())  # a second, independent parser accepts it too
    return Calendar.from_ical(raw)


def assert_rfc5545_event(component, tzids):
    for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        assert component.get(required) is not None, required
    stamp = component.decoded("DTSTAMP")
    assert stamp.utcoffset() == datetime.timedelta(0)
    assert component["DTSTAMP"].to_ical().endswith(b"Z")
    tzid = component["DTSTART"].params.get("TZID")
    assert tzid in tzids, "every TZID has its VTIMEZONE"


def test_an_events_ics_file_holds_the_event_and_its_sessions_with_timezones(client, event):
    response = client.get("/vi/su-kien/tuan-van-hoa/calendar/")
    assert response["Content-Disposition"] == 'attachment; filename="tuan-van-hoa.vi.ics"'
    calendar = parsed_calendar(response)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    tzids = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert tzids == {"Asia/Ho_Chi_Minh"}
    entries = calendar.walk("VEVENT")
    assert len(entries) == 1 + 4
    for entry in entries:
        assert_rfc5545_event(entry, tzids)
    assert len({str(entry["UID"]) for entry in entries}) == 5
    main = entries[0]
    assert str(main["SUMMARY"]) == "Tuần Văn hóa Đắk Lắk"
    assert main.decoded("DTSTART") == factories.first_day_at(10, 8)
    assert main.decoded("DTEND") == factories.first_day_at(12, 22)
    assert str(main["STATUS"]) == "CONFIRMED" and str(main["URL"]) == "http://testserver/vi/su-kien/tuan-van-hoa/"
    assert main.decoded("GEO") == (12.6667, 108.0383)
    assert "Đường Lê Duẩn" in str(main["LOCATION"])
    session = entries[1]
    assert str(session["SUMMARY"]).startswith("Hoạt động số 1") and str(session["RELATED-TO"]) == str(main["UID"])
    assert session.decoded("DTSTART").hour == 7


def test_each_language_has_a_calendar_feed_of_its_own_events(client, events_index):
    first = make_event(events_index, slug="mot", title="Lễ hội cà phê")
    make_event(events_index, slug="hai", title="Hội nghị đầu tư", days_ahead=20)
    make_event(events_index, slug="cu", title="Sự kiện năm ngoái", days_ahead=-400)
    translate(first, "en", title="Coffee festival", slug="coffee-festival")
    vietnamese = parsed_calendar(client.get("/vi/su-kien/calendar/"))
    assert [str(entry["SUMMARY"]) for entry in vietnamese.walk("VEVENT")] == ["Lễ hội cà phê", "Hội nghị đầu tư"]
    english = parsed_calendar(client.get("/en/events/calendar/"))
    entries = english.walk("VEVENT")
    assert [str(entry["SUMMARY"]) for entry in entries] == ["Coffee festival"]
    assert str(entries[0]["UID"]).endswith("-en@testserver")
    tzids = {str(zone["TZID"]) for zone in english.walk("VTIMEZONE")}
    for entry in entries:
        assert_rfc5545_event(entry, tzids)


def test_the_api_lists_events_with_their_fields(client, event):
    response = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "summary,start,end,time_zone,status,venues,programme,contacts"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Tuần Văn hóa Đắk Lắk"]
    item = items[0]
    assert item["meta"]["type"] == "events.EventPage"
    assert item["time_zone"] == "Asia/Ho_Chi_Minh" and item["status"] == "scheduled"
    assert datetime.datetime.fromisoformat(item["start"]) == factories.first_day_at(10, 8)
    assert item["venues"][0]["value"]["name"] == "Quảng trường 10 tháng 3"
    assert len(item["programme"]) == 4 and item["programme"][0]["value"]["kind"] == "ceremony"
