"""What a person reads on an admin screen, and which of it is in a language they did not ask for."""

import re
import unicodedata
from html.parser import HTMLParser

# Elements whose text nobody reads; <template> holds markup shown later, so it is read too.
HIDDEN = {"script", "style", "noscript", "svg", "title"}
# Attributes people read or hear: tooltips, placeholders, screen-reader labels.
READ_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """Text nodes and read attributes outside hidden elements (<script>..., or `hidden`)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []  # (tag, hides) of the elements we are inside
        self.chunks = []

    def hidden(self):
        return any(hides for _tag, hides in self.open)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.open.append((tag, tag in HIDDEN or "hidden" in attrs))
        if self.hidden() or "hidden" in attrs:
            return
        self.chunks.extend(value for name, value in attrs.items() if name in READ_ATTRIBUTES and value)
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.chunks.append(attrs["value"])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.open and self.open[-1][0] == tag:
            self.open.pop()

    def handle_endtag(self, tag):
        # Close up to the matching element: an unclosed <p> or <li> inside it closes with it.
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def handle_data(self, data):
        if not self.hidden() and data.strip():
            self.chunks.append(data.strip())


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.chunks


LATIN_WORD = re.compile(r"[^\W\d_]*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][^\W\d_]*")
# A Vietnamese syllable: optional initial consonant, a vowel nucleus, optional final consonant.
# English words break this shape ("page", "edit", "draft", "status"); a few short ones fit it
# ("to", "the", "in"), which is why whole untranslated phrases are still caught by their other words.
VIETNAMESE_SYLLABLE = re.compile(
    r"^(ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(ch|ng|nh|[cmnpt])?$"
)
VIETNAMESE_ONLY = set("ăâđêôơưắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựảãạẻẽẹỉĩịỏõọủũụỷỹỵ")


def is_vietnamese_word(word):
    return bool(VIETNAMESE_SYLLABLE.match(word.lower()))


def foreign_words(chunks, language, allowed_phrases=(), allowed_words=()):
    """Words that should not be on a screen in `language`: for vi anything that is not a
    Vietnamese syllable, for km and lo any Latin-script word (English or Vietnamese)."""
    found = []
    allowed_words = {w.lower() for w in allowed_words}
    for chunk in chunks:
        text = unicodedata.normalize("NFC", chunk)
        for phrase in sorted(allowed_phrases, key=len, reverse=True):
            text = text.replace(phrase, " ")
        text = re.sub(r"\S+@\S+|https?://\S+|/[\w/.-]*", " ", text)  # addresses and paths
        text = re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", " ", text)  # placeholders in catalogue strings
        for word in LATIN_WORD.findall(text):
            if word.lower() in allowed_words or len(word) == 1:  # a key ("m") or a list letter
                continue
            if language == "vi" and is_vietnamese_word(word):
                continue
            found.append((word, chunk[:120]))
    return found
