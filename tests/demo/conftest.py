"""The demo, loaded once for every test in this package (it takes most of a minute, and each
app's demo test used to load it again, twice).

`demo` loads it inside a transaction that stays open while the package's tests run and is rolled
back after them; each test runs in a savepoint of it (pytest-django's `db`), so a test's changes
never reach the next one. On-commit work (Wagtail's site roots, wagtail-localize's publications,
the subscribers' mail) runs during the load, as `load_demo` does on a real database.
"""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from wagtail.models import Locale

from foreign_info.core import derived
from foreign_info.core.languages import LANGUAGE_CODES


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """What the load left beside the database: its media folders, its stderr and its mail."""
    folder = tmp_path_factory.mktemp("demo")
    loaded = SimpleNamespace(media_root=folder / "media", private_media_root=folder / "private-media", stderr=StringIO(), mails=[])
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=loaded.media_root, PRIVATE_MEDIA_ROOT=loaded.private_media_root):
        with transaction.atomic():
            for alias in caches:
                caches[alias].clear()
            derived.forget_all()
            mail.outbox = []
            with TestCase.captureOnCommitCallbacks(execute=True):
                for code in LANGUAGE_CODES:
                    Locale.objects.get_or_create(language_code=code)
                call_command("load_demo", stdout=StringIO(), stderr=loaded.stderr)
            loaded.mails = list(mail.outbox)
            yield loaded
            transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _isolated(settings, demo):
    """As tests/conftest.py's, but on the demo's media folders (its photos and clips live there)."""
    settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT = demo.media_root, demo.private_media_root
    for alias in settings.CACHES:
        caches[alias].clear()
    derived.forget_all()
    yield
    from foreign_info.analytics import buffer

    buffer.discard()
