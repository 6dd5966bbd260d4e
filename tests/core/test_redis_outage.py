"""Redis accelerates and is never a single point of failure (foreign_info.core.resilient_cache).

With the production cache settings pointed at a Redis that does not answer, every public path
answers as it would with Redis (never a 500), pages are served uncached, beacons and
accreditation requests are still rate-limited (per process), and the embargo still holds. With a
real Redis that goes away and comes back with its data (a partition: SIGSTOP/SIGCONT), what was
published meanwhile is not served stale afterwards.
"""

import json
import time
from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.models import Page

from foreign_info.core import resilient_cache
from tests.conftest import publish
from tests.core.live import RedisServer, free_port

pytestmark = pytest.mark.django_db


def redis_caches(url, page_db_url, retry_seconds=5.0, **options):
    """CACHES as portal/settings/base.py builds them for REDIS_URL, at these locations."""
    timeouts = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "RETRY_SECONDS": retry_seconds, **options}
    return {
        "default": {"BACKEND": "foreign_info.core.resilient_cache.ResilientRedisCache", "LOCATION": url, "OPTIONS": {**timeouts, "FALLBACK": "local"}},
        "pages": {
            "BACKEND": "foreign_info.core.resilient_cache.ResilientRedisCache",
            "LOCATION": page_db_url,
            "TIMEOUT": 600,
            "OPTIONS": {**timeouts, "FALLBACK": "none", "CLEAR_AFTER_OUTAGE": True},
        },
    }


def test_the_settings_use_the_resilient_backend_for_every_redis_cache(monkeypatch):
    import importlib

    import portal.settings.base as base

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6399/10")
    try:
        reloaded = importlib.reload(base)
        assert {alias: entry["BACKEND"] for alias, entry in reloaded.CACHES.items()} == {
            "default": "foreign_info.core.resilient_cache.ResilientRedisCache",
            "pages": "foreign_info.core.resilient_cache.ResilientRedisCache",
        }
        assert reloaded.CACHES["pages"]["OPTIONS"]["FALLBACK"] == "none"
        assert reloaded.CACHES["default"]["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1
    finally:
        monkeypatch.delenv("REDIS_URL")
        importlib.reload(base)


@pytest.fixture
def redis_unreachable(settings):
    """Production's Redis cache settings, pointed at a port where nothing listens."""
    resilient_cache.reset_outages()
    port = free_port()
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{port}/0", f"redis://127.0.0.1:{port}/1")
    yield
    resilient_cache.reset_outages()


def public_paths_without_arguments():
    """Every URL pattern outside the admin that takes no argument, from the URLconf itself."""
    paths = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + route)
            elif isinstance(pattern, URLPattern) and not pattern.pattern.regex.groupindex and "<" not in route:
                path = "/" + (prefix + route).lstrip("^").rstrip("$").replace("\\", "")
                if not any(part in path for part in ("admin", "(", "[", "*", "?", "+")):
                    paths.append(path)

    walk(get_resolver().url_patterns, "")
    return sorted(set(paths))


def test_with_redis_unreachable_no_public_path_answers_500(client, redis_unreachable, section, article):
    live_pages = [page.get_url_parts()[2] for page in Page.objects.live().specific() if page.get_url_parts()]
    paths = live_pages + public_paths_without_arguments() + ["/vi/search/?q=cà phê", "/api/v2/pages/?locale=en"]
    assert "/vi/ca-phe/" in paths and "/sitemap.xml" in paths
    for path in paths:
        for _round in range(2):
            response = client.get(path)
            assert response.status_code < 500, (path, response.status_code)
            assert response.get("X-Page-Cache") != "hit", path


def test_with_redis_unreachable_pages_are_served_uncached(client, redis_unreachable, section, article):
    first, second = client.get("/vi/ca-phe/"), client.get("/vi/ca-phe/")
    assert first.status_code == second.status_code == 200
    assert second["X-Page-Cache"] == "miss"
    assert article.title in second.content.decode()
    article.title = "Cà phê Đắk Lắk đến 80 nước"
    publish(article)  # the purge cannot reach Redis: it must not fail the publication
    assert "Cà phê Đắk Lắk đến 80 nước" in client.get("/vi/").content.decode()


def test_with_redis_unreachable_beacons_are_taken_and_still_limited(client, redis_unreachable, section, article, settings):
    settings.ANALYTICS = {**settings.ANALYTICS, "BEACON_PER_MINUTE": 3}
    body = json.dumps({"event": "share", "page": article.pk, "target": "facebook"})
    browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
    statuses = [client.post("/analytics/beacon/", body, content_type="application/json", HTTP_USER_AGENT=browser).status_code for _ in range(5)]
    assert statuses == [204, 204, 204, 429, 429]


def test_with_redis_unreachable_accreditation_requests_are_still_limited(redis_unreachable, settings):
    from foreign_info.presskits import accreditation

    settings.PRESSKITS = {**settings.PRESSKITS, "ACCREDITATION_RATE_PER_HOUR": 2}
    request = RequestFactory().post("/fr/salle-de-presse/accreditation/", REMOTE_ADDR="203.0.113.9")
    assert not accreditation.rate_limited(request)
    accreditation.count_submission(request)
    accreditation.count_submission(request)
    assert accreditation.rate_limited(request)


def test_with_redis_unreachable_the_embargo_still_holds(client, redis_unreachable, section, article):
    from foreign_info.presskits.models import PressRoomPage
    from tests.presskits.conftest import kit_page

    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi", intro="<p>Cho phóng viên.</p>")
    section.add_child(instance=room)
    publish(room)
    assert client.get("/vi/ca-phe/").status_code == 200
    kit_page(room, title="Công bố quy hoạch", slug="cong-bo", embargo_until=timezone.now() + timedelta(days=2), pages=[article])
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in client.get("/vi/").content.decode()


def test_an_unreachable_redis_costs_one_connect_timeout_per_period_not_one_per_call(redis_unreachable):
    from django.core.cache import cache

    started = time.monotonic()
    for n in range(200):
        cache.set(f"k{n}", n)
        assert cache.get(f"k{n}") == n  # from the process's own fallback
    assert time.monotonic() - started < 2


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    yield server
    server.kill()


@pytest.fixture
def real_redis(settings, redis_server):
    resilient_cache.reset_outages()
    settings.CACHES = redis_caches(redis_server.url(0), redis_server.url(1), retry_seconds=0.3)
    yield redis_server
    redis_server.resume()
    resilient_cache.reset_outages()


def wait_for_retry():
    time.sleep(0.4)


def test_a_page_published_while_redis_was_away_is_not_served_stale_when_it_comes_back(client, real_redis, section, article):
    client.get("/vi/ca-phe/")
    assert client.get("/vi/ca-phe/")["X-Page-Cache"] == "hit"
    real_redis.pause()
    article.title = "Cà phê Đắk Lắk đến 80 nước"
    publish(article)
    during = client.get("/vi/ca-phe/")
    assert during.status_code == 200 and "Cà phê Đắk Lắk đến 80 nước" in during.content.decode()
    real_redis.resume()
    wait_for_retry()
    after = client.get("/vi/ca-phe/")
    assert after["X-Page-Cache"] == "miss"
    assert "Cà phê Đắk Lắk đến 80 nước" in after.content.decode()
    assert client.get("/vi/ca-phe/")["X-Page-Cache"] == "hit"  # Redis is used again


def test_an_embargo_set_while_redis_was_away_holds_when_it_comes_back(client, real_redis, section, article):
    from foreign_info.presskits.models import PressRoomPage
    from tests.presskits.conftest import kit_page

    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi", intro="<p>Cho phóng viên.</p>")
    section.add_child(instance=room)
    publish(room)
    assert client.get("/vi/ca-phe/").status_code == 200  # the embargo answer (nothing hidden) is now in Redis
    real_redis.pause()
    kit_page(room, title="Công bố quy hoạch", slug="cong-bo", embargo_until=timezone.now() + timedelta(days=2), pages=[article])
    assert client.get("/vi/ca-phe/").status_code == 404
    real_redis.resume()
    wait_for_retry()
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in client.get("/vi/").content.decode()


def test_with_redis_unreachable_page_views_take_the_database_path(client, redis_unreachable, settings, section, article, monkeypatch):
    from foreign_info.analytics import buffer
    from foreign_info.analytics.flush import drain_and_flush
    from foreign_info.analytics.models import Event, StagedEvent

    settings.REDIS_URL = settings.CACHES["default"]["LOCATION"]  # the analytics buffer's Redis is the same one
    monkeypatch.setitem(buffer._redis, "client", None)
    assert client.get("/vi/ca-phe/").status_code == 200
    assert client.get("/vi/").status_code == 200
    assert buffer.drain() == 2
    assert StagedEvent.objects.count() == 2  # Redis did not take them: the staging table did
    drain_and_flush()
    assert Event.objects.count() == 2 and not StagedEvent.objects.exists()


def test_the_page_cache_may_not_share_the_analytics_buffers_redis_database(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    import portal.settings.base as base

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6399/3")
    monkeypatch.setenv("REDIS_PAGE_CACHE_DB", "3")
    try:
        with pytest.raises(ImproperlyConfigured, match="REDIS_PAGE_CACHE_DB"):
            importlib.reload(base)
    finally:
        monkeypatch.delenv("REDIS_URL")
        monkeypatch.delenv("REDIS_PAGE_CACHE_DB")
        importlib.reload(base)


def test_with_redis_unreachable_editors_work_and_publish(admin_client, redis_unreachable, section, article):
    for path in ("/admin/", f"/admin/pages/{article.pk}/edit/", f"/admin/pages/{section.pk}/", "/admin/translation/matrix/"):
        assert admin_client.get(path).status_code == 200, path
    response = admin_client.post(f"/admin/pages/{article.pk}/unpublish/")
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live


def test_during_an_outage_stored_values_expire_soon_and_counters_keep_their_timeout(settings):
    """Another process may change what a stored value was derived from and cannot tell this one:
    such values live FALLBACK_SET_SECONDS; a rate-limit counter keeps its hour."""
    from django.core.cache import cache

    resilient_cache.reset_outages()
    port = free_port()
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{port}/0", f"redis://127.0.0.1:{port}/1", FALLBACK_SET_SECONDS=1)
    try:
        cache.set("derived", "answer", timeout=None)
        cache.add("counter", 0, timeout=3600)
        cache.incr("counter")
        assert cache.get("derived") == "answer"
        time.sleep(1.2)
        assert cache.get("derived") is None
        assert cache.get("counter") == 1
    finally:
        resilient_cache.reset_outages()
