"""Bad query strings and URLs give a 404 or a message in the reader's language, never a 500."""

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["page=abc", "page=999999", "page=-1", "page=0", "page=" + "9" * 40, "page=1.5"])
def test_bad_page_numbers_are_404_in_the_visitors_language(client, section, article, query):
    for path in ("/vi/", "/en/topics/x/", "/vi/search/?q=cà phê&"):
        response = client.get(path + ("&" if "?" in path else "?") + query)
        assert response.status_code == 404
    response = client.get(f"/en/?{query}")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").h1.text == "Page not found"


def test_page_two_exists_when_there_are_enough_articles(client, section):
    section.items_per_page = 2
    section.save_revision().publish()
    for number in range(3):
        factories.ArticlePageFactory(parent=section, slug=f"a-{number}").save_revision().publish()
    assert client.get("/vi/?page=2").status_code == 200
    assert client.get("/vi/?page=3").status_code == 404


def test_decomposed_vietnamese_finds_what_composed_text_finds(client, section, article):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Buôn Ma Thuột")
    response = client.get("/vi/search/", {"q": decomposed})
    assert [a.text for a in BeautifulSoup(response.content, "html.parser").select(".card-title a")] == [article.title]


def test_a_huge_search_is_shortened_with_a_message(client, section, article):
    response = client.get("/vi/search/", {"q": "cà phê " * 1500})  # over 10 kB
    assert response.status_code == 200
    notice = BeautifulSoup(response.content, "html.parser").select_one(".notice")
    assert notice is not None and "200" in notice.text
    assert response.context["search_query"] == ("cà phê " * 1500).strip()[:200]


def test_search_finds_articles_of_the_language_only(client, section, article):
    response = client.get("/vi/search/", {"q": "Buôn Ma Thuột"})
    assert [a.text for a in BeautifulSoup(response.content, "html.parser").select(".card-title a")] == [article.title]
    english = client.get("/en/search/", {"q": "Buôn Ma Thuột"})
    assert english.status_code == 200
    assert BeautifulSoup(english.content, "html.parser").select(".card-title a") == []


@pytest.mark.parametrize("query", ["q=", "q=%00", "q=<script>", "q=%ZZ", "q[]=1&q[]=2", "q=" + "%F0%9F%98%80" * 300])
def test_odd_search_strings_never_fail(client, section, query):
    response = client.get("/vi/search/?" + query)
    if "%00" in query:  # refused for every URL (foreign_info.core.middleware), with a message
        assert response.status_code == 400 and b"NUL" in response.content
        return
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"<body")[1].replace(b'<script type="application/ld+json">', b"")


@pytest.mark.parametrize(
    "path", ["/xx/", "/de/ca-phe/", "/en/topics/unknown/", "/vi/no-such-article/", "/vi/feed/json/", "/vi/%00/", "/vi/ca-phe%00/", "/vi/topics/%01x/"]
)
def test_unknown_urls_are_404(client, section, article, path):
    assert client.get(path, follow=True).status_code == 404


def test_unknown_language_prefix_answers_in_the_visitors_language(client, section):
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "fr"
    assert page.h1.text == "Page introuvable"


@pytest.mark.parametrize("code,heading", [("vi", "Không tìm thấy trang"), ("lo", None), ("km", None)])
def test_404_page_speaks_the_language_of_the_url(client, section, code, heading):
    from django.utils import translation

    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    with translation.override(code):
        expected = translation.gettext("Page not found")
    assert page.h1.text == (heading or expected)
    assert page.h1.text != "Page not found"
    assert page.html["lang"] == code
