"""The last 30 minutes, for an officer watching a statement or an event go out.

The rollups are hourly, so this one screen reads raw events, within the window only (an index
on `occurred_at` keeps it to the window's rows). Bots, prefetches and previews are left out."""

import datetime

from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page

from .models import Event, Kind

WINDOW = datetime.timedelta(minutes=30)


def last_30_minutes(site_id=None, now=None):
    """{"views", "visitors", "pages": [(title, language, views)], "languages": [(code, views)],
    "countries": [(code, views)]} over the 30 minutes before `now`: four queries."""
    since = (now or timezone.now()) - WINDOW
    views = Event.objects.filter(occurred_at__gte=since, kind=Kind.VIEW)
    if site_id:
        views = views.filter(site_id=site_id)
    totals = views.aggregate(views=Count("pk"), visitors=Count("visitor", distinct=True))
    pages = list(views.exclude(page_id=None).values("page_id", "content_language").annotate(n=Count("pk")).order_by("-n", "page_id")[:10])
    titles = dict(Page.objects.filter(pk__in=[row["page_id"] for row in pages]).values_list("pk", "title"))
    return {
        "since": since,
        "views": totals["views"],
        "visitors": totals["visitors"],
        "pages": [(titles.get(row["page_id"], f"#{row['page_id']}"), row["content_language"], row["n"]) for row in pages],
        "languages": list(views.values_list("content_language").annotate(n=Count("pk")).order_by("-n", "content_language")),
        "countries": list(views.exclude(country="").values_list("country").annotate(n=Count("pk")).order_by("-n", "country")[:15]),
    }
