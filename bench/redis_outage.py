"""Redis stopped mid-run (issue 11, "Speed": cached page with Redis stopped mid-run: error count 0;
uncached-fallback rps reported).

Serves the demo as production runs it (production settings, gunicorn, a Redis of the bench's own on
a free loopback port) and loads the cached article with wrk in three phases:

1. Redis up: the article comes from the page cache, then rendered every time (a query string);
2. Redis killed one second into a run (SIGKILL), and a full run with Redis gone: the article is
   rendered every time (the uncached fallback);
3. a new Redis on the same port: the page cache fills again.

Prints requests per second for each phase, the ratios fallback / cached and fallback / rendered
with Redis up (what the outage itself costs beyond losing the cache), and the errors (non-2xx
answers and socket errors counted by wrk): the target is 0 errors.

    .venv/bin/python bench/redis_outage.py [--seconds 4] [--workers 3]
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import PYTHON, ROOT, article_and_queries, environment, free_port, manage, wait_for  # noqa: E402


def start_redis(port, folder):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True).stdout.strip() != "PONG":
        if time.monotonic() > deadline:
            raise SystemExit("redis-server did not start")
        time.sleep(0.1)
    return process


def wrk(url, seconds, connections):
    """(requests per second, errors): non-2xx/3xx answers plus socket errors of every kind."""
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return rps, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=4, help="length of each wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()
    for tool in ("wrk", "redis-server", "redis-cli"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed (Debian packages wrk, redis-server)")

    workdir = Path(tempfile.mkdtemp(prefix="bench-redis-outage-"))
    redis_port = free_port()
    env = environment(workdir, "file")
    env["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
    env["REDIS_PAGE_CACHE_DB"] = "1"
    print(f"setting up the demo in {workdir} ...", flush=True)
    # The demo is loaded with development settings: production refuses demo accounts.
    setup = env | {"REDIS_URL": "", "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    manage(setup, "migrate", "--no-input")
    manage(setup, "load_demo")
    manage(env | {"REDIS_URL": ""}, "collectstatic", "--no-input")
    article_path, _queries = article_and_queries(env | {"REDIS_URL": ""})

    redis = start_redis(redis_port, workdir)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(options.workers), "--log-level", "error"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        wait_for(base + "/vi/", seconds=180)  # a loaded machine starts gunicorn slowly
        url = base + article_path
        urllib.request.urlopen(url).read()
        assert urllib.request.urlopen(url).headers.get("X-Page-Cache") == "hit"

        cached, cached_errors = wrk(url, options.seconds, options.connections)
        uncached, uncached_errors = wrk(url + "?uncached=1", options.seconds, options.connections)  # rendered, Redis up
        killer = threading.Timer(1.0, redis.kill)
        killer.start()
        _mixed, kill_errors = wrk(url, options.seconds, options.connections)
        killer.join()
        redis.wait(10)
        fallback, fallback_errors = wrk(url, options.seconds, options.connections)
        assert urllib.request.urlopen(url).headers.get("X-Page-Cache") == "miss"

        redis = start_redis(redis_port, workdir)
        time.sleep(6)  # the cache retries Redis every RETRY_SECONDS (5) per process
        for _ in range(options.workers * 4):
            urllib.request.urlopen(url).read()
        recovered, recovered_errors = wrk(url, options.seconds, options.connections)
        hit_again = urllib.request.urlopen(url).headers.get("X-Page-Cache") == "hit"
    finally:
        redis.kill()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(workdir, ignore_errors=True)

    errors = cached_errors + uncached_errors + kill_errors + fallback_errors + recovered_errors
    print(f"\ncached article {article_path}, {options.workers} gunicorn workers, {options.seconds}s per phase")
    print(f"  Redis up, page cache           {cached:7.0f} req/s")
    print(f"  Redis up, rendered (?uncached) {uncached:7.0f} req/s")
    print(f"  Redis killed 1 s into the run  errors {kill_errors}")
    print(
        f"  Redis gone, uncached fallback  {fallback:7.0f} req/s   fallback / cached = {fallback / cached:5.3f}, fallback / rendered with Redis up = {fallback / uncached:4.2f}"
    )
    print(f"  Redis back                     {recovered:7.0f} req/s   cache hit again: {'yes' if hit_again else 'NO'}")
    print(f"  errors over all phases = {errors}   (target 0)")
    ok = errors == 0 and hit_again
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
