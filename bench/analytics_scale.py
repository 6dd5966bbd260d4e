"""Statistics at national scale, on PostgreSQL and Redis, measured in one run (issue 12, "Speed").

0. A month of national traffic first (--month-events, 50M, over --month-days, 30, across --sites,
   34 province sites), written in bulk by PostgreSQL itself (bench/analytics_month.py:
   generate_series for the events, GROUP BY for their rollups), so that what follows adds to
   tables and indexes of a national install's size, not to empty ones.
1. Rollup work per flush late in a busy day / early in the day. A flush of FLUSH events into an
   empty day, then the day's backlog (--day-events, 1.7M: a busy national day), then the same
   flush again. Target: late / early <= 1.2 (a flush costs its own events, not the day's). The
   time inside rollups.add is printed apart from the whole flush, and the process's peak memory
   after each flush.
2. The backlog flush itself: events per second and the flushing process's peak memory growth.
   Target: <= 100 MB for 1M events (the flush reads Redis in bounded chunks).
3. Two flushers at once over a shared backlog (Redis and the staging table): every rollup total
   equals the number of events, exactly.

The busy day's events are generated for the same sites with a realistic mix of pages,
languages, countries and readers, pushed to Redis as the web processes' drainers would, and
flushed by `foreign_info.analytics.flush.flush`, as the worker does.

    .venv/bin/python bench/analytics_scale.py [--month-events 50000000] [--month-days 30]
        [--day-events 1700000] [--flush 20000] [--sites 34] [--concurrent 200000]
    .venv/bin/python bench/analytics_scale.py --quick   # the same steps at 1/150 of the scale
    BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bench_analytics) is emptied;
    BENCH_REDIS_URL (default redis://127.0.0.1:6379/13) is emptied. --month-events 0 skips step 0.
    The month stays in the database after the run: --reuse-month measures steps 1 to 3 again on it
    (only the measured day is emptied), so a noisy measurement is repeated without hours of writing.
"""

import argparse
import datetime
import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def create_database(url):
    """The benchmark's own database, made once."""
    from urllib.parse import urlparse

    import psycopg

    name = urlparse(url).path.lstrip("/")
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def setup(options):
    create_database(os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_analytics"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_analytics"),
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("this benchmark is about PostgreSQL: set BENCH_DATABASE_URL to a postgres:// URL")
    call_command("migrate", verbosity=0)


def sites_and_pages(count):
    from wagtail.models import Locale, Page, Site

    locale, _created = Locale.objects.get_or_create(language_code="vi")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    sites = []
    for number in range(count):
        hostname = f"province{number:02d}.bench"
        site = Site.objects.filter(hostname=hostname).first()
        if site is None:
            home = root.add_child(instance=Page(title=f"Province {number}", slug=f"province-{number}", locale=locale))
            site = Site.objects.create(hostname=hostname, port=80, root_page=home, site_name=f"Province {number}")
            for page in range(30):
                home.add_child(instance=Page(title=f"Page {page}", slug=f"page-{page}", locale=locale))
        pages = list(Page.objects.child_of(site.root_page).values_list("pk", flat=True))
        sites.append((hostname, pages))
    return sites


class Traffic:
    """Prepared events (as the drainer pushes them) for one local day, generated on the fly."""

    LANGUAGES = ["vi", "en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"]
    COUNTRIES = ["VN", "US", "FR", "JP", "KR", "CN", "KH", "LA", "DE", "AU", "RU", "TH", "SG", ""]
    CHANNELS = ["direct", "search", "social", "news", "other"]
    DEVICES = ["desktop", "mobile", "mobile", "tablet"]

    def __init__(self, sites, day, prefix):
        self.sites, self.prefix = sites, prefix
        self.start = datetime.datetime.combine(day, datetime.time(0), tzinfo=datetime.UTC).timestamp()

    def payload(self, n, of):
        host, pages = self.sites[n % len(self.sites)]
        return json.dumps(
            {
                "key": f"{self.prefix}{n:010d}",
                "at": self.start + 86_000 * n / of,  # spread over the day, in order
                "host": host,
                "page_id": pages[(n * 7) % len(pages)],
                "content_language": self.LANGUAGES[(n // 3) % 9],
                "kind": "view",
                "visitor": f"{(n * 2654435761) % 400_000:016x}",  # 400k readers a day, most read several pages
                "preferred_language": self.LANGUAGES[(n // 5) % 9],
                "country": self.COUNTRIES[(n * 11) % len(self.COUNTRIES)],
                "referrer_domain": "",
                "channel": self.CHANNELS[n % 5],
                "device": self.DEVICES[n % 4],
                "target": "",
            },
            separators=(",", ":"),
        )

    def push(self, client, first, count, of, key):
        for offset in range(first, first + count, 20_000):
            client.rpush(key, *(self.payload(n, of) for n in range(offset, min(offset + 20_000, first + count))))


def timed_flush():
    from foreign_info.analytics.flush import flush

    started = time.perf_counter()
    inserted = flush()
    return inserted, time.perf_counter() - started


def empty_day(client, day):
    """Redis, the staging table and every row of the measured day (and later): the month before
    it stays. Events and rollups of the day are found by their time columns' indexes."""
    from django.utils import timezone

    from foreign_info.analytics import models

    client.flushdb()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    models.StagedEvent.objects.all().delete()
    models.Event.objects.filter(occurred_at__gte=start).delete()
    models.HourlyStat.objects.filter(hour__gte=start).delete()
    for model in (models.DailyStat, models.DailySiteStat, models.DailyReferrer, models.DailyDemand, models.RollupVisitor):
        model.objects.filter(day__gte=day).delete()


def empty(client):
    """TRUNCATE, not DELETE: after the month the tables hold tens of millions of rows."""
    from django.db import connection

    from foreign_info.analytics import models

    client.flushdb()
    names = [
        model._meta.db_table
        for model in (
            models.Event,
            models.HourlyStat,
            models.DailyStat,
            models.DailySiteStat,
            models.DailyReferrer,
            models.DailyDemand,
            models.RollupVisitor,
            models.StagedEvent,
        )
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(names)}")


class RollupClock:
    """Time spent inside rollups.add (the flush imports it at each call, so wrapping the module's
    function measures every flush's rollup work apart from parsing and inserting events)."""

    def __init__(self):
        from foreign_info.analytics import rollups

        self.seconds, self.original = 0.0, rollups.add
        rollups.add = self

    def __call__(self, events):
        started = time.perf_counter()
        try:
            return self.original(events)
        finally:
            self.seconds += time.perf_counter() - started

    def lap(self):
        seconds, self.seconds = self.seconds, 0.0
        return seconds


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def totals(day=None):
    """Events stored and the hourly, daily and per-site rollup totals: all of them, or those of
    `day` and later (the measured day, without the month before it)."""
    from django.db.models import Sum
    from django.utils import timezone

    from foreign_info.analytics.models import DailySiteStat, DailyStat, Event, HourlyStat

    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min)) if day else None
    since = (lambda field, value: {f"{field}__gte": value}) if day else (lambda field, value: {})
    return (
        Event.objects.filter(**since("occurred_at", start)).count(),
        HourlyStat.objects.filter(**since("hour", start)).aggregate(n=Sum("events"))["n"] or 0,
        DailyStat.objects.filter(**since("day", day)).aggregate(n=Sum("events"))["n"] or 0,
        DailySiteStat.objects.filter(**since("day", day)).aggregate(n=Sum("events"))["n"] or 0,
    )


QUICK = {"month_events": 340_000, "day_events": 12_000, "flush": 2_000, "concurrent": 2_000}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--month-events", type=int, default=50_000_000)
    parser.add_argument("--month-days", type=int, default=30)
    parser.add_argument("--day-events", type=int, default=1_700_000)
    parser.add_argument("--flush", type=int, default=20_000, help="events in the early and the late flush")
    parser.add_argument("--sites", type=int, default=34)
    parser.add_argument("--concurrent", type=int, default=200_000, help="events shared by the two flushers of step 3")
    parser.add_argument("--reuse-month", action="store_true", help="keep the month an earlier run left and measure again on it")
    parser.add_argument("--quick", action="store_true", help=f"a small run that checks the bench works: {QUICK}")
    options = parser.parse_args()
    if options.quick:
        vars(options).update(QUICK)
    setup(options)
    from foreign_info.analytics import buffer, flush

    client = buffer.redis_client()
    day = datetime.date.today() - datetime.timedelta(days=1)
    if options.reuse_month:
        empty_day(client, day)
        month = totals()
        print(f"0. the month an earlier run left: {month[0]:,} events; rollup totals {'agree' if len(set(month)) == 1 else 'DISAGREE'}", flush=True)
    else:
        empty(client)
    sites = sites_and_pages(options.sites)
    if options.month_events and not options.reuse_month:
        from analytics_month import generate_month

        print(f"0. a month before the measured day: {options.month_events:,} events over {options.month_days} days on {options.sites} sites", flush=True)
        seconds = generate_month(sites, day, options.month_days, options.month_events)
        month = totals()
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            print(f"   database size after the month: {cursor.fetchone()[0]}")
        print(
            f"   written with their rollups in {seconds:.0f} s ({month[0] / seconds:,.0f} events/s); rollup totals {'agree' if len(set(month)) == 1 else 'DISAGREE'}"
        )
    traffic = Traffic(sites, day, "d")
    of = options.day_events + 2 * options.flush
    print(f"\n{options.sites} sites, {sum(len(p) for _h, p in sites):,} pages; a day of {of:,} events on PostgreSQL", flush=True)

    clock = RollupClock()
    traffic.push(client, 0, options.flush, of, buffer.REDIS_KEY)
    early_count, early = timed_flush()
    early_rollups, early_peak = clock.lap(), peak_mb()
    traffic.push(client, options.flush, options.day_events, of, buffer.REDIS_KEY)
    before = peak_mb()
    backlog_count, backlog = timed_flush()
    growth_mb = peak_mb() - before
    backlog_rollups = clock.lap()
    traffic.push(client, options.flush + options.day_events, options.flush, of, buffer.REDIS_KEY)
    late_count, late = timed_flush()
    late_rollups, late_peak = clock.lap(), peak_mb()
    assert early_count == late_count == options.flush and backlog_count == options.day_events, (early_count, backlog_count, late_count)
    ratio = late / early
    print(f"\n1. flush of {options.flush:,} events: early in the day {early:.2f} s, after {options.day_events:,} events {late:.2f} s")
    print(f"   of which rollups: early {early_rollups:.2f} s, late {late_rollups:.2f} s (late / early = {late_rollups / early_rollups:.2f})")
    print(f"   peak memory of the process after the early flush {early_peak:.0f} MB, after the late one {late_peak:.0f} MB")
    print(f"   rollup work per flush late / early = {ratio:.2f}   (target <= 1.2)")
    print(f"\n2. backlog of {options.day_events:,} events: {backlog:.1f} s, {options.day_events / backlog:,.0f} events/s (rollups {backlog_rollups:.1f} s)")
    print(f"   peak memory growth of the flushing process {growth_mb:.0f} MB   (target <= 100 MB for a backlog of 1M or more)")
    ok = ratio <= 1.2 and growth_mb <= 100
    counted = totals()
    assert len(set(counted)) == 1, f"rollups disagree with the events after the day: {counted}"
    print(f"   events stored {counted[0]:,}; hourly, daily and per-site rollup totals agree")

    empty_day(client, day)
    half = options.concurrent // 2
    shared = Traffic(sites, day, "c")
    shared.push(client, 0, half, options.concurrent, buffer.REDIS_KEY)
    from foreign_info.analytics.models import StagedEvent

    StagedEvent.objects.bulk_create([StagedEvent(payload=shared.payload(n, options.concurrent)) for n in range(half, options.concurrent)], batch_size=5000)
    results = []

    def worker():
        from django.db import connection

        try:
            results.append(flush.flush())
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _n in range(2)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counted = totals(day)
    exact = counted == (2 * half,) * 4
    print(f"\n3. two flushers at once over {2 * half:,} events (Redis and staging): {time.perf_counter() - started:.1f} s, inserted {results}")
    print(f"   events {counted[0]:,}, hourly {counted[1]:,}, daily {counted[2]:,}, per site {counted[3]:,}: {'exact' if exact else 'WRONG'}")
    empty_day(client, day)  # the month stays for --reuse-month
    sys.exit(0 if ok and exact else 1)


if __name__ == "__main__":
    main()
