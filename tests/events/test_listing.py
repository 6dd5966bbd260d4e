"""The events listing per language (upcoming first, past ones archived by year), the strip on the
section home, what the page cache keeps, and SQL queries that do not grow with the listing or the
programme."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from foreign_info.events import upcoming
from tests import factories
from tests.conftest import publish, translate

from .conftest import make_event

pytestmark = pytest.mark.django_db


def titles(client, path, selector=".card-title"):
    response = client.get(path)
    assert response.status_code == 200, path
    return [node.text.strip() for node in BeautifulSoup(response.content, "html.parser").select(selector)]


def test_upcoming_events_come_soonest_first_and_past_ones_by_year(client, events_index):
    make_event(events_index, title="Sau", days_ahead=30)
    make_event(events_index, title="Sớm", days_ahead=3)
    make_event(events_index, title="Đang diễn ra", days_ahead=-1)  # started yesterday, ends tomorrow
    last_year = timezone.localdate().year - 1
    for title, month in (("Xuân năm ngoái", 3), ("Thu năm ngoái", 10)):
        start = datetime.datetime(last_year, month, 10, 8, tzinfo=datetime.UTC)
        make_event(events_index, title=title, start=start, end=start + datetime.timedelta(days=1), programme=[])
    assert titles(client, "/vi/su-kien/", ".upcoming .card-title") == ["Đang diễn ra", "Sớm", "Sau"]
    response = client.get("/vi/su-kien/")
    year_link = BeautifulSoup(response.content, "html.parser").select_one(".event-years a")
    assert year_link["href"] == f"/vi/su-kien/{last_year}/" and year_link.text == str(last_year)
    assert titles(client, f"/vi/su-kien/{last_year}/") == ["Thu năm ngoái", "Xuân năm ngoái"]


@pytest.mark.parametrize("path", ["/vi/su-kien/1999/", "/vi/su-kien/99999999999999999999/", "/vi/su-kien/abc/"])
def test_a_year_without_past_events_is_a_404(client, event, path):
    assert client.get(path).status_code == 404


def test_each_language_lists_its_own_events(client, events_index):
    translated = make_event(events_index, title="Lễ hội cà phê", days_ahead=5)
    make_event(events_index, title="Chỉ tiếng Việt", days_ahead=6)
    translate(translated, "en", title="Coffee festival", slug="coffee-festival")
    assert titles(client, "/en/events/") == ["Coffee festival"]
    assert titles(client, "/vi/su-kien/") == ["Lễ hội cà phê", "Chỉ tiếng Việt"]


def test_the_section_home_shows_upcoming_events_only(client, events_index):
    make_event(events_index, title="Sắp tới", days_ahead=5)
    make_event(events_index, title="Đã qua", days_ahead=-30)
    assert titles(client, "/vi/", ".upcoming-events .card-title") == ["Sắp tới"]
    assert titles(client, "/en/", ".upcoming-events .card-title") == []  # nothing translated yet


def test_publishing_an_event_forgets_the_cached_listing_home_and_calendar(client, events_index):
    for path in ("/vi/su-kien/", "/vi/", "/vi/su-kien/calendar/"):
        client.get(path)
        assert client.get(path).get("X-Page-Cache") == "hit"
    make_event(events_index, title="Mới", days_ahead=5)
    assert titles(client, "/vi/su-kien/") == ["Mới"]
    assert titles(client, "/vi/", ".upcoming-events .card-title") == ["Mới"]
    assert b"SUMMARY:M" in client.get("/vi/su-kien/calendar/").content
    events_index.title = "Lịch sự kiện"
    publish(events_index)  # the listing itself: its calendar's name changes
    assert "X-WR-CALNAME:Lịch sự kiện" in client.get("/vi/su-kien/calendar/").content.decode()


def test_cached_pages_expire_when_the_next_event_starts_or_ends(events_index, settings):
    event = make_event(events_index, days_ahead=2)
    most = (event.start - timezone.now()).total_seconds()
    seconds = upcoming.cache_seconds()
    least = (event.start - timezone.now()).total_seconds()
    assert least - 1 <= seconds <= most
    make_event(events_index, days_ahead=-1)  # running: ends the day after tomorrow, starts earlier than the first
    assert upcoming.cache_seconds() <= seconds


def queries_for(client, path):
    client.get(path)  # warm: renditions exist
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200 and response.get("X-Page-Cache") == "miss"
    return len(context.captured_queries)


def test_a_programme_of_40_sessions_costs_the_same_queries_as_one_of_4(client, events_index, django_assert_num_queries):
    image = factories.ImageFactory()
    make_event(events_index, slug="bon", session_count=4, hero_image=image)
    make_event(events_index, slug="bon-muoi", session_count=40, hero_image=image)
    four = queries_for(client, "/vi/su-kien/bon/")
    client.get("/vi/su-kien/bon-muoi/")
    caches["pages"].clear()
    with django_assert_num_queries(four):
        response = client.get("/vi/su-kien/bon-muoi/")
    assert response.content.count(b'class="session ') == 40


def test_the_listing_of_40_events_costs_the_same_queries_as_of_4(client, events_index, django_assert_num_queries):
    image = factories.ImageFactory()
    for number in range(4):
        make_event(events_index, days_ahead=3 + number, hero_image=image)
    four = queries_for(client, "/vi/su-kien/")
    home_four = queries_for(client, "/vi/")
    for number in range(36):
        make_event(events_index, days_ahead=10 + number, hero_image=image, session_count=1)
    client.get("/vi/su-kien/")
    caches["pages"].clear()
    with django_assert_num_queries(four):
        response = client.get("/vi/su-kien/")
    assert response.content.count(b'class="card card-event"') == 40
    assert queries_for(client, "/vi/") == home_four
