"""Photos and clips on S3-compatible storage (a moto server process, see conftest): uploaded
through the Wagtail admin, stored in the bucket and nowhere on the disk, renditions made from the
bucket and served from it by signed URLs, clips probed, given a poster and transcoded."""

import io
import tempfile
import urllib.request
from urllib.parse import urlparse

import pytest
from django.urls import reverse
from PIL import Image

from foreign_info.core.models import PortalImage
from foreign_info.media.models import VideoClip
from foreign_info.media.probe import probe
from tests.media.conftest import upload, web_clip, webm_clip
from tests.media.test_images import errors_of, jpeg, post_image

pytestmark = pytest.mark.django_db


def fetch(url):
    """GET a URL the storage handed out (the moto server on loopback), as a browser would."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


def post_clip(client, name, data):
    return client.post(reverse("wagtailsnippets_media_videoclip:add"), {"title": "Cồng chiêng", "original": upload(name, data), "credit": "TTXVN"})


def disk_files(settings):
    root = settings.MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_media_storage_is_the_bucket(s3):
    from django.core.files.storage import default_storage
    from storages.backends.s3 import S3Storage

    assert isinstance(default_storage, S3Storage) and default_storage.bucket_name == s3.name
    assert default_storage.endpoint_url == s3.endpoint and not default_storage.file_overwrite


def test_an_image_uploaded_in_the_admin_is_stored_in_the_bucket_with_its_renditions(admin_client, s3, settings):
    response = post_image(admin_client, "hoi-an.jpg", jpeg(size=(1600, 1200)))
    assert response.status_code == 302, errors_of(response)
    image = PortalImage.objects.get()
    assert image.file.name in s3.keys("original_images/")
    assert Image.open(io.BytesIO(s3.read(image.file.name))).size == (1600, 1200)

    rendition = image.get_rendition("fill-480x360|format-webp")
    assert rendition.file.name in s3.keys("images/")
    url = rendition.url
    assert url.startswith(f"{s3.endpoint}/{s3.name}/images/") and "X-Amz-Signature=" in url
    status, headers, body = fetch(url)
    assert status == 200 and Image.open(io.BytesIO(body)).size == (480, 360)
    assert disk_files(settings) == []


def test_two_uploads_with_the_same_name_stay_two_files(admin_client, s3):
    for color in ((200, 0, 0), (0, 0, 200)):
        assert post_image(admin_client, "IMG_0001.jpg", jpeg(color=color)).status_code == 302
    names = {image.file.name for image in PortalImage.objects.all()}
    assert len(names) == 2 and names <= set(s3.keys("original_images/"))


def test_a_web_ready_clip_is_probed_and_gets_a_poster_in_the_bucket(admin_client, s3, settings):
    response = post_clip(admin_client, "gongs.mp4", web_clip())
    assert response.status_code == 302
    clip = VideoClip.objects.get()
    assert clip.status == VideoClip.Status.READY and clip.file_size == len(web_clip())
    assert clip.original.name in s3.keys("clips/original/")
    assert clip.poster.file.name in s3.keys("original_images/")
    assert s3.read(clip.poster.file.name)[:3] == b"\xff\xd8\xff"
    assert disk_files(settings) == []


def test_a_clip_is_transcoded_from_the_bucket_into_the_bucket(admin_client, s3, settings):
    response = post_clip(admin_client, "gongs.webm", webm_clip())
    assert response.status_code == 302
    clip = VideoClip.objects.get()
    assert not clip.web_ready and clip.status == VideoClip.Status.READY, clip.error
    assert clip.web_file.name.endswith(".mp4") and clip.web_file.name in s3.keys("clips/web/")
    with tempfile.NamedTemporaryFile(suffix=".mp4") as copy:
        copy.write(s3.read(clip.web_file.name))
        copy.flush()
        facts = probe(copy.name)
    assert facts.video_codec == "h264" and facts.is_mp4 and facts.web_ready
    assert disk_files(settings) == []


def test_the_clip_page_plays_the_clip_from_a_signed_url(admin_client, s3, section, client):
    from foreign_info.publishing.models import ClipPage
    from tests.conftest import publish

    post_clip(admin_client, "gongs.mp4", web_clip())
    clip = VideoClip.objects.get()
    page = ClipPage(title="Cồng chiêng Tây Nguyên", slug="cong-chieng", clip=clip, standfirst="Di sản.")
    section.add_child(instance=page)
    publish(page)
    response = client.get(page.url)
    assert response.status_code == 200
    video_url = response.context["video_url"]
    assert urlparse(video_url).netloc == urlparse(s3.endpoint).netloc
    status, headers, body = fetch(video_url)
    assert status == 200 and body == web_clip()


def test_deleting_a_clip_deletes_its_objects(admin_client, s3, django_capture_on_commit_callbacks):
    post_clip(admin_client, "gongs.webm", webm_clip())
    clip = VideoClip.objects.get()
    assert len(s3.keys("clips/")) == 2  # the original and its web copy
    with django_capture_on_commit_callbacks(execute=True):
        clip.delete()
    assert s3.keys("clips/") == []
