"""The embargo on every public surface: before its time an embargoed kit, and the article, photo
story, photo and document only it contains, are nowhere the public can reach; an accredited
journalist sees them with a banner; after the time everything appears, also in listings that were
cached before the release."""

import time
import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents import get_document_model

from foreign_info.core.page_cache import page_cache, storage_timeout
from foreign_info.presskits import access, embargo
from foreign_info.presskits.models import AccreditationRequest, PressKitPage
from foreign_info.presskits.surfaces import cache_seconds, hide_embargoed
from foreign_info.publishing.models import ArticlePage
from tests import factories
from tests.conftest import publish, translate
from tests.presskits.conftest import kit_page

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


class Scene:
    """An embargoed kit (a secret article with an English translation, a photo story, a photo and a
    document only it contains, and an article it shares with an open kit) beside that open kit."""

    def __init__(self, section, press_room, embargo_until):
        self.topic = factories.TopicFactory(locale=section.locale, slug="dau-tu", name="Đầu tư")
        self.secret = self.article(section, "Hội nghị xúc tiến đầu tư Tây Nguyên", "hoi-nghi-xuc-tien")
        self.secret_en = translate(self.secret, "en", title="Central Highlands investment conference")
        self.shared = self.article(section, "Cà phê xuất khẩu tăng mạnh", "ca-phe-xuat-khau")
        self.story = factories.gallery_page(section, count=2, slug="cong-truong-moi", title="Công trường khu công nghiệp mới")
        self.photo = factories.ImageFactory(title="Phối cảnh khu công nghiệp")
        self.document = get_document_model().objects.create(title="Danh mục dự án", file=ContentFile(b"%PDF-1.4 danh muc", name="danh-muc-du-an.pdf"))
        self.open_kit = kit_page(press_room, title="Lễ hội cà phê", slug="le-hoi-ca-phe", pages=[self.shared])
        self.kit = kit_page(
            press_room,
            title="Công bố hội nghị đầu tư",
            slug="cong-bo-hoi-nghi",
            embargo_until=embargo_until,
            pages=[self.secret, self.story, self.shared],
            photos=[self.photo],
        )
        self.kit.documents = [("document", {"document": self.document, "title": "Danh mục dự án"})]
        self.kit = publish(self.kit)

    def article(self, section, title, slug):
        page = factories.ArticlePageFactory(parent=section, title=title, slug=slug, hero_image=factories.ImageFactory())
        page.save()
        page.topics.add(self.topic)
        return publish(page)

    @property
    def hidden_titles(self):
        return [self.secret.title, self.secret_en.title, self.story.title, self.kit.title]

    @property
    def hidden_paths(self):
        return ["/vi/hoi-nghi-xuc-tien/", "/en/hoi-nghi-xuc-tien/", "/vi/cong-truong-moi/", "/vi/bao-chi/cong-bo-hoi-nghi/"]


@pytest.fixture
def scene(section, press_room):
    return Scene(section, press_room, timezone.now() + timedelta(days=2))


def text(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def sitemap_urls(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = set()
    for url in root.findall(f"{SITEMAP}url"):
        urls.add(url.find(f"{SITEMAP}loc").text)
        urls.update(link.get("href") for link in url.findall(f"{XHTML}link"))
    return urls


def api_ids(client, query=""):
    return {item["id"] for item in client.get(f"/api/v2/pages/?limit=20{query}").json()["items"]}


def journalist_client(client):
    accreditation = AccreditationRequest.objects.create(
        name="Claire Martin",
        outlet="Le Monde",
        outlet_country="FR",
        nationality="FR",
        position="Correspondante",
        email="claire.martin@example.fr",
        phone="+33 1 42 17 20 00",
        languages=["fr", "en"],
        purpose="Reportage sur le café",
        visit_start=timezone.now().date() + timedelta(days=10),
        visit_end=timezone.now().date() + timedelta(days=14),
        consent=True,
        language="fr",
        status=AccreditationRequest.Status.APPROVED,
        decided_at=timezone.now(),
    )
    session = client.session

    class Request:  # access.grant only needs somewhere to remember the journalist
        pass

    request = Request()
    request.session = session
    access.grant(request, accreditation)
    session.save()
    return client


def assert_public_sees_nothing_embargoed(client, scene):
    for path in ("/vi/", "/vi/topics/dau-tu/", "/vi/search/?q=xúc+tiến", "/en/"):
        html = text(client, path)
        for title in scene.hidden_titles:
            assert title not in html, (path, title)
        assert scene.photo.file.url not in html
    assert scene.shared.title in text(client, "/vi/")
    assert scene.shared.title in text(client, "/vi/search/?q=xuất+khẩu")
    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"/vi/feed/{kind}/").content)
        titles = {entry.title for entry in feed.entries}
        assert scene.shared.title in titles
        assert not titles & set(scene.hidden_titles), kind
    urls = sitemap_urls(client)
    assert "http://testserver/vi/ca-phe-xuat-khau/" in urls
    assert "http://testserver/vi/bao-chi/le-hoi-ca-phe/" in urls
    for path in scene.hidden_paths:
        assert f"http://testserver{path}" not in urls, path
        assert client.get(path).status_code == 404, path
    hidden_ids = {scene.secret.pk, scene.secret_en.pk, scene.story.pk, scene.kit.pk}
    listed = api_ids(client)
    assert scene.shared.pk in listed and scene.open_kit.pk in listed
    assert not listed & hidden_ids
    translations = client.get(f"/api/v2/pages/?translation_of={scene.secret.pk}")  # as for a page that does not exist
    assert translations.status_code == 400 and "doesn't exist" in translations.json()["message"]
    assert not api_ids(client, "&search=xúc+tiến") & hidden_ids
    for pk in hidden_ids:
        assert client.get(f"/api/v2/pages/{pk}/").status_code == 404
        assert client.get(f"/api/v2/pages/find/?id={pk}").status_code == 404
    assert client.get("/api/v2/pages/find/?html_path=/hoi-nghi-xuc-tien/").status_code == 404
    assert client.get(scene.document.url).status_code == 404
    room = text(client, "/vi/bao-chi/")
    assert scene.open_kit.title in room and scene.kit.title not in room


def assert_public_sees_everything(client, scene):
    for path in ("/vi/", "/vi/topics/dau-tu/"):
        assert scene.secret.title in text(client, path), path
    assert scene.story.title in text(client, "/vi/")
    assert scene.secret.title in text(client, "/vi/search/?q=xúc+tiến")
    for kind in ("rss", "atom"):
        titles = {entry.title for entry in feedparser.parse(client.get(f"/vi/feed/{kind}/").content).entries}
        assert {scene.secret.title, scene.story.title} <= titles
    urls = sitemap_urls(client)
    for path in scene.hidden_paths:
        assert client.get(path).status_code == 200, path
        assert f"http://testserver{path}" in urls, path
    assert {scene.secret.pk, scene.secret_en.pk, scene.story.pk, scene.kit.pk} <= api_ids(client)
    assert client.get(f"/api/v2/pages/{scene.kit.pk}/").status_code == 200
    assert client.get(scene.document.url).status_code == 200
    assert scene.kit.title in text(client, "/vi/bao-chi/")


def test_embargo_holds_on_every_public_surface(client, scene):
    assert_public_sees_nothing_embargoed(client, scene)
    assert_public_sees_nothing_embargoed(client, scene)  # and again, from the page cache
    english = text(client, "/en/")  # no language link of another page leads to the embargoed translation
    assert "/en/hoi-nghi-xuc-tien/" not in english


def test_the_article_shared_with_an_open_kit_stays_visible(client, scene):
    assert client.get("/vi/ca-phe-xuat-khau/").status_code == 200
    assert scene.shared.translation_key not in embargo.hidden().page_keys


def test_accredited_journalist_sees_embargoed_pages_with_a_banner(client, scene):
    client.get("/vi/")  # the public's listing is in the page cache
    journalist = journalist_client(client)
    for path in ("/vi/bao-chi/cong-bo-hoi-nghi/", "/vi/hoi-nghi-xuc-tien/", "/en/hoi-nghi-xuc-tien/", "/vi/cong-truong-moi/"):
        response = journalist.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert "embargo-banner" in html and "UTC+7" in html, path
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    release = timezone.localtime(scene.kit.embargo_until, timezone.get_fixed_timezone(7 * 60))
    assert f"{release:%H:%M}" in journalist.get("/vi/hoi-nghi-xuc-tien/").content.decode()
    assert scene.kit.title in text(journalist, "/vi/bao-chi/")
    listing = journalist.get("/vi/")
    assert scene.secret.title in listing.content.decode()
    assert "private" in listing["Cache-Control"] and "X-Page-Cache" not in listing  # never stored for anyone
    assert "embargo-banner" not in text(journalist, "/vi/ca-phe-xuat-khau/")
    assert journalist.get(scene.document.url).status_code == 200
    journalist.cookies.clear()  # the same browser without its session is the public again
    assert client.get("/vi/hoi-nghi-xuc-tien/").status_code == 404
    public = client.get("/vi/")
    assert scene.secret.title not in public.content.decode() and "private" not in public.get("Cache-Control", "")


def test_a_revoked_journalist_is_the_public_again(client, scene):
    journalist = journalist_client(client)
    AccreditationRequest.objects.update(access_revoked_at=timezone.now())
    assert journalist.get("/vi/hoi-nghi-xuc-tien/").status_code == 404
    assert journalist.get(scene.document.url).status_code == 404


def test_everything_appears_after_the_release_even_listings_cached_before(client, section, press_room):
    scene = Scene(section, press_room, timezone.now() + timedelta(days=2))
    release = timezone.now() + timedelta(seconds=3)
    kit = PressKitPage.objects.get(pk=scene.kit.pk)
    kit.embargo_until = release
    publish(kit)
    assert client.get("/vi/").get("X-Page-Cache") == "miss"
    cached = client.get("/vi/")
    assert cached.get("X-Page-Cache") == "hit" and scene.secret.title not in cached.content.decode()
    for path in ("/vi/topics/dau-tu/", "/vi/feed/rss/", "/vi/feed/atom/", "/sitemap.xml"):
        client.get(path)  # cached before the release too
    assert embargo.hidden().valid_until == release
    assert storage_timeout(page_cache()) <= 3
    time.sleep(max(0, (release - timezone.now()).total_seconds()) + 0.2)
    assert not embargo.hidden()
    assert_public_sees_everything(client, scene)


def test_moving_the_embargo_into_the_past_releases_at_once(client, scene):
    client.get("/vi/")
    kit = PressKitPage.objects.get(pk=scene.kit.pk)
    kit.embargo_until = timezone.now() - timedelta(minutes=1)
    publish(kit)  # republishing forgets the embargo answer and the pages the kit shows
    assert_public_sees_everything(client, scene)


def test_putting_a_published_article_into_an_embargoed_kit_forgets_its_cached_page(client, scene, article):
    assert client.get("/vi/ca-phe/").status_code == 200
    assert client.get("/vi/ca-phe/").get("X-Page-Cache") == "hit"
    kit = PressKitPage.objects.get(pk=scene.kit.pk)
    kit.pages = [("page", block.value) for block in kit.pages] + [("page", article)]
    publish(kit)
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in text(client, "/vi/")
    kit.unpublish()  # the whole kit withdrawn: what only it held comes back
    assert client.get("/vi/ca-phe/").status_code == 200
    assert scene.secret.title in text(client, "/vi/")


def test_the_embargo_answer_costs_no_query_once_cached(client, scene, django_assert_num_queries):
    client.get("/vi/")  # renditions made, Wagtail's site root paths cached
    caches["default"].delete(embargo.CACHE_KEY)
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as cold:
        client.get("/vi/")
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as warm:
        client.get("/vi/")
    # Cold, the answer also reads the hidden pages' content for the files only they use
    # (embargo_media: about four queries per hidden page and a few more), once per publication or release.
    assert 1 <= len(cold.captured_queries) - len(warm.captured_queries) <= 20
    with django_assert_num_queries(0):
        hide_embargoed(ArticlePage.objects.all())
        assert 0 < cache_seconds() <= 2 * 24 * 3600
