"""The embargo banner an accredited journalist sees on every embargoed page (base.html shows it)."""

from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone

from foreign_info.core.cldr import format_long_datetime

from ..surfaces import EMBARGO_ATTRIBUTE

register = template.Library()

# The province's time: the embargo is announced in it. UTC is shown beside it for correspondents
# filing to other time zones.
PROVINCE_TIME_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


@register.inclusion_tag("presskits/includes/embargo_banner.html", takes_context=True)
def embargo_banner(context):
    request = context.get("request")
    until = getattr(request, EMBARGO_ATTRIBUTE, None) if request is not None else None
    if until is None:
        return {"until": None}
    # Formatted here: the template's date filter would turn both back into the active time zone.
    utc = timezone.localtime(until, ZoneInfo("UTC"))
    return {
        "until": until,
        "local": format_long_datetime(timezone.localtime(until, PROVINCE_TIME_ZONE), in_current_zone=False),
        "utc": format_long_datetime(utc, in_current_zone=False),
        "iso_utc": utc.replace(microsecond=0).isoformat(),
    }
