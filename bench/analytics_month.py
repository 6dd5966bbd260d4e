"""A month of national traffic written straight into PostgreSQL, for bench/analytics_scale.py.

Why in SQL: 50M events pushed through Redis and the flush would take the flush's own time many
times over before anything is measured, and Python loops building rows would spend hours in the
interpreter. `generate_series` makes each day's events inside the server in one INSERT … SELECT
into a temporary table, each of the day's rollups is one GROUP BY over that table (never a scan
of the month), and the day then moves to the Event table; so the tables the measured flushes
then add to have a month's size, indexes and unique keys, as a national install has.

What is written, for `days` local days ending the day before `first_measured_day`:
- `Event` rows, events_per_day a day, spread over the day in order, across every site and page
  given, with a mix of kinds (85 % views, bots, prefetches, clip plays, shares, downloads), nine
  content and preferred languages, countries, channels, referrers and devices; a visitor hash
  drawn from 400,000 per site-day (the salt changes daily, so hashes differ across days); a third
  of page views begin a visit. Keys start with "m" and never meet the measured day's keys.
- Their rollups, as rollups.add would leave them: HourlyStat, DailyStat, DailySiteStat,
  DailyReferrer, DailyDemand, with exact distinct visitors per row (COUNT(DISTINCT visitor)), and
  the visitor sets (RollupVisitor) of the last rollups.VISITOR_SET_DAYS days, which flushes keep.
  History buckets are md5 digests of the same parts as the flush's keys (32 hex characters,
  unique per row); the measured day's rows are the flush's own, so the two never collide.
Every rollup total equals the events it was made from, so the bench's final check (rollups
agree with events) holds over the whole month.
"""

import datetime
import time

LANGUAGES = ["vi", "en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"]
COUNTRIES = ["VN", "US", "FR", "JP", "KR", "CN", "KH", "LA", "DE", "AU", "RU", "TH", "SG", ""]
CHANNELS = ["direct", "search", "social", "news", "other"]
REFERRERS = ["", "google.com", "facebook.com", "vnexpress.net", "example.org"]  # by channel
DEVICES = ["desktop", "mobile", "mobile", "tablet"]

DIMENSIONS = "site_id, page_id, kind, content_language, country, channel, target"


def sql_array(values):
    return "ARRAY[" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + "]"


EVENT_COLUMNS = (
    "site_id, page_id, kind, content_language, country, channel, target, device, key, occurred_at, visitor, preferred_language, referrer_domain, starts_visit"
)
DAY = "bench_day"  # a temporary table: one day's events, rolled up, then moved to the Event table


def events_sql():
    """One day's events into DAY: parameters day index, events that day, the day's start."""
    return f"""
    INSERT INTO {DAY} ({EVENT_COLUMNS})
    SELECT p.site_id, p.page_id, g.kind, g.content_language, g.country, g.channel, g.target, g.device,
           'm' || %(day)s || '-' || g.n, %(start)s::timestamptz + make_interval(secs => 86399.0 * g.n / %(count)s),
           lpad(to_hex(((g.n * 2654435761 + %(day)s * 7919) %% 400000) * 64 + g.n %% %(sites)s), 16, '0'),
           g.preferred_language, g.referrer_domain, g.kind = 'view' AND g.n %% 3 = 0
    FROM (
        SELECT n,
               CASE WHEN n %% 100 < 85 THEN 'view' WHEN n %% 100 < 94 THEN 'bot' WHEN n %% 100 < 96 THEN 'prefetch'
                    WHEN n %% 100 < 98 THEN 'clip_play' WHEN n %% 100 < 99 THEN 'share' ELSE 'download' END AS kind,
               ({sql_array(LANGUAGES)})[1 + (n / 3) %% 9] AS content_language,
               ({sql_array(LANGUAGES)})[1 + (n / 5) %% 9] AS preferred_language,
               ({sql_array(COUNTRIES)})[1 + (n * 11) %% {len(COUNTRIES)}] AS country,
               ({sql_array(CHANNELS)})[1 + n %% 5] AS channel,
               ({sql_array(REFERRERS)})[1 + n %% 5] AS referrer_domain,
               ({sql_array(DEVICES)})[1 + n %% 4] AS device,
               CASE WHEN n %% 100 = 98 THEN 'facebook' WHEN n %% 100 = 99 THEN 'kit/vi/web/public' ELSE '' END AS target
        FROM generate_series(0, %(count)s - 1) AS n
    ) AS g
    JOIN bench_pages AS p ON p.site_slot = g.n %% %(sites)s AND p.page_slot = (g.n / %(sites)s * 7) %% %(pages)s
    """


def rollups_sql(tables):
    """The day's rollups from its events in DAY: parameter day (date)."""
    where = f"FROM {DAY} WHERE true"
    views = f"{where} AND kind = 'view'"
    wants = f"page_id IS NOT NULL AND content_language <> '' AND preferred_language <> content_language AND preferred_language = ANY({sql_array(LANGUAGES)})"
    return [
        f"""INSERT INTO {tables["hourly"]} (bucket, hour, {DIMENSIONS}, device, events, visitors, entries)
            SELECT md5(concat_ws('|', 'h', date_trunc('hour', occurred_at), {DIMENSIONS}, device)), date_trunc('hour', occurred_at),
                   {DIMENSIONS}, device, count(*), count(DISTINCT visitor), count(*) FILTER (WHERE starts_visit)
            {where} GROUP BY date_trunc('hour', occurred_at), {DIMENSIONS}, device""",
        f"""INSERT INTO {tables["daily"]} (bucket, day, {DIMENSIONS}, events, visitors, entries)
            SELECT md5(concat_ws('|', 'd', %(day)s::date, {DIMENSIONS})), %(day)s::date, {DIMENSIONS},
                   count(*), count(DISTINCT visitor), count(*) FILTER (WHERE starts_visit)
            {where} GROUP BY {DIMENSIONS}""",
        f"""INSERT INTO {tables["site"]} (day, site_id, kind, events, visitors, entries)
            SELECT %(day)s::date, site_id, kind, count(*), count(DISTINCT visitor), count(*) FILTER (WHERE starts_visit)
            {where} GROUP BY site_id, kind""",
        f"""INSERT INTO {tables["referrer"]} (bucket, day, site_id, referrer_domain, channel, content_language, events)
            SELECT md5(concat_ws('|', 'r', %(day)s::date, site_id, referrer_domain, channel, content_language)), %(day)s::date,
                   site_id, referrer_domain, channel, content_language, count(*)
            {views} GROUP BY site_id, referrer_domain, channel, content_language""",
        f"""INSERT INTO {tables["demand"]} (bucket, day, site_id, page_id, content_language, preferred_language, events, visitors)
            SELECT md5(concat_ws('|', 'q', %(day)s::date, site_id, page_id, content_language, preferred_language)), %(day)s::date,
                   site_id, page_id, content_language, preferred_language, count(*), count(DISTINCT visitor)
            {views} AND {wants} GROUP BY site_id, page_id, content_language, preferred_language""",
    ]


def visitor_sets_sql(tables):
    """The visitor sets flushes keep for recent days (hourly, daily and site rows; demand rows)."""
    visitor = tables["visitor"]
    where = f"FROM {DAY}"
    return f"""
    INSERT INTO {visitor} (bucket, visitor, day)
    SELECT DISTINCT bucket, visitor, %(day)s::date FROM (
        SELECT md5(concat_ws('|', 'h', date_trunc('hour', occurred_at), {DIMENSIONS}, device)) AS bucket, visitor {where}
        UNION ALL SELECT md5(concat_ws('|', 'd', %(day)s::date, {DIMENSIONS})), visitor {where}
        UNION ALL SELECT md5(concat_ws('|', 's', %(day)s::date, site_id, kind)), visitor {where}
    ) AS sets
    ON CONFLICT DO NOTHING
    """


def tables():
    from foreign_info.analytics import models

    return {
        "event": models.Event._meta.db_table,
        "hourly": models.HourlyStat._meta.db_table,
        "daily": models.DailyStat._meta.db_table,
        "site": models.DailySiteStat._meta.db_table,
        "referrer": models.DailyReferrer._meta.db_table,
        "demand": models.DailyDemand._meta.db_table,
        "visitor": models.RollupVisitor._meta.db_table,
    }


def plain_indexes(cursor, names):
    """(name, definition) of the tables' indexes that back no constraint (Django's db_index,
    Meta.indexes and `_like` indexes): dropped while the month is written and built again after,
    as bulk loads do; tens of millions of random md5 keys inserted one by one into big B-trees
    would make the run a matter of random disk reads. Unique constraints stay all along."""
    cursor.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) AND indexname NOT IN (SELECT conname FROM pg_constraint)",
        [list(names)],
    )
    return cursor.fetchall()


def generate_month(sites, first_measured_day, days, events):
    """Write `events` events over the `days` local days before `first_measured_day` with their
    rollups; returns the seconds spent. `sites` is [(hostname, [page ids])], as sites_and_pages
    gives it. Prints a line per day: the full month is long work (see the README's Speed)."""
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Site

    from foreign_info.analytics.rollups import VISITOR_SET_DAYS

    names = tables()
    per_day = events // days
    per_site = min(len(pages) for _host, pages in sites)  # pages each site's traffic is spread over
    site_ids = dict(Site.objects.values_list("hostname", "pk"))
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE IF NOT EXISTS bench_pages (site_slot int, page_slot int, site_id int, page_id int)")
        cursor.execute("TRUNCATE bench_pages")
        rows = [(slot, index, site_ids[host], page) for slot, (host, pages) in enumerate(sites) for index, page in enumerate(pages[:per_site])]
        cursor.executemany("INSERT INTO bench_pages VALUES (%s, %s, %s, %s)", rows)
        cursor.execute("ANALYZE bench_pages")
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {DAY} AS SELECT {EVENT_COLUMNS} FROM {names['event']} WITH NO DATA")
        dropped = plain_indexes(cursor, names.values())
        for index, _definition in dropped:
            cursor.execute(f'DROP INDEX "{index}"')
        try:
            for number in range(days):
                day = first_measured_day - datetime.timedelta(days=days - number)
                start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
                params = {"day": day, "start": start, "count": per_day, "sites": len(sites), "pages": per_site}
                with transaction.atomic():
                    cursor.execute(f"TRUNCATE {DAY}")
                    cursor.execute(events_sql(), {**params, "day": number})
                    for statement in rollups_sql(names):
                        cursor.execute(statement, params)
                    if number >= days - VISITOR_SET_DAYS:
                        cursor.execute(visitor_sets_sql(names), params)
                    cursor.execute(f"INSERT INTO {names['event']} ({EVENT_COLUMNS}) SELECT {EVENT_COLUMNS} FROM {DAY}")
                print(f"   month: {day} written, {per_day * (number + 1):,} events in {time.perf_counter() - started:.0f} s", flush=True)
        finally:
            for _index, definition in dropped:
                cursor.execute(definition)
        for table in names.values():
            cursor.execute(f"ANALYZE {table}")
        print(f"   month: {len(dropped)} indexes built again, {time.perf_counter() - started:.0f} s", flush=True)
    return time.perf_counter() - started
