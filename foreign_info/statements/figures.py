"""How fast official statements reach every language: the figure the urgent lane is judged by.

Contract: `response_times(site, start, end)` covers the statements and corrections of the site
first published in Vietnamese in the period. For each one and each target language it gives the
hours from that first Vietnamese publication to the translation going live (None while it is not
live), and per language the median hours and the share live within `STATEMENTS_URGENT_HOURS`.
It reads the translation jobs, which record both moments, in one query.
"""

import statistics

from django.contrib.contenttypes.models import ContentType

from foreign_info.core.languages import TARGET_LANGUAGES
from foreign_info.translation.models import TranslationJob

from .models import StatementPage
from .urgent import urgent_hours


def response_times(site, start, end):
    from foreign_info.analytics.indicators import bounds, site_pages

    first, last = bounds(start, end)
    jobs = (
        TranslationJob.objects.filter(
            source_page__content_type=ContentType.objects.get_for_model(StatementPage),
            source_page__in=site_pages(site),
            first_source_published_at__gte=first,
            first_source_published_at__lt=last,
        )
        .order_by("first_source_published_at", "source_page_id")
        .values_list("source_page_id", "source_page__title", "target_locale__language_code", "first_source_published_at", "published_at")
    )
    statements, hours_by_language = {}, {code: [] for code in TARGET_LANGUAGES}
    for page_id, title, code, source_at, live_at in jobs:
        entry = statements.setdefault(page_id, {"page": page_id, "title": title, "published_at": source_at, "hours": {}})
        hours = round((live_at - source_at).total_seconds() / 3600, 2) if live_at else None
        entry["hours"][code] = hours
        if code in hours_by_language:
            hours_by_language[code].append(hours)
    window = urgent_hours()
    languages = {}
    for code, values in hours_by_language.items():
        live = [h for h in values if h is not None]
        languages[code] = {
            "statements": len(values),
            "median_hours": round(statistics.median(live), 2) if live else None,
            "within_window": round(sum(1 for h in live if h <= window) / len(values), 4) if values else 0.0,
        }
    total = sum(v["statements"] for v in languages.values())
    in_time = sum(v["within_window"] * v["statements"] for v in languages.values())
    return {
        "window_hours": window,
        "statements": list(statements.values()),
        "languages": languages,
        "within_window": round(in_time / total, 4) if total else 0.0,
    }
