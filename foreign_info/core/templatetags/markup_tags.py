"""Machine-readable values for HTML attributes, in the forms the HTML standard accepts.

`|date:'c'` prints Python's isoformat(), which carries microseconds when a datetime has them
(timezone.now() always does): HTML allows at most three digits of a second's fraction, so the Nu
HTML checker refused every publication date. These filters print whole seconds (a reader's
date needs no more) and a cue's offset as an HTML duration ("PT1M5.5S"), so every <time> in every
template gets its `datetime` from one place.
"""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def machine_datetime(value):
    """A valid global date and time ("2026-03-14T08:30:00+07:00"), a date for a date, "" for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""


@register.filter
def machine_duration(seconds):
    """An HTML duration string for an offset in seconds: PT0S, PT0.8S, PT1M5S, PT1H2M5.25S."""
    if seconds is None or seconds == "":
        return ""
    milliseconds = round(float(seconds) * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, fraction = divmod(rest, 1000)
    result = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if whole or fraction or result == "PT":
        result += f"{whole}.{fraction:03d}".rstrip("0").rstrip(".") + "S"
    return result
