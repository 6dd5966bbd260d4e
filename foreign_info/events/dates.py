"""The event's times as readers see them: in the event's own time zone, with the Vietnamese lunar
date where the event follows the lunar calendar (a festival on the 10th of the third month).

Why lunar-vn: the Vietnamese calendar is computed for UTC+7, the Chinese one (which `lunardate`,
`lunarcalendar` and `lunar-python` implement) for UTC+8. Where a new moon falls between 16:00 and
17:00 UTC the two calendars start the month on different days: 750 days differ between 2000 and
2069 (Tết 2007 was 17 February in Việt Nam, 18 February in China), so a Chinese library would
print wrong lunar dates for Vietnamese festivals. lunar-vn implements Hồ Ngọc Đức's algorithm at
UTC+7, is typed, dependency-free, MIT-licensed and released regularly.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from lunar_vn import solar_to_lunar
from lunar_vn.can_chi import get_year_can_chi

DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh"


def zone(name):
    return ZoneInfo(name or DEFAULT_TIME_ZONE)


def local(moment, time_zone):
    """An aware datetime in the event's zone (the database gives UTC)."""
    return moment.astimezone(zone(time_zone)) if moment else None


def session_moments(session, time_zone):
    """(start, end or None) of a programme session as aware datetimes in the event's zone."""
    tz = zone(time_zone)
    start = datetime.datetime.combine(session["date"], session["start_time"], tzinfo=tz)
    end = datetime.datetime.combine(session["date"], session["end_time"], tzinfo=tz) if session.get("end_time") else None
    return start, end


def lunar_date(day):
    """The Vietnamese lunar date of a solar date, as a sentence in the active language."""
    lunar = solar_to_lunar(day)
    values = {"day": lunar.day, "month": lunar.month, "year": get_year_can_chi(lunar.year)}
    if lunar.leap:
        return _("day %(day)d of leap month %(month)d, year %(year)s") % values
    return _("day %(day)d of month %(month)d, year %(year)s") % values
