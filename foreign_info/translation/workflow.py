"""A job's life: the states of the issue and the only ways between them.

Contract: `perform(job, action, user, ...)` either moves the job (saving it and doing the side work
the move implies: creating the wagtail-localize translation, publishing the target page, telling
reviewers) or raises `TransitionRefused` with a message for the user, changing nothing. Who may
move a job is decided by `roles.can` in the job's language.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import StringSegment, StringTranslation

from . import roles
from .jobs import ensure_translation, refresh_progress
from .models import JobState, TranslationJob, TranslationMemory

S = JobState
# action: (states it may start from, state it leads to, permission needed in the job's language)
TRANSITIONS = {
    # Not from "returned": the job goes back to the translator who submitted it (a lead may assign it).
    "claim": ({S.WAITING, S.STALE}, S.IN_PROGRESS, roles.EDIT),
    "assign": ({S.WAITING, S.IN_PROGRESS, S.MACHINE_DRAFT, S.STALE, S.RETURNED, S.IN_REVIEW}, S.IN_PROGRESS, roles.ASSIGN),
    "machine_draft": ({S.WAITING, S.IN_PROGRESS, S.STALE, S.RETURNED, S.MACHINE_DRAFT}, S.MACHINE_DRAFT, roles.EDIT),
    "submit": ({S.IN_PROGRESS, S.MACHINE_DRAFT, S.RETURNED, S.STALE}, S.IN_REVIEW, roles.SUBMIT),
    "return": ({S.IN_REVIEW}, S.RETURNED, roles.REVIEW),
    "publish": ({S.IN_REVIEW}, S.PUBLISHED, roles.PUBLISH),
}


class TransitionRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def allowed_actions(job, user):
    code = job.target_locale.language_code
    return [action for action, (sources, _to, needed) in TRANSITIONS.items() if job.state in sources and roles.can(user, needed, code)]


def check(job, action, user):
    """Raise TransitionRefused unless `user` may do `action` to `job` now."""
    if action not in TRANSITIONS:
        raise TransitionRefused(_("Unknown action."))
    sources, _target, needed = TRANSITIONS[action]
    if not roles.can(user, needed, job.target_locale.language_code):
        raise TransitionRefused(_("You may not do this in this language."))
    if job.state not in sources:
        raise TransitionRefused(_("A job that is “%(state)s” cannot be moved this way.") % {"state": job.get_state_display()})


@transaction.atomic
def perform(job, action, user, comment="", assignee=None):
    job = TranslationJob.objects.select_for_update().select_related("target_locale", "source_page").get(pk=job.pk)
    check(job, action, user)
    target = TRANSITIONS[action][1]
    code = job.target_locale.language_code
    if action == "claim" and job.assignee_id and job.assignee_id != user.pk and job.state != S.WAITING and not roles.is_lead(user):
        raise TransitionRefused(_("Another translator is working on this job."))
    if action == "assign":
        if assignee is None or not (roles.can(assignee, roles.EDIT, code)):
            raise TransitionRefused(_("Choose a translator of this language."))
        job.assignee = assignee
    if action == "claim":
        job.assignee = user
    if action == "return":
        if not comment.strip():
            raise TransitionRefused(_("Say what needs changing: the comment is required."))
        job.reviewer_comment = comment.strip()
    if action in {"claim", "assign", "machine_draft", "submit"}:
        ensure_translation(job, user)
    if action == "submit":
        job.submitted_at = timezone.now()
        from .limits import saved_target  # refuses text longer than its field (imports this module)

        saved_target(job.translation, user, publish=False)
    if action == "publish":
        publish_translation(job, user)
        job.refresh_from_db()  # the page_published handler may already have closed it
        if job.state != S.PUBLISHED:
            mark_published(job)
        return job
    job.state = target
    if action == "submit":
        job.changed_segments = []  # listed from turning stale until the translator hands it back
    job.save()
    refresh_progress(job)
    if action == "submit":
        from . import notifications

        transaction.on_commit(lambda: notifications.submitted(job.pk))
    return job


def publish_translation(job, user):
    """Write the job's translations into its page and publish that revision now, not on commit as
    wagtail-localize would: a refusal of the publish gates (core.publish_gates) then reaches the
    reviewer as the reason the job stays in review, and nothing of the attempt is kept. The
    reviewer's right was checked above in the job's language (`roles`)."""
    from wagtail.models import Page

    from foreign_info.core.publish_gates import PublishRefused

    from .limits import saved_target  # refuses text longer than its field (imports this module)

    saved_target(job.translation, user, publish=False)
    page = Page.objects.get(translation_key=job.source_page.translation_key, locale_id=job.target_locale_id)
    try:
        page.get_latest_revision().publish(user=user, skip_permission_checks=True)
    except PublishRefused as refusal:
        raise TransitionRefused(refusal.text) from refusal


def mark_published(job):
    """The translation is live: the job is done, and its texts become translation memory."""
    job.state = S.PUBLISHED
    job.published_at = timezone.now()
    job.changed_segments = []
    job.save()
    refresh_progress(job)
    remember(job)


def remember(job):
    """Store the job's translated segments as reviewed memory for their language."""
    source = job.translation.source if job.translation_id else None
    if source is None:
        return
    segments = StringSegment.objects.filter(source=source).values_list("string_id", "context_id")
    pairs = set(segments)
    translated = StringTranslation.objects.filter(
        locale=job.target_locale, translation_of_id__in={s for s, _c in pairs}, context_id__in={c for _s, c in pairs}
    ).values_list("translation_of_id", "context_id", "data")
    entries = {string_id: data for string_id, context_id, data in translated if (string_id, context_id) in pairs}
    TranslationMemory.objects.bulk_create(
        [TranslationMemory(string_id=string_id, locale=job.target_locale, data=data) for string_id, data in entries.items()],
        update_conflicts=True,
        unique_fields=["string", "locale"],
        update_fields=["data", "approved_at"],
    )
