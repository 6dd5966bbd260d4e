"""The public event page: times in the event's zone with the Vietnamese lunar date, programme,
venues with map links (no third-party script), contacts as vCard, the press kit and accreditation
links, and languages."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import vobject
from bs4 import BeautifulSoup
from django.utils import translation

from foreign_info.events import dates
from tests import factories
from tests.conftest import publish, translate

from .conftest import make_event

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def test_the_vietnamese_lunar_date_is_computed_for_utc_plus_seven():
    """Tết 2007 fell on 17 February in Việt Nam and on 18 February in China: a Chinese-calendar
    library would call 17 February the 30th of the twelfth month."""
    with translation.override("en"):
        assert dates.lunar_date(datetime.date(2007, 2, 17)) == "day 1 of month 1, year Đinh Hợi"
        assert dates.lunar_date(datetime.date(2026, 2, 17)) == "day 1 of month 1, year Bính Ngọ"
        assert dates.lunar_date(datetime.date(2025, 7, 25)) == "day 1 of leap month 6, year Ất Tỵ"


def test_the_page_shows_its_dates_in_its_zone_with_the_lunar_date_and_the_programme(client, events_index):
    start = datetime.datetime(2007, 2, 17, 8, tzinfo=HANOI)
    make_event(events_index, slug="tet", start=start, end=start + datetime.timedelta(days=2, hours=14), lunar_calendar=True, programme=[])
    soup = soup_of(client, "/vi/su-kien/tet/")
    when = soup.select_one(".event-facts time")
    assert when["datetime"] == "2007-02-17T08:00:00+07:00"
    assert "Asia/Ho_Chi_Minh" in soup.select_one(".time-zone").text and "UTC+07:00" in soup.select_one(".time-zone").text
    with translation.override("vi"):
        expected = dates.lunar_date(datetime.date(2007, 2, 17))
    assert "Đinh Hợi" in expected and soup.select_one(".lunar-date").text.startswith(expected)


def test_a_lao_reader_gets_lao_dates_on_the_24_hour_clock_in_the_events_own_zone(client, events_index):
    """CLDR's Lao month names and 24-hour times (Django has no Lao formats; CLDR's 12-hour forms
    would put "PM" into Khmer and Lao), and an evening in Paris stays an evening in Paris."""
    translate(events_index, "lo", title="ເຫດການ", slug="events-lo")
    start = datetime.datetime(2027, 3, 10, 19, 30, tzinfo=ZoneInfo("Europe/Paris"))
    event = make_event(events_index, slug="paris", start=start, end=start + datetime.timedelta(hours=3), time_zone="Europe/Paris", programme=[])
    lao = translate(event, "lo", title="ອາທິດວັດທະນະທຳດັກລັກ ຢູ່ປາຣີ", slug="paris-lo")
    soup = soup_of(client, lao.get_url())
    facts = soup.select_one(".event-facts dd").get_text(" ", strip=True)
    assert "10 ມີນາ 2027" in facts and "19:30" in facts and "22:30" in facts, facts
    assert "UTC+01:00" in facts and "PM" not in facts and "March" not in facts, facts
    card = soup_of(client, "/lo/events-lo/").select_one(".card-event .card-meta").get_text(" ", strip=True)
    assert card.startswith("10 ມີນາ 2027"), card


def test_no_lunar_date_for_events_on_the_solar_calendar(client, event):
    assert soup_of(client, "/vi/su-kien/tuan-van-hoa/").select_one(".lunar-date") is None


def test_the_programme_lists_each_session_with_time_kind_place_and_description(client, event):
    sessions = soup_of(client, "/vi/su-kien/tuan-van-hoa/").select(".sessions .session")
    assert [session.select_one(".session-title").text for session in sessions] == [f"Hoạt động số {n}" for n in range(1, 5)]
    first = sessions[0]
    assert first.select_one("time")["datetime"].endswith("T07:00:00+07:00")
    assert "session-ceremony" in first["class"]
    assert first.select_one(".session-place").text == "Quảng trường 10 tháng 3"
    assert first.select_one(".session-description").text == "Mô tả hoạt động 1."


def test_venues_link_to_openstreetmap_and_a_geo_uri_and_load_no_third_party_script(client, event):
    soup = soup_of(client, "/vi/su-kien/tuan-van-hoa/")
    venue = soup.select_one(".venue")
    assert "Đường Lê Duẩn, Buôn Ma Thuột, Đắk Lắk" in venue.select_one(".address").text
    assert venue.select_one("a.map-link")["href"] == "https://www.openstreetmap.org/?mlat=12.666700&mlon=108.038300#map=16/12.666700/108.038300"
    assert venue.select_one("a.geo-link")["href"] == "geo:12.666700,108.038300"
    for script in soup.select("script[src]"):
        assert script["src"].startswith("/"), script["src"]
    assert not soup.select("iframe")


def test_contacts_download_as_a_vcard_that_parses(client, event):
    response = client.get("/vi/su-kien/tuan-van-hoa/contacts/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tuan-van-hoa.vi.vcf"'
    card = vobject.readOne(response.content.decode())
    assert card.fn.value == "Nguyễn Thị Hoa"
    assert card.tel.value == "tel:+842623852741"
    assert card.email.value == "hoa@daklak.gov.vn"
    assert card.title.value == "Trưởng ban tổ chức"
    page = soup_of(client, "/vi/su-kien/tuan-van-hoa/")
    assert page.select_one("a.vcard-download")["href"] == "/vi/su-kien/tuan-van-hoa/contacts/"
    assert page.select_one(".contact a[href^='tel:']")["href"] == "tel:+842623852741"


def test_an_event_without_contacts_offers_no_vcard(client, events_index):
    make_event(events_index, slug="khong-lien-he", contacts=[])
    assert client.get("/vi/su-kien/khong-lien-he/contacts/").status_code == 404
    assert soup_of(client, "/vi/su-kien/khong-lien-he/").select_one("a.vcard-download") is None


def press_room(section):
    from foreign_info.presskits.models import PressKitPage, PressRoomPage

    room = PressRoomPage(title="Phòng báo chí", slug="phong-bao-chi")
    section.add_child(instance=room)
    publish(room)
    kit = PressKitPage(title="Bộ tư liệu lễ hội", slug="bo-tu-lieu", summary="Tư liệu.")
    room.add_child(instance=kit)
    return room, publish(kit)


def test_the_press_kit_and_accreditation_for_the_events_dates_are_linked(client, section, events_index):
    room, kit = press_room(section)
    make_event(events_index, slug="co-bao-chi", press_kit=kit, days_ahead=5)
    soup = soup_of(client, "/vi/su-kien/co-bao-chi/")
    assert soup.select_one("a.press-kit-link")["href"] == "/vi/phong-bao-chi/bo-tu-lieu/"
    link = soup.select_one("a.accreditation-link")["href"]
    first = factories.first_day_at(5, 8).date()
    assert link == f"/vi/phong-bao-chi/accreditation/?visit_start={first.isoformat()}&visit_end={(first + datetime.timedelta(days=2)).isoformat()}"
    form = soup_of(client, link)
    assert form.select_one("input[name=visit_start]")["value"] == first.isoformat()
    assert form.select_one("input[name=visit_end]")["value"] == (first + datetime.timedelta(days=2)).isoformat()


def test_bad_dates_in_the_accreditation_link_are_ignored(client, section):
    press_room(section)
    form = soup_of(client, "/vi/phong-bao-chi/accreditation/?visit_start=not-a-date&visit_end=2027-13-45")
    assert not form.select_one("input[name=visit_start]").get("value")


def test_a_past_event_offers_no_accreditation_and_a_kit_not_live_in_the_language_no_link(client, section, events_index):
    room, kit = press_room(section)
    make_event(events_index, slug="da-qua", press_kit=kit, days_ahead=-30)
    soup = soup_of(client, "/vi/su-kien/da-qua/")
    assert soup.select_one("a.accreditation-link") is None
    english = make_event(events_index, slug="sap-toi", press_kit=kit)
    translate(english, "en", title="Culture week", slug="culture-week")
    soup = soup_of(client, "/en/events/culture-week/")
    assert soup.select_one("a.press-kit-link") is None  # the kit is not in English
    assert soup.select_one("a.accreditation-link") is None  # no English press room


def test_an_event_is_served_only_in_its_live_languages(client, event):
    translate(event, "en", title="Đắk Lắk Culture Week", slug="culture-week", summary="A week of culture.")
    soup = soup_of(client, "/en/events/culture-week/")
    assert soup.h1.text == "Đắk Lắk Culture Week"
    assert soup.select_one(".standfirst").text == "A week of culture."
    hreflangs = {link["hreflang"] for link in soup.select("link[rel=alternate][hreflang]")}
    assert hreflangs == {"vi", "en", "x-default"}
    assert client.get("/lo/su-kien/tuan-van-hoa/").status_code == 404
