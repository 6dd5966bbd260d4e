"""Where words and lines may break, by ICU (PyICU), for every script the section writes.

Chinese, Japanese, Khmer and Lao (and Thai, Burmese) put no space between words, and Khmer and
Lao place vowels and subscript consonants around a base letter, so neither "split on spaces"
(search) nor "break anywhere" (PDF lines) works for them. ICU's dictionary-based break iterators
are what browsers, Elasticsearch's ICU plugin and LibreOffice use; using them here means the
search index, the search box and the PDFs agree with what readers' own software considers a word.

Contract:
- `words(text)` returns `text` unchanged when it holds no letters of a script written without
  spaces; otherwise the same characters with one space between ICU words (no character is
  dropped or added besides those spaces), so a full-text engine that splits on spaces sees words.
- `line_breaks(text, language)` returns the offsets (Python string indices) after which a line
  may end: UAX #14 with ICU's dictionaries, so never inside a syllable or a grapheme cluster.

ICU break iterators are not thread-safe and costly to create: one per thread and kind, reused.
"""

import threading

import icu

# Scripts whose words are not separated by spaces (ICU segments them with dictionaries).
UNSPACED = icu.UnicodeSet("[[:Han:][:Hiragana:][:Katakana:][:Khmer:][:Lao:][:Thai:][:Myanmar:]]")
UNSPACED.freeze()

_local = threading.local()


def _iterator(kind, language):
    key = (kind, language)
    cache = _local.__dict__.setdefault("iterators", {})
    if key not in cache:
        locale = icu.Locale(language.replace("-hans", "_Hans")) if language else icu.Locale.getRoot()
        factory = icu.BreakIterator.createWordInstance if kind == "word" else icu.BreakIterator.createLineInstance
        cache[key] = factory(locale)
    return cache[key]


def _boundaries(iterator, text):
    """Boundaries as Python string offsets (ICU counts UTF-16 code units; a character outside the
    Basic Multilingual Plane, such as a rare Han ideograph, counts two there)."""
    iterator.setText(text)
    utf16_to_index = {}
    position = 0
    for index, char in enumerate(text):
        utf16_to_index[position] = index
        position += 2 if ord(char) > 0xFFFF else 1
    utf16_to_index[position] = len(text)
    return [utf16_to_index[boundary] for boundary in iterator]


def words(text):
    """`text` with a space between every two ICU words, if it holds a script written without spaces."""
    if not text or not UNSPACED.containsSome(text):
        return text
    pieces, start = [], 0
    for end in _boundaries(_iterator("word", None), text):
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    return " ".join(pieces)


def line_breaks(text, language=None):
    """Offsets after which a line may end (the last one is len(text))."""
    return _boundaries(_iterator("line", language), text)
