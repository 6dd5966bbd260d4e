"""A tiny web font that draws every language's own name, whatever the page's language.

The language switcher and the accreditation form's language checkboxes show "ខ្មែរ", "ລາວ", "简体中文",
"日本語" and "한국어" on every page, but a page loads only its own script's web font, and a reader's
device often has no Khmer, Lao or CJK font: the names came out as boxes. Loading five script fonts
on every page for a dozen characters would cost megabytes, so `build()` (run by `make fonts`, through
`manage.py build_name_font`) cuts, from the same Noto fonts the PDFs embed, one small WOFF per
script with exactly the glyphs of those names (and what shaping them needs: fontTools keeps the
OpenType lookups, so Khmer's subscript consonants still join). font.css declares them as one
family, "Language Names", each face limited by `unicode-range` to its characters, so a browser
fetches only the faces a page shows. The names come from PORTAL_LANGUAGES: a new language's name
is covered by running `make fonts` again.
"""

from pathlib import Path

from django.conf import settings
from fontTools import subset
from fontTools.ttLib import TTFont

from . import languages

FAMILY = "Language Names"
FOLDER = "language-names"


def target_folder():
    return Path(settings.BASE_DIR) / "portal" / "static" / "fonts" / FOLDER


def script_characters():
    """{(pdf font key, CJK face): set of characters}: the characters of every native name written
    in a script Noto Sans (loaded on every page) does not cover."""
    from foreign_info.core.pdf_text import CJK_FACE, DEFAULT_CJK_FACE

    wanted = {}
    for language in languages.all_languages():
        if language.pdf_font == "latin":
            continue  # Latin, Vietnamese and Cyrillic: Noto Sans, already on every page
        face = CJK_FACE.get(language.code, DEFAULT_CJK_FACE) if language.pdf_font == "cjk" else 0
        characters = {character for character in language.name_local if not character.isspace() and ord(character) > 0x7F}
        wanted.setdefault((language.pdf_font, face, language.code), set()).update(characters)
    return wanted


def unicode_range(characters):
    return ",".join(f"U+{ord(character):04X}" for character in sorted(characters))


def build(folder=None):
    """Write <code>.woff files and font.css into `folder` (portal/static/fonts/language-names/);
    returns the paths written."""
    from foreign_info.presskits.zipbuild.pdf import font_paths

    folder = Path(folder or target_folder())
    folder.mkdir(parents=True, exist_ok=True)
    paths = font_paths()
    rules, written = [], []
    for (key, face, code), characters in sorted(script_characters().items()):
        source = paths[key]
        font = TTFont(source, fontNumber=face) if source.endswith((".ttc", ".otc")) else TTFont(source)
        options = subset.Options()
        options.flavor = "woff"  # zlib: needs no Brotli module, and every browser reads it
        options.layout_features = ["*"]  # keep shaping (Khmer coeng forms, Lao marks)
        options.name_IDs = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(sorted(characters)))
        subsetter.subset(font)
        name = f"{code}.woff"
        font.flavor = "woff"
        font.save(folder / name)
        written.append(folder / name)
        rules.append(
            "@font-face {\n"
            f"  font-family: '{FAMILY}';\n  font-style: normal;\n  font-weight: 400 700;\n  font-display: swap;\n"
            f"  src: url({name}) format('woff');\n  unicode-range: {unicode_range(characters)};\n}}\n"
        )
    (folder / "font.css").write_text("/* Built by `manage.py build_name_font` (foreign_info/core/name_font.py). */\n" + "".join(rules))
    written.append(folder / "font.css")
    return written
