"""`load_demo`: offline, idempotent, and a section a reader can browse in all nine languages."""

from io import StringIO

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from foreign_info.core.languages import LANGUAGE_CODES
from foreign_info.core.slugs import slugify_title
from foreign_info.publishing.demo import content
from foreign_info.publishing.models import ArticlePage, ClipPage, GalleryPage
from tests.conftest import translated_path

pytestmark = pytest.mark.django_db


def row_counts():
    """Rows of every table of every installed app."""
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def test_the_demo_has_every_text_in_every_language_and_a_second_load_changes_nothing(demo, django_capture_on_commit_callbacks):
    assert "untranslated" not in demo.stderr.getvalue()
    before = row_counts()
    errors = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=StringIO(), stderr=errors)
    assert row_counts() == before
    assert mail.outbox == [] and errors.getvalue() == ""


def test_demo_serves_every_language(client):
    for code in LANGUAGE_CODES:
        assert client.get(f"/{code}/").status_code == 200, code
    # foreign_info.presskits.demo adds one: the embargoed press kit's own article; and
    # foreign_info.departments.demo one: a department's draft waiting for its leader
    assert ArticlePage.objects.filter(locale__language_code="vi").count() == len(content.ARTICLES) + 2
    assert ClipPage.objects.count() == 2 and GalleryPage.objects.count() == 3  # foreign_info.media.demo
    english_only = next(data for data in content.ARTICLES if set(data["title"]) == {"vi", "en"})
    english_path = translated_path(english_only["slug"], "en")
    assert english_path == f"/en/{slugify_title(english_only['title']['en'], 'en')}/"  # the slug follows the English title
    assert client.get(english_path).status_code == 200
    assert translated_path(english_only["slug"], "fr") is None
    assert Translation.objects.filter(target_locale__language_code="km").exists()
    # Translations published after the transaction (wagtail-localize) must not leave stale child
    # counts behind: the admin's explorer and Wagtail's routing trust them.
    for section in Page.objects.filter(depth=2):
        assert section.numchild == section.get_children().count() == Page.objects.child_of(section).count()
    source_section = Page.objects.get(depth=2, slug="thong-tin-doi-ngoai", locale__language_code="vi")
    demo_sections = Page.objects.filter(translation_key=source_section.translation_key)
    assert demo_sections.count() == len(LANGUAGE_CODES)
    assert all(section.numchild > 0 for section in demo_sections)
