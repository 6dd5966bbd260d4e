"""Demo photos drawn offline with Pillow: a sky, a sun and layered hills in a named palette.
Deterministic for a given key, so re-running the demo loader draws the same pictures."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = {
    "coffee": [(250, 214, 165), (233, 150, 93), (111, 78, 55), (75, 54, 33), (44, 30, 20)],
    "highlands": [(180, 220, 245), (120, 180, 225), (96, 140, 90), (60, 110, 70), (35, 75, 45)],
    "waterfall": [(200, 235, 245), (140, 200, 220), (70, 130, 120), (40, 95, 90), (230, 245, 250)],
    "forest": [(215, 235, 200), (160, 200, 140), (70, 120, 60), (40, 85, 40), (20, 55, 25)],
    "city": [(255, 225, 190), (250, 170, 120), (120, 110, 140), (80, 75, 100), (45, 40, 60)],
    "festival": [(255, 210, 120), (240, 120, 80), (170, 40, 50), (120, 25, 40), (70, 15, 30)],
    "river": [(210, 230, 250), (150, 190, 230), (80, 140, 170), (50, 100, 140), (30, 70, 100)],
    "sunset": [(255, 190, 130), (245, 120, 90), (150, 70, 100), (90, 45, 80), (45, 25, 50)],
}


def draw_landscape(key, palette="highlands", size=(1600, 1000)):
    """JPEG bytes of a landscape; `key` seeds the shapes so each demo photo looks different."""
    rng = random.Random(key)
    sky_top, sky_bottom, *hills = PALETTES.get(palette, PALETTES["highlands"])
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(sky_top, sky_bottom, strict=True)))
    sun_x, sun_y, radius = rng.randint(200, width - 200), rng.randint(120, height // 3), rng.randint(50, 110)
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=(255, 244, 214))
    for layer, colour in enumerate(hills):
        base = height * (0.45 + 0.14 * layer)
        phase, amplitude, wavelength = rng.uniform(0, 6.28), rng.uniform(30, 90), rng.uniform(250, 600)
        points = [(x, base + amplitude * math.sin(x / wavelength + phase) + 20 * math.sin(x / 97 + layer)) for x in range(0, width + 20, 20)]
        draw.polygon([(0, height), *points, (width, height)], fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
