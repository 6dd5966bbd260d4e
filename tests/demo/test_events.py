"""The events demo: the listing in every language, the investment and culture week with its
programme in Vietnamese, English and French (a second load adding nothing: tests/demo/test_publishing.py)."""

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.events import demo_content as content
from foreign_info.events.models import EventIndexPage, EventPage
from tests.conftest import translated_path

pytestmark = pytest.mark.django_db


def test_the_demo_has_an_event_programme_in_three_languages_and_a_listing_in_nine(client):
    assert EventIndexPage.objects.count() == len(LANGUAGE_CODES)
    assert sorted(EventPage.objects.values_list("locale__language_code", flat=True)) == ["en", "fr", "vi"]
    source = EventPage.objects.get(locale__language_code="vi")
    assert len(source.sessions) == len(content.SESSIONS) == 8
    for code in LANGUAGE_CODES:
        assert client.get(translated_path(content.INDEX_SLUG, code)).status_code == 200, code
    french = translated_path(content.EVENT_SLUG, "fr")
    soup = BeautifulSoup(client.get(french).content, "html.parser")
    assert soup.h1.text == content.EVENT["title"]["fr"]
    assert [node.text for node in soup.select(".session-title")][0] == "Cérémonie d’ouverture"
    assert soup.select_one(".lunar-date") and soup.select_one("a.press-kit-link")
    calendar = Calendar.from_ical(client.get(french + "calendar/").content)
    assert len(calendar.walk("VEVENT")) == 9
    home = BeautifulSoup(client.get("/vi/").content, "html.parser")
    assert content.EVENT["title"]["vi"] in [node.text.strip() for node in home.select(".upcoming-events .card-title")]
