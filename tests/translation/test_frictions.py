"""Frictions a new user met in the translation screens: the queue's default, a returned job's
actions, the matrix's cells and legend, and a bulk run that failed."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from foreign_info.translation import workflow
from foreign_info.translation.models import JobState, TranslationJob
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def queue_rows(client, code, query=""):
    page = soup(client.get(reverse("translation:queue", args=[code]) + query))
    return {int(row["data-job"]) for row in page.select("tr[data-job]")}


def test_the_queue_shows_open_work_by_default_and_published_jobs_on_request(section, team, client):
    open_page = publish(factories.ArticlePageFactory(parent=section, title="Việc còn làm"))
    done_page = publish(factories.ArticlePageFactory(parent=section, title="Việc đã xong"))
    done = job_for(done_page, "en")
    TranslationJob.objects.filter(pk=done.pk).update(state=JobState.PUBLISHED)
    client.force_login(team["translator_en"])
    open_job = job_for(open_page, "en")
    default = queue_rows(client, "en")
    assert open_job.pk in default and done.pk not in default
    published = queue_rows(client, "en", "?state=published")
    assert done.pk in published and open_job.pk not in published
    assert {open_job.pk, done.pk} <= queue_rows(client, "en", "?state=all")
    page = soup(client.get(reverse("translation:queue", args=["en"])))
    options = [(option["value"], option.get_text(strip=True)) for option in page.select("select[name=state] option")]
    assert options[0] == ("", "Open work") and ("all", "All, published included") in options


def test_a_returned_job_offers_no_claim(section, team, client):
    article = publish(factories.ArticlePageFactory(parent=section))
    job = job_for(article, "en")
    workflow.perform(job, "claim", team["translator_en"])
    workflow.perform(job, "submit", team["translator_en"])
    workflow.perform(job, "return", team["reviewer_en"], comment="Dịch lại tiêu đề")
    client.force_login(team["translator_en"])
    row = soup(client.get(reverse("translation:queue", args=["en"]))).select_one(f"tr[data-job='{job.pk}']")
    actions = {button["data-action"] for button in row.select("button[data-action]")}
    assert "claim" not in actions and "submit" in actions
    assert row.select_one("a.open-editor") is not None
    response = client.post(reverse("translation:job_action", args=[job.pk, "claim"]), follow=True)
    assert "cannot be moved this way" in response.content.decode()
    assert TranslationJob.objects.get(pk=job.pk).state == JobState.RETURNED


def test_matrix_cells_link_to_what_the_lead_may_open_and_have_a_legend(section, article, team, client, locales):
    client.force_login(team["lead"])
    client.post(reverse("translation:matrix_bulk"), {"action": "create", "pages": [article.pk], "languages": ["ja"]})
    page = soup(client.get(reverse("translation:matrix")))
    row = page.select_one(f"tr[data-page='{article.pk}']")
    links = [cell.select_one("a.cell-link")["href"] for cell in row.select("td.cell")]
    assert len(links) == 8
    japanese = Page.objects.get(translation_key=article.translation_key, locale=locales["ja"])
    assert reverse("wagtailadmin_pages:edit", args=[japanese.pk]) in links
    english_job = job_for(article, "en")
    assert f"{reverse('translation:queue', args=['en'])}?state=waiting#job-{english_job.pk}" in links
    # The queue the link leads to has the job's row under that anchor.
    assert soup(client.get(reverse("translation:queue", args=["en"]) + "?state=waiting")).select_one(f"#job-{english_job.pk}") is not None
    legend = page.select_one(".matrix-legend")
    assert legend is not None
    legend_text = legend.get_text(" ", strip=True)
    for _value, label in JobState.choices:
        assert str(label).capitalize() in legend_text
    assert "Overdue" in legend_text and "segments translated" in legend_text


def test_a_bulk_run_where_every_job_failed_says_so_and_names_the_pages(section, team, client, provider):
    first = publish(factories.ArticlePageFactory(parent=section, title="Lễ hội cà phê"))
    second = publish(factories.ArticlePageFactory(parent=section, title="Thác Dray Nur"))
    client.force_login(team["lead"])
    # The LibreTranslate stand-in has no Khmer: both drafts fail.
    response = client.post(reverse("translation:matrix_bulk"), {"action": "machine_draft", "pages": [first.pk, second.pk], "languages": ["km"]})
    page = soup(client.get(response["Location"]))
    progress = page.select_one("progress")
    assert (progress["value"], progress["max"]) == ("0", "2")
    status = page.select_one(".draft-run__status").get_text(" ", strip=True)
    assert "0/2 drafted" in status and "2 failed" in status and "Finished with failures" in status
    failures = page.select_one(".draft-run__failures").get_text(" ", strip=True)
    assert "Lễ hội cà phê (Khmer)" in failures and "Thác Dray Nur (Khmer)" in failures
    assert "#" not in failures
    matrix = soup(client.get(reverse("translation:matrix"))).select_one(".draft-runs").get_text(" ", strip=True)
    assert "2 failed" in matrix
