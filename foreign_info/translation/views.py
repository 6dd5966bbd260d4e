"""Admin screens of translation work. Views stay thin: the rules are in `roles`, `workflow`,
`queues`, `machine.drafts` and `exchange`; every refusal is a message or a 403, never a 500."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale
from wagtail_localize.models import Translation

from foreign_info.core.languages import language_name, target_codes

from . import exchange, queues, roles, tasks, workflow
from . import jobs as job_module
from .forms import POImportForm, QueueFilterForm
from .machine.drafts import draft_for_job, machine_draft
from .machine.translator import MachineTranslationError
from .models import DraftRun, JobState, Notice, TranslationJob


def safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def target_locale_or_404(code):
    if code not in target_codes():
        raise Http404
    return get_object_or_404(Locale, language_code=code)


def index(request):
    codes = roles.languages(request.user)
    if not codes:
        raise PermissionDenied
    if roles.is_lead(request.user):
        return redirect("translation:matrix")
    return redirect("translation:queue", code=codes[0])


def queue(request, code):
    locale = target_locale_or_404(code)
    if not roles.can(request.user, roles.VIEW, code):
        raise PermissionDenied
    form = QueueFilterForm(request.GET or None, language_code=code)
    filters = form.cleaned_data if form.is_valid() else {}
    page, jobs, counts = queues.language_queue(code, filters, filters.get("sort") or "due", request.GET.get("p"))
    # Opening the queue reads the dashboard notices that point to it.
    Notice.objects.filter(user=request.user, read_at__isnull=True, url__startswith=request.path).update(read_at=timezone.now())
    for job in jobs:
        job.actions = workflow.allowed_actions(job, request.user)
    return TemplateResponse(
        request,
        "translation/queue.html",
        {
            "locale": locale,
            "code": code,
            "form": form,
            "page": page,
            "jobs": jobs,
            "counts": [(value, label, counts.get(value, 0)) for value, label in JobState.choices],
            "overdue_count": counts.get("overdue", 0),
            "languages": [(c, Locale(language_code=c).get_display_name()) for c in roles.languages(request.user)],
            "can_export": roles.can(request.user, roles.EDIT, code),
            "assignees": get_user_model().objects.filter(language_assignments__locale=locale).distinct() if roles.is_lead(request.user) else [],
        },
    )


@require_POST
def job_action(request, job_id, action):
    job = get_object_or_404(TranslationJob.objects.select_related("target_locale"), pk=job_id)
    code = job.target_locale.language_code
    if not roles.can(request.user, roles.VIEW, code):
        raise PermissionDenied
    assignee = None
    if action == "assign":
        chosen = request.POST.get("assignee", "")
        assignee = get_user_model().objects.filter(pk=int(chosen)).first() if chosen.isdigit() else None
    try:
        if action == "machine_draft":
            draft_job(request, job)
        else:
            workflow.perform(job, action, request.user, comment=request.POST.get("comment", ""), assignee=assignee)
            messages.success(request, _("“%(page)s” (%(language)s): done.") % {"page": job.source_page.title, "language": code})
    except workflow.TransitionRefused as refusal:
        messages.error(request, refusal.message)
    except MachineTranslationError as error:
        messages.error(request, error.message)
    return redirect(safe_next(request, reverse("translation:queue", args=[code])))


def draft_job(request, job):
    workflow.check(job, "machine_draft", request.user)
    result = draft_for_job(job, request.user)
    workflow.perform(job, "machine_draft", request.user)
    report(request, result)


def report(request, result):
    if result.written:
        messages.success(
            request,
            _(
                "Machine draft: %(provider)s segments from the service, %(memory)s from translation memory, %(glossary)s from the glossary; %(kept)s already translated were left as they were."
            )
            % {"provider": result.from_provider, "memory": result.from_memory, "glossary": result.from_glossary, "kept": result.kept},
        )
    else:
        messages.warning(request, _("There isn't anything left to translate."))


@require_POST
def machine_translate(request, translation_id):
    """Serves wagtail-localize's machine-translate URL (its editor's button): memory and glossary
    first, the provider for the rest, a message for every failure, and the job moved along."""
    translation = get_object_or_404(Translation.objects.select_related("target_locale", "source__locale"), pk=translation_id)
    if not roles.can(request.user, roles.EDIT, translation.target_locale.language_code):
        raise PermissionDenied
    try:
        result = machine_draft(translation, request.user)
    except MachineTranslationError as error:
        messages.error(request, error.message)
    else:
        report(request, result)
        job = TranslationJob.objects.filter(translation=translation).first()
        if job is not None and result.written and job.state in workflow.TRANSITIONS["machine_draft"][0]:
            job.state = JobState.MACHINE_DRAFT
            job.save(update_fields=["state", "updated_at"])
            workflow.refresh_progress(job)
    return redirect(safe_next(request, reverse("wagtailadmin_home")))


def matrix(request):
    if not roles.is_lead(request.user):
        raise PermissionDenied
    page, rows, locales = queues.matrix(request.GET.get("p"))
    for _row, cells in rows:
        for job in cells:
            if job is not None:
                job.link = cell_link(request.user, job)
    return TemplateResponse(
        request,
        "translation/matrix.html",
        {
            "page": page,
            "rows": rows,
            "locales": locales,
            "runs": DraftRun.objects.order_by("-pk")[:5],
            "counts": queues.state_counts_by_language(),
            "states": JobState.choices,
        },
    )


def cell_link(user, job):
    """Where a matrix cell leads: the translation's editor when the page exists and the user may
    edit that language, else the job's row in its language's queue (filtered to its state)."""
    code = job.target_locale.language_code
    if job.translated_page_id and roles.can(user, roles.EDIT, code):
        return reverse("wagtailadmin_pages:edit", args=[job.translated_page_id])
    return f"{reverse('translation:queue', args=[code])}?state={job.state}#job-{job.pk}"


@require_POST
def matrix_bulk(request):
    """The matrix's bulk actions, and the statistics' translation demand (a row's "Create the
    translation job" posts here with its page, its language and `next`). Creating needs the
    right to create in every language named; the other actions are the lead's."""
    action = request.POST.get("action")
    named = [code for code in request.POST.getlist("languages") if code in target_codes()]
    codes = named or target_codes()
    if action == "create" and named:
        allowed = all(roles.can(request.user, roles.CREATE, code) for code in named)
    else:
        allowed = roles.is_lead(request.user)
    if not allowed:
        raise PermissionDenied
    page_ids = [int(pk) for pk in request.POST.getlist("pages") if pk.isdigit()]
    jobs = TranslationJob.objects.filter(source_page_id__in=page_ids, target_locale__language_code__in=codes).exclude(state=JobState.PUBLISHED)
    if not page_ids or action not in {"create", "machine_draft", "sync"}:
        messages.error(request, _("Choose at least one page and an action."))
        return redirect("translation:matrix")
    if action == "create":
        # Languages ticked by name get their job even where the section does not translate by
        # default; without a language ticked, only the jobs there are.
        job_module.create_translations(page_ids, codes, request.user, open_missing=bool(named))
        messages.success(request, _("Translations created."))
        return redirect(safe_next(request, reverse("translation:matrix")))
    elif action == "sync":
        tasks.sync_sources(page_ids)
        messages.success(request, _("Translations synced with their source pages."))
    else:
        run = DraftRun.objects.create(requested_by=request.user, job_ids=list(jobs.values_list("pk", flat=True)))
        tasks.enqueue_draft_run(run)
        messages.success(request, _("Machine drafts started for %(n)s jobs.") % {"n": run.total})
        return redirect("translation:run", run_id=run.pk)
    return redirect("translation:matrix")


def run_status(request, run_id):
    if not roles.is_lead(request.user):
        raise PermissionDenied
    run = get_object_or_404(DraftRun, pk=run_id)
    jobs = {job.pk: job for job in TranslationJob.objects.filter(pk__in=run.job_ids).select_related("source_page", "target_locale")}
    for job in jobs.values():
        job.language = language_name(job.target_locale.language_code)
    failures = [{"job": jobs.get(job_id), "message": message} for job_id, message in run.failed]
    context = {
        "run": run,
        "failures": failures,
        "drafted": run.done - len(failures),
        "jobs": [jobs[pk] for pk in run.job_ids if pk in jobs],
        "skipped": [jobs[pk] for pk in run.skipped if pk in jobs],
    }
    return TemplateResponse(request, "translation/run.html", context)


@require_POST
def resume_run(request, run_id):
    """A new run for what a finished run did not draft: the jobs its circuit breaker held back and
    those that failed, when they can still be drafted."""
    if not roles.is_lead(request.user):
        raise PermissionDenied
    run = get_object_or_404(DraftRun, pk=run_id, finished_at__isnull=False)
    wanted = [*run.skipped, *(job_id for job_id, _message in run.failed)]
    draftable = set(TranslationJob.objects.filter(pk__in=wanted, state__in=tasks.DRAFTABLE).values_list("pk", flat=True))
    job_ids = [pk for pk in dict.fromkeys(wanted) if pk in draftable]
    if not job_ids:
        messages.warning(request, _("There isn't anything left to draft in this run."))
        return redirect("translation:run", run_id=run.pk)
    resumed = DraftRun.objects.create(requested_by=request.user, job_ids=job_ids)
    tasks.enqueue_draft_run(resumed)
    messages.success(request, _("Machine drafts started for %(n)s jobs.") % {"n": resumed.total})
    return redirect("translation:run", run_id=resumed.pk)


@require_POST
def export_po(request, code):
    target_locale_or_404(code)
    if not roles.can(request.user, roles.EDIT, code):
        raise PermissionDenied
    ids = [int(pk) for pk in request.POST.getlist("jobs") if pk.isdigit()]
    jobs = list(TranslationJob.objects.filter(pk__in=ids, target_locale__language_code=code).select_related("source_page"))
    if not jobs:
        messages.error(request, _("Choose at least one job to export."))
        return redirect("translation:queue", code=code)
    if request.POST.get("format") == "xliff":
        response = HttpResponse(exchange.export_xliff(jobs, code), content_type="application/x-xliff+xml; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="translation-{code}.xlf"'
        return response
    response = HttpResponse(exchange.export_po(jobs, code), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="translation-{code}.po"'
    return response


def import_po(request, code):
    locale = target_locale_or_404(code)
    if not roles.can(request.user, roles.EDIT, code):
        raise PermissionDenied
    form = POImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        outcome = exchange.import_translations(form.cleaned_data["file"].read(), locale, request.user)
        errors = outcome.errors
        if not errors:
            messages.success(request, _("%(n)s translations imported.") % {"n": outcome.imported})
            return redirect("translation:queue", code=code)
        messages.error(request, _("Nothing was imported: correct the strings below and upload the file again."))
    return TemplateResponse(request, "translation/import.html", {"form": form, "errors": errors, "code": code, "locale": locale})
