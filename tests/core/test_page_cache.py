"""The whole-page cache: what it stores, who bypasses it, and what publishing forgets."""

import pytest
from django.contrib.auth.models import User

from foreign_info.core.models import PortalSettings
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db


def cache_state(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get("X-Page-Cache")


def test_a_second_anonymous_request_is_served_from_the_cache(client, section, article):
    first = client.get("/vi/ca-phe/")
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/vi/ca-phe/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_cache_hit_runs_no_sql(client, section, article, django_assert_num_queries):
    client.get("/vi/ca-phe/")
    with django_assert_num_queries(0):
        assert client.get("/vi/ca-phe/")["X-Page-Cache"] == "hit"


def test_query_strings_404s_and_non_page_views_are_not_cached(client, section, article):
    assert client.get("/vi/search/?q=cà phê").get("X-Page-Cache") is None
    assert client.get("/vi/?page=1").get("X-Page-Cache") is None
    assert client.get("/vi/nothing-here/").get("X-Page-Cache") is None
    assert client.get("/api/v2/pages/").get("X-Page-Cache") is None
    client.get("/admin/login/")
    assert client.get("/admin/login/").get("X-Page-Cache") is None


def test_logged_in_editors_never_read_or_fill_the_cache(client, section, article):
    User.objects.create_superuser("boss", "boss@example.org", "pw")
    client.login(username="boss", password="pw")
    assert client.get("/vi/ca-phe/").get("X-Page-Cache") is None
    assert client.get("/vi/ca-phe/").get("X-Page-Cache") is None
    client.logout()
    assert client.get("/vi/ca-phe/")["X-Page-Cache"] == "miss"


def test_publishing_forgets_the_page_and_its_listings_in_every_language(client, section, article):
    english = translate(article, "en", title="Coffee goes global")
    paths = ["/vi/ca-phe/", "/en/ca-phe/", "/vi/", "/en/", "/lo/", "/vi/feed/rss/", "/en/feed/atom/", "/sitemap.xml"]
    for path in paths:
        client.get(path)
        assert cache_state(client, path) == "hit", path
    english.title = "Buon Ma Thuot coffee reaches the world"
    publish(english)
    for path in paths:
        assert cache_state(client, path) == "miss", path
    assert "Buon Ma Thuot coffee reaches the world" in client.get("/en/").content.decode()


def test_a_new_article_appears_on_cached_listings_and_topic_pages(client, section, article):
    topic = factories.TopicFactory(locale=section.locale, slug="investment")
    article.topics.add(topic)
    publish(article)
    for path in ("/vi/", "/vi/topics/investment/"):
        client.get(path)
        assert cache_state(client, path) == "hit"
    newcomer = factories.ArticlePageFactory(parent=section, title="Tin mới về đầu tư", slug="tin-moi")
    newcomer.topics.add(topic)
    publish(newcomer)
    for path in ("/vi/", "/vi/topics/investment/"):
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss"
        assert "Tin mới về đầu tư" in response.content.decode()


def test_unpublishing_takes_the_page_off_at_once(client, section, article):
    client.get("/vi/ca-phe/")
    assert cache_state(client, "/vi/ca-phe/") == "hit"
    article.unpublish()
    assert client.get("/vi/ca-phe/").status_code == 404
    assert article.title not in client.get("/vi/").content.decode()


def test_site_settings_show_at_once_on_every_page(client, section, article):
    client.get("/vi/ca-phe/")
    settings = PortalSettings.for_site(section.get_site())
    settings.organization_name = "Cổng thông tin điện tử tỉnh Đắk Lắk"
    settings.save()
    response = client.get("/vi/ca-phe/")
    assert response["X-Page-Cache"] == "miss"
    assert "Cổng thông tin điện tử tỉnh Đắk Lắk" in response.content.decode()


def test_moving_slugs_forgets_old_urls(client, section, article, django_capture_on_commit_callbacks):
    client.get("/vi/ca-phe/")
    article.slug = "ca-phe-dak-lak"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail signals slug changes on commit
        publish(article)
    old = client.get("/vi/ca-phe/")  # no stale copy: Wagtail's automatic redirect to the new URL
    assert (old.status_code, old["Location"]) == (301, "/vi/ca-phe-dak-lak/")
    assert client.get("/vi/ca-phe-dak-lak/").status_code == 200


def test_private_pages_are_never_cached(client, section, article):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=article, restriction_type="password", password="secret")
    response = client.get("/vi/ca-phe/")
    assert response.status_code == 200  # the password form
    assert response.get("X-Page-Cache") is None
    assert article.standfirst not in response.content.decode()


def test_an_entry_in_an_unknown_format_is_a_miss_not_an_error(client, section, article):
    from foreign_info.core.page_cache import cache_key, page_cache

    page_cache().set(cache_key("http", "testserver", "/vi/ca-phe/"), (200, {}, b"an older release's entry"))
    response = client.get("/vi/ca-phe/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert article.title in response.content.decode()
