"""Create real wagtail-localize translations from known strings.

The demo's translations go through wagtail-localize's own sources, segments and string
translations, exactly as a translator's work does, so every demo translation opens in its editor
and is kept in sync like any other.
"""

import html

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate_instance(instance, language_code, strings, publish=True):
    """Translate `instance` into `language_code` using `strings` ({source text: translated text}).

    Segments whose text is not in `strings` keep the source text; their texts are returned so a
    caller can report them. Returns (translated instance, missing texts).
    """
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    lookup = {html.unescape(text).strip(): value for text, value in strings.items()}
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = html.unescape(segment.string.data).strip()
        translated = lookup.get(text)
        if translated is None:
            missing.append(text)
            translated = text
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": html.escape(translated, quote=False), "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation.save_target(publish=publish)
    return instance.get_translation(locale), missing
