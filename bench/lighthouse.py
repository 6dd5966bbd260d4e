"""Lighthouse's mobile performance of three pages, as deploy/ serves them (issue 14, "Speed").

Starts the demo as production runs it: production settings under gunicorn, behind a real nginx
configured from deploy/nginx's template (tests/deploy/nginx.py renders it, so HTML, CSS and
scripts arrive compressed as nginx compresses them). The demo's photos are small drawings; this
bench's own database copy replaces every public one with a camera-sized photo (4000x3000 JPEG,
textured like a real scene with noise so that it does not compress to nothing: about 3 MB each),
then runs Lighthouse (pinned in tests/checkers, installed by `make checkers`) in its default mobile
mode (a phone at 412 px, simulated slow 4G and a slowed CPU) on the English section home, an
article and a photo story, and prints per page the performance score, Largest Contentful Paint,
Cumulative Layout Shift, the bytes transferred and which element was the LCP.

Nothing leaves the machine: Chromium is given only loopback URLs, error reporting is off, and the
bench fails if any request of a page went elsewhere.

    .venv/bin/python bench/lighthouse.py [--photo-size 4000x3000] [--keep]
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pages import PYTHON, ROOT  # noqa: E402
from production import deploy_environment, load_demo_site, serve_behind_nginx  # noqa: E402

LIGHTHOUSE = ROOT / "tests" / "checkers" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"

# Runs inside the bench's own copy of the demo: every public photo becomes a camera-sized one, and
# the three pages to measure are printed as JSON.
SETUP = """
import io, json, os
import django
django.setup()
from django.core.files.base import ContentFile
from PIL import Image, ImageFilter
from foreign_info.core.models import PortalImage
from foreign_info.core.storage import is_private
from foreign_info.core.visibility import public_pages
from foreign_info.publishing.models import ArticlePage, GalleryPage, SectionPage

WIDTH, HEIGHT = SIZE


def camera_photo(seed):
    # Broad shapes (a blurred coarse noise field), colour, and fine sensor-like grain on top.
    coarse = [Image.frombytes("L", (WIDTH // 64, HEIGHT // 64), os.urandom((WIDTH // 64) * (HEIGHT // 64))) for _ in range(3)]
    scene = Image.merge("RGB", [c.resize((WIDTH, HEIGHT), Image.BICUBIC).filter(ImageFilter.GaussianBlur(12)) for c in coarse])
    detail = Image.frombytes("L", (WIDTH // 4, HEIGHT // 4), os.urandom((WIDTH // 4) * (HEIGHT // 4))).resize((WIDTH, HEIGHT), Image.BILINEAR)
    scene = Image.blend(scene, Image.merge("RGB", (detail, detail, detail)), 0.25)
    grain = Image.effect_noise((WIDTH, HEIGHT), 18).convert("RGB")
    photo = Image.blend(scene, grain, 0.12)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


replaced, total_bytes = 0, 0
for image in PortalImage.objects.all():
    if is_private(image.file.name):
        continue  # embargoed photos stay on the private side (not on the pages measured)
    data = camera_photo(image.pk)
    image.renditions.all().delete()
    image.file.save(f"camera-{image.pk}.jpg", ContentFile(data), save=False)
    image.width, image.height, image.file_size = WIDTH, HEIGHT, len(data)
    image.file_hash = ""
    image.save()
    replaced += 1
    total_bytes += len(data)


def url_of(page):
    return page.get_url_parts()[2]


section = SectionPage.objects.live().filter(locale__language_code="en").order_by("path").first()  # the main site's
articles = public_pages(ArticlePage.objects.live().descendant_of(section)).exclude(hero_image=None).order_by("-first_published_at")
stories = public_pages(GalleryPage.objects.live().descendant_of(section)).order_by("-first_published_at")
print(json.dumps({
    "photos": replaced, "photo_bytes": total_bytes,
    "pages": {"section home": url_of(section), "article": url_of(articles.first()), "photo story": url_of(stories.first())},
}))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photo-size", default="4000x3000", help="width x height of the camera photos")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port, nginx's the next one (default: free ones)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (Lighthouse's JSON reports)")
    options = parser.parse_args()
    width, height = (int(value) for value in options.photo_size.split("x"))
    for tool, hint in ((str(LIGHTHOUSE), "`make checkers`"), (CHROMIUM, "`make browser-packages`"), ("nginx", "Debian's nginx")):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is needed ({hint})")

    workdir = Path(tempfile.mkdtemp(prefix="bench-lighthouse-"))
    env = deploy_environment(workdir)
    print(f"setting up the demo with {width}x{height} photos in {workdir} ...", flush=True)
    server = proxy = None
    try:
        load_demo_site(env)
        script = SETUP.replace("SIZE", f"({width}, {height})")
        setup = subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
        if setup.returncode:
            raise SystemExit(f"replacing the photos failed:\n{setup.stderr[-3000:]}")
        found = json.loads(setup.stdout.splitlines()[-1])
        print(f"{found['photos']} photos replaced, {found['photo_bytes'] / found['photos'] / 1e6:.1f} MB each on average", flush=True)
        # Renditions of the camera photos are made on the first request: a slow one.
        server, proxy = serve_behind_nginx(env, workdir, options.workers, port=options.port or None, timeout=600)
        results = {}
        for name, path in found["pages"].items():
            url = proxy.url + path
            warm(url)
            results[name] = (path, lighthouse(url, workdir / f"{name.replace(' ', '-')}.json"))
    finally:
        if proxy is not None:
            proxy.stop()
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        if not options.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nLighthouse {lighthouse_version()} mobile (simulated slow 4G, 4x CPU slowdown), through nginx from deploy/,")
    print(f"photos {width}x{height}; one run per page")
    print(f"  {'page':14} {'score':>5} {'LCP':>7} {'CLS':>6} {'bytes':>9}  text compressed  LCP element")
    for name, (path, figures) in results.items():
        print(
            f"  {name:14} {figures['score']:5.0f} {figures['lcp'] / 1000:6.2f}s {figures['cls']:6.3f} {figures['bytes'] / 1024:7.0f} kB"
            f"  {'yes' if figures['compressed'] else 'NO ':15}  {figures['lcp_element']}   {path}"
        )
    return 0


def warm(url):
    """The first request makes the page's renditions from the camera photos (a reader meets them made)."""
    with urllib.request.urlopen(url, timeout=600) as answer:
        answer.read()


def lighthouse(url, report):
    command = [
        str(LIGHTHOUSE),
        url,
        "--only-categories=performance",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        "--no-enable-error-reporting",
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync --disable-domain-reliability --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"',
    ]
    for _attempt in range(3):  # a trace Chromium failed to record (NO_NAVSTART on a busy machine) is tried again
        run = subprocess.run(command, cwd=ROOT, env={"PATH": "/usr/bin:/bin", "CHROME_PATH": CHROMIUM, "HOME": str(report.parent)})
        if run.returncode == 0:
            break
    else:
        raise SystemExit(f"Lighthouse failed three times on {url}")
    data = json.loads(report.read_text())
    audits = data["audits"]
    elsewhere = [item["url"] for item in audits["network-requests"]["details"]["items"] if urlsplit(item["url"]).hostname not in ("127.0.0.1", None)]
    if elsewhere:
        raise SystemExit(f"{url} requested addresses other than loopback: {elsewhere}")
    element = audits.get("largest-contentful-paint-element", {}).get("details", {})
    lcp_element = ""
    for table in element.get("items", []):
        for item in table.get("items", []):
            node = item.get("node")
            if node:
                lcp_element = node.get("snippet", "")[:70]
                break
        if lcp_element:
            break
    return {
        "score": data["categories"]["performance"]["score"] * 100,
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "compressed": audits["uses-text-compression"]["score"] == 1,
        "lcp_element": lcp_element,
    }


def lighthouse_version():
    return json.loads((LIGHTHOUSE.resolve().parents[1] / "package.json").read_text())["version"]


if __name__ == "__main__":
    sys.exit(main())
