"""Fonts for fpdf2 documents, parsed once per process instead of once per PDF.

fpdf2's `add_font` reads a font's character map and every glyph width (TTFFont) for each new
document: for Noto Sans CJK (a 20 MB collection) that is most of the time a press kit's PDFs or a
quarterly report take. The parsed tables never change, so one parsed font per (file, face) is kept
and each document gets a copy of it with its own subset, its own missing-glyph list and a freshly
opened (lazy) fontTools font, because fpdf2 subsets that object in place when it writes the PDF.

Contract: `add_font(document, family, path, style="", face=0)` does what
`document.add_font(family, style, path, collection_font_number=face)` does, sharing the parse;
`forget()` empties the cache (tests; a font file replaced on disk needs a restart otherwise).
This leans on fpdf2's TTFFont attributes, which is why fpdf2 is pinned; tests/presskits and
tests/analytics build real PDFs through it and read them back.
"""

import copy
import functools
import threading

from fontTools import ttLib
from fpdf.enums import TextEmphasis
from fpdf.fonts import SubsetMap, TTFFont

_lock = threading.Lock()


class _Parser:
    """The least of an FPDF that TTFFont's constructor reads."""

    fonts = {}
    render_color_fonts = False


@functools.cache
def _parsed(path, face):
    font = TTFFont(_Parser(), path, "parsed", "", collection_font_number=face)
    font.hbfont  # noqa: B018 - HarfBuzz's face and font are read-only: share them too
    return font


def add_font(document, family, path, style="", face=0):
    style = "".join(sorted(style.upper()))
    fontkey = f"{family.lower()}{style}"
    if fontkey in document.fonts:
        return
    with _lock:
        template = _parsed(str(path), face)
    font = copy.copy(template)
    font.i = len(document.fonts) + 1
    font.fontkey = fontkey
    font.emphasis = TextEmphasis.coerce(style)
    font.biggest_size_pt = 0
    font.missing_glyphs = []
    font.ttfont = ttLib.TTFont(str(path), recalcTimestamp=False, fontNumber=face, lazy=True)
    font.subset = SubsetMap(font)
    document.fonts[fontkey] = font
    if font.is_cff and font.is_cid_keyed:
        document._set_min_pdf_version("1.6")  # what FPDF.add_font does for CID-keyed CFF fonts (Noto CJK)


def forget():
    _parsed.cache_clear()
