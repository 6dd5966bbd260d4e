"""Machine-readable surfaces: RSS and Atom per language, the sitemap with hreflang alternates,
schema.org JSON-LD and Wagtail's API v2."""

import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.conftest import translate

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.parametrize("kind,version", [("rss", "rss20"), ("atom", "atom10")])
def test_feeds_parse_and_list_the_languages_articles(client, section, article, kind, version):
    translate(article, "en", title="Buon Ma Thuot coffee goes global", standfirst="Coffee from the highlands.")
    for code, title in (("vi", article.title), ("en", "Buon Ma Thuot coffee goes global")):
        response = client.get(f"/{code}/feed/{kind}/")
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == version
        assert [entry.title for entry in feed.entries] == [title]
        assert feed.entries[0].link == f"http://testserver/{code}/ca-phe/"
    english = feedparser.parse(client.get(f"/en/feed/{kind}/").content)
    assert english.feed.language == "en" if kind == "rss" else True
    assert english.entries[0].summary == "Coffee from the highlands."


def test_feed_is_404_in_a_language_without_the_section(client, section):
    assert client.get("/fr/feed/rss/").status_code == 404


def test_sitemap_lists_every_live_translation_with_alternates(client, section, article):
    translate(article, "en", title="Coffee")
    draft = article.copy_for_translation(section.get_translation(section.get_translations().get(locale__language_code="lo").locale).locale)
    draft.save()  # draft: not in the sitemap
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.findall(f"{SITEMAP}url")}
    assert set(urls) == {
        "http://testserver/vi/",
        "http://testserver/en/",
        "http://testserver/lo/",
        "http://testserver/vi/ca-phe/",
        "http://testserver/en/ca-phe/",
    }
    alternates = {link.get("hreflang"): link.get("href") for link in urls["http://testserver/en/ca-phe/"].findall(f"{XHTML}link")}
    assert alternates == {
        "vi": "http://testserver/vi/ca-phe/",
        "en": "http://testserver/en/ca-phe/",
        "x-default": "http://testserver/vi/ca-phe/",
    }
    home_alternates = {link.get("hreflang") for link in urls["http://testserver/lo/"].findall(f"{XHTML}link")}
    assert home_alternates == {"vi", "en", "lo", "x-default"}


def json_ld(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [json.loads(script.string) for script in page.select('script[type="application/ld+json"]')]


def test_article_json_ld_is_a_complete_news_article(client, section, article):
    from tests.conftest import publish
    from tests.factories import ImageFactory, TopicFactory

    article.hero_image = ImageFactory()
    article.topics.add(TopicFactory(locale=section.locale, name="Đầu tư", slug="investment"))
    publish(article)
    translate(article, "en", title="Coffee goes global")
    data = {item["@type"]: item for item in json_ld(client.get("/en/ca-phe/"))}
    news = data["NewsArticle"]
    for field in ("headline", "datePublished", "dateModified", "author", "publisher", "image", "mainEntityOfPage", "inLanguage", "description"):
        assert news[field], field
    assert news["headline"] == "Coffee goes global"
    assert news["inLanguage"] == "en"
    assert news["image"][0].startswith("http://testserver/")
    assert news["publisher"]["@type"] == "GovernmentOrganization"
    assert news["translationOfWork"]["url"] == "http://testserver/vi/ca-phe/"
    assert news["articleSection"] == ["Đầu tư"]  # no English topic yet: the source name
    organization = data["GovernmentOrganization"]
    assert organization["name"] and organization["url"] == "http://testserver/"


def test_json_ld_cannot_break_out_of_its_script_element(client, section, article):
    from tests.conftest import publish

    article.standfirst = "</script><script>alert(1)</script>"
    publish(article)
    html = client.get("/vi/ca-phe/").content.decode()
    assert "</script><script>alert(1)" not in html
    news = next(item for item in json_ld(client.get("/vi/ca-phe/")) if item["@type"] == "NewsArticle")
    assert news["description"] == "</script><script>alert(1)</script>"


def test_lao_article_declares_its_language(client, section, article):
    translate(article, "lo", title="ກາເຟບວນມາທວດ")
    response = client.get("/lo/ca-phe/")
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "lo"
    news = next(item for item in json_ld(response) if item["@type"] == "NewsArticle")
    assert news["inLanguage"] == "lo"


def test_api_lists_public_live_pages_with_locale_filters(client, section, article):
    english = translate(article, "en", title="Coffee")
    hidden = article.copy_for_translation(section.get_translations().get(locale__language_code="lo").locale)
    hidden.save()  # a draft: never in the API
    response = client.get("/api/v2/pages/?type=publishing.ArticlePage&fields=standfirst,place")
    assert response.status_code == 200
    items = response.json()["items"]
    assert {item["title"] for item in items} == {article.title, "Coffee"}
    assert all(item["standfirst"] for item in items)
    english_only = client.get("/api/v2/pages/?type=publishing.ArticlePage&locale=en").json()["items"]
    assert [item["id"] for item in english_only] == [english.pk]
    translations = client.get(f"/api/v2/pages/?translation_of={article.pk}").json()["items"]
    assert [item["id"] for item in translations] == [english.pk]
    assert client.get(f"/api/v2/pages/{hidden.pk}/").status_code == 404


def test_api_hides_private_pages(client, section, article):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=article, restriction_type="password", password="secret")
    ids = [item["id"] for item in client.get("/api/v2/pages/").json()["items"]]
    assert article.pk not in ids
    assert client.get(f"/api/v2/pages/{article.pk}/").status_code == 404
