"""A translation goes live only when none of its segments is untranslated (core.publish_gates with
translation.gates), whichever path publishes it: the queue, wagtail-localize's editor, the admin
API, bulk Publish. The issue's finding: a reviewer published a French photo story whose job stood
at 0/12, and /fr/ then served Vietnamese text under lang="fr", advertised in hreflang."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from foreign_info.core.publish_gates import PublishRefused
from foreign_info.translation import workflow
from foreign_info.translation.jobs import ensure_translation, refresh_progress
from foreign_info.translation.models import JobState
from tests import factories
from tests.conftest import translate
from tests.translation.conftest import job_for
from tests.translation.segments import translate_segments

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_story(section, team):
    """A Vietnamese photo story of three photos (11 segments: the slug is no longer one, translators override it) whose French job is in review with
    nothing translated, and its French draft page (wagtail-localize's, Vietnamese text inside)."""
    translate(section, "fr", title="Informations pour l'étranger")
    story = factories.gallery_page(section, count=3)
    job = job_for(story, "fr")
    ensure_translation(job)
    refresh_progress(job)
    job.state = JobState.IN_REVIEW
    job.save()
    french = Page.objects.get(translation_key=story.translation_key, locale__language_code="fr")
    return story, job, french


def assert_not_published(story, job, french, client):
    job.refresh_from_db()
    assert job.state == JobState.IN_REVIEW and job.published_at is None
    assert not Page.objects.get(pk=french.pk).live
    assert client.get(f"/fr/{french.slug}/").status_code == 404
    assert 'hreflang="fr"' not in client.get(f"/vi/{story.slug}/").content.decode()


def test_the_job_counts_eleven_segments_none_translated(french_story):
    _story, job, _french = french_story
    assert (job.translated_segments, job.total_segments) == (0, 11)


def test_queue_publish_is_refused_and_the_reviewer_told_why(french_story, team, client):
    story, job, french = french_story
    client.force_login(team["reviewer_fr"])
    response = client.post(reverse("translation:job_action", args=[job.pk, "publish"]), follow=True)
    text = " ".join(str(message) for message in response.context["messages"])
    assert "(French) was not published: 11 of 11 texts are not translated yet (“Mùa cà phê chín”" in text
    assert_not_published(story, job, french, client)


def test_wagtail_localize_editor_publish_is_refused_with_what_is_missing(french_story, team, client):
    story, job, french = french_story
    translate_segments(job, leave=2)
    client.force_login(team["reviewer_fr"])
    response = client.post(reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}, follow=True)
    text = " ".join(str(message) for message in response.context["messages"])
    assert "was not published: 2 of 11 texts are not translated yet" in text
    assert_not_published(story, job, french, client)


def test_wagtail_localize_publishing_on_commit_is_refused_too(french_story, django_capture_on_commit_callbacks):
    """Below every view: wagtail-localize's save_target publishes on commit, through the gate."""
    _story, job, french = french_story
    with translation.override("en"), pytest.raises(PublishRefused, match="11 of 11 texts"):
        with django_capture_on_commit_callbacks(execute=True):
            job.translation.save_target(publish=True)
    assert not Page.objects.get(pk=french.pk).live


def test_admin_api_publish_of_an_incomplete_translation_is_a_400(french_story, team, client):
    story, job, french = french_story
    client.force_login(team["lead"])
    response = client.post(f"/admin/api/main/pages/{french.pk}/action/publish/", data="{}", content_type="application/json")
    assert response.status_code == 400
    assert "11 of 11 texts are not translated yet" in json.dumps(response.json(), ensure_ascii=False)
    assert_not_published(story, job, french, client)


def test_bulk_publish_of_an_incomplete_translation_names_it(french_story, team, client):
    story, job, french = french_story
    client.force_login(team["lead"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={french.pk}"
    response = client.post(url, {"include_descendants": ""}, follow=True)
    texts = [str(message).strip() for message in response.context["messages"]]
    assert any(text.startswith(f"“{french.title}” (French) was not published: 11 of 11 texts") for text in texts)
    assert_not_published(story, job, french, client)


def test_a_complete_translation_publishes_from_the_queue(french_story, team, client):
    story, job, french = french_story
    assert translate_segments(job) == 11
    client.force_login(team["reviewer_fr"])
    client.post(reverse("translation:job_action", args=[job.pk, "publish"]))
    job.refresh_from_db()
    assert job.state == JobState.PUBLISHED and (job.translated_segments, job.total_segments) == (11, 11)
    response = client.get(f"/fr/{Page.objects.get(pk=french.pk).slug}/")
    assert response.status_code == 200 and "FR Mùa cà phê chín" in response.content.decode()


def test_a_source_change_after_publishing_blocks_the_next_publish_until_translated(french_story, team, client):
    story, job, french = french_story
    translate_segments(job)
    workflow.perform(job, "publish", team["reviewer_fr"])
    story.standfirst = "Một câu tóm tắt mới."
    story.save_revision().publish()  # the job turns stale: one new segment
    job.refresh_from_db()
    assert job.state == JobState.STALE
    workflow.perform(job, "claim", team["translator_fr"])
    workflow.perform(job, "submit", team["translator_fr"])
    with translation.override("en"), pytest.raises(workflow.TransitionRefused, match="1 of 11 texts are not translated yet"):
        workflow.perform(job, "publish", team["reviewer_fr"])


def test_wagtail_localize_sync_and_publish_cannot_publish_an_incomplete_translation(french_story, team, client, django_capture_on_commit_callbacks):
    """wagtail-localize's "Sync translated pages" with "publish immediately" publishes on commit,
    once its view's transaction is over: the refusal is raised there (in a real request the
    PublishRefusedMiddleware turns it into a message, tests/publishing/test_publish_gates.py)."""
    from wagtail_localize.models import TranslationSource

    story, job, french = french_story
    source = TranslationSource.objects.get_for_instance(story)
    client.force_login(team["lead"])
    with pytest.raises(PublishRefused, match="11 of 11 texts are not translated yet"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})
            assert response.status_code == 302
    assert_not_published(story, job, french, client)
