"""Read what a clip is before anything is stored: container, codecs, size, duration, orientation.

Contract: `probe(source)` takes a path or an open binary file and returns a `ClipFacts`, or raises
`ClipRejected` with a message for the editor (in the active language) when the file is not a
video we can publish: empty, not a video at all, cut short, without a picture, or over a limit.
It never writes anything, so a rejected upload leaves no trace.

PyAV (FFmpeg bundled in its wheels) reads the file: no ffprobe binary is needed on the machine.
"""

import math
import os
from dataclasses import dataclass

import av
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import limits

WEB_VIDEO_CODEC = "h264"
WEB_AUDIO_CODEC = "aac"
# A file shorter than this share of its announced duration was cut short in transfer.
COMPLETE_SHARE = 0.9
PUBLISHABLE_CONTAINERS = {"mov", "mp4", "webm", "matroska"}


class ClipRejected(Exception):
    """The upload is not a clip we can publish; str(error) is the editor's message."""


@dataclass(frozen=True)
class ClipFacts:
    container: str
    video_codec: str
    audio_codec: str
    width: int  # as displayed, rotation applied
    height: int
    duration: float  # seconds
    bit_rate: int  # bits per second, whole file
    rotation: int

    @property
    def orientation(self):
        return orientation_of(self.width, self.height)

    @property
    def is_mp4(self):
        return "mp4" in self.container.split(",")

    @property
    def web_ready(self):
        """Plays in every browser as it is: H.264 (+ AAC or silent) in MP4, at a bitrate phones can stream."""
        audio_ok = self.audio_codec in ("", WEB_AUDIO_CODEC)
        return self.is_mp4 and self.video_codec == WEB_VIDEO_CODEC and audio_ok and self.bit_rate <= limits.max_web_bitrate()


def orientation_of(width, height):
    """'vertical' (9:16 and the like), 'square' or 'landscape' (16:9 and the like)."""
    if not width or not height:
        return ""
    ratio = width / height
    if ratio < 0.8:
        return "vertical"
    if ratio <= 1.25:
        return "square"
    return "landscape"


def size_of(source):
    if isinstance(source, str | os.PathLike):
        return os.path.getsize(source)
    position = source.tell()
    source.seek(0, os.SEEK_END)
    size = source.tell()
    source.seek(position)
    return size


def probe(source):
    size = size_of(source)
    if size == 0:
        raise ClipRejected(_("The file is empty."))
    if size > limits.max_upload_bytes():
        raise ClipRejected(
            _("The file is %(size)s; clips may be at most %(limit)s.") % {"size": filesizeformat(size), "limit": filesizeformat(limits.max_upload_bytes())}
        )
    if not isinstance(source, str | os.PathLike):
        source.seek(0)
    try:
        container = av.open(source, mode="r")
    except (av.FFmpegError, ValueError, OSError) as error:
        if looks_like_video(source):
            raise ClipRejected(_("The video file is incomplete (it was cut short). Upload the whole file again.")) from error
        raise ClipRejected(_("This file is not a video we can read. Upload an MP4, WebM or MOV clip.")) from error
    try:
        return read_facts(container)
    finally:
        container.close()
        if not isinstance(source, str | os.PathLike):
            source.seek(0)


def looks_like_video(source):
    """An MP4/MOV 'ftyp' box or a WebM/Matroska EBML header: a video file that FFmpeg still could
    not open was cut short, not something else renamed."""
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as file:
            head = file.read(12)
    else:
        source.seek(0)
        head = source.read(12)
    return head[4:8] == b"ftyp" or head[:4] == b"\x1a\x45\xdf\xa3"


def read_facts(container):
    # FFmpeg also opens still images, GIFs and raw streams; only the containers offered for upload count.
    if not set(container.format.name.split(",")) & PUBLISHABLE_CONTAINERS:
        raise ClipRejected(_("This file is not a video we can read. Upload an MP4, WebM or MOV clip."))
    if not container.streams.video:
        raise ClipRejected(_("This file has no picture: it holds no video stream."))
    video = container.streams.video[0]
    audio = container.streams.audio[0] if container.streams.audio else None
    duration = container.duration / av.time_base if container.duration else 0.0
    if duration <= 0 and video.duration and video.time_base:
        duration = float(video.duration * video.time_base)
    if duration <= 0:
        raise ClipRejected(_("This video has no length: the file is damaged or incomplete."))
    if duration > limits.max_duration_seconds():
        raise ClipRejected(
            _("The clip lasts %(seconds)d seconds; clips may last at most %(limit)d seconds.")
            % {"seconds": math.ceil(duration), "limit": limits.max_duration_seconds()}
        )
    rotation = first_frame_rotation(container, video)
    last_time = last_packet_time(container, video)
    if last_time < duration * COMPLETE_SHARE - 0.5:
        raise ClipRejected(_("The video file is incomplete (it was cut short). Upload the whole file again."))
    width, height = video.codec_context.width, video.codec_context.height
    if rotation % 180:
        width, height = height, width
    return ClipFacts(
        container=container.format.name,
        video_codec=video.codec_context.name,
        audio_codec=audio.codec_context.name if audio is not None else "",
        width=width,
        height=height,
        duration=round(duration, 3),
        bit_rate=int(container.bit_rate or 0),
        rotation=rotation,
    )


def first_frame_rotation(container, video):
    """Phones record upright clips as landscape frames with a rotation flag; decoding one frame
    both proves the picture is readable and tells us that flag."""
    try:
        for frame in container.decode(video):
            return int(frame.rotation or 0) % 360
    except av.FFmpegError as error:
        raise ClipRejected(_("The video's picture cannot be decoded: the file is damaged.")) from error
    raise ClipRejected(_("The video's picture cannot be decoded: the file is damaged."))


def last_packet_time(container, video):
    """Seconds reached by the video's packets: read, not decoded, so it is quick even for long clips."""
    container.seek(0)
    last = 0.0
    try:
        for packet in container.demux(video):
            if packet.pts is not None and packet.time_base:
                last = max(last, float((packet.pts + (packet.duration or 0)) * packet.time_base))
    except av.FFmpegError:
        pass  # a damaged tail: what was read so far decides
    start = float(video.start_time * video.time_base) if video.start_time and video.time_base else 0.0
    return last - start
