"""Press kits on S3-compatible storage (a moto server process, see conftest): the ZIP built from
photos and clips in the bucket and stored there, streamed with ranges read from the bucket as
ranges, and "handed to the web server" as a redirect to a signed, expiring URL of the object."""

import io
import urllib.request
import zipfile
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.management import call_command
from django.utils import timezone

from foreign_info.analytics import buffer
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import Event
from foreign_info.media.library import add_clip
from foreign_info.presskits import builds
from foreign_info.presskits.models import KitBuild, PressKitPage
from foreign_info.publishing.models import ClipPage
from tests import factories
from tests.conftest import publish
from tests.media.conftest import web_clip
from tests.presskits.conftest import kit_page, press_room  # noqa: F401 - fixtures
from tests.presskits.serving import accredited, assert_zip, body_of, download_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def s3_kit(s3, press_room, section):  # noqa: F811
    """A kit whose photo and clip are in the bucket."""
    photo = factories.ImageFactory(title="Cà phê", credit="Lê C / TTXVN", copyright="© TTXVN 2026")
    clip = add_clip("Cồng chiêng", "gongs.mp4", web_clip(), credit="TTXVN")
    clip_page = ClipPage(title="Cồng chiêng Tây Nguyên", slug="cong-chieng", clip=clip, standfirst="Di sản.")
    section.add_child(instance=clip_page)
    publish(clip_page)
    assert photo.file.name in s3.keys() and clip.original.name in s3.keys()
    return kit_page(press_room, pages=[clip_page], photos=[photo])


def stored_zip(s3):
    build = KitBuild.objects.get()
    assert build.status == KitBuild.Status.READY and build.file.name in s3.keys("presskits/builds/")
    return build, s3.read(build.file.name)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


def test_the_zip_is_built_from_the_bucket_stored_in_it_and_streamed(client, s3, s3_kit, settings, get_object_ranges):
    response = client.get(download_url(s3_kit))
    assert f"bytes=0-{len(web_clip()) - 1}" in get_object_ranges  # the clip streamed into the ZIP as it arrives
    assert response.status_code == 200 and response.streaming
    build, data = stored_zip(s3)
    assert body_of(response) == data and response["Content-Length"] == str(len(data)) == str(build.size)
    archive = assert_zip(data)
    clips = [name for name in archive.namelist() if name.endswith(".mp4")]
    photos = [name for name in archive.namelist() if name.endswith(".jpg")]
    assert len(clips) == 1 and archive.read(clips[0]) == web_clip()
    assert len(photos) == 1 and b"L\xc3\xaa C / TTXVN" in archive.read(photos[0])  # the credit, in the XMP written by pyexiv2
    root = settings.MEDIA_ROOT
    assert not root.exists() or not any(path.is_file() for path in root.rglob("*"))


def test_a_whole_download_is_one_streamed_read_and_a_range_only_that_range(client, s3, s3_kit, get_object_ranges):
    client.get(download_url(s3_kit))
    build, data = stored_zip(s3)
    get_object_ranges.clear()
    response = client.get(download_url(s3_kit), HTTP_RANGE="bytes=100-1099")
    assert response.status_code == 206 and response["Content-Range"] == f"bytes 100-1099/{len(data)}"
    assert body_of(response) == data[100:1100]
    assert get_object_ranges == ["bytes=100-1099"]  # not the whole ZIP fetched for a thousand bytes
    get_object_ranges.clear()
    response = client.get(download_url(s3_kit), HTTP_RANGE="bytes=-500")
    assert body_of(response) == data[-500:] and get_object_ranges == [f"bytes={len(data) - 500}-{len(data) - 1}"]
    get_object_ranges.clear()
    response = client.get(download_url(s3_kit))
    assert response.status_code == 200 and body_of(response) == data
    assert len(get_object_ranges) == 1


@pytest.mark.parametrize("serve_with", ["x-accel-redirect", "x-sendfile"])
def test_handing_to_the_web_server_becomes_a_signed_expiring_redirect(client, s3, s3_kit, settings, serve_with):
    client.get(download_url(s3_kit))
    build, data = stored_zip(s3)
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": serve_with}
    response = client.get(download_url(s3_kit), HTTP_RANGE="bytes=0-99")
    assert response.status_code == 302
    assert "X-Accel-Redirect" not in response and "X-Sendfile" not in response
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    url = response["Location"]
    query = parse_qs(urlparse(url).query)
    assert url.startswith(f"{s3.endpoint}/{s3.name}/{build.file.name}?")
    assert query["X-Amz-Signature"] and int(query["X-Amz-Expires"][0]) <= 600
    status, headers, body = fetch(url)
    assert status == 200 and body == data
    assert headers["Content-Type"] == "application/zip"
    assert headers["Content-Disposition"] == 'attachment; filename="le-hoi-ca-phe-vi-web.zip"'
    assert zipfile.ZipFile(io.BytesIO(body)).testzip() is None
    buffer.discard()
    assert client.get(download_url(s3_kit)).status_code == 302
    drain_and_flush()
    assert list(Event.objects.values_list("kind", "target")) == [("download", "kit/vi/web/public")]  # a redirect is a download too


def test_a_resume_through_the_signed_url_is_not_counted_again(client, s3, s3_kit, settings):
    """The browser resumes at our URL with its Range and follows the redirect to the store with it:
    only the redirect for a request from the first byte is a new download."""
    client.get(download_url(s3_kit))
    build, data = stored_zip(s3)
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-accel-redirect"}
    buffer.discard()
    Event.objects.all().delete()
    for header in ("bytes=0-", "bytes=5000-", "bytes=-100"):
        response = client.get(download_url(s3_kit), HTTP_RANGE=header)
        assert response.status_code == 302
        request = urllib.request.Request(response["Location"], headers={"Range": header})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 206
    drain_and_flush()
    assert list(Event.objects.values_list("kind", "target")) == [("download", "kit/vi/web/public")]


def test_the_signed_url_of_an_embargoed_kit_is_only_given_to_a_journalist(client, s3, press_room, settings):  # noqa: F811
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-accel-redirect"}
    kit = kit_page(press_room, title="Công bố quy hoạch", slug="cong-bo-quy-hoach", embargo_until=timezone.now() + timedelta(days=2))
    assert client.get(download_url(kit)).status_code == 404
    assert KitBuild.objects.count() == 0
    accredited(client)
    response = client.get(download_url(kit))
    assert response.status_code == 302
    build, data = stored_zip(s3)
    assert fetch(response["Location"])[2] == data


def test_files_on_the_disk_are_still_handed_to_the_web_server(client, press_room, settings):  # noqa: F811
    kit = kit_page(press_room)
    client.get(download_url(kit))
    build = KitBuild.objects.get()
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-sendfile"}
    assert client.get(download_url(kit))["X-Sendfile"] == build.file.path


def test_prune_deletes_unpublished_and_orphaned_zips_in_the_bucket(client, s3, press_room, monkeypatch):  # noqa: F811
    kit = kit_page(press_room)
    other = kit_page(press_room, slug="khac", title="Khác")
    client.get(download_url(kit))
    client.get(download_url(other))
    kept, gone = KitBuild.objects.order_by("pk")
    PressKitPage.objects.get(pk=other.pk).unpublish()
    orphan = builds.storage().save("presskits/builds/left-behind.zip", io.BytesIO(b"PK"))
    call_command("prune_kit_builds", stdout=io.StringIO())
    assert s3.keys("presskits/builds/") == sorted([kept.file.name, orphan])  # the orphan is young: kept
    # Two hours later (the store dates its objects itself, so the clock moves instead).
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("prune_kit_builds", stdout=io.StringIO())
    assert s3.keys("presskits/builds/") == [kept.file.name]
    assert gone.file.name not in s3.keys()


def test_a_document_is_sent_from_a_signed_url_and_an_embargoed_one_stays_hidden(client, s3, press_room):  # noqa: F811
    """Wagtail's document view redirects to the storage's URL when files have no path: signed
    and expiring with the default settings, and only after the embargo check has passed."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    open_document, hidden_document = (
        get_document_model().objects.create(title=title, file=ContentFile(b"%PDF-1.4 " + title.encode(), name=f"{title}.pdf")) for title in ("mo", "an")
    )
    for slug, document, embargo in (("mo", open_document, None), ("an", hidden_document, timezone.now() + timedelta(days=2))):
        kit = PressKitPage(title=slug, slug=slug, summary="-", embargo_until=embargo, documents=[("document", {"document": document, "title": slug})])
        press_room.add_child(instance=kit)
        publish(kit)
    assert hidden_document.file.name in s3.keys("documents/")
    assert client.get(hidden_document.url).status_code == 404
    response = client.get(open_document.url)
    assert response.status_code == 302
    query = parse_qs(urlparse(response["Location"]).query)
    assert query["X-Amz-Signature"] and query["X-Amz-Expires"] == ["3600"]
    assert fetch(response["Location"])[2] == b"%PDF-1.4 mo"
