"""Editor- and machine-supplied text that could break a page or the request: markup from the
glossary, translations longer than the page's fields allow."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from foreign_info.translation import workflow
from foreign_info.translation.machine.drafts import machine_draft
from foreign_info.translation.models import GlossaryTerm, JobState
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db

PAYLOAD = '<img src=x onerror="alert(document.cookie)">'


@pytest.fixture
def page(section):
    return publish(
        factories.ArticlePageFactory(parent=section, title="Sở Du lịch", slug="so-du-lich", standfirst="Sở Du lịch", body=[("paragraph", "<p>Sở Du lịch</p>")])
    )


def claimed(page, team):
    job = job_for(page, "en")
    workflow.perform(job, "claim", team["translator_en"])
    job.refresh_from_db()
    return job


def test_a_glossary_translation_is_text_never_markup_on_the_published_page(provider, page, team, locales, client, django_capture_on_commit_callbacks):
    GlossaryTerm.objects.create(term="Sở Du lịch", locale=locales["en"], translation=PAYLOAD)
    job = claimed(page, team)
    result = machine_draft(job.translation, team["translator_en"])
    assert result.from_glossary >= 1
    workflow.perform(job, "submit", team["translator_en"])
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        workflow.perform(job, "publish", team["reviewer_en"])
    english = page.get_translation(locales["en"])
    response = client.get(english.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert not html.select("img[onerror]")
    # Escaped exactly once: the reader sees the glossary's text as written, not "&lt;img".
    assert PAYLOAD in html.select_one("main").get_text()


def test_a_translation_longer_than_its_field_is_refused_with_a_message(page, team, client):
    job = claimed(page, team)
    title = StringSegment.objects.get(source=job.translation.source, context__path="title")
    # As a machine draft stores it (bulk_create: wagtail-localize's post_save, which copies a
    # title into the page's draft title, does not run).
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=title.string,
                locale=job.target_locale,
                context=title.context,
                data="Department of Tourism " * 20,
                translation_type="machine",
                tool_name="X",
            )
        ]
    )
    client.force_login(team["translator_en"])
    response = client.post(reverse("translation:job_action", args=[job.pk, "submit"]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.state == JobState.IN_PROGRESS
    errors = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    assert errors and "title" in errors[0].lower() and "255" in errors[0]
