"""StreamFields in admin forms that answer malformed posts with a form error instead of a 500.

Contract:
- Every StreamField of every Wagtail admin model form (pages, snippets, settings) gets
  `CheckedBlockField` (registered in apps.py with Wagtail's `register_form_field_override`).
- Its widget reads the post as Wagtail's BlockWidget does. When the StreamField's management data
  is missing or unreadable (no `body-count`, a count that is not a number, counted blocks that are
  not there), it yields `MALFORMED` instead of raising; the field then reports a clear, translated
  error, the form is invalid, nothing is saved, and the editor is shown again with the field's
  current content (bound_data falls back to the initial value, which the widget can render).

Why here: Wagtail's StreamBlock reads `data["<name>-count"]` and `int(...)` it, so any post without
it (an old tab, a script, a proxy that cut the body) was a KeyError, hence a 500, in every page form.
Catching it at the one field class every StreamField goes through covers all of them.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.base import BlockField, BlockWidget

MALFORMED = object()
READ_ERRORS = (KeyError, ValueError, TypeError, IndexError, OverflowError)


class CheckedBlockWidget(BlockWidget):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except READ_ERRORS:
            return MALFORMED


class CheckedBlockField(BlockField):
    default_error_messages = {
        "malformed": _("This content could not be read from the form that was sent. Reload the page and make your changes again."),
    }

    def __init__(self, block=None, **kwargs):
        if block is not None and "widget" not in kwargs:
            kwargs["widget"] = CheckedBlockWidget(block)
        super().__init__(block=block, **kwargs)

    def clean(self, value):
        if value is MALFORMED:
            raise forms.ValidationError(self.error_messages["malformed"], code="malformed")
        return super().clean(value)

    def bound_data(self, data, initial):
        return initial if data is MALFORMED else super().bound_data(data, initial)

    def has_changed(self, initial_value, data_value):
        return True if data_value is MALFORMED else super().has_changed(initial_value, data_value)
