"""Development: `make demo`. Debug pages on, a fixed throwaway key, mail to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-4f0c9a7d1e2b"  # noqa: F405
# The dev server has one process, so the local-memory page cache stays coherent; keep it on so
# that what you see in `make demo` is what production serves.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
