"""Queue and matrix screens: what each role sees, filters, bulk actions, and query counts that do not
grow with the number of jobs."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from foreign_info.translation import workflow
from foreign_info.translation.models import DraftRun, JobState, TranslationJob
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db


def add_articles(section, n):
    return [publish(factories.ArticlePageFactory(parent=section)) for _ in range(n)]


def refused(response):
    """A 403, or Wagtail's way of refusing an admin view: back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_translator_sees_only_their_languages_queue(article, team, client):
    client.force_login(team["translator_en"])
    response = client.get(reverse("translation:index"))
    assert response["Location"] == reverse("translation:queue", args=["en"])
    page = client.get(reverse("translation:queue", args=["en"])).content.decode()
    assert article.title in page and 'data-language="en"' in page
    assert refused(client.get(reverse("translation:queue", args=["fr"])))
    assert refused(client.get(reverse("translation:matrix")))
    assert client.get(reverse("translation:queue", args=["xx"])).status_code == 404


def test_queue_filters_sorts_and_counts(section, article, team, client):
    other = publish(factories.ArticlePageFactory(parent=section, title="Lễ hội cồng chiêng"))
    workflow.perform(job_for(other, "en"), "claim", team["translator_en"])
    TranslationJob.objects.filter(source_page=article, target_locale__language_code="en").update(due_date=timezone.localdate() - timedelta(days=2))
    client.force_login(team["reviewer_en"])
    url = reverse("translation:queue", args=["en"])
    in_progress = client.get(url, {"state": "in_progress"}).content.decode()
    assert "Lễ hội cồng chiêng" in in_progress and article.title not in in_progress
    overdue = client.get(url, {"state": "overdue"}).content.decode()
    assert article.title in overdue and "Lễ hội cồng chiêng" not in overdue and "job-overdue" in overdue
    mine = client.get(url, {"assignee": team["translator_en"].pk}).content.decode()
    assert "Lễ hội cồng chiêng" in mine and article.title not in mine
    response = client.get(url, {"sort": "page"})
    assert response.status_code == 200
    jobs = list(response.context["jobs"])
    assert [j.source_page.title for j in jobs] == sorted(j.source_page.title for j in jobs)
    counts = dict((value, n) for value, _label, n in response.context["counts"])
    assert counts["in_progress"] == 1 and counts["waiting"] == TranslationJob.objects.filter(target_locale__language_code="en", state="waiting").count()
    assert response.context["overdue_count"] == 1
    # Bad filter values are ignored, never a 500.
    assert client.get(url, {"state": "nope", "due_before": "yesterday", "topic": "x"}).status_code == 200


def test_queue_and_matrix_queries_do_not_grow_with_jobs(section, team, client):
    add_articles(section, 2)
    client.force_login(team["lead"])
    few = (queries(client, reverse("translation:queue", args=["en"])), queries(client, reverse("translation:matrix")))
    for job in TranslationJob.objects.filter(target_locale__language_code="en", state="waiting")[:2]:
        workflow.perform(job, "claim", team["translator_en"])
    add_articles(section, 8)
    many = (queries(client, reverse("translation:queue", args=["en"])), queries(client, reverse("translation:matrix")))
    assert TranslationJob.objects.count() >= 80
    assert few == many


def test_job_actions_through_the_screen(article, team, client):
    client.force_login(team["translator_en"])
    job = job_for(article, "en")
    response = client.post(reverse("translation:job_action", args=[job.pk, "claim"]), follow=True)
    assert "done" in response.content.decode()
    job.refresh_from_db()
    assert job.state == JobState.IN_PROGRESS and job.assignee == team["translator_en"]
    response = client.post(reverse("translation:job_action", args=[job.pk, "publish"]), follow=True)
    assert TranslationJob.objects.get(pk=job.pk).state == JobState.IN_PROGRESS
    assert "may not" in response.content.decode()
    response = client.post(reverse("translation:job_action", args=[job.pk, "nonsense"]), follow=True)
    assert response.status_code == 200


def test_matrix_shows_every_page_in_every_language_and_bulk_actions_work(section, article, team, client, provider, locales):
    client.force_login(team["lead"])
    response = client.get(reverse("translation:matrix"))
    rows = response.context["rows"]
    row = next(cells for page, cells in rows if page["pk"] == article.pk)
    assert len(row) == 8 and all(cell.state == JobState.WAITING for cell in row)
    client.post(reverse("translation:matrix_bulk"), {"action": "create", "pages": [article.pk], "languages": ["ja"]})
    assert Page.objects.filter(translation_key=article.translation_key, locale=locales["ja"]).exists()
    assert not Page.objects.filter(translation_key=article.translation_key, locale=locales["ko"]).exists()
    response = client.post(reverse("translation:matrix_bulk"), {"action": "machine_draft", "pages": [article.pk], "languages": ["ja", "ko", "km"]})
    run = DraftRun.objects.get()
    assert response["Location"] == reverse("translation:run", args=[run.pk])
    run.refresh_from_db()
    assert (run.done, run.total) == (3, 3) and run.finished_at  # the immediate backend ran it
    # LibreTranslate has no Khmer: that job failed with a message, the others are drafts.
    assert [job_id for job_id, _message in run.failed] == [job_for(article, "km").pk]
    assert job_for(article, "ja").state == JobState.MACHINE_DRAFT and job_for(article, "ja").translated_segments == job_for(article, "ja").total_segments
    assert job_for(article, "km").state == JobState.WAITING
    page = client.get(reverse("translation:run", args=[run.pk])).content.decode()
    assert "2/3 drafted" in page and "1 failed" in page
    article.title = "Tiêu đề mới"
    article.save()  # changed in the database without publishing: "sync" picks it up
    response = client.post(reverse("translation:matrix_bulk"), {"action": "sync", "pages": [article.pk]})
    assert response.status_code == 302
    assert job_for(article, "ja").state == JobState.STALE
    assert client.post(reverse("translation:matrix_bulk"), {"action": "create"}).status_code == 302


def test_bad_input_gets_a_message_never_a_500(article, team, client):
    client.force_login(team["lead"])
    job = job_for(article, "en")
    response = client.post(reverse("translation:job_action", args=[job.pk, "assign"]), {"assignee": "abc"}, follow=True)
    assert response.status_code == 200 and "Choose a translator" in response.content.decode()
    assert client.post(reverse("translation:export_po", args=["en"]), {"jobs": ["abc", "1; drop"]}).status_code == 302
    assert client.post(reverse("translation:matrix_bulk"), {"action": "sync", "pages": ["x"]}).status_code == 302
    assert client.get(reverse("translation:matrix"), {"p": "nope"}).status_code == 200
    assert client.get(reverse("translation:queue", args=["en"]), {"p": "-1", "sort": "evil"}).status_code == 200
    assert client.post(reverse("translation:import_po", args=["en"]), {}).status_code == 200
