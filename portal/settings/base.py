"""Settings shared by every environment. Everything that differs between machines comes from the
environment, so the same code runs on a laptop (SQLite, local memory) and in production
(PostgreSQL, Redis): see README "Production".
"""

import os
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import dj_database_url

from foreign_info.core import languages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "foreign_info.core",
    "foreign_info.publishing",
    "foreign_info.translation",  # before wagtail_localize: it serves the machine-translate URL
    "foreign_info.analytics",
    "foreign_info.media",
    "foreign_info.presskits",
    "foreign_info.sharing",
    "foreign_info.events",  # after presskits: its demo links an event to a press kit
    "foreign_info.departments",
    "foreign_info.statements",
    "foreign_info.awards",
    "foreign_info.subscriptions",  # after presskits and statements, whose publications it announces
    "foreign_info.workers",  # before django_tasks_db: its db_worker holds a lease
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.api.v2",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a hit is answered before any other middleware runs, with the headers the ones below
    # added when the page was stored (security, CSP), and counted by analytics through a listener.
    # A hit costs about what a static file costs (foreign_info.core.page_cache, bench/pages.py).
    "foreign_info.core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outermost after security, so page-cache hits carry the policy too (foreign_info.core.security).
    "foreign_info.core.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Counts page views after WhiteNoise (static files are not counted); it only appends to a
    # buffer (foreign_info.analytics). Page-cache hits are counted by the page cache's listener.
    "foreign_info.analytics.collector.AnalyticsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "foreign_info.core.middleware.SectionLocaleMiddleware",
    "foreign_info.core.middleware.RejectControlCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A page refused by a publish gate (foreign_info.core.publish_gates) becomes a message, not a 500.
    "foreign_info.core.publish_gates.PublishRefusedMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After authentication: limits translators and reviewers to their languages (every admin view).
    "foreign_info.translation.middleware.TranslationScopeMiddleware",
    # Wagtail's page routing remembered per URL for the public until content changes.
    "foreign_info.core.route_memory.RouteMemoryMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite by default so a newcomer needs nothing; DATABASE_URL for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches. "pages" holds whole rendered public pages (foreign_info.core.page_cache) and is kept
# apart from "default" so that clearing it never drops anything else.
REDIS_URL = os.environ.get("REDIS_URL", "")
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))


def redis_db_url(url, db):
    """The same Redis server on another logical database."""
    parts = urlparse(url)
    return urlunparse(parts._replace(path=f"/{db}"))


if REDIS_URL:
    # django-redis rather than Django's own RedisCache: Django's builds a new redis-py client on
    # every call, which costs more than the page cache's whole hit (see bench/pages.py).
    # Wrapped so that Redis accelerates and is never a single point of failure: when it does not
    # answer, pages are served uncached and the default cache falls back to this process's memory
    # (foreign_info.core.resilient_cache). Short socket timeouts: a dead host must not hold requests.
    REDIS_PAGE_CACHE_DB = os.environ.get("REDIS_PAGE_CACHE_DB", "1")
    if REDIS_PAGE_CACHE_DB == (urlparse(REDIS_URL).path.strip("/") or "0"):
        from django.core.exceptions import ImproperlyConfigured

        # Clearing the page cache is a FLUSHDB: it would also drop the analytics events waiting in REDIS_URL's database.
        raise ImproperlyConfigured("REDIS_PAGE_CACHE_DB must differ from the database number in REDIS_URL")
    REDIS_TIMEOUTS = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 1, "RETRY_SECONDS": 5}
    CACHES = {
        "default": {
            "BACKEND": "foreign_info.core.resilient_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {**REDIS_TIMEOUTS, "FALLBACK": "local"},
        },
        "pages": {
            "BACKEND": "foreign_info.core.resilient_cache.ResilientRedisCache",
            "LOCATION": redis_db_url(REDIS_URL, REDIS_PAGE_CACHE_DB),
            "TIMEOUT": PAGE_CACHE_SECONDS,
            "OPTIONS": {**REDIS_TIMEOUTS, "FALLBACK": "none", "CLEAR_AFTER_OUTAGE": True},
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "TIMEOUT": PAGE_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        # Wagtail's rendition cache (Rendition.cache_backend) on its own: a card has nine renditions
        # (core/pictures.py), which would otherwise push the default cache's other entries out
        # (LocMemCache keeps 300), Wagtail's site root paths among them.
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions", "OPTIONS": {"MAX_ENTRIES": 20000}},
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese is the source, the others are targets. PORTAL_LANGUAGES is the one list
# (code, names, direction, fonts, Open Graph locale: foreign_info.core.languages); Django's and
# Wagtail's language settings are derived from it.
PORTAL_LANGUAGES = languages.DEFAULT_LANGUAGES
LANGUAGE_CODE = languages.SOURCE_LANGUAGE
# locales_admin/: the project's translations of the Wagtail and wagtail-localize admin (Wagtail ships
# a fifth of it in Vietnamese, nothing in Khmer or Lao; scripts/admin_catalogues.py). After locales/,
# so the project's own strings win; both take precedence over the apps' catalogues.
LOCALE_PATHS = [BASE_DIR / "locales", BASE_DIR / "locales_admin"]
FORMAT_MODULE_PATH = ["foreign_info.core.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
# Every language, Lao included, is a content language and an admin language.
LANGUAGES = languages.derived_settings(PORTAL_LANGUAGES)["LANGUAGES"]
WAGTAIL_CONTENT_LANGUAGES = languages.derived_settings(PORTAL_LANGUAGES)["WAGTAIL_CONTENT_LANGUAGES"]
WAGTAILADMIN_USER_LOGIN_FORM = "foreign_info.core.admin_login.LoginForm"
WAGTAILADMIN_PERMITTED_LANGUAGES = languages.derived_settings(PORTAL_LANGUAGES)["WAGTAILADMIN_PERMITTED_LANGUAGES"]

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Embargoed files live apart, under PRIVATE_MEDIA_ROOT, which no web server location serves; their
# URLs (PRIVATE_MEDIA_URL) go through a view that checks who asks (foreign_info/core/storage.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", MEDIA_ROOT.parent / "private-media"))
PRIVATE_MEDIA_URL = "/private-media/"
# With nginx in front (deploy/nginx), a viewer Django has allowed gets a pass for this long with
# which nginx sends private files without asking Django again (foreign_info/presskits/media_pass.py).
# The same secret goes into nginx's configuration; without one, every private file asks Django.
PRIVATE_MEDIA_PASS_SECRET = os.environ.get("PRIVATE_MEDIA_PASS_SECRET", "")
PRIVATE_MEDIA_PASS_SECONDS = int(os.environ.get("PRIVATE_MEDIA_PASS_SECONDS", "300"))


def media_storage(environ):
    """Uploads on the disk (MEDIA_ROOT), or with MEDIA_STORAGE=s3 (or a bucket name set) in any
    S3-compatible object store through django-storages: a provider in the country is reached by
    its endpoint URL. A half-configured store refuses to start rather than write to the disk."""
    from django.core.exceptions import ImproperlyConfigured

    kind = environ.get("MEDIA_STORAGE", "").strip().lower() or ("s3" if environ.get("AWS_STORAGE_BUCKET_NAME") else "filesystem")
    if kind == "filesystem":
        return {"BACKEND": "foreign_info.core.storage.PortalFileSystemStorage"}  # embargoed files apart: see below
    if kind != "s3":
        raise ImproperlyConfigured(f'MEDIA_STORAGE must be "filesystem" or "s3", not "{kind}".')
    if not environ.get("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (and usually AWS_S3_ENDPOINT_URL and access keys).")
    options = {
        "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "location": environ.get("AWS_LOCATION", ""),
        "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or None,  # "path" for many local providers
        # Signature version 4: what every current provider accepts (botocore would sign URLs with v2).
        "signature_version": environ.get("AWS_S3_SIGNATURE_VERSION", "s3v4"),
        "querystring_auth": environ.get("AWS_QUERYSTRING_AUTH", "true").strip().lower() in {"1", "true", "yes", "on"},
        "querystring_expire": int(environ.get("AWS_QUERYSTRING_EXPIRE", "3600")),
        "default_acl": environ.get("AWS_DEFAULT_ACL") or None,  # None: the bucket's policy decides
        # Django's naming (a suffix for a taken name), not django-storages' default of
        # overwriting: two photos uploaded as IMG_0001.jpg must stay two photos.
        "file_overwrite": False,
        # Files read from the store spill to a temporary file above this size instead of
        # memory (django-storages keeps them all in memory by default): clips and kit ZIPs are large.
        "max_memory_size": 8 * 1024 * 1024,
    }
    return {"BACKEND": "foreign_info.core.storage.PortalS3Storage", "OPTIONS": options}  # S3Storage with the private side


STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads are bounded: Django refuses larger request bodies, Wagtail larger images and documents.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # Wagtail's page editor posts many fields
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 89_478_485  # Pillow's own decompression-bomb threshold
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
# Documents are served by Wagtail's view (which checks the embargo), and sent by the web server
# when PRESSKITS_SERVE_WITH says so (foreign_info/core/sendfile.py).
SENDFILE_BACKEND = "foreign_info.core.sendfile"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]

# Wagtail.
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Thông tin đối ngoại")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.PortalImage"
# Wagtail's database backend with ICU word segmentation (foreign_info.core.search), so Chinese,
# Japanese, Khmer and Lao words are found. A larger installation sets Elasticsearch/OpenSearch with
# the ICU analysis plugin here instead (README, "Search").
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "foreign_info.core.search"}}
WAGTAILAPI_LIMIT_MAX = 50
# No WAGTAILAPI_BASE_URL: the API's detail_url then starts from the answering Site's root URL, the
# one base of every public absolute URL (foreign_info.core.site_urls), not the admin's address.
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No Gravatar: an editor's e-mail hash is not sent to a third party, and the admin's
# Content-Security-Policy loads images from this site only (foreign_info.core.security).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No call from editors' browsers to wagtail.org for new releases: the admin's CSP allows none, and
# a province's admin reaches no third party.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# ASCII slugs: foreign readers share and type these URLs (anyascii turns "Cà phê" into "ca-phe").
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Background work (django-tasks): the database backend in production (`manage.py db_worker`),
# immediate in development and tests.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
# A worker renews its lease every WORKER_HEARTBEAT_SECONDS; a task whose worker has not renewed it for
# WORKER_LEASE_SECONDS is run again by another worker (foreign_info.workers.leases).
WORKER_HEARTBEAT_SECONDS = float(os.environ.get("WORKER_HEARTBEAT_SECONDS", "5"))
WORKER_LEASE_SECONDS = float(os.environ.get("WORKER_LEASE_SECONDS", "30"))

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Paths that carry a secret (a journalist's access link, an unsubscribe link) are cut: Django
    # logs the path of every 4xx answer (foreign_info/core/log_privacy.py).
    "filters": {"secrets": {"()": "foreign_info.core.log_privacy.RedactSecrets"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["secrets"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views same-origin


# Translation workflow (foreign_info.translation): machine translation through deep-translator.
# MACHINE_TRANSLATION is JSON, e.g. '{"PROVIDERS": {"default": {"PROVIDER": "libretranslate",
# "URL": "https://mt.example.gov.vn/", "API_KEY": ""}, "km": {"PROVIDER": "google"}},
# "TIMEOUT": 10, "MAX_CONCURRENT": 4}'. Unset: the machine-draft button explains how to set it.
def machine_translation_options(raw):
    """A misconfigured provider must not fail silently: refuse to start and say why."""
    import json

    from django.core.exceptions import ImproperlyConfigured

    try:
        value = json.loads(raw) if raw else {}
    except ValueError as error:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATION is not valid JSON: {error}") from error
    if not isinstance(value, dict):
        raise ImproperlyConfigured('MACHINE_TRANSLATION must be a JSON object, e.g. {"PROVIDERS": {...}}')
    return value


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "foreign_info.translation.machine.translator.DeepTranslatorMachine",
    "OPTIONS": machine_translation_options(os.environ.get("MACHINE_TRANSLATION", "")),
}

# Content-Security-Policy (foreign_info.core.security has the public and admin policies): where
# browsers report violations, e.g. a collector of the operator's; empty: no reports.
CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")

# Proxies in front of the application (nginx, a CDN) that append to X-Forwarded-For: the reader's
# address is taken that many hops from the right, never from the client-written left
# (foreign_info.core.client; rate limits and statistics). 0: the connection's own address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Statistics (foreign_info.analytics; defaults and meaning in foreign_info/analytics/settings.py).
ANALYTICS = {
    "ENABLED": env_bool("ANALYTICS_ENABLED", True),
    "RETENTION_DAYS": int(os.environ.get("ANALYTICS_RETENTION_DAYS", "90")),
    "COUNTRY_HEADER": os.environ.get("ANALYTICS_COUNTRY_HEADER", ""),
    "CLIENT_IP_HEADER": os.environ.get("ANALYTICS_CLIENT_IP_HEADER", ""),
    "API_TOKEN": os.environ.get("ANALYTICS_API_TOKEN", ""),
}

# Video library (foreign_info.media): limits for short clips. Clips above the bitrate, or not
# H.264/AAC in MP4, are transcoded in the background before their page can go live.
MEDIA_CLIP_MAX_UPLOAD_SIZE = int(os.environ.get("MEDIA_CLIP_MAX_UPLOAD_SIZE", str(300 * 1024 * 1024)))
MEDIA_CLIP_MAX_DURATION = int(os.environ.get("MEDIA_CLIP_MAX_DURATION", "300"))  # seconds
MEDIA_CLIP_MAX_BITRATE = int(os.environ.get("MEDIA_CLIP_MAX_BITRATE", "6000000"))  # bits per second
# Photos: HEIC from phones is accepted (and stored as JPEG); every upload is fully decoded before
# it is stored, so a damaged file gets a message instead of failing later on a public page.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "heic", "heif"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "foreign_info.media.forms.PortalImageForm"

# Press room (foreign_info.presskits; defaults and meaning in foreign_info/presskits/settings.py).
PRESSKITS = {
    "ACCESS_LINK_DAYS": int(os.environ.get("PRESSKITS_ACCESS_LINK_DAYS", "30")),
    "PERSONAL_DATA_RETENTION_DAYS": int(os.environ.get("PRESSKITS_PERSONAL_DATA_RETENTION_DAYS", "365")),
    "INLINE_BUILD_MAX_BYTES": int(os.environ.get("PRESSKITS_INLINE_BUILD_MAX_BYTES", str(200 * 1024 * 1024))),
    "SERVE_WITH": os.environ.get("PRESSKITS_SERVE_WITH", ""),
    "ACCEL_REDIRECT_PREFIX": os.environ.get("PRESSKITS_ACCEL_REDIRECT_PREFIX", "/protected-media/"),
    "ACCREDITATION_RATE_PER_HOUR": int(os.environ.get("PRESSKITS_ACCREDITATION_RATE_PER_HOUR", "5")),
}

# Journalist subscriptions (foreign_info.subscriptions; defaults and meaning in its settings.py).
SUBSCRIPTIONS = {
    "CONFIRM_DAYS": int(os.environ.get("SUBSCRIPTIONS_CONFIRM_DAYS", "7")),
    "RATE_PER_HOUR": int(os.environ.get("SUBSCRIPTIONS_RATE_PER_HOUR", "5")),
    "BATCH_SIZE": int(os.environ.get("SUBSCRIPTIONS_BATCH_SIZE", "50")),
}
