"""Slugs made from titles, the same way in the browser, on the server and for translations.

Django's and Wagtail's own slugify drop what they cannot decompose to ASCII: "Đắk Lắk" lost its
"Đ" and every letter carrying two marks (`djk-lk` in the browser, `ak-lak` on the server). Here:
- Vietnamese and every other Latin or Cyrillic title is transliterated to ASCII (anyascii):
  `Đắk Lắk` -> `dak-lak`, `Даклак` -> `daklak`, `café élevé` -> `cafe-eleve`;
- Chinese, Japanese and Korean keep readable Unicode slugs (`达乐省咖啡节`, `닥락성-커피-축제`), as
  their romanisations would be unreadable to their readers;
- Khmer and Lao are transliterated too: their vowel signs are combining marks, which Django's slug
  validation refuses, so a Unicode slug would lose them.

A translation never keeps the Vietnamese slug: when wagtail-localize creates or syncs it (copying the
slug, a synchronised field that a translator may override), it gets one made from the translated
title, unique among the page's siblings in that language. Once a translation has been published its
slug stays, so links readers shared keep working; a translator's override always wins. A page copied
for translation by code (Wagtail's `copy_for_translation`) keeps the slug it is given.
"""

import contextvars
import functools

from anyascii import anyascii
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from .languages import SOURCE_LANGUAGE

UNICODE_SLUG_LANGUAGES = {"zh-hans", "ja", "ko"}
SLUG_MAX_LENGTH = 255


def slugify_title(title, language_code=SOURCE_LANGUAGE):
    """The slug for a title in the given language ('' when nothing usable remains)."""
    title = str(title or "")
    if language_code in UNICODE_SLUG_LANGUAGES:
        # Latin or Cyrillic words inside a CJK title (place names, "ASEAN") are still transliterated.
        title = "".join(character if _keeps_unicode(character) else anyascii(character) for character in title)
        return slugify(title, allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-")
    return slugify(anyascii(title))[:SLUG_MAX_LENGTH].strip("-")


def _keeps_unicode(character):
    """Han, kana, hangul: the characters that stay as they are in zh/ja/ko slugs."""
    code = ord(character)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF


def _latin_letters_by_base():
    """Every precomposed Latin letter with marks (Vietnamese ones included) grouped by its ASCII base."""
    groups = {}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        character = chr(code)
        base = anyascii(character)
        if character.isalpha() and len(base) == 1 and base.isalpha():
            groups.setdefault(base, []).append(character)
    return groups


def browser_formatters():
    """Regex replacements Wagtail's slug widget (the w-slug controller) applies before its own
    transliteration, which has no table for Vietnamese letters with two marks and maps "Đ" to the
    Serbian "Dj"."""
    return [(f"[{''.join(characters)}]", base) for base, characters in sorted(_latin_letters_by_base().items())]


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug widget, taught Vietnamese (registered for every SlugField in core.apps)."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or browser_formatters(), locale=locale)


# True while wagtail-localize writes a translation (create_or_update_translation): the only moment
# a translation's slug is the Vietnamese one because it was copied over, not because someone chose it.
writing_translation = contextvars.ContextVar("writing_translation", default=False)


def install_translation_writer_flag():
    """Wrap wagtail-localize's TranslationSource.create_or_update_translation, through which every
    path that creates or syncs a translation passes (its editor, its "sync", the queue's jobs), so
    that `translation_slug` knows when it runs. wagtail-localize has no signal for it."""
    from wagtail_localize.models import TranslationSource

    original = TranslationSource.create_or_update_translation
    if getattr(original, "sets_writing_translation", False):
        return

    @functools.wraps(original)
    def create_or_update_translation(self, *args, **kwargs):
        token = writing_translation.set(True)
        try:
            return original(self, *args, **kwargs)
        finally:
            writing_translation.reset(token)

    create_or_update_translation.sets_writing_translation = True
    TranslationSource.create_or_update_translation = create_or_update_translation


def transliterate_slug_override(sender, instance, **kwargs):
    """A translator's slug override, made a slug in its language before it is stored: wagtail-localize
    passes overrides through Django's ASCII slugify, which would drop "Đ" and every accented
    letter ("Đắk Lắk" -> "ak-lak")."""
    if instance.context.path != "slug":
        return
    import json

    typed = json.loads(instance.data_json)
    if isinstance(typed, str):
        instance.data_json = json.dumps(slugify_title(typed, instance.locale.language_code) or typed)


def translation_slug(page):
    """The slug a translated page should carry, or None to keep the one it has. See the module docstring."""
    if not writing_translation.get() or not page.locale_id or page.locale.language_code == SOURCE_LANGUAGE:
        return None
    source_slug = Page.objects.filter(translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE).values_list("slug", flat=True).first()
    if source_slug is None or page.slug != source_slug:
        return None  # a translator's override, or a slug set by hand
    if page.pk:
        stored = Page.objects.filter(pk=page.pk).values_list("slug", "first_published_at").first()
        if stored and stored[1] and stored[0] != source_slug:
            return stored[0]  # published: its address stays
    base = slugify_title(page.title, page.locale.language_code)
    if not base:
        return None
    return page._get_autogenerated_slug(base)


class TransliteratedSlugMixin:
    """For every page model of the portal: slugs made by `slugify_title`, and a translation's slug
    taken from its translated title. `_set_core_field_defaults` is where Wagtail fills a missing slug
    on every path (full_clean, and the minimal clean of a draft save), so it is overridden there."""

    # Synchronised, so it never goes to machine translation; overridable, so the translator sees it
    # in wagtail-localize's editor, under the title (see `title_and_slug_panels`), and may change it.
    override_translatable_fields = [SynchronizedField("slug", overridable=True)]
    promote_panels = []  # set below, once promote_panels_without_slug is defined

    def _set_core_field_defaults(self):
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if parent_is_known:
            if not self.slug:
                locale = self.locale if self.locale_id else self.get_default_locale()
                base = slugify_title(self.title, locale.language_code)
                if base:
                    self.slug = self._get_autogenerated_slug(base)
            else:
                self.slug = translation_slug(self) or self.slug
        super()._set_core_field_defaults()


def title_and_slug_panels():
    """The title and, right under it, the slug: on the first tab, where the translator's editor
    (wagtail-localize groups fields by the page's tabs) shows it too."""
    return [TitleFieldPanel("title"), FieldPanel("slug")]


def promote_panels_without_slug():
    """Wagtail's promote tab without the slug (moved next to the title), headings reused from Wagtail."""
    search_heading = Page.promote_panels[0].args[1]
    menus_heading = Page.promote_panels[1].args[1]
    return [
        MultiFieldPanel([FieldPanel("seo_title"), FieldPanel("search_description")], search_heading),
        MultiFieldPanel([FieldPanel("show_in_menus")], menus_heading),
    ]


TransliteratedSlugMixin.promote_panels = promote_panels_without_slug()
