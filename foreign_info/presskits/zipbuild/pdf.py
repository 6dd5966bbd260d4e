"""PDFs of articles and fact sheets that render every language of the section, with their fonts
embedded (a journalist's machine may have no Khmer or Lao font at all).

Noto Sans carries Latin, Vietnamese and Cyrillic; Noto Sans Khmer, Noto Sans Lao and Noto Sans CJK
(the face of the kit's language inside the .ttc: Japanese, Korean or Simplified Chinese glyph
forms differ) are added as fallback fonts only when the text uses their script, so a French PDF
does not pay for parsing a 20 MB CJK font. HarfBuzz shapes the text (Khmer subscript consonants,
Lao and Vietnamese stacked marks). Khmer, Lao and CJK are written without spaces between words,
so a zero-width space is put between their grapheme clusters: fpdf2 may break a line there, and
never inside a cluster.

The paths are Debian's (fonts-noto-core, fonts-noto-cjk); PRESSKITS["PDF_FONTS"] overrides any of
them, e.g. {"cjk": "/opt/fonts/NotoSansCJK-Regular.ttc"}.
"""

import re
import unicodedata
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace
from fpdf.line_break import Fragment

from ..settings import presskit_setting

PDF_FONTS = {
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "khmer": "/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf",
    "lao": "/usr/share/fonts/truetype/noto/NotoSansLao-Regular.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}
# Faces inside NotoSansCJK-Regular.ttc.
CJK_FACE = {"ja": 0, "ko": 1, "zh-hans": 2}
DEFAULT_CJK_FACE = 2

SCRIPTS = {
    "khmer": re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]"),
    "lao": re.compile(r"[\u0E80-\u0EFF]"),
    "cjk": re.compile(r"[\u1100-\u11FF\u2E80-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]"),
}
UNSPACED = re.compile(r"[\u1780-\u17FF\u0E80-\u0EFF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]")
KHMER_COENG = "\u17d2"  # joins the next consonant below the previous one: never break after it
LAO_LEADING_VOWELS = "\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4"  # written before their consonant
ZWSP = "\u200b"
NO_BREAK_BEFORE = set("、。，．：；！？）」』】〉》ー・")

SIZES = {"title": 18, "heading": 13, "lead": 12, "paragraph": 11, "quote": 11, "caption": 9, "meta": 9}
GREY = {"meta": 110, "caption": 90, "quote": 60}


def font_paths():
    return PDF_FONTS | (presskit_setting("PDF_FONTS") or {})


def scripts_in(text):
    return [name for name, pattern in SCRIPTS.items() if pattern.search(text)]


def breakable(text):
    """`text` with a zero-width space between grapheme clusters of scripts written without spaces."""
    if not UNSPACED.search(text):
        return text
    out, previous = [], ""
    for character in text:
        if (
            previous
            and UNSPACED.match(character)
            and unicodedata.category(character) not in ("Mn", "Mc")
            and previous != KHMER_COENG
            and previous not in LAO_LEADING_VOWELS
            and not previous.isspace()
            and previous != ZWSP
            and character not in NO_BREAK_BEFORE
        ):
            out.append(ZWSP)
        out.append(character)
        previous = character
    return "".join(out)


class ActualTextFragment(Fragment):
    """Shaped text carries its characters as /ActualText: HarfBuzz puts glyphs in visual order
    (a Khmer vowel drawn before its consonant, Lao marks stacked in another order), and without it
    copying or searching the PDF (or pdftotext) would give the letters back scrambled."""

    def render_with_text_shaping(self, *args, **kwargs):
        operators = super().render_with_text_shaping(*args, **kwargs)
        text = self.string.replace(ZWSP, "")
        if not text:
            return operators
        return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC {operators} EMC"


class KitPDF(FPDF):
    def __init__(self, language, title, all_text):
        super().__init__(format="A4")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        self.set_title(title)
        self.set_lang(language)
        self.set_creator("Foreign information press room")
        paths = font_paths()
        if not Path(paths["latin"]).exists():
            raise ImproperlyConfigured(f"The PDF font {paths['latin']} is missing: install fonts-noto-core or set PRESSKITS['PDF_FONTS']['latin'].")
        self.add_font("latin", fname=paths["latin"])
        fallbacks = []
        for script in scripts_in(all_text):
            path = paths.get(script)
            if not path or not Path(path).exists():
                raise ImproperlyConfigured(f"The PDF font for {script} text ({path}) is missing: install fonts-noto-core and fonts-noto-cjk.")
            options = {"collection_font_number": CJK_FACE.get(language, DEFAULT_CJK_FACE)} if path.endswith(".ttc") else {}
            self.add_font(script, fname=path, **options)
            fallbacks.append(script)
        self.set_fallback_fonts(fallbacks, exact_match=False)
        self.set_text_shaping(True)
        self.add_page()

    def _parse_chars(self, *args, **kwargs):
        for fragment in super()._parse_chars(*args, **kwargs):
            if type(fragment) is Fragment:  # not the page-count placeholder, a subclass
                fragment.__class__ = ActualTextFragment  # clones made at line breaks keep the class
            yield fragment

    def block(self, kind, text):
        if not text:
            return
        self.set_font("latin", size=SIZES[kind])
        self.set_text_color(GREY.get(kind, 0))
        indent = 8 if kind == "quote" else 0
        self.set_x(self.l_margin + indent)
        line_height = SIZES[kind] * 0.55
        self.multi_cell(self.epw - indent, line_height, breakable(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln({"title": 4, "heading": 2}.get(kind, 3))

    def table(self, header, rows):
        self.set_font("latin", size=9)
        self.set_text_color(0)
        # Headings in the regular face on grey: a bold face would be one more font per script.
        with super().table(text_align="LEFT", line_height=5, headings_style=FontFace(emphasis="", fill_color=225)) as table:
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(breakable(str(value)))


def render(language, title, blocks, table=None):
    """A PDF (bytes) of `blocks`, a list of (kind, text) with kind one of SIZES, then `table`
    ((header, rows)) if given."""
    texts = [title] + [text for _kind, text in blocks]
    if table:
        texts += [str(value) for row in [table[0], *table[1]] for value in row]
    pdf = KitPDF(language, title, "\n".join(texts))
    for kind, text in blocks:
        pdf.block(kind, text)
    if table:
        pdf.table(*table)
    return bytes(pdf.output())
