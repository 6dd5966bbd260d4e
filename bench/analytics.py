"""Statistics speed, measured side by side in one run (issue 6, "Speed").

1. Page throughput with collection on versus off: two gunicorn servers of the same demo, with the
   same settings but ANALYTICS_ENABLED, load the same article (cached, as readers get it) with
   wrk in alternating rounds. Target: on / off >= 0.95 (issue #17). The flush task is queued for a worker
   (django-tasks database backend), as in production, so the servers only collect.
2. Flushing: INSERT statements into the event table per 1,000 events. Target: <= 1.
3. Dashboard figures over 1,000,000 events: from the rollups versus the same figures computed from
   raw events. Target: rollups / raw <= 0.05.

    .venv/bin/python bench/analytics.py [--seconds 3] [--rounds 5] [--events 1000000]
    BENCH_REDIS_DBS=12,13 picks the two Redis databases it empties and uses (buffer, page cache);
    BENCH_PORTS=8103-8109 the ports of its servers (default: any free port).
"""

import argparse
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import PYTHON, ROOT, article_and_queries, environment, free_port, manage, redis_answers, wait_for  # noqa: E402


def serve(env, workers):
    port = free_port()
    command = [
        PYTHON,
        "-m",
        "gunicorn",
        "portal.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--log-level",
        "error",
    ]
    return subprocess.Popen(command, cwd=ROOT, env=env), f"http://127.0.0.1:{port}"


def cpu_seconds(master_pid):
    """CPU time used so far by a gunicorn server's workers (their drainer threads included)."""
    total = 0
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    for pid in [str(master_pid), *children]:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def load(url, seconds, connections, master_pid):
    """(requests per second, CPU milliseconds of the server per 1,000 requests)."""
    before = cpu_seconds(master_pid)
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url], capture_output=True, text=True, check=True).stdout
    used = cpu_seconds(master_pid) - before
    if "Non-2xx" in output:
        raise SystemExit(f"non-2xx answers from {url}:\n{output}")
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), 1e6 * used / requests


def throughput(env, article_path, options):
    servers = {}
    try:
        for name, flag in (("collection on", "1"), ("collection off", "0")):
            servers[name] = serve({**env, "ANALYTICS_ENABLED": flag}, options.workers)
        for _process, base in servers.values():
            wait_for(base + "/vi/")
            urllib.request.urlopen(base + article_path).read()
            assert urllib.request.urlopen(base + article_path).headers.get("X-Page-Cache") == "hit"
        names = list(servers)
        results = {name: [] for name in names}
        cpu = {name: [] for name in names}
        for round_number in range(options.rounds):
            for name in names[round_number % 2 :] + names[: round_number % 2]:
                rate, cost = load(servers[name][1] + article_path, options.seconds, options.connections, servers[name][0].pid)
                results[name].append(rate)
                cpu[name].append(cost)
    finally:
        for process, _base in servers.values():
            process.terminate()
            process.wait(timeout=20)
    ratio = statistics.median(on / off for on, off in zip(results["collection on"], results["collection off"], strict=True))
    cpu_ratio = statistics.median(off / on for on, off in zip(cpu["collection on"], cpu["collection off"], strict=True))
    print(f"\n1. cached article {article_path}, {options.workers} gunicorn workers per server, {options.rounds} rounds x {options.seconds}s, order alternating")
    for name in names:
        print(
            f"  {name:15} median {statistics.median(results[name]):7.0f} req/s, {statistics.median(cpu[name]):6.0f} ms CPU per 1,000 requests   rounds: {', '.join(f'{v:.0f}' for v in results[name])}"
        )
    print(f"  throughput on / off = {ratio:.2f}   (target >= 0.95)")
    print(f"  CPU per request off / on = {cpu_ratio:.2f}   (the same comparison, insensitive to other load on the machine)")
    return ratio


def in_process(env, events):
    os.environ.update(env)
    os.environ["ANALYTICS_ENABLED"] = "1"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, transaction
    from django.db.models import Count, Q, Sum
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page, Site

    from foreign_info.analytics import figures, flush, rollups
    from foreign_info.analytics.models import DailyStat, Event, StagedEvent

    site = Site.objects.get(is_default_site=True)
    # Twenty pages read over a quarter, whatever the demo holds: the mix (and so how much the
    # rollups condense it) must not change when the demo gains pages.
    page_ids = list(Page.objects.live().filter(depth__gt=1).order_by("pk").values_list("pk", flat=True))[:20]
    languages = ["vi", "en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"]
    countries = ["VN", "US", "FR", "JP", "KR", "CN", "KH", "LA", "DE", "AU", "RU", ""]
    channels = ["direct", "search", "social", "news", "other"]
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    span = 90 * 86400

    def payload(n):
        return {
            "key": f"b{n:012d}",
            "at": start.timestamp() + (n * 7919) % span,
            "host": "127.0.0.1",
            "page_id": page_ids[n % len(page_ids)],
            "content_language": languages[n % 9],
            "kind": "view" if n % 10 else "bot",
            "visitor": f"{(n * 31) % 200_003:016x}",
            "preferred_language": "en",
            "country": countries[n % len(countries)],
            "referrer_domain": "",
            "channel": channels[n % 5],
            "device": "desktop",
            "target": "",
        }

    flush.flush()  # what the servers above collected, so that only the events below are measured
    # 2. One flush of 10,000 staged events.
    StagedEvent.objects.bulk_create([StagedEvent(payload=json.dumps(payload(n))) for n in range(10_000)], batch_size=1000)
    with CaptureQueriesContext(connection) as queries:
        inserted = flush.flush()
    inserts = [q for q in queries.captured_queries if q["sql"].upper().startswith("INSERT") and "analytics_event" in q["sql"].split("(")[0]]
    per_thousand = len(inserts) / (inserted / 1000)
    print(f"\n2. flush of {inserted:,} events: {len(inserts)} INSERT statements into the event table = {per_thousand:.2f} per 1,000 events   (target <= 1)")

    # 3. A million events, rolled up, then the dashboard's figures both ways.
    print(f"\n3. loading {events:,} raw events and their rollups ...", flush=True)
    Event.objects.all().delete()
    resolve = flush.SiteResolver()
    for offset in range(0, events, 20_000):
        with transaction.atomic():
            Event.objects.bulk_create(flush.to_events([json.dumps(payload(n)) for n in range(offset, min(offset + 20_000, events))], resolve))
    rollups.rebuild(start.date() - datetime.timedelta(days=1), start.date() + datetime.timedelta(days=91))
    filters = figures.Filters(datetime.date(2026, 1, 1), datetime.date(2026, 3, 31), site.pk, "")
    home = "VN"

    def from_rollups():
        rows = DailyStat.objects.filter(day__gte=filters.start, day__lte=filters.end, site_id=site.pk, kind="view")
        return (
            list(rows.values("day", "content_language").annotate(n=Sum("events")).order_by("day", "content_language")),
            list(rows.exclude(country="").values("country").annotate(n=Sum("events")).order_by("-n", "country")),
            list(rows.exclude(country__in=["", home]).values("page_id", "content_language").annotate(n=Sum("events")).order_by("-n", "page_id")[:10]),
            list(rows.values("channel").annotate(n=Sum("events")).order_by("-n", "channel")),
        )

    def from_raw():
        first, last = rollups.day_bounds(filters.start)[0], rollups.day_bounds(filters.end)[1]
        rows = Event.objects.filter(occurred_at__gte=first, occurred_at__lt=last, site_id=site.pk, kind="view")
        by_day = {}
        for row in rows.values_list("occurred_at", "content_language"):
            key = (row[0].astimezone(datetime.timezone(datetime.timedelta(hours=7))).date(), row[1])
            by_day[key] = by_day.get(key, 0) + 1
        return (
            sorted(by_day.items()),
            list(rows.exclude(country="").values("country").annotate(n=Count("pk")).order_by("-n", "country")),
            list(rows.exclude(Q(country="") | Q(country=home)).values("page_id", "content_language").annotate(n=Count("pk")).order_by("-n", "page_id")[:10]),
            list(rows.values("channel").annotate(n=Count("pk")).order_by("-n", "channel")),
        )

    def timed(function, repeat=3):
        best = None
        for _ in range(repeat):
            began = time.perf_counter()
            result = function()
            elapsed = time.perf_counter() - began
            best = elapsed if best is None else min(best, elapsed)
        return best, result

    rollup_time, rolled = timed(from_rollups)
    raw_time, raw = timed(from_raw)
    assert rolled[1] == raw[1] and rolled[3] == raw[3], "rollups and raw events disagree"
    assert sum(r["n"] for r in rolled[0]) == sum(n for _k, n in raw[0])
    ratio = rollup_time / raw_time
    print(f"  {Event.objects.count():,} events, {DailyStat.objects.count():,} daily rollup rows; the same four dashboard figures (checked equal)")
    print(f"  from rollups {rollup_time * 1000:8.1f} ms   from raw events {raw_time * 1000:8.1f} ms   rollups / raw = {ratio:.3f}   (target <= 0.05)")
    return per_thousand <= 1 and ratio <= 0.05


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--events", type=int, default=1_000_000)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: `make bench` installs it (Debian package wrk)")
    workdir = Path(tempfile.mkdtemp(prefix="bench-analytics-"))
    engine = "redis" if redis_answers() else "file"
    env = {**environment(workdir, engine), "TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}
    if engine == "redis":
        redis_dbs = os.environ.get("BENCH_REDIS_DBS", "12,13").split(",")
        env["REDIS_URL"], env["REDIS_PAGE_CACHE_DB"] = f"redis://127.0.0.1:6379/{redis_dbs[0]}", redis_dbs[1]
        for db in redis_dbs:
            subprocess.run(["redis-cli", "-n", db, "flushdb"], stdout=subprocess.DEVNULL, check=True)
    print(f"setting up the demo in {workdir} (page cache and buffer: {engine}) ...", flush=True)
    try:
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo", "--force")
        manage(env, "collectstatic", "--no-input")
        article_path, _queries = article_and_queries(env)
        ok = throughput(env, article_path, options) >= 0.95
        ok &= in_process(env, options.events)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
