"""The translation gate: a translation goes live only when every one of its texts is translated.

Contract of `untranslated_texts(page)`: for a page that is a wagtail-localize translation (an
enabled `Translation` of a source in another language, targeting the page's language), the source
texts of its segments that have no usable translation (none, or one wagtail-localize marked as
failing validation) into the page's language, in page order, and the number of segments; for any
other page (a source, a page translated by hand) None. Two queries, whatever the number of
segments. `translation_gate(page)` is the `publish_gates` hook (core.publish_gates) built on it.
"""

from django.db.models import Exists, OuterRef
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, StringTranslation, Translation

EXAMPLES_SHOWN = 3


def translation_of(page):
    return (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True)
        .exclude(source__locale_id=page.locale_id)
        .only("pk", "source_id", "target_locale_id")
        .first()
    )


def untranslated_texts(page):
    translation = translation_of(page)
    if translation is None:
        return None
    segments = StringSegment.objects.filter(source_id=translation.source_id).annotate(
        is_translated=Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale_id=translation.target_locale_id, has_error=False
            )
        )
    )
    rows = list(segments.order_by("order").values_list("string__data", "is_translated"))
    return [text for text, translated in rows if not translated], len(rows)


def translation_gate(page):
    found = untranslated_texts(page)
    if not found or not found[0]:
        return []
    missing, total = found
    examples = ", ".join(f"“{Truncator(text).chars(60)}”" for text in missing[:EXAMPLES_SHOWN])
    return [_("%(missing)s of %(total)s texts are not translated yet (%(examples)s)") % {"missing": len(missing), "total": total, "examples": examples}]
