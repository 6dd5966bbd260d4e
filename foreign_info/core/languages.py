"""The section's languages, in one place.

Vietnamese is the source language; the eight others are translation targets. Everything that needs
to know about languages (settings, hreflang, Open Graph locales, web fonts, the language switcher)
reads it from here so that adding a language is a one-line change plus a catalogue.

This module must stay importable from settings: no Django models, no app registry.
"""

import unicodedata

from django.conf.locale import LANG_INFO
from django.utils.translation import pgettext_lazy

SOURCE_LANGUAGE = "vi"

# (code, English name). The English name is what Django and the Wagtail admin show editors;
# readers see each language's own name (LANG_INFO's name_local) in the switcher.
LANGUAGES = [
    ("vi", "Vietnamese"),
    ("en", "English"),
    ("fr", "French"),
    ("zh-hans", "Simplified Chinese"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("ru", "Russian"),
    ("km", "Khmer"),
    ("lo", "Lao"),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
# The same names, marked for translation: how the admin names a language to its user inside a
# sentence (a context of their own, so Django's capitalised names elsewhere stay as they are).
TRANSLATED_NAMES = {
    "vi": pgettext_lazy("language in a sentence", "Vietnamese"),
    "en": pgettext_lazy("language in a sentence", "English"),
    "fr": pgettext_lazy("language in a sentence", "French"),
    "zh-hans": pgettext_lazy("language in a sentence", "Simplified Chinese"),
    "ja": pgettext_lazy("language in a sentence", "Japanese"),
    "ko": pgettext_lazy("language in a sentence", "Korean"),
    "ru": pgettext_lazy("language in a sentence", "Russian"),
    "km": pgettext_lazy("language in a sentence", "Khmer"),
    "lo": pgettext_lazy("language in a sentence", "Lao"),
}


# The same names as labels (a list, a column head, a locale switcher): the admin's locale names
# (Wagtail's Locale.get_display_name) in the user's language, not always in English.
LABELS = {
    "vi": pgettext_lazy("language name", "Vietnamese"),
    "en": pgettext_lazy("language name", "English"),
    "fr": pgettext_lazy("language name", "French"),
    "zh-hans": pgettext_lazy("language name", "Simplified Chinese"),
    "ja": pgettext_lazy("language name", "Japanese"),
    "ko": pgettext_lazy("language name", "Korean"),
    "ru": pgettext_lazy("language name", "Russian"),
    "km": pgettext_lazy("language name", "Khmer"),
    "lo": pgettext_lazy("language name", "Lao"),
}
CONTENT_LANGUAGES = [(code, LABELS.get(code, name)) for code, name in LANGUAGES]


def language_name(code):
    """The language's name in the active (admin) language, e.g. "tiếng Pháp" for fr in Vietnamese."""
    return str(TRANSLATED_NAMES.get(code, code))


TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]

# BCP 47 tags for `lang`, `hreflang` and JSON-LD `inLanguage`: Django's codes are lower case,
# but search engines document the script subtag as "zh-Hans".
BCP47 = {code: code for code in LANGUAGE_CODES} | {"zh-hans": "zh-Hans"}

# Open Graph wants language_TERRITORY.
OPEN_GRAPH_LOCALES = {
    "vi": "vi_VN",
    "en": "en_US",
    "fr": "fr_FR",
    "zh-hans": "zh_CN",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "ru": "ru_RU",
    "km": "km_KH",
    "lo": "lo_LA",
}

# Scripts that system fonts often lack: each gets a self-hosted web font (see `make fonts`).
WEB_FONT_FAMILIES = {
    "km": "noto-sans-khmer",
    "lo": "noto-sans-lao",
    "zh-hans": "noto-sans-sc",
    "ja": "noto-sans-jp",
    "ko": "noto-sans-kr",
}

# Django ships no LANG_INFO for Lao, and get_language_info("lo") raises KeyError without it.
LAO_LANG_INFO = {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"}
# Django names Khmer "Khmer" even in its own entry; readers look for their own script.
KHMER_NAME_LOCAL = "ខ្មែរ"


def register_missing_lang_info():
    """Teach Django the languages it lacks or misnames. Idempotent; safe to call at import."""
    LANG_INFO.setdefault("lo", LAO_LANG_INFO)
    LANG_INFO["km"] = LANG_INFO["km"] | {"name_local": KHMER_NAME_LOCAL}
    # Django spells some names decomposed (e.g. "Tiếng Việt" in NFD); pages and search use NFC.
    for code in LANGUAGE_CODES:
        info = LANG_INFO[code]
        info["name_local"] = unicodedata.normalize("NFC", info["name_local"])


register_missing_lang_info()
