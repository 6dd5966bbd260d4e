"""SQL queries per uncached page: bounded, and independent of how many translations are live or
how many items a list shows (the page cache is emptied before each measured request)."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from foreign_info.core import derived
from foreign_info.core.languages import TARGET_LANGUAGES
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

ARTICLE_QUERY_BUDGET = 12


def queries_for(client, path):
    client.get(path)  # warm: renditions exist, Wagtail's site root paths are cached
    caches["pages"].clear()
    derived.forget_all()  # the first render after a publish, not a render from remembered values (tests/core/test_derived.py)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    assert response.get("X-Page-Cache") == "miss"
    return len(context.captured_queries)


def rich_article(section):
    topic = factories.TopicFactory(locale=section.locale, slug="investment")
    image = factories.ImageFactory()
    article = factories.ArticlePageFactory(
        parent=section,
        slug="rich",
        hero_image=image,
        hero_alt="Đồi cà phê",
        body=[
            ("paragraph", "<p>Đoạn một.</p>"),
            ("image", {"image": image, "alt_text": "Ảnh", "caption": "Chú thích", "credit": ""}),
            ("quote", {"quote": "Trích dẫn", "attribution": "Người nói"}),
            ("fact_box", {"title": "Số liệu", "facts": [{"label": "Diện tích", "value": "13.000 km²"}]}),
        ],
    )
    article.topics.add(topic)
    return publish(article)


def test_article_page_stays_within_budget_with_two_or_nine_translations(client, section):
    article = rich_article(section)
    translate(article, "en", title="Rich")
    paths = ["/vi/rich/", "/en/rich/"]
    with_two = [queries_for(client, path) for path in paths]
    for code in TARGET_LANGUAGES:
        if code not in ("en", "lo"):
            translate(section, code, title=f"Section {code}")
    for code in TARGET_LANGUAGES:
        if code != "en":
            translate(article, code, title=f"Rich {code}")
    with_nine = [queries_for(client, path) for path in paths]
    assert with_two == with_nine
    assert max(with_nine) <= ARTICLE_QUERY_BUDGET
    assert queries_for(client, "/lo/rich/") == with_nine[1]  # every translation costs what English does


def test_section_home_costs_the_same_with_5_or_50_articles(client, section):
    section.items_per_page = 50
    publish(section)
    for number in range(5):
        publish(factories.ArticlePageFactory(parent=section, slug=f"a{number}", hero_image=factories.ImageFactory()))
    with_five = queries_for(client, "/vi/")
    for number in range(5, 50):
        publish(factories.ArticlePageFactory(parent=section, slug=f"a{number}", hero_image=factories.ImageFactory()))
    client.get("/vi/")  # renditions for the new cards are made once
    assert queries_for(client, "/vi/") == with_five


def test_topic_page_costs_the_same_with_5_or_30_articles(client, section):
    topic = factories.TopicFactory(locale=section.locale, slug="tourism")
    section.items_per_page = 30
    publish(section)

    def add(number):
        article = factories.ArticlePageFactory(parent=section, slug=f"t{number}", hero_image=factories.ImageFactory())
        article.topics.add(topic)
        publish(article)

    for number in range(5):
        add(number)
    with_five = queries_for(client, "/vi/topics/tourism/")
    for number in range(5, 30):
        add(number)
    client.get("/vi/topics/tourism/")
    assert queries_for(client, "/vi/topics/tourism/") == with_five
