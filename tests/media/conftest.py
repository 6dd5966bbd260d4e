import functools

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from foreign_info.media import synthetic


@functools.cache
def clip_bytes(**kwargs):
    """Generated once per test run: encoding is the slow part."""
    return synthetic.make_clip(**kwargs)


def web_clip():
    return clip_bytes()


def webm_clip():
    return clip_bytes(container_format="webm", video_codec="libvpx-vp9", audio_codec="libopus")


def silent_mov_clip():
    return clip_bytes(container_format="mov", video_codec="mpeg4", audio_codec=None, width=640, height=360)


def upload(name, data, content_type="video/mp4"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def admin_client(client, db):
    """An administrator whose admin speaks English, so tests can read the messages; that each
    message reaches a Vietnamese editor in Vietnamese is tested in test_library.py."""
    from tests.conftest import speaks

    user = speaks(User.objects.create_superuser("chief", "chief@example.org", "pw"), "en")
    client.force_login(user)
    return client


def media_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()) if root.exists() else []
