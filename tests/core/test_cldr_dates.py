"""Dates and times from CLDR in each of the nine languages: month names in the reader's script,
the 24-hour clock everywhere (no Latin "AM"/"PM" in Khmer), and the time zone the caller means."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from foreign_info.core.cldr import format_long_date, format_long_datetime, format_time_of_day
from foreign_info.core.languages import LANGUAGE_CODES

MOMENT = datetime.datetime(2027, 3, 10, 2, 30, tzinfo=datetime.UTC)  # 09:30 in Việt Nam
LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_moment_is_written_in_the_language_on_the_24_hour_clock_in_the_portals_zone(code, settings):
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"
    written = format_long_datetime(MOMENT, code)
    assert "09:30" in written or "9:30" in written, written
    assert "2027" in written and "AM" not in written and "PM" not in written
    if code not in ("en", "fr", "vi"):
        assert not LATIN.search(written), written  # month names in the language's own script
    assert format_long_date(MOMENT, code) in written


def test_the_zone_is_the_active_one_unless_the_value_keeps_its_own():
    paris = MOMENT.astimezone(ZoneInfo("Europe/Paris"))
    with timezone.override("UTC"):
        assert format_time_of_day(MOMENT, "fr") == "02:30"
        assert format_time_of_day(paris, "fr", in_current_zone=False) == "03:30"
        assert format_long_datetime(paris, "lo", in_current_zone=False) == "10 ມີນາ 2027, 03:30"
    with timezone.override("Asia/Ho_Chi_Minh"):
        assert format_long_date(datetime.datetime(2027, 3, 10, 20, tzinfo=datetime.UTC), "fr") == "11 mars 2027"


def test_nothing_gives_nothing():
    assert format_long_datetime(None) == format_time_of_day("") == format_long_date(None) == ""
