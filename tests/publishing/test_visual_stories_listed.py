"""Clips and photo stories appear like articles: on the section home, in the feeds (a clip with its
video as an enclosure), in the sitemap and in the API; the home's query count does not grow with them."""

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.conftest import publish
from tests.publishing.test_query_counts import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(section, article):
    clip_page = publish(factories.ClipPageFactory(parent=section, title="Đêm hội cồng chiêng", slug="dem-hoi"))
    gallery = factories.gallery_page(section, count=3, title="Mùa cà phê chín", slug="mua-ca-phe")
    return clip_page, gallery


def test_the_section_home_shows_clips_and_photo_stories(client, stories):
    soup = BeautifulSoup(client.get("/vi/").content, "html.parser")
    cards = soup.select(".visual-stories .card")
    assert [card.select_one(".card-title a").text for card in cards] == ["Mùa cà phê chín", "Đêm hội cồng chiêng"]
    assert all(card.select_one("img.card-image")["alt"] for card in cards)
    assert "3" in cards[0].select_one(".card-kind").text and "0:01" in cards[1].select_one(".card-kind").text
    # Other languages show only their own translations: none yet.
    assert BeautifulSoup(client.get("/en/").content, "html.parser").select(".visual-stories .card") == []


def test_the_homes_query_count_does_not_grow_with_stories(client, section, article):
    publish(factories.ClipPageFactory(parent=section, slug="c1"))
    factories.gallery_page(section, count=2, slug="g1")
    one_each = queries_for(client, "/vi/")
    publish(factories.ClipPageFactory(parent=section, slug="c2"))
    publish(factories.ClipPageFactory(parent=section, slug="c3"))
    factories.gallery_page(section, count=5, slug="g2")
    factories.gallery_page(section, count=4, slug="g3")
    assert queries_for(client, "/vi/") == one_each


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_list_clips_and_photo_stories_with_the_video_enclosed(client, stories, kind):
    feed = feedparser.parse(client.get(f"/vi/feed/{kind}/").content)
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert {"Mùa cà phê chín", "Đêm hội cồng chiêng"} <= set(titles) and len(titles) == 3
    clip_entry = next(entry for entry in feed.entries if entry.title == "Đêm hội cồng chiêng")
    enclosure = next(link for link in clip_entry.links if link.rel == "enclosure")
    assert enclosure.type == "video/mp4" and enclosure.href.startswith("http://testserver/media/clips/")


def test_sitemap_and_api_include_clips_and_photo_stories(client, stories):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/vi/dem-hoi/" in sitemap and "http://testserver/vi/mua-ca-phe/" in sitemap
    clips = client.get("/api/v2/pages/?type=publishing.ClipPage&fields=standfirst,subtitles").json()
    assert [item["title"] for item in clips["items"]] == ["Đêm hội cồng chiêng"]
    assert clips["items"][0]["subtitles"][0]["value"]["text"] == "Tiếng cồng vang lên."
    galleries = client.get("/api/v2/pages/?type=publishing.GalleryPage&fields=standfirst,items").json()
    assert [item["title"] for item in galleries["items"]] == ["Mùa cà phê chín"]
    photos = galleries["items"][0]["items"]
    assert [photo["caption"] for photo in photos] == ["Chú thích ảnh 1", "Chú thích ảnh 2", "Chú thích ảnh 3"]
    assert photos[0]["alt_text"] == "Mô tả ảnh 1" and photos[0]["image"]["id"]
