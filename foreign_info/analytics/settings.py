"""settings.ANALYTICS, with defaults. See README "Statistics"."""

from django.conf import settings

DEFAULTS = {
    # Collect at all (bench/analytics.py turns this off to compare).
    "ENABLED": True,
    # The drainer thread moves hits from memory to Redis/the staging table this often, or sooner
    # when this many wait. 0 seconds: no thread (tests drain by hand).
    "DRAIN_SECONDS": 2,
    "DRAIN_EVENTS": 500,
    # A flush task is enqueued at most this often per process.
    "FLUSH_SECONDS": 5,
    # Raw events are deleted after this many days; rollups are kept.
    "RETENTION_DAYS": 90,
    # A trusted CDN header carrying the reader's country (e.g. "CF-IPCountry"); empty: iptocc.
    "COUNTRY_HEADER": "",
    # A trusted proxy header with the client IP (e.g. "X-Forwarded-For", first address taken).
    "CLIENT_IP_HEADER": "",
    # Beacons: most bytes accepted, most beacons per visitor per minute.
    "BEACON_MAX_BYTES": 1024,
    "BEACON_PER_MINUTE": 30,
    # A visitor counts as "online now" for this many minutes after a page view.
    "ONLINE_MINUTES": 5,
    # "Abroad" means any other country than this one.
    "HOME_COUNTRY": "VN",
    # The indicators API: public when empty, else requests must send "Authorization: Bearer <token>".
    "API_TOKEN": "",
    # A TrueType font covering Vietnamese for the quarterly report's PDF (all styles); empty:
    # Liberation Serif 2 (Debian's fonts-liberation2), metric-compatible with Times New Roman.
    "REPORT_FONT": "",
    # Fonts for the scripts that font lacks, by script ("khmer", "lao", "cjk"): a path (all styles)
    # or {"": regular, "B": bold}; empty: Debian's Noto Serif Khmer/Lao (fonts-noto-core) and
    # Noto Serif CJK (fonts-noto-cjk). The chart uses the Sans faces of the same packages.
    "REPORT_FONTS": {},
    # Days before a quarterly report's due date (the 15th of the quarter's last month) when the
    # statistics officers get a reminder (`manage.py remind_quarterly_report`, daily from cron).
    "REMINDER_DAYS": 7,
    # Weights of the ranking's pillars (foreign_info.analytics.ranking).
    "RANKING_WEIGHTS": {"output": 2, "reach": 3, "engagement": 2, "timeliness": 2, "languages": 1},
    # Redis URL for the buffer (defaults to REDIS_URL).
    "REDIS_URL": "",
}


def analytics_setting(name):
    return getattr(settings, "ANALYTICS", {}).get(name, DEFAULTS[name])
