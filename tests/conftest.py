import os
import shutil
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import caches
from wagtail.models import Locale, Page, Site

from foreign_info.core import derived
from foreign_info.core.languages import LANGUAGE_CODES
from tests import factories


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test gets its own media folder and empty caches."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    for alias in settings.CACHES:
        caches[alias].clear()
    derived.forget_all()
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)
    shutil.rmtree(tmp_path / "private-media", ignore_errors=True)
    from foreign_info.analytics import buffer

    buffer.discard()  # page views collected by this test never reach the next one's database


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, code, **fields):
    """A published translation of `page` into `code` (parents must be translated first)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


def speaks(user, language_code):
    """Set the Wagtail admin language of a test user (the admin otherwise speaks Vietnamese)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
    return user


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's administrator, with an English admin so tests can read its messages (the
    catalogues translate them all; tests that check the Vietnamese admin log in users of their own)."""
    return speaks(admin_user, "en")


def tree_root(locale):
    """Wagtail's root page (and root collection); transactional tests flush the ones its
    migrations made."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


@pytest.fixture
def section(locales):
    """A Vietnamese section that is the default site's root, translated into English and Lao."""
    root = tree_root(locales["vi"])
    section = factories.SectionPageFactory(parent=root, locale=locales["vi"])
    publish(section)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True, port=80)
    old_root = site.root_page_id
    site.root_page = section
    site.hostname = "testserver"
    site.save()
    if old_root and old_root != section.pk:
        Page.objects.filter(pk=old_root).delete()
    section.refresh_from_db()
    translate(section, "en", title="Foreign information")
    translate(section, "lo", title="ຂໍ້ມູນຕ່າງປະເທດ")
    return section


@pytest.fixture
def article(section):
    return publish(factories.ArticlePageFactory(parent=section, title="Cà phê Buôn Ma Thuột vươn ra thế giới", slug="ca-phe"))


@pytest.fixture
def section_in(locales):
    def get(code):
        from foreign_info.publishing.models import SectionPage

        return SectionPage.objects.get(locale__language_code=code)

    return get


def pytest_collection_modifyitems(config, items):
    """Slow checks run once, in CI's PostgreSQL pass (`make test-postgres` sets SLOW_CHECKS=1), not twice."""
    if os.environ.get("SLOW_CHECKS") == "1":
        return
    skip = pytest.mark.skip(reason="slow check: runs with SLOW_CHECKS=1 (make test-postgres, CI's second pass)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_configure(config):
    # Compiled catalogues are made by `make messages`; tests that render pages need them.
    settings.LOCALE_PATHS  # noqa: B018 - force settings to load early


def translated_path(source_slug, code):
    """The path of the translation into `code` of the Vietnamese page `source_slug`, or None:
    translations made by wagtail-localize take their slug from their translated title."""
    source = Page.objects.filter(slug=source_slug, locale__language_code="vi").first()
    translation = Page.objects.filter(translation_key=source.translation_key, locale__language_code=code).first() if source else None
    return urlsplit(translation.specific.get_url()).path if translation else None
