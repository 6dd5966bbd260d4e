"""Through a real nginx configured from deploy/ (issue 11, items 1 and 3): embargoed files are at
no URL for the public, journalists get them by X-Accel-Redirect, released files are nginx's own
static files, kit downloads resume with Range, static files carry their cache headers."""

import gzip
import time
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from foreign_info.core import storage
from foreign_info.presskits.models import PressKitPage
from tests.conftest import publish
from tests.presskits.serving import accredited, download_url
from tests.presskits.test_private_media import MediaScene, release

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def scene(section, press_room):
    scene = MediaScene(section, press_room, timezone.now() + timedelta(days=2))
    for image in scene.hidden_images():
        image.refresh_from_db()
        image.get_rendition("width-800")
    return scene


def journalist_cookies():
    client = Client()
    accredited(client)
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


def get(nginx, path, **kwargs):
    return requests.get(nginx.url + path, allow_redirects=False, timeout=20, **kwargs)


def test_embargoed_files_through_nginx_before_and_after_release(scene, nginx):
    hidden = scene.hidden_files()
    assert hidden and all(storage.is_private(name) for name in hidden)
    cookies = journalist_cookies()
    for name in hidden:
        content = (Path(settings.PRIVATE_MEDIA_ROOT) / storage.public_name(name)).read_bytes()
        guessed = settings.MEDIA_URL + storage.public_name(name)  # where it was, and will be, public
        private = storage.PortalFileSystemStorage().url(name)
        assert get(nginx, guessed).status_code == 404, guessed
        assert get(nginx, private).status_code == 404, private
        assert get(nginx, "/protected-media/" + name).status_code == 404  # internal: never from outside
        answer = get(nginx, private, cookies=cookies)
        assert answer.status_code == 200, private
        assert answer.content == content
        assert "X-Accel-Redirect" not in answer.headers
        assert answer.headers["Cache-Control"] == "private, no-store"
    clip = scene.clip_page.clip
    clip.refresh_from_db()
    video = clip.playable_file
    partial = get(nginx, video.url, cookies=cookies, headers={"Range": "bytes=100-199"})
    assert partial.status_code == 206
    assert len(partial.content) == 100
    assert partial.headers["Content-Type"].startswith("video/")

    release(scene)
    call_command("sync_private_media", verbosity=0)
    for name in hidden:
        public = settings.MEDIA_URL + storage.public_name(name)
        if public.startswith(settings.MEDIA_URL + "documents/"):
            assert get(nginx, public).status_code == 404  # documents only through Wagtail's view
            continue
        answer = get(nginx, public)
        assert answer.status_code == 200, public
        assert answer.headers["Cache-Control"] == "public, max-age=604800"
        moved = get(nginx, storage.PortalFileSystemStorage().url(name))
        assert moved.status_code == 302 and moved.headers["Location"].endswith(public)
    document = get(nginx, scene.document.url)
    assert document.status_code == 200 and document.content.startswith(b"%PDF")


def test_embargoed_document_goes_through_wagtails_view_and_x_accel(scene, nginx):
    assert get(nginx, scene.document.url).status_code == 404
    answer = get(nginx, scene.document.url, cookies=journalist_cookies())
    assert answer.status_code == 200
    assert answer.content == b"%PDF-1.4 danh muc"


def test_kit_download_through_nginx_resumes_with_range(kit, nginx):
    url = download_url(kit)
    whole = get(nginx, url)
    assert whole.status_code == 200
    assert whole.headers["Content-Type"] == "application/zip"
    assert whole.headers["Cache-Control"] == "private, no-store"
    size = len(whole.content)
    assert whole.content[:2] == b"PK" and size > 1000
    resumed = get(nginx, url, headers={"Range": "bytes=1000-"})
    assert resumed.status_code == 206
    assert resumed.headers["Content-Range"] == f"bytes 1000-{size - 1}/{size}"
    assert resumed.content == whole.content[1000:]
    stored = next(Path(settings.MEDIA_ROOT).rglob("*.zip")).relative_to(settings.MEDIA_ROOT)
    assert get(nginx, settings.MEDIA_URL + stored.as_posix()).status_code == 404  # only through the route


def test_embargoed_kit_download_through_nginx(press_room, nginx):
    from tests.presskits.conftest import kit_page

    kit = kit_page(press_room, slug="cong-bo", embargo_until=timezone.now() + timedelta(days=1))
    assert get(nginx, download_url(kit)).status_code == 404
    answer = get(nginx, download_url(kit), cookies=journalist_cookies(), headers={"Range": "bytes=0-1"})
    assert answer.status_code == 206 and answer.content == b"PK"
    PressKitPage.objects.filter(pk=kit.pk).update(embargo_until=timezone.now() - timedelta(seconds=1))


def test_static_files_are_cached_for_a_year_and_compressed(nginx):
    answer = get(nginx, "/static/css/site.css", headers={"Accept-Encoding": "gzip"}, stream=True)
    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert answer.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(answer.raw.read()) == (Path(settings.BASE_DIR) / "portal/static/css/site.css").read_bytes()
    assert answer.headers["Vary"] == "Accept-Encoding"


TEXT_OVER_NGINX = {
    "page": ("/vi/", "text/html"),
    "stylesheet": ("/static/css/site.css", "text/css"),
    "script": ("/static/js/site.js", "application/javascript"),
    "API answer": ("/api/v2/pages/?fields=*", "application/json"),
    "RSS feed": ("/vi/feed/rss/", "application/rss+xml"),
    "Atom feed": ("/vi/feed/atom/", "application/atom+xml"),
    "sitemap": ("/sitemap.xml", "application/xml"),
    "SVG file": ("/media/bench/drawing.svg", "image/svg+xml"),
    "XML file": ("/media/bench/data.xml", "text/xml"),
}


@pytest.mark.parametrize("kind", TEXT_OVER_NGINX)
def test_every_text_type_arrives_gzip_compressed(kind, section, nginx):
    """Pages, styles, scripts, API answers, feeds, the sitemap and SVG/XML files: nginx compresses
    each (deploy/nginx gzip_types) for a browser that accepts gzip, and says so in Vary."""
    from tests import factories

    for number in range(6):  # enough items that every answer is over gzip_min_length
        publish(factories.ArticlePageFactory(parent=section, slug=f"bai-{number}", title=f"Bài viết số {number} về hợp tác quốc tế"))
    folder = Path(settings.MEDIA_ROOT) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    shapes = "".join(f'<circle cx="{n}" cy="{n}" r="{n % 7 + 1}" fill="#0c2d48"/>' for n in range(60))
    (folder / "drawing.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">{shapes}</svg>')
    (folder / "data.xml").write_text("<data>" + "".join(f"<row n='{n}'>value {n}</row>" for n in range(60)) + "</data>")
    path, content_type = TEXT_OVER_NGINX[kind]
    answer = get(nginx, path, headers={"Accept-Encoding": "gzip"}, stream=True)
    assert answer.status_code == 200, path
    assert answer.headers["Content-Type"].split(";")[0] == content_type
    assert answer.headers.get("Content-Encoding") == "gzip", path
    assert "Accept-Encoding" in answer.headers["Vary"]
    assert len(gzip.decompress(answer.raw.read())) > 512


def test_a_pass_lets_nginx_send_private_files_without_asking_django(scene, nginx):
    """After one checked request, nginx validates the pass (secure_link) and sends the file itself;
    a forged, expired or borrowed pass, or none, goes back to Django's check."""
    from django.core.signals import request_started

    from foreign_info.presskits import media_pass

    asked = []

    def count(environ, **kwargs):
        asked.append(environ["PATH_INFO"])

    request_started.connect(count)  # the live server runs in this process
    try:
        session = journalist_cookies()
        url = scene.photo.file.url
        content = (Path(settings.PRIVATE_MEDIA_ROOT) / storage.public_name(scene.photo.file.name)).read_bytes()
        first = get(nginx, url, cookies=session)
        assert first.status_code == 200 and len(asked) == 1
        held = {**session, **{name: first.cookies[name] for name in (media_pass.PASS_COOKIE, media_pass.EXPIRES_COOKIE)}}
        others = [storage.PortalFileSystemStorage().url(name) for name in scene.hidden_files()]
        for private in [url, *others]:
            answer = get(nginx, private, cookies=held)
            assert answer.status_code == 200, private
            assert answer.headers["Cache-Control"] == "private, no-store"
        assert len(asked) == 1
        assert get(nginx, url, cookies=held).content == content
        assert get(nginx, url, cookies=held, headers={"Range": "bytes=10-19"}).content == content[10:20]
        assert len(asked) == 1

        anonymous = {settings.SESSION_COOKIE_NAME: "x" * 32}
        borrowed = {**held, **anonymous}  # the pass without the session it was given to
        assert get(nginx, url, cookies=borrowed).status_code == 404
        forged = {**anonymous, media_pass.PASS_COOKIE: "A" * 22, media_pass.EXPIRES_COOKIE: "4102444800"}
        assert get(nginx, url, cookies=forged).status_code == 404
        stale = int(time.time()) - 1
        expired = {
            **anonymous,
            media_pass.PASS_COOKIE: media_pass.signature(stale, "x" * 32, settings.PRIVATE_MEDIA_PASS_SECRET),
            media_pass.EXPIRES_COOKIE: str(stale),
        }
        assert get(nginx, url, cookies=expired).status_code == 404
        assert len(asked) == 4  # each of them was Django's to refuse
    finally:
        request_started.disconnect(count)

    release(scene)
    call_command("sync_private_media", verbosity=0)
    moved = get(nginx, url, cookies=held)  # not in PRIVATE_MEDIA_ROOT any more: Django redirects
    assert moved.status_code == 302 and moved.headers["Location"].endswith(settings.MEDIA_URL + storage.public_name(scene.photo.file.name))
