"""A translated title longer than the page's field, typed into wagtail-localize's editor, is refused
with a message by the segment instead of a 500 (issue 11: on PostgreSQL wagtail-localize's own
post_save copied it into the page's `draft_title`, varchar(255), and the request failed); and no
path through wagtail-localize (editor, PO import, publishing) copies an over-long text into the page
row, where SQLite would store it and PostgreSQL refuses it with an error."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from foreign_info.translation.gates import untranslated_texts
from tests.translation.test_hostile_input import claimed, page  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

LONG_TITLE = "Department of Tourism of Dak Lak province " * 7  # 294 characters


def editor(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_the_editor_refuses_an_overlong_title_by_the_segment(page, team):  # noqa: F811
    job = claimed(page, team)
    translation = job.translation
    target = translation.get_target_instance()
    draft_title = target.draft_title
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = editor(team["translator_en"]).put(url, urlencode({"value": LONG_TITLE}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)
    error = response.json()["error"]
    assert "294" in error and "255" in error
    target.refresh_from_db()
    assert target.draft_title == draft_title  # not copied into the page
    stored = StringTranslation.objects.get(translation_of=segment.string, context=segment.context, locale=translation.target_locale)
    assert stored.has_error
    missing, _total = untranslated_texts(target)
    assert page.title in missing  # the job's gate still counts it as not translated

    fixed = editor(team["translator_en"]).put(url, urlencode({"value": "Department of Tourism"}), content_type="application/x-www-form-urlencoded")
    assert fixed.status_code == 200 and fixed.json()["error"] is None
    target.refresh_from_db()
    assert target.draft_title == "Department of Tourism"


def test_publishing_from_the_editor_with_an_overlong_title_shows_an_error(page, team, admin_user):  # noqa: F811
    job = claimed(page, team)
    translation = job.translation
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale, defaults={"data": LONG_TITLE}
    )
    target = translation.get_target_instance()
    response = editor(admin_user).post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    assert response.status_code in (200, 302)
    target.refresh_from_db()
    assert len(target.title) <= 255 and len(target.draft_title) <= 255
