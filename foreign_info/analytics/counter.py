"""The footer's visitor counter: online now, today, this week, this month, this year, total.

Counted as provincial portals count them: visits, i.e. distinct readers per day (bots, prefetches
and previews excluded), summed over the period; "online now" is distinct readers in the last
settings.ANALYTICS["ONLINE_MINUTES"] minutes.

The figures are computed after each flush (`refresh_counters`) and kept in the default cache; the
template tag only reads the cache, so rendering the footer adds no SQL query. A page served from
the page cache carries the figures of when it was rendered; a small deferred script
(static/analytics/counter.js) brings them up to date from /analytics/counter/<site>/, which also
reads only the cache.
"""

import datetime
import time

from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone

from .models import DailySiteStat, Event, Kind
from .settings import analytics_setting

CACHE_KEY = "analytics:counter:{site_id}"
COUNTER_FIELDS = ("online", "today", "week", "month", "year", "total")


def compute(site_id, now=None):
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    starts = {
        "today": today,
        "week": today - datetime.timedelta(days=today.weekday()),
        "month": today.replace(day=1),
        "year": today.replace(month=1, day=1),
    }
    readers = DailySiteStat.objects.filter(site_id=site_id, kind=Kind.VIEW)
    figures = {name: readers.filter(day__gte=start).aggregate(total=Sum("visitors"))["total"] or 0 for name, start in starts.items()}
    figures["total"] = readers.aggregate(total=Sum("visitors"))["total"] or 0
    since = now - datetime.timedelta(minutes=analytics_setting("ONLINE_MINUTES"))
    figures["online"] = Event.objects.filter(site_id=site_id, kind=Kind.VIEW, occurred_at__gte=since).values("visitor").distinct().count()
    return figures


def refresh_counters(now=None):
    from wagtail.models import Site

    for site_id in Site.objects.values_list("pk", flat=True):
        figures = compute(site_id, now)
        figures["at"] = time.time()
        cache.set(CACHE_KEY.format(site_id=site_id), figures, timeout=None)


def cached_figures(site_id):
    """The last figures; "online now" drops to 0 when no flush has refreshed it lately (no traffic)."""
    figures = cache.get(CACHE_KEY.format(site_id=site_id))
    if figures and time.time() - figures.get("at", 0) > 60 * analytics_setting("ONLINE_MINUTES"):
        figures = {**figures, "online": 0}
    return figures
