"""The events listing of one language: upcoming first (running ones included), then the years that
have past events, each year an archive page of its own; and the language's calendar feed.

Contract: each list is one query for the events plus one for their card renditions (publishing's
`with_card_images`), so a listing of 40 events costs the same SQL queries as one of 4
(tests/events/test_query_counts.py)."""

import datetime

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import Http404, HttpResponse
from django.utils import timezone

from foreign_info.core.page_cache import mark_cacheable
from foreign_info.core.visibility import public_pages
from foreign_info.publishing.listings import with_card_images

from . import ical
from .presentation import section_context
from .upcoming import upcoming_in

# The calendar feed keeps a year of past events, so subscribers still see what they attended.
FEED_DAYS_BACK = 366


def events_of(index, request):
    from .models import EventPage

    return public_pages(EventPage.objects.live().child_of(index), request)


def past_years(index, request, now):
    years = events_of(index, request).past(now).annotate(year=ExtractYear("start")).values("year").annotate(count=Count("pk")).order_by("-year")
    return [{"year": row["year"], "count": row["count"]} for row in years]


def index_context(index, request):
    now = timezone.now()
    section = index.get_parent()
    context = section_context(section, request)
    context.update({"upcoming": upcoming_in(index, request), "past_years": past_years(index, request, now), "breadcrumbs": [{"title": index.title}]})
    return context


def year_context(index, request, year):
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:  # the database could not compare it: no such year
        raise Http404("No such year")
    now = timezone.now()
    events = list(with_card_images(events_of(index, request).past(now).filter(start__year=year)))
    if not events:
        raise Http404("No past events that year")
    context = section_context(index.get_parent(), request)
    context.update(
        {
            "year": year,
            "events": events,
            "past_years": past_years(index, request, now),
            "breadcrumbs": [{"title": index.title, "url": index.get_url(request)}, {"title": str(year)}],
            "route_path": f"{year}/",
        }
    )
    return context


def calendar_response(index, request):
    since = timezone.now() - datetime.timedelta(days=FEED_DAYS_BACK)
    events = events_of(index, request).filter(end__gte=since).order_by("start", "pk")
    response = HttpResponse(ical.feed_calendar(index, events, request), content_type="text/calendar; charset=utf-8")
    response["Content-Language"] = index.locale.language_code
    response["Content-Disposition"] = f'inline; filename="events.{index.locale.language_code}.ics"'
    return mark_cacheable(response)
