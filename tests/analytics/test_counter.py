"""The footer counter: right figures, translated, and no SQL query added to any page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from foreign_info.analytics.counter import compute
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import DailySiteStat, Kind

from .conftest import AMERICAN_IP, FRENCH_IP, GOOGLEBOT, visit

pytestmark = pytest.mark.django_db


def test_the_counter_sums_daily_readers_over_each_period(section, article):
    now = timezone.make_aware(datetime.datetime(2026, 6, 10, 12))  # a Wednesday
    site = section.get_site().pk
    for day, visitors in (
        (datetime.date(2025, 12, 31), 100),
        (datetime.date(2026, 1, 5), 7),
        (datetime.date(2026, 5, 31), 5),
        (datetime.date(2026, 6, 1), 4),
        (datetime.date(2026, 6, 8), 3),
        (datetime.date(2026, 6, 10), 2),
    ):
        DailySiteStat.objects.create(site_id=site, day=day, kind=Kind.VIEW, events=visitors * 3, visitors=visitors)
    DailySiteStat.objects.create(site_id=site, day=datetime.date(2026, 6, 10), kind=Kind.BOT, events=50, visitors=9)
    assert compute(site, now) == {"today": 2, "week": 5, "month": 9, "year": 21, "total": 121, "online": 0}


def test_the_footer_shows_the_counter_without_a_query_of_its_own(client, section, article):
    visit(client, "/vi/ca-phe/", FRENCH_IP)
    visit(client, "/vi/ca-phe/", AMERICAN_IP)
    visit(client, "/vi/ca-phe/", "66.249.66.1", GOOGLEBOT)
    drain_and_flush()  # fills the counter's cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/?fresh=1")  # rendered, not from the page cache
    assert not [q for q in queries.captured_queries if "analytics_" in q["sql"]]
    html = response.content.decode()
    assert 'class="visitor-counter"' in html
    assert '<dt>Online now</dt><dd data-figure="online">2</dd>' in html
    assert '<dt>Today</dt><dd data-figure="today">2</dd>' in html


def test_online_now_drops_to_zero_without_fresh_flushes(client, section, article, monkeypatch):
    from foreign_info.analytics import counter

    visit(client, "/vi/ca-phe/")
    drain_and_flush()
    site = section.get_site().pk
    assert counter.cached_figures(site)["online"] == 1
    later = counter.time.time() + 6 * 60
    monkeypatch.setattr(counter.time, "time", lambda: later)
    assert counter.cached_figures(site)["online"] == 0
    assert counter.cached_figures(site)["today"] == 1


def test_the_counter_shows_dashes_before_the_first_flush(client, section, article):
    """A page rendered (and stored in the page cache) before any flush still has its counter: a dash
    for each figure, which counter.js replaces once the counter URL has figures."""
    html = client.get("/en/?fresh=1").content.decode()
    assert 'class="visitor-counter"' in html and f'data-refresh="/analytics/counter/{section.get_site().pk}/"' in html
    assert '<dt>Online now</dt><dd data-figure="online">—</dd>' in html
    assert '<dt>Total</dt><dd data-figure="total">—</dd>' in html
    assert client.get(f"/analytics/counter/{section.get_site().pk}/").status_code == 404  # the script keeps the dashes


def test_a_page_from_the_page_cache_refreshes_its_counter_without_sql(client, section, article):
    """The cached page keeps the figures it was rendered with; its script asks the counter URL,
    which answers from the cache alone."""
    visit(client, "/vi/ca-phe/", FRENCH_IP)
    drain_and_flush()
    client.get("/en/")  # rendered and stored in the page cache
    visit(client, "/vi/ca-phe/", AMERICAN_IP)
    drain_and_flush()
    cached = client.get("/en/").content.decode()
    assert '<dd data-figure="today">1</dd>' in cached  # as old as the cached page
    url = f"/analytics/counter/{section.get_site().pk}/"
    assert f'data-refresh="{url}"' in cached and "analytics/counter" in cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert not queries.captured_queries
    assert response.json()["today"] == 2 and response.json()["online"] == 2
    assert "max-age=30" in response["Cache-Control"]
    assert client.get("/analytics/counter/999/").status_code == 404
