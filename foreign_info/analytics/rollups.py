"""Hourly and daily rollups, the only thing dashboards, exports, the API and the counter read.

Contract:
- `add(events)` adds events that were just inserted (and only those: the flush knows them from
  `INSERT … RETURNING`) to their hour (UTC) and local day (settings.TIME_ZONE) rows. Its cost
  depends on these events alone, not on how many the day already has. Each rollup row has a
  unique `bucket` key, and counts are added with one upsert per table, so two workers flushing
  at once add to the same rows and never write a second one. Distinct visitors stay exact: a
  row's visitor count grows only by the visitor hashes its set (RollupVisitor) did not hold.
- `rebuild(first_day, last_day)` recomputes a span of days from raw events (the demo,
  backfills, a check that `add` agrees with a recomputation). It rebuilds the visitor sets of
  the days that can still receive events, so flushes after it go on adding correctly.
"""

import datetime
import hashlib
from collections import Counter

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from .models import DailySiteStat, DailyStat, Event, HourlyStat, RollupVisitor
from .upsert import add_to, insert_new

DIMENSIONS = ("site_id", "page_id", "kind", "content_language", "country", "channel", "target")
HOURLY_DIMENSIONS = (*DIMENSIONS, "device")
# Visitor hashes change with the daily salt: a day's rows get no new visitor once it has ended,
# and a flush replayed after a crash comes within a day. Two days of sets are enough.
VISITOR_SET_DAYS = 2

HOURLY_COLUMNS = ["bucket", "hour", *HOURLY_DIMENSIONS, "events", "visitors"]
DAILY_COLUMNS = ["bucket", "day", *DIMENSIONS, "events", "visitors"]
SITE_COLUMNS = ["day", "site_id", "kind", "events", "visitors"]
COUNTERS = ["events", "visitors"]


def hour_start(moment):
    return moment.astimezone(datetime.UTC).replace(minute=0, second=0, microsecond=0)


def day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def bucket_key(grain, moment, values):
    """A short, fixed-length name for one rollup row: grain, time and every dimension."""
    text = "\x1f".join([grain, moment.isoformat(), *("" if value is None else str(value) for value in values)])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def site_bucket(day, site_id, kind):
    return bucket_key("s", day, (site_id, kind))


def add(events):
    """Add newly inserted events to the rollups; call inside the flush's transaction."""
    if not events:
        return
    hourly, daily, per_site = Counter(), Counter(), Counter()
    seen = set()
    for event in events:
        hour = hour_start(event.occurred_at)
        day = timezone.localtime(event.occurred_at).date()
        dimensions = tuple(getattr(event, name) for name in DIMENSIONS)
        hourly_row = (bucket_key("h", hour, (*dimensions, event.device)), hour, *dimensions, event.device)
        daily_row = (bucket_key("d", day, dimensions), day, *dimensions)
        site_row = (day, event.site_id, event.kind)
        hourly[hourly_row] += 1
        daily[daily_row] += 1
        per_site[site_row] += 1
        for bucket in (hourly_row[0], daily_row[0], site_bucket(*site_row)):
            seen.add((bucket, event.visitor, day))
    new_visitors = Counter(insert_new(RollupVisitor, sorted(seen), ["bucket", "visitor", "day"], ["bucket", "visitor"], "bucket"))
    add_to(HourlyStat, [(*row, n, new_visitors[row[0]]) for row, n in hourly.items()], HOURLY_COLUMNS, ["bucket"], COUNTERS)
    add_to(DailyStat, [(*row, n, new_visitors[row[0]]) for row, n in daily.items()], DAILY_COLUMNS, ["bucket"], COUNTERS)
    add_to(DailySiteStat, [(*row, n, new_visitors[site_bucket(*row)]) for row, n in per_site.items()], SITE_COLUMNS, ["site_id", "day", "kind"], COUNTERS)


def rebuild(first_day, last_day):
    """All rollups of a span of local days, in a few grouped queries."""
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
            .order_by()
        )
        HourlyStat.objects.bulk_create([hourly_stat(row) for row in hourly], batch_size=1000)
        DailyStat.objects.filter(day__gte=first_day, day__lte=last_day).delete()
        daily = (
            events.annotate(bucket=TruncDate("occurred_at", tzinfo=local))
            .values("bucket", *DIMENSIONS)
            .annotate(n=Count("pk"), v=Count("visitor", distinct=True))
            .order_by()
        )
        DailyStat.objects.bulk_create([daily_stat(row) for row in daily], batch_size=1000)
        DailySiteStat.objects.filter(day__gte=first_day, day__lte=last_day).delete()
        per_site = (
            events.annotate(bucket=TruncDate("occurred_at", tzinfo=local))
            .values("bucket", "site_id", "kind")
            .annotate(n=Count("pk"), v=Count("visitor", distinct=True))
            .order_by()
        )
        DailySiteStat.objects.bulk_create(
            [DailySiteStat(day=row["bucket"], site_id=row["site_id"], kind=row["kind"], events=row["n"], visitors=row["v"]) for row in per_site],
            batch_size=1000,
        )
        rebuild_visitor_sets(max(first_day, timezone.localdate() - datetime.timedelta(days=VISITOR_SET_DAYS)), last_day)
    from .counter import refresh_counters

    refresh_counters()


def hourly_stat(row):
    hour = row.pop("bucket")
    counts = {"events": row.pop("n"), "visitors": row.pop("v")}
    return HourlyStat(bucket=bucket_key("h", hour, [row[name] for name in HOURLY_DIMENSIONS]), hour=hour, **counts, **row)


def daily_stat(row):
    day = row.pop("bucket")
    counts = {"events": row.pop("n"), "visitors": row.pop("v")}
    return DailyStat(bucket=bucket_key("d", day, [row[name] for name in DIMENSIONS]), day=day, **counts, **row)


def rebuild_visitor_sets(first_day, last_day):
    if first_day > last_day:
        return
    start, end = day_bounds(first_day)[0], day_bounds(last_day)[1]
    RollupVisitor.objects.filter(day__gte=first_day, day__lte=last_day).delete()
    pairs = set()
    for row in Event.objects.filter(occurred_at__gte=start, occurred_at__lt=end).values("occurred_at", "visitor", *HOURLY_DIMENSIONS).iterator():
        day = timezone.localtime(row["occurred_at"]).date()
        dimensions = [row[name] for name in DIMENSIONS]
        pairs.add((bucket_key("h", hour_start(row["occurred_at"]), [*dimensions, row["device"]]), row["visitor"], day))
        pairs.add((bucket_key("d", day, dimensions), row["visitor"], day))
        pairs.add((site_bucket(day, row["site_id"], row["kind"]), row["visitor"], day))
    RollupVisitor.objects.bulk_create([RollupVisitor(bucket=b, visitor=v, day=d) for b, v, d in pairs], batch_size=1000, ignore_conflicts=True)


def prune_visitor_sets(today=None):
    today = today or timezone.localdate()
    return RollupVisitor.objects.filter(day__lt=today - datetime.timedelta(days=VISITOR_SET_DAYS)).delete()[0]
