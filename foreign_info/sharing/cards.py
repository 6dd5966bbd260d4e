"""OpenGraph card images: 1200x630 PNGs with a page's headline drawn in its own script and font.

A Khmer article shared on Facebook must show a Khmer card, not tofu or a Vietnamese photo caption;
so the headline is drawn by Pillow with the Noto face of its language (Debian's fonts-noto-core and
fonts-noto-cjk, the same files the press kits' PDFs embed; PRESSKITS["PDF_FONTS"] overrides them)
and shaped by libraqm (HarfBuzz + FriBidi), without which Khmer subscript consonants and Lao vowel
marks come out as separate, misplaced glyphs. Pillow's basic layout cannot shape them, so a Pillow
built without raqm is refused with a message rather than drawing wrong text.

Lines break at spaces, and between characters in scripts written without spaces between words
(Khmer, Lao, Chinese, Japanese), as in the press kits' PDFs; the photo that stands for the page (hero, poster, first photo,
cover), if any, fills the card behind a dark band so the headline stays legible.
"""

import io

from django.core.exceptions import ImproperlyConfigured
from PIL import Image, ImageDraw, ImageFont, ImageOps, features

from foreign_info.core.pdf_text import CJK_FACE
from foreign_info.core.words import line_breaks
from foreign_info.presskits.zipbuild.pdf import font_paths

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
INK = (255, 255, 255)
BAND = (12, 45, 72)  # the site's dark blue
ACCENT = (218, 37, 29)
TITLE_SIZES = (64, 56, 48, 42, 36)
MAX_LINES = 4
SCRIPT_OF_LANGUAGE = {"km": "khmer", "lo": "lao", "zh-hans": "cjk", "ja": "cjk", "ko": "cjk"}


def bold(path):
    """Debian installs a Bold face next to each Regular one; headlines are bold where it exists."""
    import os

    candidate = path.replace("Regular", "Bold")
    return candidate if os.path.exists(candidate) else path


def font_for(language_code, size):
    if not features.check("raqm"):
        raise ImproperlyConfigured("Pillow was built without libraqm: Khmer and Lao headlines cannot be shaped. Install libraqm0 and reinstall Pillow.")
    paths = font_paths()
    script = SCRIPT_OF_LANGUAGE.get(language_code, "latin")
    options = {"index": CJK_FACE[language_code]} if script == "cjk" else {}
    try:
        return ImageFont.truetype(bold(paths[script]), size, layout_engine=ImageFont.Layout.RAQM, **options)
    except OSError as error:
        raise ImproperlyConfigured(f"The card font for {language_code} ({paths[script]}) is missing: install fonts-noto-core and fonts-noto-cjk.") from error


def line_break_chunks(text, language_code=None):
    """The text cut at ICU's line-break opportunities: after spaces, and between the words of
    scripts written without spaces (Khmer, Lao, Chinese, Japanese), never inside a syllable (the
    press kits' PDFs break the same way: foreign_info.core.words)."""
    chunks, start = [], 0
    for end in line_breaks(text, language_code):
        if end > start:
            chunks.append(text[start:end])
        start = end
    return chunks


def wrap(text, font, width, language_code):
    lines, line = [], ""
    for chunk in line_break_chunks(text, language_code):
        candidate = line + chunk
        if line and font.getlength(candidate.rstrip(), language=language_code) > width:
            lines.append(line.rstrip())
            line = chunk
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fit_title(title, language_code, width):
    """The largest size at which the headline fits in MAX_LINES lines; the smallest size, cut with
    an ellipsis, for headlines longer than that."""
    for size in TITLE_SIZES:
        font = font_for(language_code, size)
        lines = wrap(title, font, width, language_code)
        if len(lines) <= MAX_LINES:
            return font, lines
    return font, lines[: MAX_LINES - 1] + [lines[MAX_LINES - 1] + "…"]


def render(title, language_code, site_name="", photo=None):
    """PNG bytes of a WIDTH x HEIGHT card. `photo` is an open file of the page's picture or None."""
    card = Image.new("RGB", (WIDTH, HEIGHT), BAND)
    if photo is not None:
        with Image.open(photo) as picture:
            background = ImageOps.fit(ImageOps.exif_transpose(picture).convert("RGB"), (WIDTH, HEIGHT))
        card.paste(background)
        shade = Image.new("RGBA", (WIDTH, HEIGHT), (*BAND, 0))
        ImageDraw.Draw(shade).rectangle((0, HEIGHT * 2 // 5, WIDTH, HEIGHT), fill=(*BAND, 225))
        card = Image.alpha_composite(card.convert("RGBA"), shade).convert("RGB")
    draw = ImageDraw.Draw(card)
    font, lines = fit_title(title, language_code, WIDTH - 2 * MARGIN)
    line_height = round(font.size * 1.45)  # room for Khmer and Lao marks above and below
    y = HEIGHT - MARGIN - line_height * len(lines)
    draw.rectangle((MARGIN, y - 28, MARGIN + 96, y - 20), fill=ACCENT)
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=INK, language=language_code)
        y += line_height
    if site_name:
        draw.text((MARGIN, MARGIN), site_name, font=font_for(language_code, 26), fill=INK, language=language_code)
    output = io.BytesIO()
    card.save(output, "PNG", optimize=True)
    return output.getvalue()
