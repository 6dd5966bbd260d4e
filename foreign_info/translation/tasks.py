"""Background work: bulk machine drafts and syncing sources, as django-tasks tasks taking ids.

A bulk draft records its progress on a DraftRun row after each job, so the lead's screen shows
how far it got; a job whose draft fails is listed with the provider's message and the run goes on
(each job's draft is all-or-nothing on its own). A circuit breaker stops asking a service that is
down: after CIRCUIT_BREAKER drafts in a row failed on the same service (3 by default, an option of
the machine translator), the run's remaining jobs for that service are not sent, the run says why,
and the lead can resume them later. Jobs of languages served by another service go on.
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

from .jobs import refresh_progress, sync_jobs_for_source
from .machine.drafts import draft_for_job
from .machine.providers import NotConfigured, provider_for
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
    breaker = CircuitBreaker(int(machine_options().get("CIRCUIT_BREAKER", 3)))
    jobs = TranslationJob.objects.filter(pk__in=run.job_ids).select_related("source_page", "target_locale")
    position = {pk: n for n, pk in enumerate(run.job_ids)}
    for job in sorted(jobs, key=lambda job: position[job.pk]):
        service = service_of(job.target_locale.language_code)
        if breaker.is_open(service):
            DraftRun.objects.filter(pk=run.pk).update(skipped=[*DraftRun.objects.get(pk=run.pk).skipped, job.pk])
            continue
        failure = None
        try:
            if job.state not in DRAFTABLE:
                failure = _("Not drafted: the job is “%(state)s”.") % {"state": job.get_state_display()}
            else:
                result = draft_for_job(job, user)
                if result.written:
                    TranslationJob.objects.filter(pk=job.pk).update(state=JobState.MACHINE_DRAFT, updated_at=timezone.now())
                refresh_progress(job)
                breaker.succeeded(service)
        except MachineTranslationError as error:
            failure = str(error.message)
            breaker.failed(service, failure)
        except Exception:  # noqa: BLE001 - one job's unexpected error must be listed, not end the run unfinished
            logger.exception("Machine draft of job %s failed", job.pk)
            failure = _("The draft could not be made; the error was logged for the administrator.")
        if failure is not None:
            DraftRun.objects.filter(pk=run.pk).update(failed=[*DraftRun.objects.get(pk=run.pk).failed, [job.pk, str(failure)]])
        DraftRun.objects.filter(pk=run.pk).update(done=F("done") + 1)
    if breaker.reasons:
        DraftRun.objects.filter(pk=run.pk).update(stopped_reason="\n".join(breaker.reasons))


class CircuitBreaker:
    """Counts consecutive failures per service; open (stop asking) once `threshold` is reached."""

    def __init__(self, threshold):
        self.threshold = max(1, threshold)
        self.failures = {}
        self.reasons = []

    def is_open(self, service):
        return self.failures.get(service, 0) >= self.threshold

    def succeeded(self, service):
        self.failures[service] = 0

    def failed(self, service, message):
        self.failures[service] = self.failures.get(service, 0) + 1
        if self.is_open(service):
            self.reasons.append(
                _("Stopped asking the service after %(count)s drafts in a row failed. The last answer: %(message)s")
                % {"count": self.threshold, "message": message}
            )


def machine_options():
    return (getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) or {}).get("OPTIONS") or {}


def service_of(language_code):
    """The machine-translation service a language's drafts go to (None when there is none)."""
    try:
        return provider_for(machine_options(), language_code).key
    except NotConfigured:
        return None


@task()
def notify_new_jobs(job_ids):
    from .notifications import new_jobs

    new_jobs(job_ids)


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
