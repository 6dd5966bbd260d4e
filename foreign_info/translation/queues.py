"""What the queue and matrix screens show, each in a fixed number of queries however many jobs.

Contract: `language_queue(code, filters, sort)` gives (page of jobs, counts per state);
`matrix(section)` gives rows of (source page, {language code: job or None}) for the section's
pages, each job knowing its translated page (`translated_page_id`, None before one exists) so that
the cell can link to it. Both read progress from the job rows (kept by `jobs.refresh_progress`),
never per row.
"""

from django.core.paginator import Paginator
from django.db.models import Count, F
from django.utils import timezone
from wagtail.models import Locale, Page

from foreign_info.core.languages import SOURCE_LANGUAGE, target_codes

from .models import JobState, TranslationJob

SORTS = {
    "due": ("due_date", "priority"),
    "-due": ("-due_date", "priority"),
    "priority": ("priority", "due_date"),
    "page": ("source_page__title",),
    "state": ("state", "due_date"),
    "progress": ("translated_segments", "due_date"),
}
PAGE_SIZE = 50


def filtered_jobs(code, filters):
    jobs = TranslationJob.objects.filter(target_locale__language_code=code)
    state = filters.get("state")
    if not state:
        jobs = jobs.open()  # the default: what is left to do
    elif state == "overdue":
        jobs = jobs.overdue()
    elif state != "all":
        jobs = jobs.filter(state=state)
    if filters.get("topic"):
        jobs = jobs.filter(source_page__articlepage__topics=filters["topic"])
    if filters.get("due_before"):
        jobs = jobs.filter(due_date__lte=filters["due_before"])
    if filters.get("assignee"):
        jobs = jobs.filter(assignee=filters["assignee"])
    if filters.get("unassigned"):
        jobs = jobs.filter(assignee__isnull=True)
    if filters.get("page_type"):
        jobs = jobs.filter(source_page__content_type=filters["page_type"])
    return jobs


def language_queue(code, filters, sort="due", page_number=1):
    jobs = filtered_jobs(code, filters)
    counts = dict(TranslationJob.objects.filter(target_locale__language_code=code).values_list("state").annotate(n=Count("pk")).order_by())
    counts["overdue"] = TranslationJob.objects.filter(target_locale__language_code=code).overdue().count()
    # Urgent jobs (official statements, due within hours) head every queue, soonest due first,
    # whatever the chosen order; the rest follow in that order.
    urgent_first = (F("due_at").asc(nulls_last=True),)
    ordered = jobs.with_listing_data().order_by(*urgent_first, *SORTS.get(sort, SORTS["due"]), "pk")
    page = Paginator(ordered, PAGE_SIZE).get_page(page_number)
    jobs = list(page.object_list)
    targets = dict(
        ((key, locale_id), pk)
        for key, locale_id, pk in Page.objects.filter(
            translation_key__in=[job.source_page.translation_key for job in jobs], locale__language_code=code
        ).values_list("translation_key", "locale_id", "pk")
    )
    for job in jobs:
        job.translated_page_id = targets.get((job.source_page.translation_key, job.target_locale_id))
    return page, jobs, counts


def matrix(page_number=1):
    """Rows for the lead: each source page with its job in every target language."""
    sources = (
        Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, translation_jobs__isnull=False).distinct().order_by("-latest_revision_created_at", "pk")
    )
    page = Paginator(sources.values("pk", "title", "live", "translation_key"), PAGE_SIZE).get_page(page_number)
    ids = [row["pk"] for row in page.object_list]
    keys = {row["pk"]: row["translation_key"] for row in page.object_list}
    jobs = TranslationJob.objects.filter(source_page_id__in=ids).select_related("target_locale")
    translated = {
        (key, code): pk
        for key, code, pk in Page.objects.filter(translation_key__in=keys.values(), locale__language_code__in=target_codes()).values_list(
            "translation_key", "locale__language_code", "pk"
        )
    }
    cells = {}
    for job in jobs:
        code = job.target_locale.language_code
        job.translated_page_id = translated.get((keys[job.source_page_id], code))
        cells.setdefault(job.source_page_id, {})[code] = job
    rows = [(row, [cells.get(row["pk"], {}).get(code) for code in target_codes()]) for row in page.object_list]
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=target_codes())}
    return page, rows, [locales.get(code) for code in target_codes()]


def state_counts_by_language():
    counts = {}
    for code, state, n in TranslationJob.objects.values_list("target_locale__language_code", "state").annotate(n=Count("pk")).order_by():
        counts.setdefault(code, {})[state] = n
    today = timezone.localdate()
    for code, n in TranslationJob.objects.overdue(today).values_list("target_locale__language_code").annotate(n=Count("pk")).order_by():
        counts.setdefault(code, {})["overdue"] = n
    return counts


STATE_CHOICES = [*JobState.choices]
