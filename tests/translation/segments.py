"""Filling a job's segments the way wagtail-localize's editor does, for tests that publish."""

from wagtail_localize.models import StringSegment, StringTranslation


def translate_segments(job, prefix=None, leave=0):
    """Translate every segment of the job's translation that has none yet, but the last `leave`;
    returns how many were translated."""
    return translate_every_segment(job.translation, prefix, leave)


def translate_every_segment(translation, prefix=None, leave=0):
    """The same for a wagtail-localize Translation (the publish gate refuses an unfinished one)."""
    code = translation.target_locale.language_code
    segments = list(StringSegment.objects.filter(source=translation.source).select_related("string", "context").order_by("order"))
    done = 0
    for segment in segments[: len(segments) - leave]:
        _translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": f"{prefix or code.upper()} {segment.string.data}", "translation_type": "manual"},
        )
        done += created
    return done
