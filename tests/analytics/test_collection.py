"""Collection: exact counts for a synthetic traffic mix, cache hits included, and what is kept."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from foreign_info.analytics import buffer
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import DailySiteStat, DailyStat, Event, HourlyStat, Kind

from .conftest import AMERICAN_IP, CHROME, FRENCH_IP, GOOGLEBOT, IPHONE, visit

pytestmark = pytest.mark.django_db

# 23:59 in Hà Nội (UTC+7) on 10 June 2026, then two minutes later: another local day.
BEFORE_MIDNIGHT = datetime.datetime(2026, 6, 10, 16, 59, tzinfo=datetime.UTC).timestamp()
AFTER_MIDNIGHT = BEFORE_MIDNIGHT + 120


def test_a_traffic_mix_is_counted_exactly(client, section, article, clock):
    clock.now = BEFORE_MIDNIGHT
    assert visit(client, "/vi/ca-phe/", FRENCH_IP, CHROME, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")["X-Page-Cache"] == "miss"
    assert visit(client, "/vi/ca-phe/", FRENCH_IP, CHROME, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")["X-Page-Cache"] == "hit"
    visit(client, "/en/", FRENCH_IP, CHROME, HTTP_ACCEPT_LANGUAGE="fr-FR", HTTP_REFERER="http://testserver/vi/ca-phe/")
    visit(client, "/vi/ca-phe/", AMERICAN_IP, IPHONE, HTTP_REFERER="https://www.google.com/search?q=coffee", HTTP_ACCEPT_LANGUAGE="en-US")
    visit(client, "/vi/ca-phe/", "66.249.66.1", GOOGLEBOT)
    visit(client, "/en/", "66.249.66.1", GOOGLEBOT)
    visit(client, "/vi/ca-phe/", FRENCH_IP, CHROME, HTTP_SEC_PURPOSE="prefetch")
    # Not page views: a 404, the admin login, an API answer.
    assert client.get("/vi/nothing-here/").status_code == 404
    client.get("/admin/login/")
    client.get("/api/v2/pages/")
    clock.now = AFTER_MIDNIGHT
    visit(client, "/vi/ca-phe/", FRENCH_IP, CHROME, HTTP_ACCEPT_LANGUAGE="fr-FR")

    assert buffer.pending() == 8
    assert drain_and_flush() == 8
    site = Site.objects.get(is_default_site=True).pk
    day1, day2 = datetime.date(2026, 6, 10), datetime.date(2026, 6, 11)
    per_day = {(row.day, row.kind): (row.events, row.visitors) for row in DailySiteStat.objects.filter(site_id=site)}
    assert per_day == {
        (day1, Kind.VIEW): (4, 2),
        (day1, Kind.BOT): (2, 1),
        (day1, Kind.PREFETCH): (1, 1),
        (day2, Kind.VIEW): (1, 1),
    }
    # The salt changed at midnight: the same reader has an unrelated hash the next day.
    french = Event.objects.filter(kind=Kind.VIEW, country="FR").order_by("occurred_at")
    assert french.count() == 4
    assert len({event.visitor for event in french[:3]}) == 1
    assert french.last().visitor != french.first().visitor

    american = Event.objects.get(country="US", kind=Kind.VIEW)
    assert (american.device, american.channel, american.referrer_domain, american.preferred_language) == ("mobile", "search", "google.com", "en")
    assert (american.page_id, american.content_language) == (article.pk, "vi")
    english_home = Event.objects.get(kind=Kind.VIEW, content_language="en")
    assert (english_home.channel, english_home.preferred_language, english_home.device) == ("internal", "fr", "desktop")

    views_of_article = DailyStat.objects.filter(day=day1, kind=Kind.VIEW, page_id=article.pk)
    assert sum(row.events for row in views_of_article) == 3
    assert sum(row.events for row in HourlyStat.objects.filter(kind=Kind.VIEW)) == 5


def test_flushing_twice_and_refreshing_rollups_again_counts_nothing_twice(client, section, article):
    visit(client, "/vi/ca-phe/")
    visit(client, "/vi/ca-phe/", AMERICAN_IP)
    assert drain_and_flush() == 2
    assert drain_and_flush() == 0
    from foreign_info.analytics.rollups import rebuild

    days = {timezone.localtime(moment).date() for moment in Event.objects.values_list("occurred_at", flat=True)}
    rebuild(min(days), max(days))
    assert sum(DailySiteStat.objects.filter(kind=Kind.VIEW).values_list("events", flat=True)) == 2


def test_collecting_a_cache_hit_runs_no_sql(client, section, article, django_assert_num_queries):
    visit(client, "/vi/ca-phe/")
    with django_assert_num_queries(0):
        assert visit(client, "/vi/ca-phe/")["X-Page-Cache"] == "hit"
    assert buffer.pending() == 2


def test_the_page_note_never_reaches_the_client(client, section, article):
    for _ in range(2):
        response = visit(client, "/vi/ca-phe/")
        assert not [name for name in response.headers if "page-view" in name.lower() or "analytics" in name.lower()]


def test_previews_are_counted_apart(admin_client, section, article):
    with CaptureQueriesContext(connection):
        response = admin_client.get(f"/admin/pages/{article.pk}/edit/preview/", HTTP_USER_AGENT=CHROME)
    assert response.status_code == 200
    drain_and_flush()
    assert list(Event.objects.values_list("kind", "page_id")) == [(Kind.PREVIEW, article.pk)]


def test_raw_events_are_pruned_after_the_retention_period(client, section, article, clock, settings):
    from foreign_info.analytics.flush import prune

    settings.ANALYTICS = {**settings.ANALYTICS, "RETENTION_DAYS": 30}
    now = datetime.datetime(2026, 6, 10, 5, tzinfo=datetime.UTC)
    clock.now = (now - datetime.timedelta(days=31)).timestamp()
    visit(client, "/vi/ca-phe/")
    clock.now = (now - datetime.timedelta(days=29)).timestamp()
    visit(client, "/vi/ca-phe/", AMERICAN_IP)
    drain_and_flush()
    assert prune(now) == 1
    assert Event.objects.count() == 1
    assert DailySiteStat.objects.filter(kind=Kind.VIEW).count() == 2  # rollups are kept
