"""Inline markup and glossary terms travel as numbered tokens, never as text to translate.

Providers reached through deep-translator get plain text, and machine translation mangles tags.
So before sending, each inline tag of a wagtail-localize segment (`<b>`, `<i>`, `<a id="a1">`...)
and each glossary term is replaced by a token such as ⟦3⟧; after, the tokens are put back: tags
exactly as they were, protected terms as written, preferred terms in their chosen translation.
An answer that lost, invented or repeated a token is malformed. Markup a provider puts in its
answer is removed, with the content of script and style elements, before the text is escaped: it
would otherwise be kept as visible text ("&lt;script&gt;…") for a reviewer to miss. What comes
back is then cleaned with nh3 (ammonia) down to the tags the source had.
"""

import html
import re

import nh3

TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
TOKEN = re.compile(r"⟦(\d+)⟧")
INLINE_TAGS = {"a", "b", "i", "strong", "em", "br", "code", "sub", "sup", "span"}


class MalformedAnswer(ValueError):
    pass


class Protected:
    """A segment's text with its tags and glossary terms replaced by tokens."""

    def __init__(self, source_html, glossary=()):
        self.pieces = []
        text = TAG.sub(lambda m: self._token(m.group(0)), source_html)
        for term, replacement in glossary:
            pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
            text = pattern.sub(lambda m, r=replacement: self._token(html.escape(r, quote=False) if r else m.group(0)), text)
        # Providers get text, not HTML: entities are decoded before sending and encoded on return.
        self.text = html.unescape(text)

    def _token(self, original):
        self.pieces.append(original)
        return f"⟦{len(self.pieces) - 1}⟧"

    @property
    def only_tokens(self):
        return not TOKEN.sub("", self.text).strip()

    def restore(self, translated):
        found = [int(n) for n in TOKEN.findall(translated)]
        if sorted(found) != list(range(len(self.pieces))):
            raise MalformedAnswer("markup or glossary tokens lost")
        escaped = html.escape(without_markup(translated), quote=False)
        return TOKEN.sub(lambda m: self.pieces[int(m.group(1))], escaped)


def without_markup(text):
    """A provider's plain-text answer with any tags it added removed (script and style with their
    content), and entities it wrote decoded, so that escaping it afterwards escapes once."""
    return html.unescape(nh3.clean(text, tags=set(), clean_content_tags={"script", "style"}, strip_comments=True))


def sanitise(value):
    return nh3.clean(value, tags=INLINE_TAGS, attributes={"a": {"id"}}, link_rel=None, strip_comments=True)


def tags_of(value):
    return sorted(TAG.findall(value))


def clean_translation(source_html, translated_html):
    """Sanitise a provider's answer and check it has exactly the source's tags."""
    cleaned = sanitise(translated_html)
    if tags_of(cleaned) != tags_of(sanitise(source_html)):
        raise MalformedAnswer("markup changed")
    return cleaned
