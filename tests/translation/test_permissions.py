"""Permission matrix: role x language x action, through real URLs, including wagtail-localize's
editor, its string API, machine translation, PO download and upload, and Wagtail's page views.

For every role the test tries every action in English, French and on the Vietnamese source, and
collects each answer that differs from the policy: the list of leaks must be empty.
"""

import polib
import pytest
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from foreign_info.translation import workflow
from foreign_info.translation.models import JobState, TranslationJob
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr")
ROLES = ("lead", "translator_en", "reviewer_en", "editor", "stranger", "anonymous")


def expected(role, code, action):
    """The policy, written out plainly."""
    if role == "lead":
        return True
    if role in ("anonymous", "stranger"):
        return False
    if role == "editor":
        return code == "vi" and action == "edit_source"
    language = role.split("_")[1]
    if action == "edit_source" or code != language:
        return False
    if action in ("publish", "job_publish"):
        return role.startswith("reviewer")
    if action in ("stop", "sync", "submit_translation"):
        return False
    return True


@pytest.fixture
def world(article, team, locales, client):
    ids = {"article": article.pk}
    for code in LANGUAGES:
        job = job_for(article, code)
        workflow.perform(job, "claim", team["lead"])
        job.refresh_from_db()
        target = Page.objects.get(translation_key=article.translation_key, locale=locales[code])
        segment = StringSegment.objects.filter(source=job.translation.source, context__path="title").get()
        ids[code] = {"job": job.pk, "translation": job.translation_id, "page": target.pk, "segment": segment.pk, "source": job.translation.source_id}
    return ids


def denied(response):
    """403, the login page, or Wagtail's own refusal: back to the dashboard (`permission_denied`)."""
    location = response.get("Location", "")
    return response.status_code == 403 or (response.status_code == 302 and ("/login/" in location or location == "/admin/"))


def attempt(client, world, code, action):
    """Do `action` in `code`; True if the server let it happen."""
    if code == "vi":
        if action != "edit_source":
            return None
        return not denied(client.get(reverse("wagtailadmin_pages:edit", args=[world["article"]])))
    if action == "edit_source":
        return None
    ids = world[code]
    t = ids["translation"]
    if action == "queue":
        return client.get(reverse("translation:queue", args=[code])).status_code == 200
    if action == "editor":
        response = client.get(reverse("wagtailadmin_pages:edit", args=[ids["page"]]))
        return response.status_code == 200 and b"wagtail-localize" in response.content.lower()
    if action == "edit_string":
        url = reverse("wagtail_localize:edit_string_translation", args=[t, ids["segment"]])
        response = client.put(url, data=encode_multipart("BoUnDaRy", {"value": f"Title {code}"}), content_type=MULTIPART_CONTENT)
        return response.status_code in (200, 201)
    if action == "download_po":
        response = client.get(reverse("wagtail_localize:download_pofile", args=[t]))
        return response.status_code == 200 and b"msgid" in response.content
    if action == "upload_po":
        job = TranslationJob.objects.get(pk=ids["job"])
        po = job.translation.export_po()
        for entry in po:
            entry.msgstr = f"PO {code}"
        before = StringTranslation.objects.filter(tool_name="PO File", locale=job.target_locale).count()
        client.post(reverse("wagtail_localize:upload_pofile", args=[t]), {"file": _po_file(po), "next": "/admin/"})
        return StringTranslation.objects.filter(tool_name="PO File", locale=job.target_locale).count() > before
    if action == "machine":
        response = client.post(reverse("wagtail_localize:machine_translate", args=[t]), {"next": "/admin/pages/"})
        return not denied(response)
    if action == "preview":
        return client.get(reverse("wagtail_localize:preview_translation", args=[t])).status_code == 200
    if action == "job_submit":
        client.post(reverse("translation:job_action", args=[ids["job"], "submit"]))
        return TranslationJob.objects.get(pk=ids["job"]).state == JobState.IN_REVIEW
    if action == "job_publish":
        TranslationJob.objects.filter(pk=ids["job"]).update(state=JobState.IN_REVIEW)
        client.post(reverse("translation:job_action", args=[ids["job"], "publish"]))
        return TranslationJob.objects.get(pk=ids["job"]).state == JobState.PUBLISHED
    if action == "publish":
        Page.objects.filter(pk=ids["page"]).update(live=False)
        response = client.post(reverse("wagtailadmin_pages:edit", args=[ids["page"]]), {"action": "publish"})
        return not denied(response)
    if action == "stop":
        return not denied(client.post(reverse("wagtail_localize:stop_translation", args=[t]), {"next": "/admin/pages/"}))
    if action == "sync":
        return not denied(client.get(reverse("wagtail_localize:update_translations", args=[ids["source"]])))
    if action == "submit_translation":
        return not denied(client.get(reverse("wagtail_localize:submit_page_translation", args=[world["article"]])))
    raise AssertionError(action)


def _po_file(po):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("t.po", str(po).encode(), content_type="text/x-gettext-translation")


ACTIONS = [
    "queue",
    "editor",
    "preview",
    "download_po",
    "edit_string",
    "upload_po",
    "machine",
    "job_submit",
    "job_publish",
    "publish",
    "sync",
    "submit_translation",
    "stop",
]


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_has_no_leaks(role, world, team, client, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "foreign_info.translation.machine.translator.DeepTranslatorMachine", "OPTIONS": {}}
    if role != "anonymous":
        client.force_login(team[role])
    leaks = []
    for code in ("vi", *LANGUAGES):
        for action in ["edit_source", *ACTIONS]:
            result = attempt(client, world, code, action)
            if result is None:
                continue
            if result != expected(role, code, action):
                leaks.append((role, code, action, "allowed" if result else "refused"))
    assert leaks == []


def test_polib_reads_what_the_editor_exports(world, team, client):
    client.force_login(team["translator_en"])
    response = client.get(reverse("wagtail_localize:download_pofile", args=[world["en"]["translation"]]))
    assert len(polib.pofile(response.content.decode())) > 0
