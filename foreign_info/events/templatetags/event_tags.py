from django import template
from django.utils.formats import date_format

register = template.Library()


@register.simple_tag
def event_dates(event):
    """ "10 March 2026 – 16 March 2026, 08:00" style range in the event's zone and the reader's
    locale formats; one day shows once."""
    start, end = event.local_start, event.local_end
    first = date_format(start, "DATE_FORMAT")
    last = date_format(end, "DATE_FORMAT")
    return first if first == last else f"{first} – {last}"


@register.filter
def local_time(moment):
    return date_format(moment, "TIME_FORMAT") if moment else ""
