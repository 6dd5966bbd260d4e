"""Translated text that does not fit the target page's fields.

Contract: `check_fits(translation)` raises `TransitionRefused` naming the field and its limit when
a translated string is longer than the field it fills allows (a machine answer is often longer
than its Vietnamese source), and `saved_target(translation, user, publish)` saves the target
page, turning any validation error Wagtail or wagtail-localize raise into `TransitionRefused`.
Either way the caller's transaction is rolled back and nothing is stored.
`mark_overlong` flags such a string where it is saved, whatever saves it (signal_handlers.py), and
`copy_title_into_draft` keeps it out of the page's draft title.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue

from .workflow import TransitionRefused


def too_long(model, path, data):
    """The message when `data`, translated text for the field at `path` of `model`, is longer than
    that field holds; None when it fits (a block inside a StreamField has no length limit)."""
    try:
        field = model._meta.get_field(path)
    except FieldDoesNotExist:
        return None
    limit = getattr(field, "max_length", None)
    length = len(StringValue(data).render_text())
    if limit is None or length <= limit:
        return None
    return _("The translation of “%(field)s” has %(length)s characters; the field holds at most %(limit)s. Shorten it, then try again.") % {
        "field": field.verbose_name,
        "length": length,
        "limit": limit,
    }


def check_fits(translation):
    model = translation.source.specific_content_type.model_class()
    rows = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_of__segments__source=translation.source, context__object_id=translation.source.object_id
    ).values_list("context__path", "data")
    for path, data in rows.distinct():
        message = too_long(model, path, data)
        if message:
            raise TransitionRefused(message)


def saved_target(translation, user, publish):
    check_fits(translation)
    try:
        translation.save_target(user=user, publish=publish)
    except ValidationError as error:
        raise TransitionRefused(_("The translation cannot be saved: %(problems)s") % {"problems": " ".join(error.messages)}) from error


def mark_overlong(sender, instance, raw=False, **kwargs):
    """pre_save of StringTranslation, the one row every way of translating writes (wagtail-localize's
    editor, PO/XLIFF import, machine drafts): a text longer than its field is kept, as
    wagtail-localize keeps invalid HTML, but flagged as an error with the reason, which the editor
    shows by the segment; flagged strings count as untranslated (gates.py), so the page cannot be
    submitted or published with them."""
    if raw or instance.context_id is None:
        return
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(object_id=instance.context.object_id).only("specific_content_type").first()
    if source is None:
        return
    message = too_long(source.specific_content_type.model_class(), instance.context.path, instance.data)
    if message:  # (saving new data resets both fields: the editor, the import and wagtail-localize do)
        instance.has_error, instance.field_error = True, message


def copy_title_into_draft(sender, instance, **kwargs):
    """Replaces wagtail-localize's post_save_string_translation: the same copy of a translated title
    into the target page's `draft_title`, except a title with a field error (`mark_overlong`'s),
    which PostgreSQL would refuse (varchar(255)) with an error for the whole request."""
    from wagtail.models import Page

    if instance.context.path == "title" and not (instance.has_error and instance.field_error):
        Page.objects.filter(translation_key=instance.context.object_id, locale_id=instance.locale_id).update(draft_title=instance.data)
