"""Download speed of a stored press-kit ZIP against a static file of the same bytes, side by side
in one run (issue #5, "Speed": a second download of an unchanged kit at no less than 0.9x the speed
of a static file of the same size).

Starts the site as production runs it (production settings, gunicorn sync workers, WhiteNoise for
static files), stores a ~200 MB ZIP as the ready build of a kit (so the route serves it without
building), copies the same bytes into STATIC_ROOT, and downloads both in full with curl, alternating
which goes first, for several rounds (each side's best of three downloads in a round). Prints each
speed and the median of per-round ratios.

    .venv/bin/python bench/presskit_download.py [--megabytes 200] [--rounds 5]

`measure_download(...)` is what bench/presskit.py calls; it returns the ratio.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import PYTHON, ROOT, environment, free_port, manage, wait_for  # noqa: E402

SETUP = r"""
import os, sys, django
django.setup()
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.presskits import builds
from foreign_info.presskits.models import KitBuild, PressKitPage, PressRoomPage
from foreign_info.publishing.models import SectionPage

size, static_path = int(sys.argv[1]), sys.argv[2]
for code in LANGUAGE_CODES:
    Locale.objects.get_or_create(language_code=code)
vi = Locale.objects.get(language_code="vi")
kit = PressKitPage.objects.live().filter(embargo_until__isnull=True, locale=vi).first()
if kit is None:
    site = Site.objects.get(is_default_site=True)
    section = SectionPage.objects.filter(locale=vi).first()
    if section is None:
        section = SectionPage(title="Thông tin đối ngoại", slug="bench", locale=vi)
        Page.get_first_root_node().add_child(instance=section)
        section.save_revision().publish()
        site.root_page = section
        site.save()
    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi", locale=vi)
    section.add_child(instance=room)
    room.save_revision().publish()
    kit = PressKitPage(title="Bộ tài liệu", slug="bo-tai-lieu", summary="Đo tốc độ tải.", locale=vi)
    room.add_child(instance=kit)
    kit.save_revision().publish()
    kit = PressKitPage.objects.get(pk=kit.pk)
fingerprint = builds.fingerprint(kit, "vi", "original")
name = builds.stored_name(fingerprint)
target = builds.storage().path(name)
os.makedirs(os.path.dirname(target), exist_ok=True)
block = os.urandom(1024 * 1024)  # incompressible, like photos and clips
with open(target, "wb") as out:
    for _ in range(size // len(block)):
        out.write(block)
os.makedirs(os.path.dirname(static_path), exist_ok=True)
import shutil
shutil.copyfile(target, static_path)
now = timezone.now()
KitBuild.objects.update_or_create(
    fingerprint=fingerprint,
    defaults=dict(kit=kit, language="vi", resolution="original", status=KitBuild.Status.READY, file=name, size=os.path.getsize(target), progress=100, finished_at=now, last_used_at=now),
)
print(kit.url + "download/vi/original/")
"""


TRIES_PER_ROUND = 3


def curl(url):
    """Seconds and bytes of one full download (curl discards the body)."""
    output = subprocess.run(
        ["curl", "-sS", "-f", "-o", os.devnull, "-w", "%{time_total} %{size_download} %{http_code}", url], capture_output=True, text=True, check=True
    )
    seconds, size, status = output.stdout.split()
    if status != "200":
        raise SystemExit(f"{url} answered {status}")
    return float(seconds), int(size)


def measure_download(megabytes=200, rounds=5, workers=2, workdir=None, verbose=True):
    """Median over rounds of (kit download speed / static file speed); both through one gunicorn."""
    if not shutil.which("curl"):
        raise SystemExit("curl is needed (Debian package curl)")
    own_workdir = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="bench-presskit-download-"))
    env = environment(workdir, "redis")  # as production runs: the analytics buffer in Redis, not SQLite
    static_file = Path(env["STATIC_ROOT"]) / "bench-kit.zip"
    server = None
    try:
        manage(env, "migrate", "--no-input")
        manage(env, "collectstatic", "--no-input")
        setup = subprocess.run([PYTHON, "-c", SETUP, str(megabytes * 1024 * 1024), str(static_file)], cwd=ROOT, env=env, capture_output=True, text=True)
        if setup.returncode:
            raise SystemExit(setup.stderr)
        kit_path = setup.stdout.strip().splitlines()[-1]
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", "sync"]
        server = subprocess.Popen([*command, "--log-level", "error", "--timeout", "300"], cwd=ROOT, env=env)
        wait_for(base + "/static/bench-kit.zip")
        urls = {"static file (WhiteNoise)": base + "/static/bench-kit.zip", "stored kit ZIP (download route)": base + kit_path}
        # Warm both: the OS's page cache, and every worker (its first request opens the database,
        # reads the day's analytics salt and imports what the page needs).
        sizes = {name: max(curl(url)[1] for _ in range(4 * workers)) for name, url in urls.items()}
        if len(set(sizes.values())) != 1:
            raise SystemExit(f"the two downloads differ in size: {sizes}")
        speeds = {name: [] for name in urls}
        names = list(urls)
        for round_number in range(rounds):
            for name in names if round_number % 2 == 0 else reversed(names):
                # The best of three: one download stalled by another process on this shared
                # machine says nothing about either server.
                seconds, size = min(curl(urls[name]) for _ in range(TRIES_PER_ROUND))
                speeds[name].append(size / seconds)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        if own_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    static, kit = (speeds[name] for name in names)
    ratio = statistics.median(k / s for k, s in zip(kit, static, strict=True))
    if verbose:
        print(f"\nstored press-kit ZIP vs static file, {sizes[names[0]] / 1e6:.0f} MB, {rounds} rounds, alternating order, {workers} gunicorn workers")
        for name in names:
            print(f"  {name:32} median {statistics.median(speeds[name]) / 1e6:8.1f} MB/s   rounds: {', '.join(f'{v / 1e6:.0f}' for v in speeds[name])}")
        print(f"  kit download / static file = {ratio:5.2f}   (target >= 0.9)")
    return ratio


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    ratio = measure_download(options.megabytes, options.rounds, options.workers)
    print("target met" if ratio >= 0.9 else "TARGET MISSED")
    return 0 if ratio >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
