"""Dates and times of an event in the reader's language (CLDR), in the event's own time zone: a
programme in Hanoi reads in Hanoi time wherever the server or the reader is."""

from django import template

from foreign_info.core import cldr

register = template.Library()


@register.simple_tag
def event_dates(event):
    """ "10 mars 2026 – 16 mars 2026" in the reader's language; one day shows once."""
    first = cldr.format_long_date(event.local_start, in_current_zone=False)
    last = cldr.format_long_date(event.local_end, in_current_zone=False)
    return first if first == last else f"{first} – {last}"


@register.filter
def local_date(moment):
    return cldr.format_long_date(moment, in_current_zone=False)


@register.filter
def local_time(moment):
    return cldr.format_time_of_day(moment, in_current_zone=False)


@register.filter
def utc_offset(moment):
    """ "+07:00": the offset of the event's own zone at that moment (Django's `date` filter would
    give the portal's)."""
    return moment.isoformat(timespec="minutes")[16:] if moment else ""
