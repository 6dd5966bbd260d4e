"""wagtail-localize's editor tells its footer script what the user's next step is, and which of its
actions are the leads' (the browser journey checks what the footer then shows)."""

import json
import re

import pytest
from django.urls import reverse

from foreign_info.translation import workflow
from foreign_info.translation.models import TranslationJob

pytestmark = pytest.mark.django_db


def editor_actions(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    found = re.search(rb'<script id="translation-editor-actions" type="application/json">(.*?)</script>', response.content)
    assert found, "the translation editor carries no actions for its footer"
    return json.loads(found.group(1))


def test_a_translator_is_offered_to_submit_the_job_and_not_the_leads_actions(client, users, pages):
    job = TranslationJob.objects.get(source_page=pages["vi"], target_locale=pages["fr"].locale)
    translation_id = pages["fr"].pk
    client.force_login(users["translator_fr"])
    actions = editor_actions(client, pages["fr"])
    assert actions["manage"] is False and actions["submit"] is None  # nothing claimed yet: the queue is the next step
    assert actions["queue"]["url"] == reverse("translation:queue", args=["fr"])
    assert reverse("wagtail_localize:convert_to_alias", args=[translation_id]) in actions["hide"]
    stop = next(url for url in actions["hide"] if url.endswith("/disable/"))
    assert client.post(stop, {"next": "/admin/"}).status_code == 403

    # The source changed after the translation was published: the job is back in the queue, claimed.
    TranslationJob.objects.filter(pk=job.pk).update(state="stale")
    workflow.perform(job, "claim", users["translator_fr"])
    actions = editor_actions(client, pages["fr"])
    assert actions["submit"]["url"] == reverse("translation:job_action", args=[job.pk, "submit"])
    client.post(actions["submit"]["url"], {"next": reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk])})
    job.refresh_from_db()
    assert job.state == "in_review"


def test_a_lead_keeps_wagtail_localizes_footer(client, users, pages):
    client.force_login(users["lead"])
    assert editor_actions(client, pages["fr"])["manage"] is True
