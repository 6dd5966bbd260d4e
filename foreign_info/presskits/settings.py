"""Press-room settings, read through `presskit_setting(name)`; override any of them in
`settings.PRESSKITS` (portal/settings/base.py fills them from the environment)."""

from django.conf import settings

DEFAULTS = {
    # A kit estimated below this many bytes is built while the journalist waits; above it, by a
    # background task whose progress the press room shows.
    "INLINE_BUILD_MAX_BYTES": 200 * 1024 * 1024,
    # Font files for kit PDFs by script ("latin", "khmer", "lao", "cjk"), over the Debian paths in
    # zipbuild/pdf.py.
    "PDF_FONTS": {},
    # Longest side of "web size" photos in a kit.
    "WEB_PHOTO_SIZE": 2048,
    # Stored ZIPs of content that has since changed are deleted after this many days.
    "STALE_BUILD_DAYS": 7,
    # Stored ZIPs are sent by Django (streamed, ranges included) unless this hands them to the web
    # server: "x-accel-redirect" (nginx: an `internal` location serving MEDIA_ROOT at
    # ACCEL_REDIRECT_PREFIX) or "x-sendfile" (Apache mod_xsendfile, lighttpd).
    "SERVE_WITH": "",
    "ACCEL_REDIRECT_PREFIX": "/protected-media/",
    # With media in an object store (S3), SERVE_WITH redirects to a signed URL of the ZIP that
    # expires after this many seconds (a download that started goes on; a resume asks again).
    "SIGNED_URL_SECONDS": 600,
    # Personal access links of accredited journalists expire after this many days.
    "ACCESS_LINK_DAYS": 30,
    # Accreditation requests (personal data) are erased this many days after they were decided.
    "PERSONAL_DATA_RETENTION_DAYS": 365,
    # Accreditation form: at most this many requests per hour from one network address.
    "ACCREDITATION_RATE_PER_HOUR": 5,
    # Accreditation form: the longest reporting visit, and how far ahead it may start.
    "ACCREDITATION_MAX_VISIT_DAYS": 90,
    "ACCREDITATION_MAX_DAYS_AHEAD": 365,
}


def presskit_setting(name):
    return getattr(settings, "PRESSKITS", {}).get(name, DEFAULTS[name])
