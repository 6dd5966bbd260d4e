"""The visitor hash's day (analytics.visitors.local_day) is the province's day, also at its edges,
although the drainer keeps the current day's bounds instead of converting every hit."""

import datetime

from foreign_info.analytics.visitors import local_day

UTC = datetime.UTC


def test_the_day_turns_at_local_midnight_not_at_utc_midnight(settings):
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"  # UTC+7
    assert local_day(datetime.datetime(2026, 3, 9, 16, 59, 59, tzinfo=UTC)) == datetime.date(2026, 3, 9)
    assert local_day(datetime.datetime(2026, 3, 9, 17, 0, 0, tzinfo=UTC)) == datetime.date(2026, 3, 10)
    assert local_day(datetime.datetime(2026, 3, 9, 16, 0, 0, tzinfo=UTC)) == datetime.date(2026, 3, 9)  # back again
    assert local_day(datetime.datetime(2026, 3, 10, 16, 59, 59, tzinfo=UTC)) == datetime.date(2026, 3, 10)


def test_another_time_zone_is_not_answered_from_the_bounds_kept_for_the_first(settings):
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"
    moment = datetime.datetime(2026, 3, 9, 20, 0, 0, tzinfo=UTC)
    assert local_day(moment) == datetime.date(2026, 3, 10)
    settings.TIME_ZONE = "Europe/Paris"
    assert local_day(moment) == datetime.date(2026, 3, 9)
