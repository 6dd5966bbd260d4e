"""Editors of Vietnamese pages see where each translation stands (translation.status): a panel in
the page editor and an indicator in the explorer, at a cost that does not grow with the number of
languages or pages."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from foreign_info.translation import workflow
from foreign_info.translation.models import SectionTranslationConfig, TranslationJob
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db


def panel_rows(response):
    table = BeautifulSoup(response.content, "html.parser").select_one("#translation-state")
    assert table is not None, "the translation state panel"
    return {row["data-language"]: row for row in table.select("tbody tr")}


def queries(client, url, table=None):
    """How many queries the page costs (those on `table` only, if given)."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len([query for query in captured.captured_queries if table is None or f'"{table}"' in query["sql"]])


def test_the_editor_panel_shows_each_language_state_progress_and_due_date(article, team, client):
    job = job_for(article, "fr")
    workflow.perform(job, "claim", team["translator_fr"])
    job.refresh_from_db()
    client.force_login(team["editor"])
    rows = panel_rows(client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])))
    assert set(rows) == {"en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"}
    french = rows["fr"].get_text(" ", strip=True)
    assert "French" in french and "in progress" in french and f"0/{job.total_segments}" in french
    assert job.due_date.strftime("%m/%d/%Y") in french
    assert not rows["fr"].select("a"), "the editor may not open the French queue"


def test_the_panel_links_to_the_job_for_those_who_may_see_it(article, team, client):
    client.force_login(team["lead"])
    rows = panel_rows(client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])))
    link = rows["fr"].select_one("a")["href"]
    assert link == reverse("translation:queue", args=["fr"]) + "?state=waiting"
    assert client.get(link).status_code == 200


def test_translations_and_pages_without_jobs_show_no_panel(section, team, client, locales):
    client.force_login(team["lead"])
    draft = factories.ArticlePageFactory(parent=section, live=False)  # never published: no jobs
    response = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert response.status_code == 200 and b'id="translation-state"' not in response.content


def test_the_panel_costs_the_same_queries_for_one_or_eight_languages(section, team, client, locales):
    config = SectionTranslationConfig.objects.create(section=section)
    config.languages.set([locales["fr"]])
    one = publish(factories.ArticlePageFactory(parent=section, title="Một ngôn ngữ"))
    config.languages.set([locale for code, locale in locales.items() if code != "vi"])
    eight = publish(factories.ArticlePageFactory(parent=section, title="Tám ngôn ngữ"))
    assert (TranslationJob.objects.filter(source_page=one).count(), TranslationJob.objects.filter(source_page=eight).count()) == (1, 8)
    client.force_login(team["lead"])
    edit = "wagtailadmin_pages:edit"
    for page in (one, eight):  # a first visit subscribes the user to the page's comments
        queries(client, reverse(edit, args=[page.pk]))
    assert queries(client, reverse(edit, args=[one.pk])) == queries(client, reverse(edit, args=[eight.pk]))


def test_the_explorer_shows_an_indicator_per_page_at_a_constant_cost(section, article, team, client):
    workflow.perform(job_for(article, "fr"), "claim", team["translator_fr"])
    client.force_login(team["lead"])
    url = reverse("wagtailadmin_explore", args=[section.pk])
    response = client.get(url)
    indicator = BeautifulSoup(response.content, "html.parser").select_one(f'[data-translation-state][href^="/admin/pages/{article.pk}/edit/"]')
    assert indicator is not None and "Translations: 0/8 live" in indicator.get_text(" ", strip=True)
    assert "French: in progress, 0/" in indicator["title"] and "Japanese: waiting" in indicator["title"]
    # The explorer itself (Wagtail's and wagtail-localize's buttons) costs queries per row; the
    # indicator costs one query for all rows and languages.
    assert queries(client, url, table="translation_translationjob") == 1
    for number in range(5):
        publish(factories.ArticlePageFactory(parent=section, title=f"Bài thêm {number}"))
    assert TranslationJob.objects.count() == (1 + 6) * 8  # the section and six articles
    assert queries(client, url, table="translation_translationjob") == 1
    assert b"data-translation-state" in client.get(url, {"q": "Bài"}).content  # searching the explorer too


def test_translated_pages_carry_no_indicator(section, team, client, section_in):
    client.force_login(team["lead"])
    english = section_in("en")
    assert Locale.objects.get(pk=english.locale_id).language_code == "en"
    response = client.get(reverse("wagtailadmin_explore", args=[english.get_parent().pk]))
    assert response.status_code == 200
    assert b"data-translation-state" in response.content  # the Vietnamese section has jobs
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.select(f'[data-translation-state][href^="/admin/pages/{english.pk}/edit/"]')
