"""The indicators ranking organisations ask for, per site and period, from rollups and the page
tree. Used by the API (api.py), and meant for the scorecard, report and ranking.

Contract: `indicators(site, start, end)` returns plain numbers, reproducible from the rollups:
- output: foreign-language pages first published in the period, per language;
- reach: reader views from abroad (any country but HOME_COUNTRY) and the countries reached;
- engagement: clip plays, shares and downloads (journalists' press-kit downloads among them);
- translation: per language, the share of live source pages with a live translation, and the
  share of those translations that went live within 48 hours of the source;
- statements: per language, the median hours from an official statement's Vietnamese publication
  to its translation going live, and the share live within the urgent lane's window.
"""

import datetime

from django.db.models import Count, Q, Sum
from django.utils import timezone
from wagtail.models import Page

from foreign_info.core.languages import SOURCE_LANGUAGE, target_codes

from .models import DailyStat, Kind
from .settings import analytics_setting

TIMELY = datetime.timedelta(hours=48)


def site_pages(site):
    tree = Q()
    for root in site.root_page.get_translations(inclusive=True):
        tree |= Q(path__startswith=root.path)
    return Page.objects.live().filter(tree)


def bounds(start, end):
    first = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    last = timezone.make_aware(datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min))
    return first, last


def output(site, start, end):
    first, last = bounds(start, end)
    # order_by(): Wagtail orders pages by path, and an ordering column joins the GROUP BY (one
    # page per group, so every language counted 1 at most).
    rows = (
        site_pages(site).filter(first_published_at__gte=first, first_published_at__lt=last).order_by().values("locale__language_code").annotate(n=Count("pk"))
    )
    counts = {row["locale__language_code"]: row["n"] for row in rows}
    return {code: counts.get(code, 0) for code in target_codes()}


def reach(site, start, end):
    home = analytics_setting("HOME_COUNTRY")
    rows = DailyStat.objects.filter(site_id=site.pk, day__gte=start, day__lte=end, kind=Kind.VIEW)
    abroad = rows.exclude(country__in=["", home])
    total = rows.aggregate(n=Sum("events"))["n"] or 0
    return {
        "views": total,
        "views_abroad": abroad.aggregate(n=Sum("events"))["n"] or 0,
        "countries_reached": abroad.values("country").distinct().count(),
        "views_by_language": {
            row["content_language"]: row["n"] for row in rows.values("content_language").annotate(n=Sum("events")).order_by("content_language")
        },
    }


def engagement(site, start, end):
    rows = DailyStat.objects.filter(site_id=site.pk, day__gte=start, day__lte=end, kind__in=[Kind.CLIP_PLAY, Kind.SHARE, Kind.DOWNLOAD])
    counts = {row["kind"]: row["n"] for row in rows.values("kind").annotate(n=Sum("events"))}
    return {"clip_plays": counts.get(Kind.CLIP_PLAY, 0), "shares": counts.get(Kind.SHARE, 0), "downloads": counts.get(Kind.DOWNLOAD, 0)}


def translation(site):
    pages = site_pages(site)
    source = dict(pages.filter(locale__language_code=SOURCE_LANGUAGE).values_list("translation_key", "first_published_at"))
    result = {code: {"translated": 0, "timely": 0} for code in target_codes()}
    for key, code, published in (
        pages.filter(translation_key__in=list(source))
        .exclude(locale__language_code=SOURCE_LANGUAGE)
        .values_list("translation_key", "locale__language_code", "first_published_at")
    ):
        if code not in result:
            continue
        result[code]["translated"] += 1
        if published and source[key] and published - source[key] <= TIMELY:
            result[code]["timely"] += 1
    total = len(source)
    return {
        code: {
            "source_pages": total,
            "translated_pages": value["translated"],
            "coverage": round(value["translated"] / total, 4) if total else 0.0,
            "within_48_hours": round(value["timely"] / value["translated"], 4) if value["translated"] else 0.0,
        }
        for code, value in result.items()
    }


def indicators(site, start, end):
    return {
        "site": {"id": site.pk, "name": site.site_name or site.hostname, "hostname": site.hostname},
        "start": start,
        "end": end,
        "output": output(site, start, end),
        "reach": reach(site, start, end),
        "engagement": engagement(site, start, end),
        "translation": translation(site),
        "statements": statement_response(site, start, end),
    }


def statement_response(site, start, end):
    """Per language, how fast official statements went live (foreign_info.statements.figures)."""
    from foreign_info.statements.figures import response_times

    figures = response_times(site, start, end)
    return {"window_hours": figures["window_hours"], "within_window": figures["within_window"], "languages": figures["languages"]}
