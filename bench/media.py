"""Media speed, measured side by side in one run (issue 3, "Speed").

1. SQL queries of an uncached photo story of 60 photos against one of 6 (the page cache is emptied
   before each measured request; renditions exist already): the ratio must be 1.0.
2. Making the renditions a photo story needs (WebP and JPEG at two grid crops and two full
   sizes: foreign_info/publishing/models/galleries.py) for 60 camera-sized photos, through
   Wagtail, against resizing the same photos to the same sizes and formats with plain Pillow
   (each photo decoded once): the ratio must be at most 1.3.
3. Uploading a clip that needs transcoding through the admin, with a task queue (returns after
   probing and the poster), against the same upload with tasks run inline (waits for the
   transcoding): shows that the editor does not wait for the web copy.

Runs on a throwaway SQLite database and media folder; nothing else is touched.

    .venv/bin/python bench/media.py [--photos 60] [--photo-size 4032x3024]
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(workdir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["TEST_MEDIA_ROOT"] = str(workdir / "media")
    import django

    django.setup()
    from django.conf import settings

    settings.DATABASES["default"].pop("TEST", None)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def site_with_section():
    from wagtail.models import Locale, Page, Site

    from foreign_info.core.languages import LANGUAGE_CODES
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
    return section


def photo_bytes(key, size):
    from foreign_info.publishing.demo.images import draw_landscape

    return draw_landscape(key, "coffee", size=size)


def new_image(key, data):
    from django.core.files.images import ImageFile

    from foreign_info.core.models import PortalImage

    image = PortalImage(title=key, description=key, credit="bench")
    image.file = ImageFile(io.BytesIO(data), name=f"{key}.jpg")
    image.save()
    return image


def gallery(section, slug, images):
    from foreign_info.publishing.models import GalleryItem, GalleryPage

    page = GalleryPage(title=slug, slug=slug, standfirst="bench")
    for index, image in enumerate(images):
        page.items.add(GalleryItem(image=image, caption=f"c{index}", alt_text=f"a{index}"))
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def uncached_queries(client, path):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries)


def bench_queries(section):
    from django.test import Client

    images = [new_image(f"q{index}", photo_bytes(f"q{index}", (1200, 800))) for index in range(60)]
    gallery(section, "six", images[:6])
    gallery(section, "sixty", images)
    client = Client()
    six, sixty = uncached_queries(client, "/vi/six/"), uncached_queries(client, "/vi/sixty/")
    print(f"1. queries, uncached photo story: 6 photos {six}, 60 photos {sixty}; ratio {sixty / six:.2f} (target 1.00)")


def pillow_baseline(datas, specs_sizes):
    """Plain Pillow: decode each photo once, then resize and encode it to every size and format."""
    from PIL import Image

    for data in datas:
        with Image.open(io.BytesIO(data)) as original:
            original.load()
            for (width, height, crop_box), image_format in specs_sizes:
                resized = (
                    original.crop(crop_box).resize((width, height), Image.Resampling.LANCZOS)
                    if crop_box
                    else original.resize((width, height), Image.Resampling.LANCZOS)
                )
                output = io.BytesIO()
                resized.save(output, "WEBP" if image_format == "webp" else "JPEG", quality=80 if image_format == "webp" else 85)


def fill_box(width, height, target_w, target_h):
    """The centred crop a fill-WxH filter takes without a focal point."""
    scale = max(target_w / width, target_h / height)
    crop_w, crop_h = round(target_w / scale), round(target_h / scale)
    left, top = (width - crop_w) // 2, (height - crop_h) // 2
    return (left, top, left + crop_w, top + crop_h)


def bench_renditions(count, size):
    from foreign_info.publishing.models.galleries import FORMATS, FULL_SIZES, GRID_SIZES, RENDITION_SPECS

    datas = [photo_bytes(f"camera-{index}", size) for index in range(count)]
    images = [new_image(f"camera-{index}", data) for index, data in enumerate(datas)]
    width, height = size
    specs_sizes = []
    for grid_w, grid_h in GRID_SIZES:
        for image_format in FORMATS:
            specs_sizes.append(((grid_w, grid_h, fill_box(width, height, grid_w, grid_h)), image_format))
    for full_w, full_h in FULL_SIZES:
        scale = min(full_w / width, full_h / height, 1)
        for image_format in FORMATS:
            specs_sizes.append(((round(width * scale), round(height * scale), None), image_format))

    results = {"wagtail": [], "pillow": []}
    # Alternate the two, in halves, so that machine noise hits both alike.
    halves = [range(0, count // 2), range(count // 2, count)]
    for half in halves:
        start = time.perf_counter()
        for index in half:
            images[index].get_renditions(*RENDITION_SPECS)
        results["wagtail"].append(time.perf_counter() - start)
        start = time.perf_counter()
        pillow_baseline([datas[index] for index in half], specs_sizes)
        results["pillow"].append(time.perf_counter() - start)
    wagtail, pillow = sum(results["wagtail"]), sum(results["pillow"])
    print(
        f"2. renditions for {count} photos of {width}x{height} ({len(RENDITION_SPECS)} each): "
        f"Wagtail {wagtail:.1f} s, plain Pillow {pillow:.1f} s; ratio {wagtail / pillow:.2f} (target <= 1.30)"
    )


def bench_upload():
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client, override_settings

    from foreign_info.media import synthetic
    from foreign_info.media.models import VideoClip

    data = synthetic.make_clip(container_format="webm", video_codec="libvpx-vp9", audio_codec="libopus", width=720, height=1280, seconds=8.0, fps=25)
    user = User.objects.create_superuser("bench", "bench@example.org", "x")
    client = Client()
    client.force_login(user)

    def upload(title):
        start = time.perf_counter()
        response = client.post("/admin/snippets/media/videoclip/add/", {"title": title, "original": SimpleUploadedFile("clip.webm", data)})
        assert response.status_code == 302, response.content[:500]
        return time.perf_counter() - start

    queued_tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    inline_tasks = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with override_settings(TASKS=queued_tasks):
        queued = upload("queued")
    with override_settings(TASKS=inline_tasks):
        inline = upload("inline")
    statuses = dict(VideoClip.objects.values_list("title", "status"))
    print(
        f"3. uploading an 8 s 720x1280 WebM clip: returns in {queued:.2f} s with a queue (clip {statuses['queued']}), "
        f"{inline:.2f} s when transcoding inline (clip {statuses['inline']}); the editor waits {queued / inline:.2f}x as long"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=60)
    parser.add_argument("--photo-size", default="4032x3024")
    args = parser.parse_args()
    size = tuple(int(part) for part in args.photo_size.split("x"))
    with tempfile.TemporaryDirectory(prefix="bench-media-") as workdir:
        setup(Path(workdir))
        section = site_with_section()
        bench_queries(section)
        bench_renditions(args.photos, size)
        bench_upload()


if __name__ == "__main__":
    main()
