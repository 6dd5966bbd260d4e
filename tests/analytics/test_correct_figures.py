"""Figures that go to the ministry: right on a fixture with known answers, whatever hostile
beacons, sub-routes, replays or a second flusher do (issue 12)."""

import datetime
import io
import json

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from foreign_info.analytics import rollups
from foreign_info.analytics.flush import drain_and_flush, flush
from foreign_info.analytics.indicators import output
from foreign_info.analytics.models import DailySiteStat, DailyStat, Event, HourlyStat, Kind
from tests import factories
from tests.conftest import publish, translate

from .conftest import CHROME, FRENCH_IP, view_payload, visit

pytestmark = pytest.mark.django_db


def test_output_counts_every_foreign_page_of_the_period(section):
    """Wagtail orders pages by path; that ordering must not leak into the GROUP BY (it made every
    language count one page at most)."""
    for number in range(3):
        source = publish(factories.ArticlePageFactory(parent=section, title=f"Bài {number}", slug=f"bai-{number}"))
        translate(source, "en", title=f"Article {number}", slug=f"article-{number}")
        if number < 2:
            translate(source, "lo", title=f"ບົດ {number}", slug=f"lo-{number}")
    today = timezone.localdate()
    counts = output(section.get_site(), today, today)
    # The section's own English and Lao homes were first published today too.
    assert counts["en"] == 4 and counts["lo"] == 3 and counts["fr"] == 0


BEACON = "/analytics/beacon/"


def beacon(client, body, ua=CHROME):
    return client.post(BEACON, data=json.dumps(body), content_type="application/json", REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=ua)


@pytest.mark.parametrize(
    "fields",
    [
        {"lang": "\u0000"},
        {"lang": "xx"},
        {"lang": "vi\u0000"},
        {"target": "face\u0000book"},
        {"target": '=HYPERLINK("http://x")'},
        {"target": "+cmd"},
        {"target": "line\nbreak"},
    ],
)
def test_hostile_beacon_fields_are_refused_and_flushes_keep_working(client, section, article, fields):
    response = beacon(client, {"event": "share", "page": article.pk, **fields})
    assert response.status_code == 400
    assert "error" in response.json()
    assert beacon(client, {"event": "share", "page": article.pk, "target": "facebook", "lang": "vi"}).status_code == 204
    assert drain_and_flush() == 1
    assert list(Event.objects.values_list("target", "content_language")) == [("facebook", "vi")]


def test_a_beacon_for_a_page_that_does_not_exist_is_refused(client, section):
    assert beacon(client, {"event": "clip_play", "page": 987654}).status_code == 400


def test_beacons_from_scripts_and_crawlers_are_dropped(client, section, article):
    for agent in ("curl/8.5.0", "python-requests/2.32", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", ""):
        assert beacon(client, {"event": "clip_play", "page": article.pk}, ua=agent).status_code == 204
    assert drain_and_flush() == 0


def test_spreadsheet_exports_never_carry_formulas(admin_client, section, article):
    today = timezone.localdate()
    DailyStat.objects.create(day=today, site_id=section.get_site().pk, page_id=article.pk, kind=Kind.SHARE, target='=HYPERLINK("http://x")', events=3)
    params = {"start": today.isoformat(), "end": today.isoformat()}
    sheet = load_workbook(io.BytesIO(admin_client.get("/admin/statistics/export/engagement/xlsx/", params).content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    assert any(str(cell.value).endswith('=HYPERLINK("http://x")') for cell in cells)
    text = admin_client.get("/admin/statistics/export/engagement/csv/", params).content.decode("utf-8-sig")
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_feeds_search_topics_forms_and_subtitles_are_not_page_views(client, section, article, clock):
    clip = publish(factories.ClipPageFactory(parent=section, slug="cong-chieng"))
    for path in ("/vi/feed/rss/", "/vi/feed/atom/", "/vi/search/?q=c%C3%A0", f"/vi/{clip.slug}/subtitles/"):
        client.get(path, REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME)
    drain_and_flush()
    assert Event.objects.filter(kind=Kind.VIEW).count() == 0
    visit(client, f"/vi/{clip.slug}/")
    visit(client, "/vi/ca-phe/")
    drain_and_flush()
    assert sorted(Event.objects.filter(kind=Kind.VIEW).values_list("page_id", flat=True)) == sorted([clip.pk, article.pk])


def totals():
    return {
        "hourly": sum(HourlyStat.objects.values_list("events", flat=True)),
        "daily": sum(DailyStat.objects.values_list("events", flat=True)),
        "site": sum(DailySiteStat.objects.values_list("events", flat=True)),
        "site_visitors": sum(DailySiteStat.objects.values_list("visitors", flat=True)),
    }


def test_each_flush_adds_only_its_own_events_and_a_replay_adds_nothing(client, section, article, clock):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    clock.now = timezone.make_aware(datetime.datetime.combine(yesterday, datetime.time(10))).timestamp()
    visit(client, "/vi/ca-phe/")
    visit(client, "/vi/ca-phe/", ip="8.8.8.8")
    drain_and_flush()
    visit(client, "/vi/ca-phe/")  # the same reader again: one more view, no new visitor
    visit(client, "/en/", ip="8.8.4.4")
    drain_and_flush()
    assert Event.objects.count() == 4
    assert totals() == {"hourly": 4, "daily": 4, "site": 4, "site_visitors": 3}
    incremental = sorted(DailyStat.objects.values_list("page_id", "kind", "content_language", "country", "events", "visitors"))
    flush()  # nothing new
    assert totals()["daily"] == 4
    rollups.rebuild(yesterday, yesterday)  # what a recomputation from raw events gives
    assert sorted(DailyStat.objects.values_list("page_id", "kind", "content_language", "country", "events", "visitors")) == incremental
    assert totals() == {"hourly": 4, "daily": 4, "site": 4, "site_visitors": 3}


def prepared_payloads(article, count, start):
    return [view_payload(article.pk, f"concurrent{n:06d}", start + n, f"v{n % 37:015d}") for n in range(count)]


def run_at_once(*functions):
    """Each function in a thread of its own, so each has its own database connection."""
    import threading

    from django.db import connection

    errors = []
    barrier = threading.Barrier(len(functions))

    def run(function):
        try:
            barrier.wait()
            function()
        except Exception as error:  # reported below: a thread's exception would vanish
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(function,)) for function in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    "postgresql" not in __import__("django.conf").conf.settings.DATABASES["default"]["ENGINE"],
    reason="two writers at once need PostgreSQL: SQLite refuses the second (database is locked), which loses nothing",
)
def test_two_flushers_at_once_never_double_a_rollup(section, article):
    """Two workers (one per host, as the README deploys) flushing the same replayed events and
    the staging table at the same moment: every total equals the number of events, and the
    distinct visitors equal those of a recomputation."""
    from django.db import transaction

    from foreign_info.analytics import flush as flushing
    from foreign_info.analytics.models import StagedEvent

    start = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(1))).timestamp()
    shared = prepared_payloads(article, 1500, start)

    def insert_shared():
        with transaction.atomic():
            flushing.insert(flushing.to_events(shared, flushing.SiteResolver()))

    run_at_once(insert_shared, insert_shared)
    StagedEvent.objects.bulk_create([StagedEvent(payload=p.replace("concurrent", "staged")) for p in shared])
    run_at_once(flushing.flush, flushing.flush)
    assert Event.objects.count() == 3000
    assert totals()["hourly"] == totals()["daily"] == totals()["site"] == 3000
    assert DailySiteStat.objects.get(kind=Kind.VIEW).visitors == 37
    added = sorted(DailyStat.objects.values_list("page_id", "kind", "country", "events", "visitors"))
    rollups.rebuild(timezone.localdate(), timezone.localdate())
    assert sorted(DailyStat.objects.values_list("page_id", "kind", "country", "events", "visitors")) == added
