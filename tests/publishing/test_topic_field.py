"""The topics field of the page editor offers the page's own language only, with a search box."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from foreign_info.publishing.models import Topic
from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics_in_every_language(locales):
    topics = {}
    for code, locale in locales.items():
        for slug, name in (("investment", f"Đầu tư ({code})"), ("tourism", f"Du lịch ({code})")):
            topics[(code, slug)] = Topic.objects.create(name=name, slug=slug, locale=locale)
    return topics


def offered_topics(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    picker = soup.select_one("[data-checkbox-filter]")
    assert picker is not None and picker.select_one("input[type=search][data-checkbox-filter-input]") is not None
    assert "publishing/js/checkbox-filter.js" in response.content.decode()
    return sorted(label.get_text(" ", strip=True) for label in picker.select("label"))


def test_editing_a_vietnamese_article_offers_vietnamese_topics_only(admin_client, section, topics_in_every_language):
    article = publish(factories.ArticlePageFactory(parent=section))
    assert offered_topics(admin_client, f"/admin/pages/{article.pk}/edit/") == ["Du lịch (vi)", "Đầu tư (vi)"]


@pytest.mark.parametrize("model", ["articlepage", "clippage", "gallerypage"])
def test_a_new_page_under_the_english_section_offers_english_topics_only(admin_client, section, topics_in_every_language, model):
    english_section = section.get_translation(Locale.objects.get(language_code="en"))
    assert offered_topics(admin_client, f"/admin/pages/add/publishing/{model}/{english_section.pk}/") == ["Du lịch (en)", "Đầu tư (en)"]


def test_the_form_accepts_the_page_languages_topics_only(admin_client, section, topics_in_every_language):
    """The field.s choices, which validation checks a posted id against, are the page language.s."""
    from foreign_info.publishing.models import ArticlePage

    article = publish(factories.ArticlePageFactory(parent=section))
    form = ArticlePage.get_edit_handler().get_form_class()(instance=article, parent_page=section, for_user=None)
    allowed = set(form.fields["topics"].queryset.values_list("pk", flat=True))
    assert allowed == {topics_in_every_language[("vi", "investment")].pk, topics_in_every_language[("vi", "tourism")].pk}
