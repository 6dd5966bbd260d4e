"""The quarterly report's bar chart as a PNG (Pillow), legible in every language of the section.

The PDF and the DOCX both embed the same picture, so its labels cannot rely on the reader's fonts:
each piece of text is drawn run by run in the first font of a chain that has its characters
(DejaVu Sans for Latin, Vietnamese and Cyrillic, then Noto Sans Khmer, Lao and CJK in the face of
the report's language), shaped by libraqm (Pillow's RAQM layout, bundled in its wheels) so Khmer
and Lao stack and reorder as they should. A character no font of the chain has is logged as a
missing glyph (tests turn that into an error), never drawn as a silent box.

Contract: `chart_png(rows, title, language)` takes (label, value) rows, the translated title and
the report's language; returns PNG bytes.
"""

import functools
import io
import logging
import unicodedata
from pathlib import Path

from fontTools import ttLib

from foreign_info.core import pdf_text

from . import report_text as text

logger = logging.getLogger(__name__)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")


def font_chain(language, bold=False):
    """[(path, face)], Latin first."""
    weight = "Bold" if bold else "Regular"
    face = pdf_text.CJK_FACE.get(language, pdf_text.DEFAULT_CJK_FACE)
    return [
        (DEJAVU / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), 0),
        (NOTO / f"NotoSansKhmer-{weight}.ttf", 0),
        (NOTO / f"NotoSansLao-{weight}.ttf", 0),
        (NOTO_CJK / f"NotoSansCJK-{weight}.ttc", face),
    ]


@functools.cache
def _characters(path, face):
    font = ttLib.TTFont(str(path), fontNumber=face, lazy=True)
    return frozenset(font.getBestCmap())


@functools.cache
def _font(path, face, size):
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size, index=face, layout_engine=ImageFont.Layout.RAQM)


def runs(value, chain):
    """(text, (path, face)) runs of `value`. A letter takes the first font of the chain that has
    it; a mark or a space stays with the letter before it, and so does a digit or a punctuation
    sign that font has (the "9" in "ទី9")."""
    result, missing = [], []
    for character in value:
        current = result[-1][1] if result else None
        category = unicodedata.category(character)
        if current and (category[0] in "MZ" or (category[0] in "NP" and ord(character) in _characters(*current))):
            choice = current
        else:
            choice = next((font for font in chain if ord(character) in _characters(*font)), None)
            if choice is None:
                if not character.isspace():
                    missing.append(character)
                choice = current or chain[0]
        if result and current == choice:
            result[-1][0] += character
        else:
            result.append([character, choice])
    if missing:
        logger.warning("The chart's fonts are missing the following glyphs: %s", ", ".join(sorted(set(missing))))
    return [(run, font) for run, font in result]


def draw_text(draw, position, value, chain, size, anchor="la"):
    """Draws `value` at `position` (left, or right with anchor "ra"), run by run."""
    pieces = [(run, _font(*font, size)) for run, font in runs(value, chain)]
    width = sum(font.getlength(run) for run, font in pieces)
    x, y = position
    if anchor == "ra":
        x -= width
    for run, font in pieces:
        draw.text((x, y), run, fill="black", font=font)
        x += font.getlength(run)


def chart_png(rows, title, language):
    from PIL import Image, ImageDraw

    width, bar, gap, left = 1000, 34, 12, 260
    height = 70 + max(len(rows), 1) * (bar + gap)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    regular = font_chain(language)
    draw_text(draw, (10, 10), title, font_chain(language, bold=True), 26)
    top = max((value for _label, value in rows), default=0) or 1
    for index, (label, value) in enumerate(rows):
        y = 60 + index * (bar + gap)
        draw_text(draw, (left - 10, y + 4), str(label), regular, 22, anchor="ra")
        length = (width - left - 100) * value / top
        draw.rectangle([left, y, left + length, y + bar], fill="#1d4e89")
        draw_text(draw, (left + length + 8, y + 4), text.number(value), regular, 22)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
