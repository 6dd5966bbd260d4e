"""Related articles: others of the same language sharing a topic, newest first, at most four, in a
fixed number of queries."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests import factories
from tests.conftest import publish, translate
from tests.publishing.test_query_counts import queries_for

pytestmark = pytest.mark.django_db


def article_about(section, slug, *topics, days_ago=0, **fields):
    article = factories.ArticlePageFactory(parent=section, slug=slug, title=f"Bài {slug}", date=timezone.now() - timedelta(days=days_ago), **fields)
    article.topics.add(*topics)
    return publish(article)


def related_titles(client, path):
    page = BeautifulSoup(client.get(path).content, "html.parser")
    return [link.text for link in page.select(".related .card-title a")]


def test_articles_sharing_a_topic_are_related(client, section):
    coffee, culture = factories.TopicFactory(locale=section.locale, slug="coffee"), factories.TopicFactory(locale=section.locale, slug="culture")
    main = article_about(section, "main", coffee)
    article_about(section, "older", coffee, culture, days_ago=2)
    article_about(section, "newer", coffee, days_ago=1)
    article_about(section, "other", culture)
    factories.ArticlePageFactory(parent=section, slug="draft", live=False).topics.add(coffee)
    assert related_titles(client, "/vi/main/") == ["Bài newer", "Bài older"]
    assert related_titles(client, "/vi/other/") == ["Bài older"]
    assert related_titles(client, "/vi/newer/") == ["Bài main", "Bài older"]
    # In English, only English articles: the untranslated ones are not offered.
    translate(main, "en", title="Main")
    assert related_titles(client, "/en/main/") == []


def test_publishing_an_article_refreshes_the_cached_pages_that_list_it(client, section):
    topic = factories.TopicFactory(locale=section.locale, slug="coffee")
    article_about(section, "main", topic)
    assert related_titles(client, "/vi/main/") == []
    assert client.get("/vi/main/")["X-Page-Cache"] == "hit"
    newer = article_about(section, "newer", topic)
    assert related_titles(client, "/vi/main/") == ["Bài newer"]
    newer.unpublish()
    assert related_titles(client, "/vi/main/") == []


def test_an_article_without_topics_shows_no_related_block(client, section):
    article_about(section, "alone")
    page = BeautifulSoup(client.get("/vi/alone/").content, "html.parser")
    assert page.select_one(".related") is None


def test_related_articles_cost_the_same_queries_for_one_or_four(client, section):
    topic = factories.TopicFactory(locale=section.locale, slug="coffee")
    article_about(section, "main", topic)
    article_about(section, "first", topic, hero_image=factories.ImageFactory(), days_ago=1)
    with_one = queries_for(client, "/vi/main/")
    for number in range(5):
        article_about(section, f"more-{number}", topic, hero_image=factories.ImageFactory(), days_ago=2 + number)
    with_many = queries_for(client, "/vi/main/")
    assert len(related_titles(client, "/vi/main/")) == 4
    assert with_one == with_many
