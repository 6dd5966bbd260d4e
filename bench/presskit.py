"""Press-kit speed, measured side by side in one run (issue 5, "Speed").

1. Building the ZIP of a kit of about 1 GB of photos and clips at original resolution:
   - peak memory growth of the process that builds it (target <= 64 MB), read from the kernel
     (the peak resident size is reset just before the build, then read after it);
   - throughput of `zipbuild.write_kit_zip` against `zip -0 -r` over the same source files
     (target ratio >= 0.7), in alternating rounds, with the page cache warm for both.

The kit holds camera-sized photos (12 MP JPEGs of noise and gradients, about 5 MB each, as
compressible as real photos: four distinct pictures, each copied to many files) and clips. The
clips are MP4-named files of random bytes registered as ready web clips: the builder streams a
clip's bytes without parsing them, so their content does not change its cost, and drawing 500 MB
of real video would take longer than the measurement. Each photo, as in a real kit, is opened to
write its caption, credit and licence into its XMP/IPTC: that is the builder's real extra work
over `zip`.

`--quick` (about 100 MB) checks that the script works; its throughput ratio is lower (about 0.5
on a 2-core machine) because the build's fixed costs (README, PDFs, loading catalogues and fonts,
about half a second) weigh on a build that zip finishes in 0.6 s. The targets are for 1 GB.

Runs on a throwaway SQLite database and media folder; nothing else is touched.

    .venv/bin/python bench/presskit.py [--quick] [--rounds 2]
    PRESSKIT_BENCH_MB=2048 .venv/bin/python bench/presskit.py
"""

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHOTO_SIZE = (4000, 3000)
CLIP_BYTES = 100 * 1024 * 1024
MEMORY_TARGET_MB = 64
SPEED_TARGET = 0.7


def setup(workdir, migrate=True):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["TEST_MEDIA_ROOT"] = str(workdir / "media")
    import django

    django.setup()
    from django.conf import settings

    settings.DATABASES["default"].pop("TEST", None)
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def site_with_press_room():
    from wagtail.models import Locale, Page, Site

    from foreign_info.core.languages import LANGUAGE_CODES
    from foreign_info.presskits.models import PressRoomPage
    from foreign_info.publishing.models import SectionPage

    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    section = SectionPage(title="Thông tin đối ngoại", slug="bench", locale=Locale.objects.get(language_code="vi"))
    root.add_child(instance=section)
    section.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page, site.hostname = section, "testserver"
    site.save()
    room = PressRoomPage(title="Phòng báo chí", slug="bao-chi")
    section.add_child(instance=room)
    room.save_revision().publish()
    return section, room


def distinct_photos(count=4):
    """JPEG bytes of `count` different camera-sized pictures (noise over gradients)."""
    from PIL import Image

    photos = []
    for index in range(count):
        noise = Image.effect_noise(PHOTO_SIZE, 35 + 4 * index)
        gradient = Image.linear_gradient("L").resize(PHOTO_SIZE).rotate(90 * index)
        picture = Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5)))
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=88)
        photos.append(buffer.getvalue())
    return photos


def add_photos(media, total_bytes):
    from foreign_info.core.models import Licence, PortalImage

    sources = distinct_photos()
    folder = media / "original_images"
    folder.mkdir(parents=True, exist_ok=True)
    images, written, index = [], 0, 0
    while written < total_bytes:
        data = sources[index % len(sources)]
        name = f"original_images/bench-{index:04d}.jpg"
        (media / name).write_bytes(data)
        image = PortalImage(title=f"Ảnh {index}", credit="Lê C / TTXVN", copyright="© TTXVN", licence=Licence.CC_BY, width=PHOTO_SIZE[0], height=PHOTO_SIZE[1])
        image.file.name = name  # already in storage: no upload processing
        image.file_size = len(data)
        image.save()
        images.append(image)
        written += len(data)
        index += 1
    return images, written


def add_clips(section, media, total_bytes):
    from foreign_info.media.models import VideoClip
    from foreign_info.publishing.models import ClipPage

    folder = media / "clips" / "original"
    folder.mkdir(parents=True, exist_ok=True)
    pages, written, index = [], 0, 0
    while written < total_bytes:
        size = min(CLIP_BYTES, total_bytes - written)
        name = f"clips/original/bench-{index:02d}.mp4"
        with open(media / name, "wb") as file:
            for _chunk in range(0, size, 1 << 24):
                file.write(os.urandom(min(1 << 24, size - _chunk)))
        clip = VideoClip(
            title=f"Clip {index}", credit="Đài PT-TH", status=VideoClip.Status.READY, web_ready=True, progress=100, file_size=size, width=1080, height=1920
        )
        clip.original.name = name
        clip.save()
        page = ClipPage(
            title=f"Clip {index}", slug=f"clip-{index}", standfirst="Bench", clip=clip, subtitles=[("cue", {"start": 0.0, "end": 2.0, "text": "Xin chào."})]
        )
        section.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
        written += size
        index += 1
    return pages, written


def make_kit(total_bytes):
    """A published kit of about `total_bytes` of photos and clips, half each; returns (kit, bytes)."""
    from django.conf import settings

    from foreign_info.presskits.models import PressKitPage

    media = Path(settings.MEDIA_ROOT)
    section, room = site_with_press_room()
    images, photo_bytes = add_photos(media, total_bytes // 2)
    clip_pages, clip_bytes = add_clips(section, media, total_bytes - photo_bytes)
    kit = PressKitPage(
        title="Lễ hội cà phê",
        slug="le-hoi",
        summary="Bench",
        pages=[("page", page) for page in clip_pages],
        images=[("photo", {"image": image, "caption": f"Chú thích {n}", "place": "Buôn Ma Thuột", "date_taken": None}) for n, image in enumerate(images)],
    )
    room.add_child(instance=kit)
    kit.save_revision().publish()
    return kit, photo_bytes + clip_bytes


def child_build(workdir, kit_id, output):
    """Runs in a child process: build the ZIP, report time and peak memory growth as JSON."""
    setup(workdir, migrate=False)
    from foreign_info.presskits.models import PressKitPage
    from foreign_info.presskits.zipbuild import write_kit_zip
    from foreign_info.presskits.zipbuild.plan import make_plan

    kit = PressKitPage.objects.get(pk=kit_id)
    make_plan(kit, "vi", "original")  # imports and first queries, outside the measurement
    reset_peak = reset_peak_memory()
    before = memory_kb("VmRSS")
    start = time.perf_counter()
    with open(output, "wb") as fileobj:
        size = write_kit_zip(kit, "vi", "original", fileobj)
    seconds = time.perf_counter() - start
    peak = memory_kb("VmHWM")
    print(json.dumps({"seconds": seconds, "size": size, "growth_kb": peak - before, "peak_reset": reset_peak}))


def reset_peak_memory():
    """Linux resets a process's peak resident size when 5 is written to its clear_refs."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def memory_kb(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def run_builder(workdir, kit_id, output):
    result = subprocess.run(
        [sys.executable, __file__, "--child-build", str(workdir), str(kit_id), str(output)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_zip(media, output):
    start = time.perf_counter()
    subprocess.run(["zip", "-0", "-r", "-q", str(output), "original_images", "clips"], cwd=media, check=True)
    return time.perf_counter() - start


def warm_page_cache(media):
    for path in media.rglob("*"):
        if path.is_file():
            with open(path, "rb") as file:
                while file.read(1 << 24):
                    pass


def bench_build(workdir, kit, source_bytes, rounds):
    """1. memory and throughput of the ZIP build against zip -0 over the same files."""
    media = workdir / "media"
    warm_page_cache(media)
    output = workdir / "out.zip"
    ratios, growths, builder_times, zip_times = [], [], [], []
    for _round in range(rounds):
        zip_seconds = run_zip(media, output)
        zip_size = output.stat().st_size
        output.unlink()
        built = run_builder(workdir, kit.pk, output)
        output.unlink()
        # Throughput in source bytes per second: the ZIPs differ a little (README, PDFs, metadata).
        ratios.append((source_bytes / built["seconds"]) / (source_bytes / zip_seconds))
        growths.append(built["growth_kb"] / 1024)
        builder_times.append(built["seconds"])
        zip_times.append(zip_seconds)
    megabytes = source_bytes / 1024 / 1024
    growth = max(growths)
    ratio = statistics.median(ratios)
    print(
        f"1. ZIP of a kit of {megabytes:.0f} MB of photos and clips (original resolution, {rounds} rounds):\n"
        f"   peak memory growth of the build {growth:.1f} MB (target <= {MEMORY_TARGET_MB} MB){'' if built['peak_reset'] else ' [peak not resettable: upper bound]'}\n"
        f"   write_kit_zip {megabytes / statistics.median(builder_times):.0f} MB/s ({statistics.median(builder_times):.1f} s, {built['size'] / 1024 / 1024:.0f} MB), "
        f"zip -0 -r {megabytes / statistics.median(zip_times):.0f} MB/s ({statistics.median(zip_times):.1f} s, {zip_size / 1024 / 1024:.0f} MB); "
        f"ratio {ratio:.2f} (target >= {SPEED_TARGET})"
    )
    return {"growth_mb": growth, "ratio": ratio}


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child-build":
        child_build(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a kit of about 100 MB instead of PRESSKIT_BENCH_MB (default 1024)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    megabytes = 100 if args.quick else int(os.environ.get("PRESSKIT_BENCH_MB", "1024"))
    workdir = Path(tempfile.mkdtemp(prefix="bench-presskit-"))
    try:
        setup(workdir)
        kit, source_bytes = make_kit(megabytes * 1024 * 1024)
        bench_build(workdir, kit, source_bytes, args.rounds)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    # The second figure: the same size of stored ZIP served by the download route, against the
    # same bytes as a static file (bench/presskit_download.py, its own server and database).
    from presskit_download import measure_download

    measure_download(megabytes=megabytes, rounds=7)


if __name__ == "__main__":
    main()
