"""Figures the statistics issue charts: coverage and turnaround per language.

- `coverage(date=None)`: per target language, live section pages in that language / live source
  pages of the section (every type in jobs.section_page_models()), as {code: (translated, total, share)}.
- `turnaround(since=None)`: per target language, over jobs published since `since`, the time
  from the source's first publication to the translation's publication, as
  {code: {"jobs": n, "mean_hours": h, "median_hours": h}}.
Each is a fixed number of queries.
"""

from statistics import median

from django.db.models import Count

from foreign_info.core.languages import SOURCE_LANGUAGE, target_codes

from .models import JobState, TranslationJob


def section_pages():
    from wagtail.models import Page

    from .jobs import section_page_models

    return Page.objects.type(*section_page_models()).filter(live=True)


def coverage():
    pages = section_pages()
    sources = pages.filter(locale__language_code=SOURCE_LANGUAGE)
    total = sources.count()
    keys = sources.values("translation_key")
    live = dict(
        pages.filter(translation_key__in=keys, locale__language_code__in=target_codes()).values_list("locale__language_code").annotate(n=Count("pk")).order_by()
    )
    return {code: (live.get(code, 0), total, (live.get(code, 0) / total) if total else 0.0) for code in target_codes()}


def turnaround(since=None):
    jobs = TranslationJob.objects.filter(state=JobState.PUBLISHED, published_at__isnull=False, first_source_published_at__isnull=False)
    if since is not None:
        jobs = jobs.filter(published_at__gte=since)
    hours = {}
    for code, started, published in jobs.values_list("target_locale__language_code", "first_source_published_at", "published_at"):
        hours.setdefault(code, []).append((published - started).total_seconds() / 3600)
    return {code: {"jobs": len(values), "mean_hours": sum(values) / len(values), "median_hours": median(values)} for code, values in hours.items()}
