"""Jobs follow publishing: created per configured language, stale after a source change, and moved
only along the issue's states by the people allowed to."""

import pytest
from django.core import mail
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation

from foreign_info.core.languages import TARGET_LANGUAGES
from foreign_info.translation import workflow
from foreign_info.translation.models import JobState, SectionTranslationConfig, TranslationJob, TranslationMemory
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for
from tests.translation.segments import translate_segments

pytestmark = pytest.mark.django_db


def test_publishing_a_source_page_creates_one_waiting_job_per_target_language(article):
    jobs = TranslationJob.objects.filter(source_page=article)
    assert sorted(jobs.values_list("target_locale__language_code", flat=True)) == sorted(TARGET_LANGUAGES)
    assert set(jobs.values_list("state", flat=True)) == {JobState.WAITING}
    assert all(job.total_segments > 0 for job in jobs)


def test_clips_and_photo_stories_get_jobs_with_their_subtitles_and_captions_as_segments(section):
    """Translators get subtitles and captions in the same queue as article text."""
    clip = publish(factories.ClipPageFactory(parent=section))
    story = factories.gallery_page(section, count=2)
    for page, expected in ((clip, "Mọi người cùng múa."), (story, "Chú thích ảnh 2")):
        jobs = TranslationJob.objects.filter(source_page=page)
        assert sorted(jobs.values_list("target_locale__language_code", flat=True)) == sorted(TARGET_LANGUAGES)
        assert all(job.total_segments > 0 for job in jobs)
        texts = set(StringSegment.objects.filter(source__object_id=page.translation_key).values_list("string__data", flat=True))
        assert expected in texts


def test_translations_and_unpublished_drafts_create_no_jobs(section, locales):
    draft = factories.ArticlePageFactory(parent=section, title="Bản nháp")
    draft.save_revision()
    assert not TranslationJob.objects.filter(source_page=draft).exists()
    english_section = section.get_translation(locales["en"])
    assert not TranslationJob.objects.filter(source_page=english_section).exists()


def test_section_settings_choose_languages_priority_and_due_date(section, locales):
    config = SectionTranslationConfig.objects.create(section=section, priority=1, due_days=3)
    config.languages.set([locales["en"], locales["km"]])
    page = publish(factories.ArticlePageFactory(parent=section))
    jobs = TranslationJob.objects.filter(source_page=page)
    assert sorted(jobs.values_list("target_locale__language_code", flat=True)) == ["en", "km"]
    job = jobs.first()
    assert job.priority == 1
    assert (job.due_date - job.created_at.date()).days in (3, 4)  # local date vs UTC date


def test_republishing_unchanged_source_changes_no_state(article, team):
    job = job_for(article, "en")
    workflow.perform(job, "claim", team["translator_en"])
    publish(article)
    job.refresh_from_db()
    assert job.state == JobState.IN_PROGRESS
    assert job.changed_segments == []


def test_source_change_after_translation_marks_job_stale_with_changed_segments(article, team):
    job = job_for(article, "en")
    workflow.perform(job, "claim", team["translator_en"])
    waiting = job_for(article, "ja")
    article.standfirst = "Tóm tắt mới hoàn toàn."
    publish(article)
    job.refresh_from_db()
    waiting.refresh_from_db()
    assert job.state == JobState.STALE
    assert job.changed_segments == ["Tóm tắt mới hoàn toàn."]
    assert waiting.state == JobState.WAITING  # never worked on: just waiting, up to date
    # A stale job goes back to work, and submitting clears the list.
    workflow.perform(job, "claim", team["translator_en"])
    workflow.perform(job, "submit", team["translator_en"])
    job.refresh_from_db()
    assert job.state == JobState.IN_REVIEW and job.changed_segments == []


def test_full_journey_claim_submit_return_submit_publish(article, team, locales, django_capture_on_commit_callbacks):
    job = job_for(article, "en")
    translator, reviewer = team["translator_en"], team["reviewer_en"]
    workflow.perform(job, "claim", translator)
    job.refresh_from_db()
    assert job.state == JobState.IN_PROGRESS and job.assignee == translator
    english = Page.objects.get(translation_key=article.translation_key, locale=locales["en"])
    assert not english.live
    with django_capture_on_commit_callbacks(execute=True):
        workflow.perform(job, "submit", translator)
    assert [m.to for m in mail.outbox][-1] == ["reviewer_en@example.org"]
    with pytest.raises(workflow.TransitionRefused):
        workflow.perform(job, "return", reviewer, comment="  ")
    workflow.perform(job, "return", reviewer, comment="Dịch lại tiêu đề")
    job.refresh_from_db()
    assert job.state == JobState.RETURNED and job.reviewer_comment == "Dịch lại tiêu đề"
    segment = StringSegment.objects.filter(source=job.translation.source, context__path="title").get()
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locales["en"], context=segment.context, data="Buon Ma Thuot coffee", translation_type="manual"
    )
    job.refresh_from_db()
    assert job.translated_segments == 1 < job.total_segments  # progress follows the editor
    translate_segments(job)  # a translation goes live only complete (tests/publishing/test_publish_gates.py)
    workflow.perform(job, "submit", translator)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        workflow.perform(job, "publish", reviewer)
    job.refresh_from_db()
    english.refresh_from_db()
    assert job.state == JobState.PUBLISHED and job.published_at
    assert english.live and english.title == "Buon Ma Thuot coffee"
    assert TranslationMemory.objects.get(string=segment.string, locale=locales["en"]).data == "Buon Ma Thuot coffee"


@pytest.mark.parametrize(
    ("user", "action", "allowed"),
    [
        ("translator_en", "claim", True),
        ("translator_fr", "claim", False),
        ("reviewer_en", "claim", True),
        ("editor", "claim", False),
        ("stranger", "claim", False),
        ("lead", "claim", True),
        ("translator_en", "publish", False),
        ("translator_en", "return", False),
    ],
)
def test_transitions_need_the_role_in_the_language(article, team, user, action, allowed):
    job = job_for(article, "en")
    if action != "claim":
        workflow.perform(job, "claim", team["translator_en"])
        workflow.perform(job, "submit", team["translator_en"])
    before = TranslationJob.objects.get(pk=job.pk).state
    if allowed:
        workflow.perform(job, action, team[user])
    else:
        with pytest.raises(workflow.TransitionRefused):
            workflow.perform(job, action, team[user], comment="x")
        assert TranslationJob.objects.get(pk=job.pk).state == before


def test_states_only_move_along_the_table(article, team):
    job = job_for(article, "en")
    with pytest.raises(workflow.TransitionRefused):
        workflow.perform(job, "publish", team["lead"])  # waiting → published skips review
    with pytest.raises(workflow.TransitionRefused):
        workflow.perform(job, "submit", team["translator_en"])  # nobody has worked on it


def test_assign_needs_a_translator_of_the_language(article, team):
    job = job_for(article, "en")
    with pytest.raises(workflow.TransitionRefused):
        workflow.perform(job, "assign", team["lead"], assignee=team["translator_fr"])
    workflow.perform(job, "assign", team["lead"], assignee=team["translator_en"])
    assert TranslationJob.objects.get(pk=job.pk).assignee == team["translator_en"]
    with pytest.raises(workflow.TransitionRefused):
        workflow.perform(job, "assign", team["translator_en"], assignee=team["translator_en"])


def test_claiming_a_job_in_a_language_without_a_section_translates_the_section_first(article, team):
    job = job_for(article, "fr")
    workflow.perform(job, "claim", team["translator_fr"])
    french = Locale.objects.get(language_code="fr")
    assert Page.objects.filter(translation_key=article.get_parent().translation_key, locale=french).exists()
    assert Page.objects.filter(translation_key=article.translation_key, locale=french).exists()


def test_new_jobs_tell_the_languages_translators(section, team, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(factories.ArticlePageFactory(parent=section, title="Lễ hội cà phê"))
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["translator_en@example.org", "translator_fr@example.org"]
    assert team["translator_en"].translation_notices.count() == 1


def test_overdue_jobs_stand_out_and_reach_the_lead(article, team):
    from datetime import timedelta

    from django.utils import timezone

    from foreign_info.translation.notifications import notify_overdue

    TranslationJob.objects.filter(source_page=article, target_locale__language_code="en").update(due_date=timezone.localdate() - timedelta(days=1))
    assert job_for(article, "en").is_overdue and not job_for(article, "fr").is_overdue
    mail.outbox.clear()
    assert notify_overdue() == 1
    assert [m.to for m in mail.outbox] == [["lead@example.org"]]
