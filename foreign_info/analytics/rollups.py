"""Hourly and daily rollups, the only thing dashboards, exports, the API and the counter read.

Contract:
- `add(events)` adds events that were just inserted (and only those: the flush knows them from
  `INSERT … RETURNING`) to their hour (UTC) and local day (settings.TIME_ZONE) rows. Its cost
  depends on these events alone, not on how many the day already has. Each rollup row has a
  unique `bucket` key, and counts are added with one upsert per table, so two workers flushing
  at once add to the same rows and never write a second one. Distinct visitors stay exact: a
  row's visitor count grows only by the visitor hashes its set (RollupVisitor) did not hold.
- `rebuild(first_day, last_day)` recomputes a span of days from raw events (the demo,
  backfills, a check that `add` agrees with a recomputation) by adding them again; the visitor
  sets of days that can still receive events are kept, so flushes after it go on adding.
"""

import datetime
import hashlib
from collections import Counter

from django.db import transaction
from django.utils import timezone

from foreign_info.core.languages import codes

from .models import DailyDemand, DailyReferrer, DailySiteStat, DailyStat, Event, HourlyStat, Kind, RollupVisitor
from .upsert import add_to, insert_new

DIMENSIONS = ("site_id", "page_id", "kind", "content_language", "country", "channel", "target")
HOURLY_DIMENSIONS = (*DIMENSIONS, "device")
# Visitor hashes change with the daily salt: a day's rows get no new visitor once it has ended,
# and a flush replayed after a crash comes within a day. Two days of sets are enough.
VISITOR_SET_DAYS = 2

HOURLY_COLUMNS = ["bucket", "hour", *HOURLY_DIMENSIONS, "events", "visitors", "entries"]
DAILY_COLUMNS = ["bucket", "day", *DIMENSIONS, "events", "visitors", "entries"]
SITE_COLUMNS = ["day", "site_id", "kind", "events", "visitors", "entries"]
COUNTERS = ["events", "visitors", "entries"]
REFERRER_DIMENSIONS = ("site_id", "referrer_domain", "channel", "content_language")
REFERRER_COLUMNS = ["bucket", "day", *REFERRER_DIMENSIONS, "events"]
DEMAND_DIMENSIONS = ("site_id", "page_id", "content_language", "preferred_language")
DEMAND_COLUMNS = ["bucket", "day", *DEMAND_DIMENSIONS, "events", "visitors"]


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
    hourly, daily, per_site, entries = Counter(), Counter(), Counter(), Counter()
    referrers, demand = Counter(), Counter()
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
        buckets = [hourly_row[0], daily_row[0], site_bucket(*site_row)]
        if event.starts_visit:
            entries.update(buckets)
        if event.kind == Kind.VIEW:
            referrers[referrer_row(day, event)] += 1
            if wants_another_language(event):
                demand_row = (
                    bucket_key("q", day, [getattr(event, name) for name in DEMAND_DIMENSIONS]),
                    day,
                    *(getattr(event, name) for name in DEMAND_DIMENSIONS),
                )
                demand[demand_row] += 1
                buckets.append(demand_row[0])
        seen.update((bucket, event.visitor, day) for bucket in buckets)
    new_visitors = Counter(insert_new(RollupVisitor, sorted(seen), ["bucket", "visitor", "day"], ["bucket", "visitor"], "bucket"))

    def counted(row, n, bucket):
        return (*row, n, new_visitors[bucket], entries[bucket])

    add_to(HourlyStat, [counted(row, n, row[0]) for row, n in hourly.items()], HOURLY_COLUMNS, ["bucket"], COUNTERS)
    add_to(DailyStat, [counted(row, n, row[0]) for row, n in daily.items()], DAILY_COLUMNS, ["bucket"], COUNTERS)
    add_to(DailySiteStat, [counted(row, n, site_bucket(*row)) for row, n in per_site.items()], SITE_COLUMNS, ["site_id", "day", "kind"], COUNTERS)
    add_to(DailyReferrer, [(*row, n) for row, n in referrers.items()], REFERRER_COLUMNS, ["bucket"], ["events"])
    add_to(DailyDemand, [(*row, n, new_visitors[row[0]]) for row, n in demand.items()], DEMAND_COLUMNS, ["bucket"], ["events", "visitors"])


def referrer_row(day, event):
    values = [getattr(event, name) for name in REFERRER_DIMENSIONS]
    return (bucket_key("r", day, values), day, *values)


def wants_another_language(event):
    """A reader whose browser asks first for another language of this install than the page's."""
    return bool(event.page_id and event.content_language and event.preferred_language in codes() and event.preferred_language != event.content_language)


def rebuild(first_day, last_day):
    """All rollups of a span of local days, recomputed from raw events: the rows and visitor
    sets of the span are deleted, then the span's events are added again, a day at a time."""
    start, end = day_bounds(first_day)[0], day_bounds(last_day)[1]
    with transaction.atomic():
        HourlyStat.objects.filter(hour__gte=start, hour__lt=end).delete()
        for model in (DailyStat, DailySiteStat, DailyReferrer, DailyDemand, RollupVisitor):
            model.objects.filter(day__gte=first_day, day__lte=last_day).delete()
        day = first_day
        while day <= last_day:
            events = Event.objects.filter(occurred_at__gte=day_bounds(day)[0], occurred_at__lt=day_bounds(day)[1]).order_by("occurred_at")
            for chunk in chunked(events.iterator(chunk_size=REBUILD_CHUNK), REBUILD_CHUNK):
                add(chunk)
            day += datetime.timedelta(days=1)
        prune_visitor_sets()
    from .counter import refresh_counters

    refresh_counters()


REBUILD_CHUNK = 20_000


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prune_visitor_sets(today=None):
    today = today or timezone.localdate()
    return RollupVisitor.objects.filter(day__lt=today - datetime.timedelta(days=VISITOR_SET_DAYS)).delete()[0]
