"""The urgent translation lane: an official statement reaches every language within hours.

Contract:
- `open_lane(page)`, called when a Vietnamese statement or correction is published (its jobs exist
  by then, made by the translation app's own publish handler): each open job of the page gets
  priority 1 and a due time `STATEMENTS_URGENT_HOURS` (4 by default) from now, which puts it at the
  head of its language's queue with a countdown. Once the publish transaction commits, one task
  drafts every language by machine and tells each language's translators and reviewers (admin
  notice and mail). The publish request itself only updates the jobs and enqueues: it waits for
  no provider and sends no mail.
- `escalate_overdue()`, run every few minutes (`manage.py escalate_urgent_translations`, a timer
  in deploy/): urgent jobs past their due time that the leads were not yet told of are told,
  once, and marked.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from foreign_info.translation import notifications
from foreign_info.translation.models import DraftRun, JobState, Role, TranslationJob

URGENT_PRIORITY = 1


def urgent_hours():
    return float(getattr(settings, "STATEMENTS_URGENT_HOURS", 4))


def open_lane(page):
    """Make the statement's open jobs urgent and start their drafts and alerts after commit."""
    now = timezone.now()
    due_at = now + timedelta(hours=urgent_hours())
    jobs = TranslationJob.objects.filter(source_page=page).exclude(state=JobState.PUBLISHED)
    job_ids = list(jobs.values_list("pk", flat=True))
    if not job_ids:
        return []
    jobs.update(priority=URGENT_PRIORITY, due_at=due_at, due_date=timezone.localdate(due_at), escalated_at=None, updated_at=now)
    transaction.on_commit(lambda: start_urgent_work.enqueue(job_ids))
    return job_ids


@task()
def start_urgent_work(job_ids):
    """In the background: tell each language's people, then machine-draft every language at once."""
    from foreign_info.translation.tasks import draft_jobs

    jobs = list(TranslationJob.objects.filter(pk__in=job_ids).select_related("source_page", "target_locale"))
    by_language = {}
    for job in jobs:
        by_language.setdefault(job.target_locale.language_code, []).append(job)
    for code, language_jobs in by_language.items():
        people = {user.pk: user for role in (Role.TRANSLATOR, Role.REVIEWER) for user in notifications.users_with(code, role)}
        notifications.tell(list(people.values()), "urgent", language_jobs, reverse("translation:queue", args=[code]), code)
    run = DraftRun.objects.create(job_ids=job_ids)
    draft_jobs(run, None)
    DraftRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())
    return run.pk


def escalate_overdue():
    """Tell the leads of urgent jobs past due (once per job); the number of jobs told of."""
    jobs = list(TranslationJob.objects.urgent().filter(due_at__lt=timezone.now(), escalated_at__isnull=True).select_related("source_page", "target_locale"))
    if not jobs:
        return 0
    leads = notifications.leads()
    by_language = {}
    for job in jobs:
        by_language.setdefault(job.target_locale.language_code, []).append(job)
    for code, language_jobs in by_language.items():
        notifications.tell(leads, "escalated", language_jobs, reverse("translation:queue", args=[code]), code)
    TranslationJob.objects.filter(pk__in=[job.pk for job in jobs]).update(escalated_at=timezone.now())
    return len(jobs)
