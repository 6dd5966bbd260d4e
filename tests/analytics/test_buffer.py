"""The buffer and the flush: one INSERT per 1,000 events, nothing lost on a graceful shutdown,
nothing counted twice after a crash, pages served when Redis is down."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from foreign_info.analytics import buffer, flush
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import DailySiteStat, Event, Kind, StagedEvent

from .conftest import AMERICAN_IP, view_payload, visit

ROOT = Path(__file__).resolve().parents[2]
needs_redis = pytest.mark.skipif(not settings.REDIS_URL, reason="the Redis path runs in the PostgreSQL+Redis run")


def staged_views(article, count):
    StagedEvent.objects.bulk_create([StagedEvent(payload=view_payload(article.pk, f"k{n}", 1_780_000_000 + n, f"{n % 97:016x}")) for n in range(count)])


@pytest.mark.django_db
def test_a_flush_writes_at_most_one_insert_per_thousand_events(section, article):
    staged_views(article, 2500)
    with CaptureQueriesContext(connection) as queries:
        assert flush.flush() == 2500
    inserts = [q for q in queries.captured_queries if q["sql"].upper().startswith("INSERT") and 'analytics_event"' in q["sql"].split("(")[0]]
    assert len(inserts) == 3
    assert StagedEvent.objects.count() == 0
    assert DailySiteStat.objects.get(kind=Kind.VIEW).events == 2500


@pytest.mark.django_db
def test_a_crash_mid_flush_of_the_staging_table_never_double_counts(section, article, monkeypatch):
    staged_views(article, 30)
    real_refresh = flush.SiteResolver.__call__
    calls = {"n": 0}

    def crash_halfway(self, host):
        calls["n"] += 1
        if calls["n"] == 15:
            raise RuntimeError("worker killed")
        return real_refresh(self, host)

    monkeypatch.setattr(flush.SiteResolver, "__call__", crash_halfway)
    with pytest.raises(RuntimeError):
        flush.flush()
    assert Event.objects.count() == 0 and StagedEvent.objects.count() == 30
    monkeypatch.setattr(flush.SiteResolver, "__call__", real_refresh)
    assert flush.flush() == 30
    assert flush.flush() == 0
    assert Event.objects.count() == 30


@needs_redis
@pytest.mark.django_db
def test_a_crash_after_the_commit_of_a_redis_flush_never_double_counts(client, section, article, monkeypatch):
    client_redis = buffer.redis_client()
    client_redis.delete(buffer.REDIS_KEY, flush.PROCESSING_SET)
    for ip in ("1.1.1.1", "2.2.2.2", "3.3.3.3"):
        visit(client, "/vi/ca-phe/", ip)
    buffer.drain()
    assert client_redis.llen(buffer.REDIS_KEY) == 3
    import redis

    def die_before_delete(client, key):
        raise redis.ConnectionError("killed between commit and delete")

    monkeypatch.setattr(flush, "finish_processing", die_before_delete)
    assert flush.flush() == 3  # committed; the claimed list is still there
    assert client_redis.scard(flush.PROCESSING_SET) == 1
    monkeypatch.undo()
    visit(client, "/vi/ca-phe/", "4.4.4.4")
    buffer.drain()
    flush.flush()  # replays the claimed list (no-ops), then takes the new event
    assert client_redis.scard(flush.PROCESSING_SET) == 0
    assert Event.objects.count() == 4
    assert DailySiteStat.objects.get(kind=Kind.VIEW).events == 4


@pytest.mark.django_db
def test_with_redis_down_pages_are_served_and_events_fall_back_to_the_database(client, section, article, settings):
    settings.REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port
    settings.ANALYTICS = {**settings.ANALYTICS, "REDIS_URL": ""}
    visit(client, "/vi/ca-phe/")
    visit(client, "/vi/ca-phe/", AMERICAN_IP)
    assert buffer.drain() == 2
    assert StagedEvent.objects.count() == 2
    assert flush.flush() == 2
    assert Event.objects.filter(kind=Kind.VIEW).count() == 2


@pytest.mark.django_db(transaction=True)
def test_nothing_is_lost_on_a_graceful_shutdown(section, article):
    """A separate process records events and exits normally (as a gunicorn worker does on
    SIGTERM): what it held in memory is in the shared sink afterwards."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{database['NAME']}"
    else:
        url = f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    script = f"""
import django
django.setup()
from django.test import RequestFactory
from foreign_info.analytics import buffer
from foreign_info.analytics.collector import record_event
buffer._hits.clear()
for n in range(250):
    request = RequestFactory().get("/vi/ca-phe/", REMOTE_ADDR=f"10.0.{{n // 200}}.{{n % 200}}", HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0) Chrome/130.0")
    record_event(request, "download", {article.pk}, "press-kit")
assert buffer.pending() == 250
"""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": url}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert flush.flush() == 250
    assert Event.objects.filter(kind=Kind.DOWNLOAD, target="press-kit").count() == 250


@pytest.mark.django_db
def test_shutdown_flush_is_registered_and_drains(client, section, article):
    visit(client, "/vi/ca-phe/")
    buffer.shutdown_flush()
    assert buffer.pending() == 0
    assert drain_and_flush() == 1


def test_flush_requests_of_many_processes_coalesce_into_one_queued_flush(section, article, monkeypatch):
    from foreign_info.analytics import tasks

    enqueued = []
    real = tasks.flush_events
    monkeypatch.setattr(tasks, "flush_events", type("Queue", (), {"enqueue": staticmethod(lambda: enqueued.append(1))}))
    for _process in range(5):  # each web process asks once, at the same moment
        monkeypatch.setitem(tasks._last_request, "at", float("-inf"))
        assert tasks.request_flush() is True
    assert len(enqueued) == 1
    real.call()  # the queued flush starts: the next request queues another
    monkeypatch.setitem(tasks._last_request, "at", float("-inf"))
    tasks.request_flush()
    assert len(enqueued) == 2


def test_a_throttled_flush_request_is_made_later_without_new_traffic(client, section, article, monkeypatch):
    """Events must not wait in the shared sink until the next reader comes."""
    from foreign_info.analytics import tasks

    real = tasks.flush_events
    monkeypatch.setattr(tasks, "flush_events", type("Queue", (), {"enqueue": staticmethod(real.call)}))
    visit(client, "/vi/ca-phe/")
    monkeypatch.setitem(tasks._last_request, "at", __import__("time").monotonic())  # this process just asked
    owed = buffer.drain_round(False)
    assert owed is True and Event.objects.count() == 0
    monkeypatch.setitem(tasks._last_request, "at", float("-inf"))  # FLUSH_SECONDS later, no new hit
    assert buffer.drain_round(owed) is False
    assert Event.objects.count() == 1
