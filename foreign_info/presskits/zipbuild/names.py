"""File names inside a kit's ZIP: ASCII slugs (every unzip tool and newsroom file server copes
with them, whatever the kit's language), unique within their folder, and the same from one build
to the next for the same contents (so a journalist's links into an unpacked kit keep working)."""

import posixpath

from anyascii import anyascii
from django.utils.text import slugify

MAX_SLUG = 60


def ascii_slug(*candidates, fallback="item"):
    """The first candidate that yields a non-empty ASCII slug (Vietnamese "Đắk Lắk" -> "dak-lak",
    Chinese and Khmer through their romanisation), else `fallback`."""
    for text in candidates:
        if not text:
            continue
        slug = slugify(anyascii(str(text)))[:MAX_SLUG].strip("-")
        if slug:
            return slug
    return fallback


class Names:
    """Hands out unique paths: a second "photos/cafe.jpg" becomes "photos/cafe-2.jpg"."""

    def __init__(self):
        self.taken = set()

    def claim(self, folder, stem, extension):
        extension = extension.lower().lstrip(".")
        suffix = f".{extension}" if extension else ""
        path = posixpath.join(folder, f"{stem}{suffix}") if folder else f"{stem}{suffix}"
        number = 2
        while path.lower() in self.taken:
            candidate = f"{stem}-{number}{suffix}"
            path = posixpath.join(folder, candidate) if folder else candidate
            number += 1
        self.taken.add(path.lower())
        return path

    def reserve(self, path):
        self.taken.add(path.lower())
        return path
