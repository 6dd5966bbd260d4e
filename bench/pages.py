"""Page speed, measured side by side in one run (issue: foundation, "Speed").

Starts the site as production runs it (production settings, DEBUG off, gunicorn, WhiteNoise),
loads the demo, and for each page-cache engine production can use (Redis when one answers on
127.0.0.1:6379, and the shared cache on disk) loads three URLs with wrk, in rounds with a rotating
order so that machine noise hits them alike:

- a static file served by WhiteNoise, of exactly the article page's size,
- the article page from the page cache,
- the same article rendered every time (a query string bypasses the page cache).

Prints requests per second and the ratios the issue sets, each the median of per-round ratios:
cached / static >= 0.7 and cached / uncached >= 10; plus the SQL queries of an uncached article.

    make bench            # or: .venv/bin/python bench/pages.py [--seconds 3] [--rounds 5] [--cache redis|file|both]
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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
        env["REDIS_URL"] = "redis://127.0.0.1:6379/14"
        env["REDIS_PAGE_CACHE_DB"] = "15"
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def wrk(url, seconds, connections):
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output:
        raise SystemExit(f"non-2xx answers from {url}:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


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

    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    engines = ["redis", "file"] if options.cache == "both" else [options.cache]
    print(f"setting up the demo in {workdir} ...", flush=True)
    setup_env = environment(workdir, "file")
    manage(setup_env, "migrate", "--no-input")
    manage(setup_env, "load_demo", "--force")
    manage(setup_env, "collectstatic", "--no-input")
    article_path, queries = article_and_queries(setup_env)
    ok = queries <= 12
    try:
        for engine in engines:
            ok &= measure(engine, environment(workdir, engine), article_path, options)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nSQL queries, uncached article page = {queries}   (target <= 12; asserted in tests too)")
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


def measure(engine, env, article_path, options):
    """Serve with gunicorn on the given page-cache engine and compare the three URLs."""
    if engine == "redis":
        for db in ("14", "15"):
            subprocess.run(["redis-cli", "-n", db, "flushdb"], stdout=subprocess.DEVNULL, check=True)
    else:
        shutil.rmtree(env["CACHE_DIR"], ignore_errors=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(options.workers)]
    command += ["--worker-class", "sync", "--log-level", "error"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        wait_for(base + "/vi/")
        body = urllib.request.urlopen(base + article_path).read()
        (Path(env["STATIC_ROOT"]) / "bench-same-size.html").write_bytes(body)
        server.send_signal(signal.SIGHUP)  # WhiteNoise indexes static files when a worker starts
        time.sleep(2)
        wait_for(base + "/static/bench-same-size.html")
        urls = {
            "static file (WhiteNoise)": base + "/static/bench-same-size.html",
            "article, cached": base + article_path,
            "article, uncached": base + article_path + "?uncached=1",
        }
        assert urllib.request.urlopen(urls["article, cached"]).headers.get("X-Page-Cache") == "hit"
        names = list(urls)
        results = {name: [] for name in names}
        for round_number in range(options.rounds):
            order = names[round_number % len(names) :] + names[: round_number % len(names)]
            for name in order:
                results[name].append(wrk(urls[name], options.seconds, options.connections))
    finally:
        server.terminate()
        server.wait(timeout=20)

    static, cached, uncached = (results[name] for name in names)
    cached_vs_static = statistics.median(c / s for c, s in zip(cached, static, strict=True))
    cached_vs_uncached = statistics.median(c / u for c, u in zip(cached, uncached, strict=True))
    print(f"\npage cache on {engine}: article {article_path} ({len(body):,} bytes), {options.workers} gunicorn workers,")
    print(f"{options.rounds} rounds x {options.seconds}s per URL, order rotating; median of per-round ratios")
    for name in names:
        print(f"  {name:26} median {statistics.median(results[name]):7.0f} req/s   rounds: {', '.join(f'{v:.0f}' for v in results[name])}")
    print(f"  cached / static file  = {cached_vs_static:5.2f}   (target >= 0.7)")
    print(f"  cached / uncached     = {cached_vs_uncached:5.1f}   (target >= 10)")
    return cached_vs_static >= 0.7 and cached_vs_uncached >= 10


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


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer {url}")


if __name__ == "__main__":
    sys.exit(main())
