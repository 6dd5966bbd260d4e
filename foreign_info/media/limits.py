"""Limits on uploaded clips, read from settings so each portal can tune them (see portal/settings/base.py).

The defaults suit short clips for social sharing: a few minutes, a few hundred megabytes.
"""

from django.conf import settings


def max_upload_bytes():
    return getattr(settings, "MEDIA_CLIP_MAX_UPLOAD_SIZE", 300 * 1024 * 1024)


def max_duration_seconds():
    return getattr(settings, "MEDIA_CLIP_MAX_DURATION", 5 * 60)


def max_web_bitrate():
    """Above this many bits per second a clip is transcoded even if it is already H.264/AAC MP4."""
    return getattr(settings, "MEDIA_CLIP_MAX_BITRATE", 6_000_000)


def allowed_extensions():
    return getattr(settings, "MEDIA_CLIP_EXTENSIONS", ("mp4", "webm", "mov"))
