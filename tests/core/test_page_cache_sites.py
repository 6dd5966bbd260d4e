"""The page cache on an install with several Wagtail sites (the demo has two provinces): publishing,
unpublishing and embargoes forget the cached copies on every host, whatever the number of sites."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page, Site

from foreign_info.publishing.cache_paths import paths_of_pages, paths_showing
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

SECOND_HOST = "gialai.test"


@pytest.fixture
def second_site(section, locales):
    """A second province: its own section, the root of its own site on another host."""
    other = factories.SectionPageFactory(parent=Page.get_first_root_node(), locale=locales["vi"], title="Gia Lai", slug="gia-lai")
    publish(other)
    Site.objects.create(hostname=SECOND_HOST, port=80, root_page=other, site_name="Gia Lai")
    return other


def state(client, path, host="testserver"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path, response.status_code)
    return response["X-Page-Cache"]


def test_paths_are_relative_to_their_site_however_many_sites_there_are(section, article, second_site):
    english = translate(article, "en", title="Coffee goes global")
    gialai_article = publish(factories.ArticlePageFactory(parent=second_site, title="Cồng chiêng Gia Lai", slug="cong-chieng"))
    assert {"/vi/ca-phe/", "/en/ca-phe/", "/vi/", "/en/feed/rss/", "/sitemap.xml"} <= paths_showing(english)
    assert {"/vi/cong-chieng/", "/vi/"} <= paths_showing(gialai_article)
    for path in paths_showing(english) | paths_showing(gialai_article) | paths_of_pages({article.translation_key}):
        assert path.startswith("/") and "://" not in path, path


def test_publishing_forgets_the_page_on_every_host_when_there_are_two_sites(client, section, article, second_site):
    gialai_article = publish(factories.ArticlePageFactory(parent=second_site, title="Cồng chiêng Gia Lai", slug="cong-chieng"))
    pages = [("testserver", "/vi/ca-phe/"), ("testserver", "/vi/"), ("testserver", "/sitemap.xml"), (SECOND_HOST, "/vi/cong-chieng/"), (SECOND_HOST, "/vi/")]
    for host, path in pages:
        state(client, path, host)
        assert state(client, path, host) == "hit", (host, path)

    article.title = "Cà phê Đắk Lắk đến 80 nước"
    publish(article)
    assert state(client, "/vi/ca-phe/") == "miss"
    assert "Cà phê Đắk Lắk đến 80 nước" in client.get("/vi/", HTTP_HOST="testserver").content.decode()

    gialai_article.title = "Cồng chiêng Tây Nguyên"
    publish(gialai_article)
    response = client.get("/vi/", HTTP_HOST=SECOND_HOST)
    assert response["X-Page-Cache"] == "miss"
    assert "Cồng chiêng Tây Nguyên" in response.content.decode()


def test_an_unpublished_page_is_gone_at_once_on_an_install_with_two_sites(client, section, article, second_site):
    state(client, "/vi/ca-phe/")
    assert state(client, "/vi/ca-phe/") == "hit"
    article.unpublish()
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in client.get("/vi/").content.decode()


def test_a_page_put_under_embargo_is_gone_at_once_on_an_install_with_two_sites(client, section, article, second_site):
    from foreign_info.presskits.models import PressRoomPage
    from tests.presskits.conftest import kit_page

    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi", intro="<p>Cho phóng viên.</p>")
    section.add_child(instance=room)
    publish(room)
    state(client, "/vi/ca-phe/")
    assert state(client, "/vi/ca-phe/") == "hit"
    kit_page(room, title="Công bố quy hoạch", slug="cong-bo", embargo_until=timezone.now() + timedelta(days=2), pages=[article])
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in client.get("/vi/").content.decode()
