"""PDFs of articles and fact sheets that render every language of the section, with their fonts
embedded (a journalist's machine may have no Khmer or Lao font at all).

Noto Sans carries Latin, Vietnamese and Cyrillic; Noto Sans Khmer, Noto Sans Lao and Noto Sans CJK
(the face of the kit's language inside the .ttc: Japanese, Korean or Simplified Chinese glyph
forms differ) are added as fallback fonts only when the text uses their script, so a French PDF
does not pay for parsing a 20 MB CJK font; each font is parsed once per process and shared by
every PDF (foreign_info.core.pdf_fonts). HarfBuzz shapes the text (Khmer subscript consonants,
Lao and Vietnamese stacked marks). Khmer, Lao and CJK are written without spaces between words:
lines end at ICU line-break opportunities chosen before fpdf2 sees the text
(foreign_info.core.pdf_text), and the text itself is never changed, so what a reader copies or
pdftotext extracts is the article's text.

The paths are Debian's (fonts-noto-core, fonts-noto-cjk); PRESSKITS["PDF_FONTS"] overrides any of
them, e.g. {"cjk": "/opt/fonts/NotoSansCJK-Regular.ttc"}.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace

from foreign_info.core import pdf_fonts, pdf_text

from ..settings import presskit_setting

PDF_FONTS = {
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "khmer": "/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf",
    "lao": "/usr/share/fonts/truetype/noto/NotoSansLao-Regular.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}
SIZES = {"title": 18, "heading": 13, "lead": 12, "paragraph": 11, "quote": 11, "caption": 9, "meta": 9}
GREY = {"meta": 110, "caption": 90, "quote": 60}


def font_paths():
    return PDF_FONTS | (presskit_setting("PDF_FONTS") or {})


class KitPDF(pdf_text.ShapedTextDocument, FPDF):
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
        self.language = language
        pdf_fonts.add_font(self, "latin", paths["latin"])
        fallbacks = []
        for script in pdf_text.scripts_in(all_text):
            path = paths.get(script)
            if not path or not Path(path).exists():
                raise ImproperlyConfigured(f"The PDF font for {script} text ({path}) is missing: install fonts-noto-core and fonts-noto-cjk.")
            pdf_fonts.add_font(self, script, path, face=pdf_text.CJK_FACE.get(language, pdf_text.DEFAULT_CJK_FACE) if path.endswith(".ttc") else 0)
            fallbacks.append(script)
        self.set_fallback_fonts(fallbacks, exact_match=False)
        self.set_text_shaping(True)
        self.add_page()

    def block(self, kind, text):
        if not text:
            return
        self.set_font("latin", size=SIZES[kind])
        self.set_text_color(GREY.get(kind, 0))
        indent = 8 if kind == "quote" else 0
        self.set_x(self.l_margin + indent)
        line_height = SIZES[kind] * 0.55
        width = self.epw - indent
        self.multi_cell(width, line_height, pdf_text.wrap(self, text, width, self.language), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln({"title": 4, "heading": 2}.get(kind, 3))

    def table(self, header, rows):
        self.set_font("latin", size=9)
        self.set_text_color(0)
        # Headings in the regular face on grey: a bold face would be one more font per script.
        with super().table(text_align="LEFT", line_height=5, headings_style=FontFace(emphasis="", fill_color=225)) as table:
            width = self.epw / len(header) - self.line_width  # fpdf2's cell: equal columns, less the border
            for values in [header, *rows]:
                row = table.row()
                for value in values:
                    row.cell(pdf_text.wrap(self, str(value), width, self.language))


def render(language, title, blocks, table=None):
    """A PDF (bytes) of `blocks`, a list of (kind, text) with kind one of SIZES, then `table`
    ((header, rows)) if given."""
    texts = [title] + [text for _kind, text in blocks]
    if table:
        texts += [str(value) for row in [table[0], *table[1]] for value in row]
    pdf = KitPDF(language, title, "\n".join(texts))
    pdf.check_glyphs("\n".join(texts))
    for kind, text in blocks:
        pdf.block(kind, text)
    if table:
        pdf.table(*table)
    return bytes(pdf.output())
