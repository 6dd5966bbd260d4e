"""Hourly and daily rollups, the only thing dashboards, exports, the API and the counter read.

`refresh(moments)` recomputes, from raw events, every hour (UTC) and local day
(settings.TIME_ZONE) containing one of `moments`: delete those rows, insert them again. It is
idempotent, so a flush replayed after a crash cannot double-count.
"""

import datetime

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from .models import DailySiteStat, DailyStat, Event, HourlyStat

DIMENSIONS = ("site_id", "page_id", "kind", "content_language", "country", "channel", "target")
HOURLY_DIMENSIONS = (*DIMENSIONS, "device")


def hour_start(moment):
    return moment.astimezone(datetime.UTC).replace(minute=0, second=0, microsecond=0)


def day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def grouped(events, dimensions=DIMENSIONS):
    return events.values(*dimensions).annotate(n=Count("pk"), v=Count("visitor", distinct=True))


def refresh(moments):
    hours = {hour_start(moment) for moment in moments}
    days = {timezone.localtime(moment).date() for moment in moments}
    with transaction.atomic():
        for hour in sorted(hours):
            HourlyStat.objects.filter(hour=hour).delete()
            rows = grouped(Event.objects.filter(occurred_at__gte=hour, occurred_at__lt=hour + datetime.timedelta(hours=1)), HOURLY_DIMENSIONS)
            HourlyStat.objects.bulk_create([HourlyStat(hour=hour, events=row.pop("n"), visitors=row.pop("v"), **row) for row in rows], batch_size=500)
        for day in sorted(days):
            start, end = day_bounds(day)
            events = Event.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
            DailyStat.objects.filter(day=day).delete()
            DailyStat.objects.bulk_create([DailyStat(day=day, events=row.pop("n"), visitors=row.pop("v"), **row) for row in grouped(events)], batch_size=500)
            DailySiteStat.objects.filter(day=day).delete()
            per_site = events.values("site_id", "kind").annotate(n=Count("pk"), v=Count("visitor", distinct=True))
            DailySiteStat.objects.bulk_create(
                [DailySiteStat(day=day, site_id=row["site_id"], kind=row["kind"], events=row["n"], visitors=row["v"]) for row in per_site]
            )
    from .counter import refresh_counters

    refresh_counters()


def rebuild(first_day, last_day):
    """All rollups of a span of local days, in a few grouped queries (the demo, backfills)."""
    from django.db.models.functions import TruncDate, TruncHour

    start, end = day_bounds(first_day)[0], day_bounds(last_day)[1]
    events = Event.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
    local = timezone.get_current_timezone()
    with transaction.atomic():
        HourlyStat.objects.filter(hour__gte=start, hour__lt=end).delete()
        hourly = (
            events.annotate(bucket=TruncHour("occurred_at", tzinfo=datetime.UTC))
            .values("bucket", *HOURLY_DIMENSIONS)
            .annotate(n=Count("pk"), v=Count("visitor", distinct=True))
        )
        HourlyStat.objects.bulk_create(
            [HourlyStat(hour=row.pop("bucket"), events=row.pop("n"), visitors=row.pop("v"), **row) for row in hourly], batch_size=1000
        )
        DailyStat.objects.filter(day__gte=first_day, day__lte=last_day).delete()
        daily = (
            events.annotate(bucket=TruncDate("occurred_at", tzinfo=local))
            .values("bucket", *DIMENSIONS)
            .annotate(n=Count("pk"), v=Count("visitor", distinct=True))
        )
        DailyStat.objects.bulk_create([DailyStat(day=row.pop("bucket"), events=row.pop("n"), visitors=row.pop("v"), **row) for row in daily], batch_size=1000)
        DailySiteStat.objects.filter(day__gte=first_day, day__lte=last_day).delete()
        per_site = (
            events.annotate(bucket=TruncDate("occurred_at", tzinfo=local))
            .values("bucket", "site_id", "kind")
            .annotate(n=Count("pk"), v=Count("visitor", distinct=True))
        )
        DailySiteStat.objects.bulk_create(
            [DailySiteStat(day=row["bucket"], site_id=row["site_id"], kind=row["kind"], events=row["n"], visitors=row["v"]) for row in per_site],
            batch_size=1000,
        )
    from .counter import refresh_counters

    refresh_counters()
