"""Names, numbers and dates from CLDR (through Babel), in every language of the section.

Django's catalogues and django-countries lack Khmer and Lao (a Lao reader got Vietnamese country
names through the gettext fallback), and Django's number formatting knows neither Lao nor the
grouping rules of each language. CLDR has all of them, maintained by Unicode, so every name,
number and date a reader sees comes from here rather than from hand-kept tables.
"""

import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, get_datetime_format
from babel.lists import format_list as babel_format_list
from babel.numbers import format_decimal
from django.utils import timezone
from django.utils.translation import get_language, to_locale


@lru_cache(maxsize=64)
def babel_locale(language_code=None):
    """Babel's Locale for a Django language code ("zh-hans" -> zh_Hans); English if CLDR lacks it."""
    try:
        return Locale.parse(to_locale(language_code or "en"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def current_locale():
    return babel_locale(get_language() or "en")


def as_decimal(value):
    """A Decimal without trailing zeros (a DecimalField stores 1.5 as 1.5000), or None."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()


def format_number(value, language_code=None):
    """`value` as readers of the language write it: their grouping and decimal signs, and no
    decimals the value does not have (13030.5000 -> "13 030,5" in French, "13,030.5" in Japanese).
    Anything that is not a number is returned as it is."""
    number = as_decimal(value)
    if number is None:
        return "" if value is None else str(value)
    locale = babel_locale(language_code) if language_code else current_locale()
    # Babel's format keeps up to the pattern's three decimals; ours come from the value itself.
    decimals = max(0, -number.as_tuple().exponent)
    pattern = locale.decimal_formats.get(None).pattern.split(";")[0]
    pattern = pattern.split(".")[0] + ("." + "#" * decimals if decimals else "")
    return format_decimal(number, format=pattern, locale=locale)


def format_long_date(value, language_code=None, in_current_zone=True):
    """A date written out in the language (month names in Lao and Khmer too); a date and time is
    taken in the current time zone first, as Django's `date` filter does (or in its own zone)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if in_current_zone and timezone.is_aware(value) else value.date()
    locale = babel_locale(language_code) if language_code else current_locale()
    return format_date(value, format="long", locale=locale)


def format_time_of_day(value, language_code=None, in_current_zone=True):
    """A time on the 24-hour clock as the language writes it ("14:30"): the province announces
    times so, and CLDR's 12-hour forms would put a Latin "PM" into Khmer. An aware date and time
    is shown in the current time zone (the portal's, or the one `{% timezone %}` activates), or in
    its own with `in_current_zone=False` (an event's programme keeps the event's zone)."""
    if value is None or value == "":
        return ""
    if in_current_zone and isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    locale = babel_locale(language_code) if language_code else current_locale()
    return format_skeleton("Hm", value, locale=locale)


def format_long_datetime(value, language_code=None, in_current_zone=True):
    """A date written out and its 24-hour time, joined as the language joins them
    ("5 mars 2026, 14:30", "14:30 5 tháng 3, 2026", "2026年3月5日 14:30"); the zone as above."""
    if value is None or value == "":
        return ""
    if in_current_zone and timezone.is_aware(value):
        value = timezone.localtime(value)
    locale = babel_locale(language_code) if language_code else current_locale()
    pattern = get_datetime_format("long", locale=locale).replace("'", "")
    time = format_time_of_day(value, language_code, in_current_zone=False)
    return pattern.replace("{0}", time).replace("{1}", format_date(value.date(), format="long", locale=locale))


def country_name(code, language_code=None):
    locale = babel_locale(language_code) if language_code else current_locale()
    return locale.territories.get(str(code), str(code))


def country_choices(language_code=None):
    """(ISO code, name) of every country django-countries accepts, named and sorted in the language."""
    from django_countries.data import COUNTRIES

    locale = babel_locale(language_code) if language_code else current_locale()
    names = [(code, locale.territories.get(code) or str(name)) for code, name in COUNTRIES.items()]
    return sorted(names, key=lambda item: sort_key(item[1], locale))


def sort_key(text, locale):
    """ICU collation of the language (PyICU): "Allemagne" before "Zimbabwe", Khmer by its own order."""
    return collator(str(locale)).getSortKey(text)


@lru_cache(maxsize=32)
def collator(locale_name):
    import icu

    return icu.Collator.createInstance(icu.Locale(locale_name))


def language_display_name(code, language_code=None):
    """The name of language `code` in the active language ("tiếng Pháp"), from CLDR."""
    locale = babel_locale(language_code) if language_code else current_locale()
    try:
        return Locale.parse(to_locale(code)).get_display_name(locale) or code
    except (UnknownLocaleError, ValueError):
        return code


def format_list(items, language_code=None):
    """ "a, b et c" in French, "a、b和c" in Chinese: the language's own list pattern."""
    items = [str(item) for item in items]
    if not items:
        return ""
    locale = babel_locale(language_code) if language_code else current_locale()
    return babel_format_list(items, locale=locale)
