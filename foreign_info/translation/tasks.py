"""Background work: bulk machine drafts and syncing sources, as django-tasks tasks taking ids.

A bulk draft records its progress on a DraftRun row after each job, so the lead's screen shows
how far it got; a job whose draft fails is listed with the provider's message and the run goes on
(each job's draft is all-or-nothing on its own).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from .jobs import ensure_translation, refresh_progress, sync_jobs_for_source
from .machine.drafts import machine_draft
from .machine.translator import MachineTranslationError
from .models import DraftRun, JobState, TranslationJob

logger = logging.getLogger(__name__)
DRAFTABLE = {JobState.WAITING, JobState.IN_PROGRESS, JobState.STALE, JobState.RETURNED, JobState.MACHINE_DRAFT}


def enqueue_draft_run(run):
    return draft_run.enqueue(run.pk)


@task()
def draft_run(run_id):
    run = DraftRun.objects.get(pk=run_id)
    user = get_user_model().objects.filter(pk=run.requested_by_id).first()
    # The failures are stored as sentences: in the language of the lead who reads them.
    from .notifications import admin_language

    with override(admin_language(user) if user else settings.LANGUAGE_CODE):
        draft_jobs(run, user)
    DraftRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())


def draft_jobs(run, user):
    for job in TranslationJob.objects.filter(pk__in=run.job_ids).select_related("source_page", "target_locale", "translation__source__locale"):
        failure = None
        try:
            if job.state not in DRAFTABLE:
                failure = _("Not drafted: the job is “%(state)s”.") % {"state": job.get_state_display()}
            else:
                translation = ensure_translation(job, user)
                result = machine_draft(translation, user)
                if result.written:
                    TranslationJob.objects.filter(pk=job.pk).update(state=JobState.MACHINE_DRAFT, updated_at=timezone.now())
                refresh_progress(job)
        except MachineTranslationError as error:
            failure = str(error.message)
        except Exception:  # noqa: BLE001 - one job's unexpected error must be listed, not end the run unfinished
            logger.exception("Machine draft of job %s failed", job.pk)
            failure = _("The draft could not be made; the error was logged for the administrator.")
        if failure is not None:
            DraftRun.objects.filter(pk=run.pk).update(failed=[*DraftRun.objects.get(pk=run.pk).failed, [job.pk, str(failure)]])
        DraftRun.objects.filter(pk=run.pk).update(done=F("done") + 1)


@task()
def sync_sources_task(page_ids):
    sync_sources(page_ids)


def sync_sources(page_ids):
    """wagtail-localize's "sync": refresh each source and rewrite its draft targets; jobs follow."""
    for page in Page.objects.filter(pk__in=page_ids).specific():
        sync_jobs_for_source(page)
        source = TranslationSource.objects.get_for_instance_or_none(page)
        if source is None:
            continue
        for translation in Translation.objects.filter(source=source, enabled=True):
            try:
                translation.save_target(publish=False)
            except Exception:  # noqa: BLE001 - a missing parent translation must not stop the others
                continue
