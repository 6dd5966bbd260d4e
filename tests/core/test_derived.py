"""Values derived from content, remembered per process (foreign_info.core.derived): an uncached page
read again costs almost no query, and no change of content, made by any path, is ever served stale.

Every page below is read with a query string, so the page cache never answers: what is checked is
the uncached render itself."""

import itertools
import re

import pytest
from django.apps import apps
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from foreign_info.core import derived, generation
from foreign_info.core.page_cache import register_timeout_limit
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

_reads = itertools.count()


def read(client, path, **headers):
    """An uncached render (a fresh query string bypasses the page cache)."""
    response = client.get(f"{path}?read={next(_reads)}", **headers)
    assert response.status_code == 200, path
    return response.content.decode()


def queries(client, path, **headers):
    with CaptureQueriesContext(connection) as context:
        read(client, path, **headers)
    return len(context.captured_queries)


@pytest.fixture
def related_pair(section):
    """Two English articles sharing a topic, each with a photo: each lists the other as related."""
    topic = factories.TopicFactory(locale=section.locale, name="Đầu tư", slug="dau-tu")
    pages = []
    for slug in ("one", "two"):
        article = factories.ArticlePageFactory(parent=section, slug=slug, title=f"Bài {slug}", hero_image=factories.ImageFactory(), hero_alt="Đồi cà phê")
        article.topics.add(topic)
        publish(article)
        pages.append(translate(article, "en", title=f"Article {slug}", slug=slug))
    return pages


def test_an_article_read_again_costs_a_fraction_of_its_first_render(client, related_pair):
    first = queries(client, "/en/one/")
    again = queries(client, "/en/one/")
    assert again <= 2 < first  # Wagtail's view-restriction check and the social image rendition
    assert read(client, "/en/one/") == read(client, "/en/one/")


def test_a_reader_with_a_session_is_never_answered_from_memory(client, related_pair):
    read(client, "/en/one/")
    client.cookies["sessionid"] = "any"
    assert queries(client, "/en/one/") > 2


def test_what_is_remembered_is_what_a_fresh_render_shows(client, related_pair):
    remembered = read(client, "/en/one/") and read(client, "/en/one/")
    derived.forget_all()
    assert read(client, "/en/one/") == remembered


def test_a_published_title_shows_at_once_in_the_related_articles(client, related_pair):
    one, two = related_pair
    assert "Article two" in read(client, "/en/one/")
    two.title = "Article two, updated"
    publish(two)
    assert "Article two, updated" in read(client, "/en/one/")


def test_a_row_saved_without_publishing_shows_at_once(client, related_pair):
    one, two = related_pair
    read(client, "/en/one/")
    two.title = "Saved directly"
    two.save()
    assert "Saved directly" in read(client, "/en/one/")


def test_an_unpublished_translation_leaves_the_language_switcher_at_once(client, related_pair):
    one, _two = related_pair
    assert 'hreflang="en"' in read(client, "/vi/one/")
    one.unpublish()
    assert 'hreflang="en"' not in read(client, "/vi/one/")


def test_a_new_slug_routes_at_once_and_the_old_one_no_longer(client, related_pair):
    one, _two = related_pair
    read(client, "/en/one/")
    one.slug = "first"
    publish(one)
    assert client.get("/en/one/?after=1").status_code == 404
    assert read(client, "/en/first/")


def test_a_renamed_topic_shows_at_once_in_the_navigation(client, related_pair):
    from foreign_info.publishing.models import Topic

    read(client, "/en/one/")
    topic = Topic.objects.get(slug="dau-tu", locale__language_code="vi")
    topic.name = "Đầu tư và thương mại"
    topic.save()
    assert "Đầu tư và thương mại" in read(client, "/vi/one/")


def test_a_restricted_article_leaves_the_related_articles_at_once(client, related_pair):
    one, two = related_pair
    assert "Article two" in read(client, "/en/one/")
    PageViewRestriction.objects.create(page=two, restriction_type="password", password="secret")
    assert "Article two" not in read(client, "/en/one/")


def test_a_new_focal_point_gives_new_renditions_at_once(client, related_pair):
    """The related card of article two is cropped around its photo's focal point."""
    _one, two = related_pair
    before = set(re.findall(r'src="([^"]+)"', read(client, "/en/one/")))
    image = two.hero_image
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 10, 10, 20, 20
    image.save()
    after = set(re.findall(r'src="([^"]+)"', read(client, "/en/one/")))
    assert before != after


def test_nothing_is_kept_longer_than_the_page_cache_may_keep_a_page(related_pair, rf, monkeypatch):
    """An embargo that ends or an event that starts changes pages with no publish: the page cache's
    registered timeout limits bound what is remembered too."""
    from foreign_info.core import page_cache

    monkeypatch.setattr(page_cache, "_timeout_limits", list(page_cache._timeout_limits))
    register_timeout_limit(lambda: 7)
    assert derived.keep_seconds(None) <= 7
    assert derived.keep_seconds(3) == 3
    stored = {}
    monkeypatch.setattr(derived._store, "set", lambda key, value, timeout: stored.update(timeout=timeout))
    derived.remember(rf.get("/"), ("any",), lambda: "value")
    assert stored["timeout"] <= 7


def test_a_change_inside_a_transaction_is_made_stale_again_when_it_commits(django_capture_on_commit_callbacks):
    """A reader between the change and the commit reads the old rows under the new generation: the
    commit moves the generation on once more."""
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        derived.content_changed()
        assert generation.current() == before + 1
    assert generation.current() == before + 2


def test_nothing_is_remembered_while_redis_is_away(rf, monkeypatch):
    class Away:
        down = True

    from django.core.cache import cache

    outage = getattr(cache, "outage", None)  # core.resilient_cache on Redis: a read-only property
    if outage is None:
        monkeypatch.setattr(cache, "outage", Away(), raising=False)
    else:
        monkeypatch.setattr(outage, "down", True)
    calls = []
    for _ in range(2):
        derived.remember(rf.get("/"), ("counted",), lambda: calls.append(1) or "value")
    assert len(calls) == 2


# Tables a remembered value may read that never need to make it stale: renditions are only ever
# added (a new focal point or file is a save of the photo, which bumps), and their files moved
# between the public and the private side are followed by presskits.private_media.sync.
NEVER_CHANGED_IN_PLACE = {"core_portalrendition"}


def test_every_table_a_remembered_value_reads_makes_it_stale_when_a_row_changes(client, related_pair, monkeypatch):
    """Enumerated from what the remembered values really read on an article, so a value added later
    that reads a new table fails here until a change of that table bumps the generation."""
    tables = set()
    remember = derived.remember

    def recording(request, key, compute, **options):
        def compute_recorded():
            with CaptureQueriesContext(connection) as context:
                value = compute()
            for query in context.captured_queries:
                tables.update(re.findall(r'(?:FROM|JOIN) "(\w+)"', query["sql"]))
            return value

        return remember(request, key, compute_recorded, **options)

    monkeypatch.setattr(derived, "remember", recording)  # every caller goes through the module attribute
    derived.forget_all()
    for path in ("/en/one/", "/en/", "/vi/"):  # an article and the section homes
        read(client, path)
    assert {"wagtailcore_page", "publishing_topic", "core_portalimage", "publishing_sectionfeatureditem"} <= tables
    models = {model._meta.db_table: model for model in apps.get_models(include_auto_created=True)}
    for table in sorted(tables - NEVER_CHANGED_IN_PLACE):
        model = models[table]
        if model._meta.auto_created:  # a many-to-many table: its rows are written by its owner's save
            model = model._meta.auto_created
        row = model._default_manager.first()
        before = generation.current()
        if row is not None:
            row.save()
        else:  # no such row on this page (no view restriction): what any save would send
            post_save.send(sender=model, instance=model(), created=True)
        assert generation.current() > before, f"saving a {model._meta.label} row leaves remembered values stale"
