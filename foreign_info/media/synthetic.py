"""Clips drawn on this machine with PyAV, for the demo, the tests and bench/media.py (no network)."""

import io
from fractions import Fraction

import av
from PIL import Image, ImageDraw


def frame_image(index, width, height, frames):
    """A moving gradient with a bar sweeping across, so that frames differ and encoders work for real."""
    image = Image.new("RGB", (width, height), (20, 60 + index * 150 // max(frames, 1), 90))
    draw = ImageDraw.Draw(image)
    x = index * width // max(frames, 1)
    draw.rectangle([x, height // 3, x + width // 8, 2 * height // 3], fill=(240, 190, 40))
    draw.ellipse([width // 3, height // 8, 2 * width // 3, height // 8 + width // 3], outline=(255, 255, 255), width=4)
    return image


def make_clip(container_format="mp4", video_codec="libx264", audio_codec="aac", width=360, height=640, seconds=2.0, fps=12, bit_rate=None):
    """Bytes of a clip; audio_codec=None makes a silent one (no audio stream)."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=container_format) as container:
        video = container.add_stream(video_codec, rate=fps)
        video.width, video.height = width, height
        video.pix_fmt = "yuv420p"
        if bit_rate:
            video.bit_rate = bit_rate
        audio = None
        if audio_codec:
            audio = container.add_stream(audio_codec, rate=48000)
            audio.layout = "mono"
        frames = int(seconds * fps)
        for index in range(frames):
            frame = av.VideoFrame.from_image(frame_image(index, width, height, frames))
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            container.mux(video.encode(frame))
        container.mux(video.encode())
        if audio is not None:
            write_tone(container, audio, seconds)
    return buffer.getvalue()


def write_tone(container, audio, seconds):
    import math

    rate, samples_per_frame = 48000, 1024
    total = int(seconds * rate)
    for start in range(0, total, samples_per_frame):
        count = min(samples_per_frame, total - start)
        frame = av.AudioFrame(format="s16", layout="mono", samples=count)
        values = bytearray()
        for n in range(count):
            sample = int(3000 * math.sin(2 * math.pi * 440 * (start + n) / rate))
            values += sample.to_bytes(2, "little", signed=True)
        frame.planes[0].update(bytes(values))
        frame.sample_rate = rate
        frame.pts = start
        frame.time_base = Fraction(1, rate)
        container.mux(audio.encode(frame))
    container.mux(audio.encode())
