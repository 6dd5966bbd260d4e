"""The reach of a work: its page views in every language, by content language and by reader's
country, read from the analytics' daily rollups through the dashboard's own filters
(foreign_info.analytics.figures.Filters), never from raw events.

Contract: `work_reach(pages, today=None)` takes the work's live pages (the Vietnamese original and
its translations) and returns a Reach whose rows are sorted by views, most first, with the
language's and the country's names in the active language (CLDR). Two queries, whatever the
number of translations, days or countries.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Min, Sum
from django.utils import timezone

from foreign_info.analytics.figures import MAX_DAYS, Filters, language_name
from foreign_info.analytics.models import DailyStat, Kind
from foreign_info.core.cldr import country_name


@dataclass
class Reach:
    start: datetime.date
    end: datetime.date
    total: int
    by_language: list  # (code, name, views)
    by_country: list  # (code, name, views)
    by_language_and_country: list  # (language code, country code, views)


def period(pages, today=None):
    """From the first publication of any of the pages, or their first counted view if earlier (a
    page imported with its history, or published again after being deleted), at most three years
    back (the dashboard's limit), to today."""
    end = today or timezone.localdate()
    published = [timezone.localdate(page.first_published_at) for page in pages if page.first_published_at]
    first_view = DailyStat.objects.filter(kind=Kind.VIEW, page_id__in=[page.pk for page in pages]).aggregate(day=Min("day"))["day"]
    start = min([*published, *([first_view] if first_view else [])], default=end)
    return max(start, end - datetime.timedelta(days=MAX_DAYS - 1)), end


def work_reach(pages, today=None):
    start, end = period(pages, today)
    rows = Filters(start, end).rows().filter(page_id__in=[page.pk for page in pages])
    cells = list(rows.values("content_language", "country").annotate(views=Sum("events")).order_by("content_language", "country"))
    languages, countries = {}, {}
    for cell in cells:
        languages[cell["content_language"]] = languages.get(cell["content_language"], 0) + cell["views"]
        if cell["country"]:
            countries[cell["country"]] = countries.get(cell["country"], 0) + cell["views"]
    return Reach(
        start,
        end,
        sum(languages.values()),
        sorted(((code, language_name(code), views) for code, views in languages.items()), key=lambda row: (-row[2], row[0])),
        sorted(((code, country_name(code), views) for code, views in countries.items()), key=lambda row: (-row[2], row[0])),
        [(cell["content_language"], cell["country"], cell["views"]) for cell in cells],
    )
