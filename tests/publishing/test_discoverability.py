"""What crawlers and social networks find: a description, a canonical URL and a card image on every
page type; robots.txt naming the sitemap; an Atom feed valid under RFC 4287; RSS descriptions that
say more than the title; a video thumbnail at the poster's own aspect."""

import io
import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup
from PIL import Image
from wagtail.models import get_page_models

from tests.conftest import translate
from tests.publishing import every_page

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def pages(section):
    return every_page.build(section)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_every_page_type_has_a_description_a_canonical_url_and_a_card(client, pages):
    served_types = set()
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        served_types.add(type(response.context["page"]))
        page = soup(response)
        description = page.select_one('meta[name="description"]')
        assert description is not None and description["content"].strip(), name
        canonical = page.select_one('link[rel="canonical"]')["href"]
        assert canonical == "http://testserver" + path.split("?")[0], name
        assert page.select_one('meta[property="og:url"]')["content"] == canonical
        image_url = page.select_one('meta[property="og:image"]')["content"]
        assert urlsplit(image_url).path.startswith("/cards/"), name
        assert page.select_one('meta[name="twitter:image"]')["content"] == image_url
        card = client.get(urlsplit(image_url).path)
        assert card.status_code == 200 and card["Content-Type"] == "image/png", name
        assert Image.open(io.BytesIO(b"".join(card.streaming_content))).size == (1200, 630)
    public_types = {model for model in get_page_models() if model.__module__.startswith("foreign_info.") and model.get_template}
    assert public_types <= served_types, public_types - served_types


def test_descriptions_come_from_each_page_types_own_text(client, pages):
    def description(path):
        return soup(client.get(path)).select_one('meta[name="description"]')["content"]

    assert description(pages["article_en"]) == "Coffee from the highlands reaches the world."
    assert description(pages["press_kit"]) == "Lễ hội cà phê lần thứ 9."
    assert description(pages["press_room"]) == "Tài liệu cho phóng viên nước ngoài."
    assert description(pages["section"]) == "Tin tức cho bạn đọc nước ngoài."


def test_robots_txt_names_the_sitemap(client, section):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines
    assert client.get("/sitemap.xml").status_code == 200


def test_atom_feed_has_every_element_rfc_4287_requires(client, pages):
    response = client.get("/vi/feed/atom/")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    feed = ET.fromstring(response.content)
    # §4.1.1: atom:id, atom:title, atom:updated, a rel="self" link, and an author for the feed
    # (its entries name none of their own when the source is not filled in).
    for element in ("id", "title", "updated"):
        assert (feed.findtext(f"{ATOM}{element}") or "").strip(), element
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/vi/feed/atom/"
    assert feed.find(f"{ATOM}author/{ATOM}name").text.strip()
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:  # §4.1.2
        for element in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{element}") or "").strip(), element
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http://testserver/vi/")
    assert parsed.feed.author


def test_rss_descriptions_are_not_the_titles(client, pages):
    rss = feedparser.parse(client.get("/en/feed/rss/").content)
    assert rss.feed.description != rss.feed.title
    assert [(entry.title, entry.description) for entry in rss.entries] == [("Coffee goes global", "Coffee from the highlands reaches the world.")]


def test_video_thumbnail_keeps_the_posters_aspect(client, pages, settings):
    page = soup(client.get(pages["clip"]))
    video = next(
        block for block in map(json.loads, (tag.string for tag in page.select('script[type="application/ld+json"]'))) if block["@type"] == "VideoObject"
    )
    thumbnail = urlsplit(video["thumbnailUrl"][0]).path
    with Image.open(settings.MEDIA_ROOT / thumbnail.removeprefix(settings.MEDIA_URL)) as image:
        width, height = image.size
    assert (video["width"], video["height"]) == (360, 640)
    assert abs(width / height - 360 / 640) < 0.02, (width, height)


def test_a_khmer_article_is_shared_with_a_khmer_card_made_again_on_republishing(client, pages, section, settings):
    from foreign_info.publishing.models import ArticlePage

    translate(section, "km", title="ព័ត៌មានអន្តរជាតិ")
    article = ArticlePage.objects.get(slug="ca-phe", locale__language_code="vi")
    khmer = translate(article, "km", title="កាហ្វេប៊ួនមេធួតឈានទៅកាន់ពិភពលោក", slug="kafe")
    page = soup(client.get("/km/kafe/"))
    image_url = page.select_one('meta[property="og:image"]')["content"]
    assert image_url == f"http://testserver/cards/{khmer.pk}.png?v={khmer.live_revision_id}"
    card = client.get(urlsplit(image_url).path)
    assert Image.open(io.BytesIO(b"".join(card.streaming_content))).size == (1200, 630)
    stored = list((settings.MEDIA_ROOT / "cards" / str(khmer.pk)).iterdir())
    assert [path.name for path in stored] == [f"{khmer.live_revision_id}.png"]

    khmer.title = "កាហ្វេដាក់ឡាក់"
    khmer.save_revision().publish()
    khmer.refresh_from_db()
    assert not (settings.MEDIA_ROOT / "cards" / str(khmer.pk)).exists() or not any((settings.MEDIA_ROOT / "cards" / str(khmer.pk)).iterdir())
    again = soup(client.get("/km/kafe/")).select_one('meta[property="og:image"]')["content"]
    assert again.endswith(f"?v={khmer.live_revision_id}") and again != image_url


def test_cards_are_not_made_for_drafts(client, section):
    from tests import factories

    draft = factories.ArticlePageFactory(parent=section, live=False)
    assert client.get(f"/cards/{draft.pk}.png").status_code == 404
