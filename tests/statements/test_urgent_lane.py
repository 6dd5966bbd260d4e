"""The urgent lane end to end, against our OpenAI-compatible model server (it serves all eight
languages): publishing a Vietnamese statement makes its jobs urgent, the publish itself waits for
no draft and sends no mail, one task run drafts all eight languages and alerts their people, the
queue puts the jobs first with a countdown, and overdue ones go to the leads once."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail_localize.models import StringTranslation

from foreign_info.core.languages import TARGET_LANGUAGES
from foreign_info.statements import urgent
from foreign_info.statements.figures import response_times
from foreign_info.translation.models import JobState, Notice, TranslationJob
from tests import factories
from tests.conftest import publish
from tests.statements.conftest import make_statement

pytestmark = pytest.mark.django_db


def test_publishing_a_statement_drafts_every_language_and_alerts_reviewers(section, team, llm, settings, django_capture_on_commit_callbacks):
    settings.STATEMENTS_URGENT_HOURS = 3
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        statement = publish(make_statement(section))
    jobs = TranslationJob.objects.filter(source_page=statement)
    assert sorted(job.target_locale.language_code for job in jobs) == sorted(TARGET_LANGUAGES)
    for job in jobs:
        assert job.priority == urgent.URGENT_PRIORITY and job.is_urgent
        assert abs((job.due_at - timezone.now()) - timedelta(hours=3)) < timedelta(minutes=2)
    # The publish itself drafted nothing and mailed nobody: that waits for the commit, in a task.
    assert llm.requests == 0 and not mail.outbox and not StringTranslation.objects.exists()
    for callback in callbacks:
        callback()
    for job in TranslationJob.objects.filter(source_page=statement).select_related("target_locale"):
        assert job.state == JobState.MACHINE_DRAFT, job.target_locale.language_code
        assert job.translated_segments == job.total_segments > 0
        assert StringTranslation.objects.filter(locale=job.target_locale).exists()
    reviewers = {team["reviewer_en"].email, team["reviewer_fr"].email, team["translator_en"].email, team["translator_fr"].email}
    assert reviewers <= {address for message in mail.outbox for address in message.to}
    assert any("Urgent" in message.subject for message in mail.outbox if team["reviewer_en"].email in message.to)
    assert Notice.objects.filter(user=team["reviewer_fr"], kind="urgent", language_code="fr").exists()


def test_urgent_jobs_head_the_queue_with_a_countdown(section, team, llm, client, django_capture_on_commit_callbacks):
    older = publish(factories.ArticlePageFactory(parent=section, title="Bài cũ cần dịch"))
    TranslationJob.objects.filter(source_page=older).update(due_date=timezone.localdate() - timedelta(days=3))
    with django_capture_on_commit_callbacks(execute=False):
        statement = publish(make_statement(section, title="Thông cáo khẩn"))
    client.force_login(team["translator_en"])
    for sort in ("due", "priority", "page", "-due"):
        page = BeautifulSoup(client.get(reverse("translation:queue", args=["en"]), {"sort": sort}).content, "html.parser")
        rows = page.select("tr.job")
        assert "Thông cáo khẩn" in rows[0].get_text() and "job-urgent" in rows[0]["class"], sort
    countdown = rows[0].select_one(".countdown")
    assert "h" in countdown.get_text() and "left" in countdown.get_text()
    assert countdown.select_one("time")["datetime"]
    assert TranslationJob.objects.get(source_page=statement, target_locale__language_code="en").is_urgent


def test_overdue_urgent_jobs_are_escalated_to_the_leads_once(section, team, llm, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        statement = publish(make_statement(section))
    TranslationJob.objects.filter(source_page=statement).update(due_at=timezone.now() - timedelta(minutes=10))
    call_command("escalate_urgent_translations", stdout=open("/dev/null", "w"))
    notices = Notice.objects.filter(user=team["lead"], kind="escalated")
    assert notices.count() == len(TARGET_LANGUAGES)
    assert any("overdue" in message.subject for message in mail.outbox if team["lead"].email in message.to)
    assert urgent.escalate_overdue() == 0  # told once
    assert TranslationJob.objects.filter(source_page=statement).overdue().count() == len(TARGET_LANGUAGES)


def test_time_to_live_per_statement_and_language_feeds_the_indicators(section, team, llm, client, django_capture_on_commit_callbacks, settings):
    settings.STATEMENTS_URGENT_HOURS = 4
    with django_capture_on_commit_callbacks(execute=False):
        statement = publish(make_statement(section))
    jobs = TranslationJob.objects.filter(source_page=statement)
    source_at = jobs.first().first_source_published_at
    jobs.filter(target_locale__language_code="en").update(state=JobState.PUBLISHED, published_at=source_at + timedelta(hours=2))
    jobs.filter(target_locale__language_code="fr").update(state=JobState.PUBLISHED, published_at=source_at + timedelta(hours=6))
    today = timezone.localdate()
    figures = response_times(section.get_site(), today - timedelta(days=1), today)
    assert figures["statements"][0]["hours"]["en"] == 2.0 and figures["statements"][0]["hours"]["fr"] == 6.0
    assert figures["statements"][0]["hours"]["ja"] is None
    assert figures["languages"]["en"] == {"statements": 1, "median_hours": 2.0, "within_window": 1.0}
    assert figures["languages"]["fr"]["within_window"] == 0.0
    assert figures["within_window"] == round(1 / 8, 4)
    response = client.get("/api/indicators/v1/indicators", {"site": section.get_site().pk, "start": str(today - timedelta(days=1)), "end": str(today)})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["statements"]["languages"]["en"]["median_hours"] == 2.0 and data["statements"]["window_hours"] == 4.0


def test_the_publish_request_enqueues_and_sends_nothing_itself(section, team, llm, django_capture_on_commit_callbacks):
    """With the task queue production uses, publishing (its commit included) leaves the drafts and
    every mail, the new-job notices too, to the worker."""
    from django.test.utils import override_settings
    from django_tasks_db.models import DBTaskResult

    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        with django_capture_on_commit_callbacks(execute=True):
            publish(make_statement(section))
    assert not mail.outbox and llm.requests == 0 and not StringTranslation.objects.exists()
    queued = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert {"foreign_info.statements.urgent.start_urgent_work", "foreign_info.translation.tasks.notify_new_jobs"} <= queued
