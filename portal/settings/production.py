"""Production: everything from the environment, refusing to start without a secret key.

See README "Production" for the variables. `manage.py check --deploy` is clean with these settings.
"""

import os
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, REDIS_URL, env_bool

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production "
        "(for example: python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

# Several WSGI workers must share one page cache, or publishing would clear only one worker's
# copy. Without Redis, fall back to a cache on disk that every worker on the host shares.
if not REDIS_URL:
    CACHE_DIR = os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache"))  # noqa: F405
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": f"{CACHE_DIR}/default"}
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": f"{CACHE_DIR}/pages",
        "TIMEOUT": PAGE_CACHE_SECONDS,  # noqa: F405
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }

# Mail: accreditation e-mails carry names, nationalities and personal access links, which must
# never land in a server log. SMTP by default; a backend that keeps mail on this machine (console,
# file, memory) only when ALLOW_CONSOLE_EMAIL=true says so on purpose.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
LOCAL_MAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}
if EMAIL_BACKEND in LOCAL_MAIL_BACKENDS and not env_bool("ALLOW_CONSOLE_EMAIL", False):
    raise ImproperlyConfigured(
        f"EMAIL_BACKEND={EMAIL_BACKEND} would write personal data and access links into the server's logs or files. "
        "Set EMAIL_BACKEND to an SMTP backend (EMAIL_HOST, EMAIL_PORT, ...), or ALLOW_CONSOLE_EMAIL=true if that is really wanted."
    )

# nginx sends private (embargoed) files to whoever holds a pass signed with this secret
# (deploy/nginx, foreign_info/presskits/media_pass.py): a short or empty one would let anyone forge it.
if PRESSKITS["SERVE_WITH"] == "x-accel-redirect" and len(PRIVATE_MEDIA_PASS_SECRET) < 32:  # noqa: F405
    raise ImproperlyConfigured(
        "PRESSKITS_SERVE_WITH=x-accel-redirect needs PRIVATE_MEDIA_PASS_SECRET (at least 32 random characters), "
        "the same value that deploy/nginx's template receives as PORTAL_MEDIA_PASS_SECRET."
    )

# load_demo refuses to run with these settings without --force (demo accounts have known passwords).
DEMO_DATA_REFUSED = True


# Purging the page cache empties its whole Redis database (FLUSHDB): sharing the database of
# REDIS_URL would wipe the cache, the rate limits and the analytics buffer with it.
def redis_database(url):
    return urlparse(url).path.strip("/") or "0"


if REDIS_URL and redis_database(CACHES["pages"]["LOCATION"]) == redis_database(REDIS_URL):
    raise ImproperlyConfigured(
        "REDIS_PAGE_CACHE_DB must name another Redis database than REDIS_URL: purging the page cache empties its database "
        "(FLUSHDB), which holds the analytics buffer otherwise."
    )

TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# HTTPS everywhere; a proxy in front terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True


LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
