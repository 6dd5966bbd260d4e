"""Make a web copy of a clip: H.264 video and AAC audio in an MP4 that starts playing before it has
fully downloaded (faststart), at a bitrate phones can stream.

Contract: `to_web_mp4(source_path, target_path, duration, on_progress)` writes the copy, calling
`on_progress(percent)` as it goes, and raises `av.FFmpegError` (or OSError) when the source cannot
be converted; the caller owns both paths and removes the target on failure.

PyAV does the work in-process with the FFmpeg in its wheel, so no ffmpeg binary is needed.
"""

from fractions import Fraction

import av

from . import limits

# Short clips for phones: 1080 pixels on the long side is plenty and keeps files small.
MAX_LONG_SIDE = 1080
AUDIO_RATE = 48000


def even(value):
    return max(2, int(value) // 2 * 2)


def output_size(width, height):
    scale = min(1.0, MAX_LONG_SIDE / max(width, height))
    return even(width * scale), even(height * scale)


def to_web_mp4(source_path, target_path, duration, on_progress=lambda percent: None):
    max_rate = limits.max_web_bitrate()
    with av.open(source_path) as source, av.open(target_path, mode="w", format="mp4", options={"movflags": "+faststart"}) as target:
        in_video = source.streams.video[0]
        in_audio = source.streams.audio[0] if source.streams.audio else None
        fps = in_video.average_rate or Fraction(25)
        out_video = target.add_stream("libx264", rate=fps)
        out_video.pix_fmt = "yuv420p"
        # Constant quality, capped so that no clip exceeds the streaming bitrate.
        out_video.options = {"crf": "23", "preset": "veryfast", "maxrate": str(int(max_rate * 0.8)), "bufsize": str(int(max_rate * 1.6))}
        out_audio = None
        if in_audio is not None:
            out_audio = target.add_stream("aac", rate=AUDIO_RATE)
            out_audio.layout = "stereo"
            out_audio.bit_rate = 128_000
        size = None
        streams = [in_video] + ([in_audio] if in_audio is not None else [])
        last_percent = -1
        for frame in source.decode(*streams):
            if isinstance(frame, av.VideoFrame):
                frame, size = upright(frame, size, out_video)
                for packet in out_video.encode(frame):
                    target.mux(packet)
                if frame.time is not None and duration:
                    percent = min(99, int(frame.time * 100 / duration))
                    if percent >= last_percent + 5:
                        last_percent = percent
                        on_progress(percent)
            elif out_audio is not None:
                frame.pts = None  # let the encoder time audio from the sample count
                for packet in out_audio.encode(frame):
                    target.mux(packet)
        target.mux(out_video.encode())
        if out_audio is not None:
            target.mux(out_audio.encode())
    on_progress(100)


def upright(frame, size, out_video):
    """Apply a phone's rotation flag to the pixels (browsers would otherwise show the clip on its
    side once the flag is gone) and fit the frame to the output size."""
    rotation = int(frame.rotation or 0) % 360
    pts, time_base = frame.pts, frame.time_base
    if rotation:
        frame = av.VideoFrame.from_image(frame.to_image().rotate(rotation, expand=True))
    if size is None:
        size = output_size(frame.width, frame.height)
        out_video.width, out_video.height = size
    frame = frame.reformat(width=size[0], height=size[1], format="yuv420p")
    frame.pts, frame.time_base = pts, time_base
    return frame, size
