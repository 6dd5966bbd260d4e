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


def with_rotation_flag(data, width):
    """`data` (an MP4 from synthetic.make_clip) with the display matrix of the video track's tkhd
    box set to a quarter turn, as phones record upright clips: landscape pixels plus a flag.
    PyAV cannot write the flag itself, so the box is patched in place (ISO/IEC 14496-12 8.3.2)."""
    import struct

    data = bytearray(data)
    index = data.find(b"tkhd")
    while index != -1:
        version = data[index + 4]
        # version/flags, then times, track id, reserved and duration (32- or 64-bit), reserved,
        # layer, alternate group, volume, reserved: the matrix comes next, then width and height.
        matrix = index + 4 + 4 + (28 if version == 1 else 20) + 8 + 8
        track_width = struct.unpack(">I", data[matrix + 36 : matrix + 40])[0] >> 16
        if track_width == width:
            data[matrix : matrix + 36] = struct.pack(">9i", 0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000)
            return bytes(data)
        index = data.find(b"tkhd", index + 4)
    raise ValueError("no video track of that width")


def rotated_phone_clip():
    return with_rotation_flag(clip_bytes(width=640, height=360), 640)
