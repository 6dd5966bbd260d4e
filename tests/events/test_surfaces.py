"""Events on the section's shared surfaces, like every page: sitemap, feeds, search, statistics
and the translation queue."""

import datetime
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.utils import timezone
from wagtail_localize.models import StringSegment

from foreign_info.analytics import buffer, collector, visitors
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.core.languages import TARGET_LANGUAGES
from foreign_info.translation.models import JobState, TranslationJob
from tests.analytics.conftest import AMERICAN_IP, FRENCH_IP, Clock, visit
from tests.conftest import translate

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_events_and_their_listing_are_in_the_sitemap_with_alternates(client, event):
    translate(event, "en", title="Culture week", slug="culture-week")
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {url.find(f"{SITEMAP}loc").text for url in root.findall(f"{SITEMAP}url")}
    assert {
        "http://testserver/vi/su-kien/",
        "http://testserver/en/events/",
        "http://testserver/vi/su-kien/tuan-van-hoa/",
        "http://testserver/en/events/culture-week/",
    } <= urls


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_events_are_in_the_feeds_of_their_language(client, event, kind):
    translate(event, "en", title="Culture week", slug="culture-week", summary="A week of culture.")
    english = feedparser.parse(client.get(f"/en/feed/{kind}/").content)
    assert not english.bozo
    entry = next(entry for entry in english.entries if entry.title == "Culture week")
    assert entry.link == "http://testserver/en/events/culture-week/"
    assert entry.summary == "A week of culture."
    vietnamese = feedparser.parse(client.get(f"/vi/feed/{kind}/").content)
    assert "Tuần Văn hóa Đắk Lắk" in [entry.title for entry in vietnamese.entries]


def test_search_finds_events_by_their_programme_beside_articles(client, event, article):
    response = client.get("/vi/search/", {"q": "Hoạt động"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert [node.text for node in soup.select(".card-title a")] == ["Tuần Văn hóa Đắk Lắk"]
    assert soup.select_one(".card-event")
    response = client.get("/vi/search/", {"q": "Cà phê"})
    assert [node.text for node in BeautifulSoup(response.content, "html.parser").select(".card-title a")] == [article.title]
    assert client.get("/en/search/", {"q": "Hoạt động"}).content.count(b"card-event") == 0


def test_views_per_event_and_language_reach_the_dashboard(client, event, monkeypatch):
    buffer.discard()
    visitors.forget_process_salts()
    translate(event, "en", title="Culture week", slug="culture-week")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    noon = timezone.make_aware(datetime.datetime.combine(yesterday, datetime.time(12))).timestamp()
    monkeypatch.setattr(collector, "time", Clock(noon))
    for ip in ("90.84.0.1", "90.84.0.2"):
        visit(client, "/en/events/culture-week/", ip)
    visit(client, "/vi/su-kien/tuan-van-hoa/", AMERICAN_IP)
    visit(client, "/vi/su-kien/tuan-van-hoa/calendar/", FRENCH_IP)  # a download, not a page view
    drain_and_flush()
    client.force_login(User.objects.create_superuser("boss", "boss@example.org", "pw"))
    client.cookies.load({"django_language": "en"})
    rows = client.get("/admin/statistics/export/top-abroad/json/", {"start": yesterday.isoformat(), "end": yesterday.isoformat()}).json()["rows"]
    views = {(row[0], row[2]) for row in rows}
    assert ("Culture week", 2) in views and ("Tuần Văn hóa Đắk Lắk", 1) in views
    buffer.discard()


def test_publishing_an_event_creates_a_waiting_job_per_language_with_its_programme_as_segments(event, events_index):
    for page in (events_index, event):
        jobs = TranslationJob.objects.filter(source_page=page)
        assert sorted(jobs.values_list("target_locale__language_code", flat=True)) == sorted(TARGET_LANGUAGES)
    # The listing was translated into English by the fixture: that job is done, the others wait.
    assert set(TranslationJob.objects.filter(source_page=event).values_list("state", flat=True)) == {JobState.WAITING}
    assert TranslationJob.objects.get(source_page=events_index, target_locale__language_code="en").state == JobState.PUBLISHED
    texts = set(StringSegment.objects.filter(source__object_id=event.translation_key).values_list("string__data", flat=True))
    assert {"Hoạt động số 4", "Mô tả hoạt động 2.", "Đường Lê Duẩn, Buôn Ma Thuột, Đắk Lắk", "Trưởng ban tổ chức"} <= texts
