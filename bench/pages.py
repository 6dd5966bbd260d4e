"""Page speed, measured side by side in one run (issue #17, "Pages at the static-file limit").

Starts the site as production runs it (production settings, DEBUG off, gunicorn, WhiteNoise),
loads the demo, and for each page-cache engine production can use (Redis when one answers on
127.0.0.1:6379, and the shared cache on disk) loads these URLs with wrk, in rounds with a rotating
order so that machine noise hits them alike:

- for each of the article, the section home and a photo story: a static file served by WhiteNoise
  of exactly that page's size, the page from the page cache, and the page rendered every time
  (a query string bypasses the page cache).

Then, as bench/analytics.py does, two servers with collection on and off load the cached article.
Prints requests per second and the ratios of issue #17, each the median of per-round ratios, and
exits non-zero when a target is missed:

- cached article / static file >= 0.9, on Redis and on disk (also cached / uncached >= 10);
- uncached article / static file >= 0.04, on each engine;
- page throughput with collection on / off >= 0.95;
- SQL queries of an uncached article <= 12.
The section home and the photo story are printed beside the article, without targets of their own.
`uptime` is printed before and after: the ratios are side by side, but other load still blurs them.

    make bench            # or: .venv/bin/python bench/pages.py [--seconds 3] [--rounds 5] [--cache redis|file|both]
    BENCH_PORTS=8103-8109 picks the ports of the servers (default: any free port);
    BENCH_REDIS_DBS=14,15 the two Redis databases it empties and uses (cache, page cache).
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


TARGETS = {"cached / static": 0.9, "cached / uncached": 10, "uncached / static": 0.04, "collection on / off": 0.95, "queries": 12}
_port_counter = [0]


def free_port():
    """A free port: from BENCH_PORTS ("8103-8109") when set (a shared machine), else any."""
    ports = os.environ.get("BENCH_PORTS", "")
    if not ports:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]
    first, last = (int(n) for n in ports.split("-"))
    for _ in range(last - first + 1):
        port = first + _port_counter[0] % (last - first + 1)
        _port_counter[0] += 1
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise SystemExit(f"no free port in BENCH_PORTS={ports}")


def redis_dbs():
    return os.environ.get("BENCH_REDIS_DBS", "14,15").split(",")


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def environment(workdir, cache):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}"),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "CACHE_DIR": str(workdir / "cache"),
        "LOG_LEVEL": "ERROR",
    }
    if cache == "redis":
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{redis_dbs()[0]}"
        env["REDIS_PAGE_CACHE_DB"] = redis_dbs()[1]
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def wrk(url, seconds, connections):
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output:
        raise SystemExit(f"non-2xx answers from {url}:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=3, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; each measures all URLs, in a rotating order")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers (2 x cores - 1 leaves a core for wrk)")
    parser.add_argument("--cache", choices=["redis", "file", "both"], default="both" if redis_answers() else "file")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: `make bench` installs it (Debian package wrk)")

    print(f"uptime before: {uptime()}")
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    engines = ["redis", "file"] if options.cache == "both" else [options.cache]
    print(f"setting up the demo in {workdir} ...", flush=True)
    setup_env = environment(workdir, "file")
    manage(setup_env, "migrate", "--no-input")
    manage(setup_env, "load_demo", "--force")
    manage(setup_env, "collectstatic", "--no-input")
    article_path, queries = article_and_queries(setup_env)
    pages = {"article": article_path, **other_pages(setup_env)}
    verdicts = []
    try:
        for engine in engines:
            verdicts += measure(engine, environment(workdir, engine), pages, options)
        verdicts.append(collection_on_off(workdir, engines[0], article_path, options))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    verdicts.append(("SQL queries, uncached article page", queries, TARGETS["queries"], queries <= TARGETS["queries"]))
    print("\nsummary (target in brackets)")
    for name, value, target, met in verdicts:
        print(f"  {name:48} {value:7.3f}  ({'<=' if name.startswith('SQL') else '>='} {target})  {'met' if met else 'MISSED'}")
    print(f"uptime after: {uptime()}")
    ok = all(met for *_rest, met in verdicts)
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


def measure(engine, env, pages, options):
    """Serve with gunicorn on the given page-cache engine and compare each page with a static file
    of its size, cached and uncached. Returns the verdicts [(name, value, target, met)]."""
    if engine == "redis":
        for db in redis_dbs():
            subprocess.run(["redis-cli", "-n", db, "flushdb"], stdout=subprocess.DEVNULL, check=True)
    else:
        shutil.rmtree(env["CACHE_DIR"], ignore_errors=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(options.workers)]
    command += ["--worker-class", "sync", "--log-level", "error"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    urls, sizes = {}, {}
    try:
        wait_for(base + "/vi/")
        for page, path in pages.items():
            body = urllib.request.urlopen(base + path).read()
            sizes[page] = len(body)
            (Path(env["STATIC_ROOT"]) / f"bench-same-size-{page.replace(' ', '-')}.html").write_bytes(body)
        server.send_signal(signal.SIGHUP)  # WhiteNoise indexes static files when a worker starts
        time.sleep(2)
        for page, path in pages.items():
            static = f"{base}/static/bench-same-size-{page.replace(' ', '-')}.html"
            wait_for(static)
            urls[f"{page}: static file"] = static
            urls[f"{page}: cached"] = base + path
            urls[f"{page}: uncached"] = base + path + "?uncached=1"
            assert urllib.request.urlopen(base + path).headers.get("X-Page-Cache") == "hit", path
        names = list(urls)
        results = {name: [] for name in names}
        for round_number in range(options.rounds):
            order = names[round_number % len(names) :] + names[: round_number % len(names)]
            for name in order:
                results[name].append(wrk(urls[name], options.seconds, options.connections))
                # Requests wrk left queued (slow uncached pages) must not eat into the next URL's run.
                urllib.request.urlopen(urls[names[0]], timeout=120).read()
    finally:
        server.terminate()
        server.wait(timeout=20)

    def ratio(a, b):
        return statistics.median(x / y if y else 0.0 for x, y in zip(results[a], results[b], strict=True))

    print(
        f"\npage cache on {engine}: {options.workers} gunicorn workers, {options.rounds} rounds x {options.seconds}s per URL, order rotating; median of per-round ratios"
    )
    for name in names:
        print(f"  {name:28} median {statistics.median(results[name]):7.0f} req/s   rounds: {', '.join(f'{v:.0f}' for v in results[name])}")
    verdicts = []
    for page, path in pages.items():
        cached, uncached = ratio(f"{page}: cached", f"{page}: static file"), ratio(f"{page}: uncached", f"{page}: static file")
        versus = ratio(f"{page}: cached", f"{page}: uncached")
        print(f"  {page} {path} ({sizes[page]:,} bytes): cached / static = {cached:.2f}, uncached / static = {uncached:.3f}, cached / uncached = {versus:.1f}")
        if page == "article":
            verdicts += [
                (f"{engine}: cached article / static file", cached, TARGETS["cached / static"], cached >= TARGETS["cached / static"]),
                (f"{engine}: uncached article / static file", uncached, TARGETS["uncached / static"], uncached >= TARGETS["uncached / static"]),
                (f"{engine}: cached / uncached article", versus, TARGETS["cached / uncached"], versus >= TARGETS["cached / uncached"]),
            ]
    return verdicts


def collection_on_off(workdir, engine, article_path, options):
    """bench/analytics.py's first figure: the cached article with collection on versus off."""
    from analytics import throughput

    env = {**environment(workdir, engine), "TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}
    if engine == "redis":
        for db in redis_dbs():
            subprocess.run(["redis-cli", "-n", db, "flushdb"], stdout=subprocess.DEVNULL, check=True)
    collection = argparse.Namespace(workers=2, rounds=max(options.rounds, 5), seconds=options.seconds, connections=options.connections)
    ratio = throughput(env, article_path, collection)
    return ("page throughput, collection on / off", ratio, TARGETS["collection on / off"], ratio >= TARGETS["collection on / off"])


def other_pages(env):
    """The English section home and photo story of the demo, printed beside the article."""
    script = (
        "import django; django.setup()\n"
        "from foreign_info.publishing.models import GalleryPage, SectionPage\n"
        "home = SectionPage.objects.live().filter(locale__language_code='en').order_by('depth', 'pk').first()\n"
        "story = GalleryPage.objects.live().filter(locale__language_code='en').order_by('pk').first()\n"
        "print(home.get_url_parts()[2], story.get_url_parts()[2])\n"
    )
    output = subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    home, story = output.split()
    return {"section home": home, "photo story": story}


def article_and_queries(env):
    """The demo's most translated article and its uncached SQL query count, rendered in-process."""
    script = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "from foreign_info.publishing.models import ArticlePage\n"
        "from wagtail.models import Page\n"
        "source = max(ArticlePage.objects.filter(locale__language_code='vi'), key=lambda p: Page.objects.filter(translation_key=p.translation_key).count())\n"
        "path = source.get_translation(source.get_translations().get(locale__language_code='en').locale).get_url_parts()[2]  # a path, also with several sites\n"
        "client = Client(HTTP_HOST='127.0.0.1')\n"
        "client.get(path + '?warm=1')\n"
        "with CaptureQueriesContext(connection) as queries:\n"
        "    assert client.get(path + '?count=1').status_code == 200\n"
        "print(path, len(queries.captured_queries))\n"
    )
    output = subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    path, queries = output.split()
    return path, int(queries)


def wait_for(url, seconds=120):
    """Until the URL answers; the first render of a fresh demo also makes its image renditions."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=30)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer {url}")


if __name__ == "__main__":
    sys.exit(main())
