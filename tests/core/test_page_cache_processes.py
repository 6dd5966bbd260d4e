"""The page cache across real processes: two gunicorn servers (two hosts, as far as the cache can
tell) sharing a Redis of their own, an install with two sites; and a Redis killed under load."""

import threading
import time
import urllib.parse

import pytest
from django.contrib.auth.models import User
from wagtail.models import Page, Site

from tests import factories
from tests.conftest import publish
from tests.core.live import Gunicorn, RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

SECOND_HOST = "gialai.test"


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    yield server
    server.kill()


@pytest.fixture
def servers(tmp_path):
    started = []

    def start(**env):
        server = Gunicorn(tmp_path, **env)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def admin_session(client):
    """A superuser's session cookie, valid in every process (same database, same SECRET_KEY)."""
    user = User.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client.cookies["sessionid"].value


def admin_post(server, path, session, fields=None):
    """POST an admin form on `server` as the session's user (CSRF token fetched there first)."""
    status, headers, _body = server.get("/admin/", headers={"Cookie": f"sessionid={session}"})
    assert status == 200, status
    token = next(value.split("=", 1)[1].split(";", 1)[0] for name, value in headers.items() if name.lower() == "set-cookie" and value.startswith("csrftoken="))
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **(fields or {})}).encode()
    cookie = f"sessionid={session}; csrftoken={token}"
    return server.get(path, headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}, data=data, method="POST")


def page_state(server, path, host="testserver"):
    status, headers, body = server.get(path, host=host)
    return status, headers.get("X-Page-Cache"), body.decode()


def test_publishing_on_one_server_is_seen_at_once_on_the_other_for_both_sites(client, section, article, locales, redis_server, servers):
    other = publish(factories.SectionPageFactory(parent=Page.get_first_root_node(), locale=locales["vi"], title="Gia Lai", slug="gia-lai"))
    Site.objects.create(hostname=SECOND_HOST, port=80, root_page=other, site_name="Gia Lai")
    gialai_article = publish(factories.ArticlePageFactory(parent=other, title="Cồng chiêng Gia Lai", slug="cong-chieng"))
    session = admin_session(client)
    env = {"REDIS_URL": redis_server.url(0), "REDIS_PAGE_CACHE_DB": "1"}
    editor_side, reader_side = servers(**env), servers(**env)

    readings = [("testserver", "/vi/ca-phe/"), ("testserver", "/vi/"), (SECOND_HOST, "/vi/cong-chieng/"), (SECOND_HOST, "/vi/")]
    for host, path in readings:
        page_state(reader_side, path, host)
        assert page_state(reader_side, path, host)[:2] == (200, "hit"), (host, path)

    article.title = "Cà phê Đắk Lắk đến 80 nước"
    article.save_revision()  # a draft; published below by the other server's admin
    status, _headers, _body = admin_post(editor_side, f"/admin/bulk/wagtailcore/page/publish/?id={article.pk}", session)
    assert status in (200, 302), status
    status, cache_state, body = page_state(reader_side, "/vi/ca-phe/")
    assert (status, cache_state) == (200, "miss") and "Cà phê Đắk Lắk đến 80 nước" in body
    assert "Cà phê Đắk Lắk đến 80 nước" in page_state(reader_side, "/vi/")[2]

    status, _headers, _body = admin_post(editor_side, f"/admin/pages/{gialai_article.pk}/unpublish/", session)
    assert status in (200, 302), status
    assert page_state(reader_side, "/vi/cong-chieng/", SECOND_HOST)[0] == 404
    assert "Cồng chiêng Gia Lai" not in page_state(reader_side, "/vi/", SECOND_HOST)[2]


class Load:
    """Threads requesting `paths` in turn until stopped; every answer and failure is kept."""

    def __init__(self, server, paths, threads=6):
        self.server, self.paths = server, paths
        self.answers = []  # (monotonic time, path, status, X-Page-Cache)
        self.failures = []
        self.stopped = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(n,), daemon=True) for n in range(threads)]

    def run(self, offset):
        n = offset
        while not self.stopped.is_set():
            path = self.paths[n % len(self.paths)]
            n += 1
            try:
                status, headers, _body = self.server.get(path)
                self.answers.append((time.monotonic(), path, status, headers.get("X-Page-Cache")))
            except OSError as error:
                self.failures.append((path, repr(error)))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        for thread in self.threads:
            thread.join(40)


def test_killing_redis_under_load_costs_no_error_and_pages_are_served_uncached(section, article, redis_server, servers):
    server = servers(REDIS_URL=redis_server.url(0), REDIS_PAGE_CACHE_DB="1")
    paths = ["/vi/ca-phe/", "/vi/", "/en/", "/sitemap.xml", "/vi/feed/rss/", "/vi/search/?q=cà phê", "/api/v2/pages/", "/analytics/counter/1/"]
    for path in paths:
        server.get(path)
    with Load(server, paths) as load:
        time.sleep(2)
        killed_at = time.monotonic()
        redis_server.kill()
        time.sleep(4)
    errors = [answer for answer in load.answers if answer[2] >= 500]
    assert not load.failures and not errors, (load.failures[:5], errors[:5], server.output()[-3000:])
    before = [answer for answer in load.answers if answer[0] < killed_at and answer[1] == "/vi/ca-phe/"]
    after = [answer for answer in load.answers if answer[0] > killed_at + 1 and answer[1] == "/vi/ca-phe/"]
    assert before and all(answer[3] == "hit" for answer in before[1:])
    assert after and all(answer[2] == 200 and answer[3] == "miss" for answer in after)
