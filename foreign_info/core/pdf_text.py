"""Text in fpdf2 documents that reads and copies right in every language of the section.

fpdf2 wraps a line at a space and, when a run without spaces is too long, at any character: that
cuts Khmer and Lao inside a syllable ("ប្រ|ជាជន", "ເອກະພ|າບ") and puts CJK punctuation at a line
start. Inserting zero-width spaces to give it more break points corrupts what readers copy and
what pdftotext extracts. Here the lines are chosen before fpdf2 sees the text, at ICU line-break
opportunities (`foreign_info.core.words.line_breaks`, UAX #14 with dictionaries), measured with
the document's own fonts (fallback fonts and HarfBuzz shaping included), and handed to fpdf2 with
"\\n" between them, so fpdf2 never needs to break a line itself.

Contract: `wrap(document, text, width, language)` returns `text` with "\\n" where a line ends
(replacing the space a line ends on, if any; nothing else changes), each line fitting in `width`
(user units, the cell's width: its side margins are taken off) in the current font. A run wider
than a whole line (a long URL) is cut between grapheme clusters, never inside one. Text in
scripts written with spaces is returned as it is: fpdf2's breaks at spaces are opportunities too,
and justified paragraphs stay justified.

`ShapedTextDocument` is mixed into an FPDF subclass (before FPDF) by every PDF of the project: it
names the font on every line and gives shaped Khmer and Lao their characters as /ActualText
(both explained below). `scripts_in(text)` names the fallback fonts a text needs.
"""

import logging
import re
import unicodedata

import icu
from fpdf.line_break import Fragment

from .words import UNSPACED, line_breaks

# Scripts that need a font of their own beside a Latin/Vietnamese/Cyrillic one.
SCRIPTS = {
    "khmer": re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]"),
    "lao": re.compile(r"[\u0E80-\u0EFF]"),
    "cjk": re.compile(r"[\u1100-\u11FF\u2E80-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]"),
}
# Faces inside Noto Sans/Serif CJK collections (.ttc): Japanese, Korean and Chinese glyph forms differ.
CJK_FACE = {"ja": 0, "ko": 1, "zh-hans": 2}
DEFAULT_CJK_FACE = 2
# Scripts whose glyphs HarfBuzz reorders or merges, and combining marks (decomposed Vietnamese).
REORDERED = icu.UnicodeSet("[[:Khmer:][:Lao:][:Thai:][:Myanmar:][:Mn:]]")
SLACK = 0.01

logger = logging.getLogger(__name__)  # user units: fpdf2 compares widths after rounding of its own


def scripts_in(text):
    return [name for name, pattern in SCRIPTS.items() if pattern.search(text)]


def text_width(document, text):
    """Width of `text` as fpdf2 will draw it: split by fallback font, shaped."""
    return sum(fragment.get_width() for fragment in document._preload_font_styles(text, False))


def _clusters(text):
    iterator = icu.BreakIterator.createCharacterInstance(icu.Locale.getRoot())
    iterator.setText(text)
    start, result = 0, []
    for end in iterator:
        result.append(text[start:end])
        start = end
    return result


def _cut_long_run(document, run, width):
    """Lines of `run` (wider than `width`) cut between grapheme clusters."""
    lines, current = [], ""
    for cluster in _clusters(run):
        if current and text_width(document, current + cluster) > width:
            lines.append(current)
            current = ""
        current += cluster
    return lines + [current]


def _wrap_paragraph(document, text, width, language):
    lines, start, fitting = [], 0, None
    breaks = line_breaks(text, language)
    index = 0
    while index < len(breaks):
        end = breaks[index]
        if text_width(document, text[start:end].rstrip(" ")) <= width:
            fitting = end
            index += 1
            continue
        if fitting is None:  # not even the first piece fits: cut it by clusters
            pieces = _cut_long_run(document, text[start:end].rstrip(" "), width)
            if len(pieces) == 1:  # one cluster wider than the line: it overflows, alone
                fitting, index = end, index + 1
                continue
            lines.extend(pieces[:-1])
            start += sum(len(piece) for piece in pieces[:-1])
            continue
        lines.append(text[start:fitting].rstrip(" "))
        start, fitting = fitting, None
    lines.append(text[start:].rstrip(" "))
    return lines


def wrap(document, text, width, language=None):
    if not text or not UNSPACED.containsSome(text):
        return text
    available = width - 2 * document.c_margin - SLACK
    return "\n".join(line for paragraph in text.split("\n") for line in _wrap_paragraph(document, paragraph, available, language))


class ActualTextFragment(Fragment):
    """Shaped text carries its characters as /ActualText: HarfBuzz puts glyphs in visual order
    (a Khmer vowel drawn before its consonant, Lao marks stacked in another order), and without it
    copying or searching the PDF (or pdftotext) would give the letters back scrambled. Only text
    that shaping reorders or merges gets it: around CJK, Hangul or Latin fragments, pdftotext reads
    the span's end as a gap and doubles the space after it."""

    def render_with_text_shaping(self, *args, **kwargs):
        operators = super().render_with_text_shaping(*args, **kwargs)
        text = self.string
        if not text or not REORDERED.containsSome(text):
            return operators
        return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC {operators} EMC"


class ShapedTextDocument:
    """Mixed into an FPDF subclass (before FPDF).

    fpdf2 2.8.9 names a line's font inside the line's own "q ... Q" when its first fragment is in
    a fallback font, then takes that font as set for the whole page: the next line starting in the
    main font is drawn with no font of its own, in whatever font and size the page had before (a
    caption's second line at the lead's 12 pt, a Lao line's leading "9" in no font at all, lost to
    pdftotext). Forgetting it before each line makes every line name its font."""

    def check_glyphs(self, text):
        """Logs the characters of `text` that none of the document's fonts has. fpdf2 warns of
        those only without text shaping: shaped, a missing glyph silently becomes a blank box."""
        covered = [font.cmap for font in self.fonts.values() if hasattr(font, "cmap")]
        missing = sorted({c for c in text if unicodedata.category(c)[0] not in "CZ" and not any(ord(c) in cmap for cmap in covered)})
        if missing:
            logger.warning("The PDF's fonts are missing the following glyphs: %s", ", ".join(missing))
        return missing

    def _render_styled_text_line(self, *args, **kwargs):
        self.current_font_is_set_on_page = False
        return super()._render_styled_text_line(*args, **kwargs)

    def _parse_chars(self, *args, **kwargs):
        for fragment in super()._parse_chars(*args, **kwargs):
            if type(fragment) is Fragment:  # not the page-count placeholder, a subclass
                fragment.__class__ = ActualTextFragment  # clones made at line breaks keep the class
            yield fragment
