"""The page cache's in-process front (foreign_info.core.page_front): hot pages answered from this
process's memory, and never after another process purged them, on Redis and on disk."""

import json
import subprocess
import sys

import pytest
import redis

from foreign_info.core import page_front, resilient_cache
from foreign_info.core.page_cache import cache_key
from tests import factories
from tests.conftest import publish
from tests.core.live import ROOT, RedisServer, process_environment
from tests.core.test_redis_outage import redis_caches

pytestmark = pytest.mark.django_db

PATH = "/vi/ca-phe/"


def purge_in_another_process(caches, paths=(PATH,), everything=False):
    """Another process (another worker or host) purges through the same shared cache."""
    script = (
        "import json, sys, django\n"
        "django.setup()\n"
        "from django.test import override_settings\n"
        "from foreign_info.core.page_cache import purge_all, purge_paths\n"
        "with override_settings(CACHES=json.loads(sys.argv[1])):\n"
        "    purge_all() if sys.argv[3] == '1' else purge_paths(json.loads(sys.argv[2]))\n"
    )
    command = [sys.executable, "-c", script, json.dumps(caches), json.dumps(list(paths)), "1" if everything else "0"]
    subprocess.run(command, cwd=ROOT, env=process_environment(), check=True, timeout=60)


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    yield server
    server.kill()


@pytest.fixture
def redis_pages(settings, redis_server):
    resilient_cache.reset_outages()
    page_front.forget_fronts()
    settings.CACHES = redis_caches(redis_server.url(0), redis_server.url(1))
    yield redis_server
    page_front.forget_fronts()
    resilient_cache.reset_outages()


@pytest.fixture
def disk_pages(settings, tmp_path):
    page_front.forget_fronts()
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path / "pages"), "TIMEOUT": 600},
    }
    yield settings.CACHES
    page_front.forget_fronts()


def delete_behind_the_fronts_back(redis_server):
    """Remove the stored page in Redis without announcing it: only the front can still answer."""
    client = redis.Redis.from_url(redis_server.url(1))
    keys = [key for key in client.keys("*") if key.decode().endswith(cache_key("http", "testserver", PATH))]
    assert keys
    client.delete(*keys)


def test_a_hot_page_is_answered_from_memory_without_asking_redis(client, section, article, redis_pages):
    assert client.get(PATH)["X-Page-Cache"] == "miss"
    assert client.get(PATH)["X-Page-Cache"] == "hit"
    delete_behind_the_fronts_back(redis_pages)
    response = client.get(PATH)
    assert response["X-Page-Cache"] == "hit"
    assert article.title in response.content.decode()


def test_a_purge_by_another_process_on_redis_is_seen_by_the_next_request(client, section, article, redis_pages, settings):
    client.get(PATH)
    assert client.get(PATH)["X-Page-Cache"] == "hit"
    assert client.get("/vi/")["X-Page-Cache"] == "miss"
    purge_in_another_process(settings.CACHES)
    assert client.get(PATH)["X-Page-Cache"] == "miss"
    assert client.get("/vi/")["X-Page-Cache"] == "hit"  # untouched pages come back from Redis
    purge_in_another_process(settings.CACHES, everything=True)
    assert client.get("/vi/")["X-Page-Cache"] == "miss"


def test_a_lost_subscription_empties_the_front(client, section, article, redis_pages):
    client.get(PATH)
    assert client.get(PATH)["X-Page-Cache"] == "hit"
    control = redis.Redis.from_url(redis_pages.url(0))
    assert control.client_kill_filter(_type="pubsub") >= 1  # announcements sent now would be lost
    delete_behind_the_fronts_back(redis_pages)
    assert client.get(PATH)["X-Page-Cache"] == "miss"
    assert client.get(PATH)["X-Page-Cache"] == "hit"


def test_with_redis_paused_the_front_is_not_used_and_pages_are_served_uncached(client, section, article, settings, redis_server):
    resilient_cache.reset_outages()
    page_front.forget_fronts()
    settings.CACHES = redis_caches(redis_server.url(0), redis_server.url(1), retry_seconds=60)
    try:
        client.get(PATH)
        assert client.get(PATH)["X-Page-Cache"] == "hit"
        redis_server.pause()
        article.title = "Cà phê Đắk Lắk đến 80 nước"
        article.save_revision().publish()
        response = client.get(PATH)
        assert response["X-Page-Cache"] == "miss" and "Cà phê Đắk Lắk đến 80 nước" in response.content.decode()
    finally:
        redis_server.resume()
        page_front.forget_fronts()
        resilient_cache.reset_outages()


def test_a_purge_by_another_process_on_disk_is_seen_by_the_next_request(client, section, article, disk_pages):
    client.get(PATH)
    assert client.get(PATH)["X-Page-Cache"] == "hit"
    purge_in_another_process(disk_pages)
    assert client.get(PATH)["X-Page-Cache"] == "miss"
    assert client.get(PATH)["X-Page-Cache"] == "hit"
    purge_in_another_process(disk_pages, everything=True)
    assert client.get(PATH)["X-Page-Cache"] == "miss"


def test_a_hit_carries_the_headers_the_miss_had_and_no_nonce(client, section, article):
    miss = client.get(PATH)
    hit = client.get(PATH)
    assert hit["X-Page-Cache"] == "hit"
    for header in ("Content-Security-Policy", "Content-Type", "Content-Length", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"):
        assert hit.get(header) == miss.get(header), header
    assert "nonce" not in hit["Content-Security-Policy"] and "nonce=" not in hit.content.decode()
    assert int(hit["Content-Length"]) == len(hit.content) == len(miss.content)


def spy_on_caches(monkeypatch, method):
    """The keys passed to `method` of every configured cache (local memory here, Redis in CI's
    PostgreSQL pass), in order."""
    from django.conf import settings
    from django.core.cache import caches

    keys = []
    for backend in {type(caches[alias]) for alias in settings.CACHES}:
        original = getattr(backend, method)
        monkeypatch.setattr(backend, method, lambda cache, key, *args, _original=original, **kwargs: keys.append(key) or _original(cache, key, *args, **kwargs))
    return keys


def test_static_files_never_ask_the_page_cache(client, monkeypatch):
    asked = spy_on_caches(monkeypatch, "get")
    client.get("/static/css/site.css")
    assert not [key for key in asked if "page" in key]
    client.get("/vi/")
    assert [key for key in asked if "page" in key]  # the spy sees what pages ask


def test_an_uncached_page_writes_no_rendition_it_read_from_the_cache(client, section, article, monkeypatch):
    article.hero_image = factories.ImageFactory()
    publish(article)
    written = spy_on_caches(monkeypatch, "set")
    client.get(PATH + "?first=1")
    assert [key for key in written if key.startswith("wagtail-rendition-")]  # made, then stored once
    written.clear()
    response = client.get(PATH + "?again=1")
    assert response.status_code == 200 and "/images/" in response.content.decode()
    assert not [key for key in written if key.startswith("wagtail-rendition-")]
    assert not written  # nor anything else: a request that stores no page stores nothing
