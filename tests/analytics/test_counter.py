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
    assert "<dt>Online now</dt><dd>2</dd>" in html
    assert "<dt>Today</dt><dd>2</dd>" in html


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


def test_no_counter_before_the_first_flush(client, section, article):
    assert 'class="visitor-counter"' not in client.get("/vi/?fresh=1").content.decode()
