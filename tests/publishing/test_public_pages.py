"""Every public page type answers 200 in each language where it is live and 404 where it is not,
and the language links (switcher and hreflang) name exactly the live translations."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def hreflangs(response):
    return {link["hreflang"]: link["href"] for link in soup(response).select('link[rel="alternate"][hreflang]')}


def test_root_redirects_to_the_readers_language(client, section):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").headers["Location"] == "/vi/"


@pytest.mark.parametrize("code", ["vi", "en", "lo"])
def test_section_home_is_live_in_its_languages(client, section, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == code


@pytest.mark.parametrize("code", ["fr", "zh-hans", "ja", "ko", "ru", "km"])
def test_section_home_is_404_where_not_translated(client, section, code):
    assert client.get(f"/{code}/").status_code == 404


def test_article_is_live_only_where_translated(client, section, article, section_in):
    translate(article, "en", title="Buon Ma Thuot coffee goes global")
    assert client.get("/vi/ca-phe/").status_code == 200
    assert client.get("/en/ca-phe/").status_code == 200
    assert client.get("/lo/ca-phe/").status_code == 404
    assert client.get("/fr/ca-phe/").status_code == 404


def test_hreflang_lists_exactly_the_live_translations(client, section, article):
    translate(article, "en", title="Buon Ma Thuot coffee goes global")
    draft = article.copy_for_translation(section.get_translations().get(locale__language_code="lo").locale)
    draft.save()  # a draft Lao translation: never linked
    links = hreflangs(client.get("/en/ca-phe/"))
    assert links == {
        "vi": "http://testserver/vi/ca-phe/",
        "en": "http://testserver/en/ca-phe/",
        "x-default": "http://testserver/vi/ca-phe/",
    }
    switcher = [a["href"] for a in soup(client.get("/vi/ca-phe/")).select(".language-switcher a")]
    assert switcher == ["/vi/ca-phe/", "/en/ca-phe/"]


def test_unpublished_translation_disappears_from_links(client, section, article):
    english = translate(article, "en", title="Coffee")
    english.unpublish()
    assert set(hreflangs(client.get("/vi/ca-phe/"))) == {"vi", "x-default"}


def test_section_links_carry_lao_and_lang_attribute(client, section):
    response = client.get("/lo/")
    page = soup(response)
    assert page.html["lang"] == "lo"
    assert set(hreflangs(response)) == {"vi", "en", "lo", "x-default"}
    lao_link = page.select_one('.language-switcher a[hreflang="lo"]')
    assert lao_link.text == "ລາວ" and lao_link["lang"] == "lo"


def test_article_page_shows_what_a_reader_needs(client, section, article):
    page = soup(client.get("/vi/ca-phe/"))
    assert len(page.find_all("h1")) == 1
    assert page.h1.text == "Cà phê Buôn Ma Thuột vươn ra thế giới"
    assert page.select_one("main#main") and page.select_one("header") and page.select_one("footer")
    assert page.select_one("a.skip-link")["href"] == "#main"
    crumbs = [item.get_text(strip=True) for item in page.select(".breadcrumbs li")]
    assert crumbs == ["Thông tin đối ngoại", "Cà phê Buôn Ma Thuột vươn ra thế giới"]
    assert page.select_one('meta[property="og:title"]')["content"] == article.title
    assert re.search(r"\d", page.select_one(".article-meta time").text)


def test_topic_pages_list_articles_in_every_language(client, section, article, section_in):
    from tests.factories import TopicFactory

    topic = TopicFactory(locale=section.locale, name="Đầu tư", slug="investment")
    article.topics.add(topic)
    publish(article)
    translate(article, "en", title="Coffee goes global")
    vi = soup(client.get("/vi/topics/investment/"))
    assert vi.h1.text == "Đầu tư"
    assert [a.text for a in vi.select(".card-title a")] == [article.title]
    en = soup(client.get("/en/topics/investment/"))
    assert [a.text for a in en.select(".card-title a")] == ["Coffee goes global"]
    assert client.get("/en/topics/no-such-topic/").status_code == 404


def test_a_topic_not_translated_into_lao_is_named_in_english_before_vietnamese(client, section):
    """As the catalogues fall back: the reader's language, then English, then the source."""
    from tests.factories import TopicFactory

    investment = TopicFactory(locale=section.locale, name="Đầu tư", slug="investment", sort_order=1)
    english = investment.copy_for_translation(section.get_translations().get(locale__language_code="en").locale)
    english.name = "Investment"
    english.save()
    TopicFactory(locale=section.locale, name="Du lịch", slug="tourism", sort_order=2)  # in Vietnamese only
    lao_home = soup(client.get("/lo/"))
    names = [link.get_text(strip=True) for link in lao_home.select("a[href*='/topics/']")]
    assert "Investment" in names and "Đầu tư" not in names, names
    assert "Du lịch" in names  # nothing else exists: the last resort
    assert [link.get_text(strip=True) for link in soup(client.get("/en/")).select("a[href*='/topics/']")][:1] == ["Investment"]


@pytest.mark.parametrize("path", ["/vi/", "/en/", "/vi/ca-phe/", "/vi/topics/investment/", "/vi/search/?q=cà", "/vi/nowhere/"])
def test_every_page_type_has_one_h1_landmarks_and_a_skip_link(client, section, article, path):
    from tests.factories import TopicFactory

    TopicFactory(locale=section.locale, slug="investment")
    response = client.get(path)
    page = soup(response)
    assert len(page.find_all("h1")) == 1, path
    for landmark in ("header", "main#main", "footer"):
        assert page.select_one(landmark) is not None, (path, landmark)
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert all(image.has_attr("alt") for image in page.find_all("img")), path


def test_section_pages_have_open_graph_tags(client, section):
    page = soup(client.get("/en/"))
    assert page.select_one('meta[property="og:title"]')["content"] == "Foreign information"
    assert page.select_one('meta[property="og:locale"]')["content"] == "en_US"
    alternates = {meta["content"] for meta in page.select('meta[property="og:locale:alternate"]')}
    assert alternates == {"vi_VN", "lo_LA"}
