"""Tests: fast password hashing, immediate tasks, local memory caches, no real mail."""

import os
from urllib.parse import urlparse

# pytest-xdist runs the suite in several processes ("gw0", "gw1", …) against one Redis server:
# each takes its own pair of logical databases, as tests empty their caches with FLUSHDB. Set in
# the environment before base.py reads it, so processes a test starts inherit the pair as it is
# (TEST_REDIS_WORKER says it was already moved; they are started with the worker's environment).
_worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
if _worker and os.environ.get("REDIS_URL") and not os.environ.get("TEST_REDIS_WORKER"):
    _url = urlparse(os.environ["REDIS_URL"])
    _first = int(_url.path.strip("/") or 0) + 2 * _worker
    os.environ["REDIS_URL"] = _url._replace(path=f"/{_first}").geturl()
    os.environ["REDIS_PAGE_CACHE_DB"] = str(int(os.environ.get("REDIS_PAGE_CACHE_DB", "1")) + 2 * _worker)
    os.environ["TEST_REDIS_WORKER"] = str(_worker)

from .base import *  # noqa: E402, F403

SECRET_KEY = "test-only-not-secret-8d2e6b1c0f3a"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
STORAGES["default"] = media_storage({})  # noqa: F405 - the disk (with its private side) unless a test asks for S3 (tests/storage/)
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", BASE_DIR / ".test-media"))  # noqa: F405
PRIVATE_MEDIA_ROOT = MEDIA_ROOT.parent / ".test-private-media"
PRIVATE_MEDIA_PASS_SECRET = "test-only-media-pass-secret-5b9d0e7a41c2"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True  # tests run without collectstatic

# A file, not ":memory:": the browser journeys' live server answers from its own threads, and an
# in-memory SQLite database can only be shared by handing one connection across threads.
# TEST_DB_FILE lets two test runs share one checkout without writing over each other's database.
# Test databases are thrown away: commits need not wait for the disk (the browser journeys and
# the other transactional tests commit and empty every table for each test).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DB_FILE", str(BASE_DIR / ".test-db.sqlite3"))}  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA synchronous = OFF"  # noqa: F405
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405

# Analytics: no drainer thread; tests drain and flush by hand (foreign_info.analytics.flush).
ANALYTICS = {**ANALYTICS, "DRAIN_SECONDS": 0}  # noqa: F405
