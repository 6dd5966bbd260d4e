"""The section's languages, in one place: the `PORTAL_LANGUAGES` setting.

Vietnamese is the source language; the others are translation targets. `PORTAL_LANGUAGES` is a list
of `Language` entries (code, English name, native name, direction, web font, Open Graph locale, PDF
font), and everything that needs to know about languages reads it, at run time, through the
functions below: Django's `LANGUAGES`, Wagtail's content and admin languages (derived in
portal/settings/base.py by `derived_settings`), hreflang and `lang`, Open Graph locales, `dir`,
web fonts, the switcher, the accreditation form and the language choices of models (callables, so
adding a language needs no migration). Adding a language is one entry plus a catalogue.

This module must stay importable from settings: no Django models, no app registry.
"""

import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import pgettext_lazy

SOURCE_LANGUAGE = "vi"
# What a catalogue falls back to for a string it lacks (foreign_info.core.fallback): a reader of
# Lao who meets an untranslated string should get English, never the source language.
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str  # Django's code, lower case: the URL prefix and Wagtail's Locale.language_code
    name: str  # in English: what Django and the Wagtail admin show when nothing better is known
    name_local: str  # in the language itself: what its readers look for in the switcher
    open_graph: str  # language_TERRITORY, as Open Graph wants it
    web_font: str = ""  # a family under portal/static/fonts/ the script needs beyond Noto Sans
    pdf_font: str = "latin"  # a key of presskits.zipbuild.pdf.PDF_FONTS for its script
    direction: str = "ltr"  # "rtl" for Arabic, Hebrew, Persian...
    bcp47: str = ""  # the tag for `lang`/`hreflang` when it differs from the code (zh-Hans)

    @property
    def tag(self):
        return self.bcp47 or self.code

    @property
    def lang_info(self):
        return {"bidi": self.direction == "rtl", "code": self.code, "name": self.name, "name_local": self.name_local}


DEFAULT_LANGUAGES = [
    Language("vi", "Vietnamese", "Tiếng Việt", "vi_VN"),
    Language("en", "English", "English", "en_US"),
    Language("fr", "French", "Français", "fr_FR"),
    Language("zh-hans", "Simplified Chinese", "简体中文", "zh_CN", web_font="noto-sans-sc", pdf_font="cjk", bcp47="zh-Hans"),
    Language("ja", "Japanese", "日本語", "ja_JP", web_font="noto-sans-jp", pdf_font="cjk"),
    Language("ko", "Korean", "한국어", "ko_KR", web_font="noto-sans-kr", pdf_font="cjk"),
    Language("ru", "Russian", "Русский", "ru_RU"),
    Language("km", "Khmer", "ខ្មែរ", "km_KH", web_font="noto-sans-khmer", pdf_font="khmer"),
    Language("lo", "Lao", "ລາວ", "lo_LA", web_font="noto-sans-lao", pdf_font="lao"),
]


def all_languages():
    """The configured languages, source first (settings.PORTAL_LANGUAGES, read on every call so a
    settings override is seen)."""
    return list(getattr(settings, "PORTAL_LANGUAGES", DEFAULT_LANGUAGES))


def get(code):
    """The Language of `code`, or None."""
    return next((language for language in all_languages() if language.code == code), None)


def codes():
    return [language.code for language in all_languages()]


def target_codes():
    return [code for code in codes() if code != SOURCE_LANGUAGE]


def bcp47(code):
    language = get(code)
    return language.tag if language else code


def open_graph_locale(code):
    language = get(code) or get(SOURCE_LANGUAGE)
    return language.open_graph if language else "vi_VN"


def direction(code):
    language = get(code)
    return language.direction if language else "ltr"


def web_font(code):
    language = get(code)
    return language.web_font if language else ""


def native_name(code):
    language = get(code)
    return language.name_local if language else code


def choices():
    """(code, English name) for model and block fields: a callable, so migrations store a reference
    to it rather than the list (adding a language needs no migration)."""
    return [(language.code, language.name) for language in all_languages()]


def derived_settings(portal_languages):
    """The Django and Wagtail settings that follow from the language list (portal/settings/base.py,
    and tests that add a language)."""
    pairs = [(language.code, language.name) for language in portal_languages]
    return {
        "PORTAL_LANGUAGES": list(portal_languages),
        "LANGUAGES": pairs,
        # Names translated into the admin user's language (LABELS) where the catalogues have them.
        "WAGTAIL_CONTENT_LANGUAGES": [(code, LABELS.get(code, name)) for code, name in pairs],
        "WAGTAILADMIN_PERMITTED_LANGUAGES": pairs,
    }


# Kept for code that runs at import time with the default list (demo content, tests).
LANGUAGES = [(language.code, language.name) for language in DEFAULT_LANGUAGES]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]
BCP47 = {language.code: language.tag for language in DEFAULT_LANGUAGES}

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
    """The language's name in the active (admin) language, e.g. "tiếng Pháp" for fr in Vietnamese;
    a language the catalogues do not know yet is named by CLDR (foreign_info.core.cldr)."""
    if code in TRANSLATED_NAMES:
        return str(TRANSLATED_NAMES[code])
    from .cldr import language_display_name

    return language_display_name(code)


def register_missing_lang_info():
    """Teach Django the configured languages it lacks (Lao) or misnames (Khmer is "Khmer" in its own
    entry): every language's LANG_INFO says what PORTAL_LANGUAGES says. Idempotent."""
    for language in all_languages():
        info = LANG_INFO.get(language.code, {}) | language.lang_info
        # Django spells some names decomposed (e.g. "Tiếng Việt" in NFD); pages and search use NFC.
        info["name_local"] = unicodedata.normalize("NFC", info["name_local"])
        LANG_INFO[language.code] = info
