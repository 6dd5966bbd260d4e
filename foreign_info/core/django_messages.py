"""Django's own messages that the public forms can show, taken into the project's catalogues.

Django ships no Lao catalogue and translates under a third of its strings into Khmer, so a Lao or
Khmer journalist's accreditation form answered in English (or, before foreign_info.core.fallback,
in Vietnamese). The project's catalogues (LOCALE_PATHS) are searched before Django's, so marking
these exact msgids here makes `makemessages` keep them in locales/ and lets us translate them for
every language, Django's translations included where they were wrong or missing. Nothing imports
the values: the marks are the point. Keep the msgids identical to Django's (django/forms/fields.py,
django/core/validators.py) or they stop matching.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

FORM_MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Null characters are not allowed."),
]
FORM_PLURAL_MESSAGES = [
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
]
