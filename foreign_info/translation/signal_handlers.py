"""Publishing drives the jobs: a Vietnamese page published in the section creates or updates its
jobs; a translation published (from a job, wagtail-localize's editor or anywhere else) closes its
job and feeds translation memory. Segments saved in the editor move their job's progress.
Assignments keep the language groups in step, and a section created in a locale gets
that language's rights."""

from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
from wagtail.signals import page_published

from foreign_info.core.languages import SOURCE_LANGUAGE


def on_page_published(sender, instance, **kwargs):
    from .jobs import is_section_source, sync_jobs_for_source
    from .models import JobState, TranslationJob
    from .workflow import mark_published

    if instance.locale.language_code == SOURCE_LANGUAGE:
        if is_section_source(instance):
            sync_jobs_for_source(instance)
        return
    job = (
        TranslationJob.objects.filter(source_page__translation_key=instance.translation_key, target_locale_id=instance.locale_id)
        .exclude(state=JobState.PUBLISHED)
        .select_related("translation__source", "target_locale")
        .first()
    )
    if job is not None:
        mark_published(job)


def on_string_translated(sender, instance, **kwargs):
    """A segment saved in wagtail-localize's editor (or deleted) moves its job's progress."""
    from .jobs import refresh_progress
    from .models import JobState, TranslationJob

    jobs = TranslationJob.objects.filter(source_page__translation_key=instance.context.object_id, target_locale_id=instance.locale_id).exclude(
        state=JobState.PUBLISHED
    )
    for job in jobs.select_related("source_page", "target_locale"):
        refresh_progress(job)


def on_assignment_changed(sender, instance, **kwargs):
    from .roles import sync_worker_groups

    user = instance.user
    user.__dict__.pop("_translation_assignments", None)
    sync_worker_groups(user)


def on_section_created(sender, instance, created, raw=False, **kwargs):
    """A section created in a locale (a new site, or a section translated later) gets the rights
    of that language's groups at once."""
    if created and not raw:
        from .groups import grant_section

        grant_section(instance)


def on_post_migrate(sender, **kwargs):
    if sender.name == "foreign_info.translation":
        from .groups import ensure_groups

        ensure_groups()


def connect():
    from wagtail_localize.models import StringTranslation

    from foreign_info.publishing.models import SectionPage

    from .models import LanguageAssignment

    post_save.connect(on_section_created, sender=SectionPage, dispatch_uid="translation-section-rights")
    page_published.connect(on_page_published, dispatch_uid="translation-jobs-on-publish")
    post_save.connect(on_assignment_changed, sender=LanguageAssignment, dispatch_uid="translation-assignment-saved")
    post_delete.connect(on_assignment_changed, sender=LanguageAssignment, dispatch_uid="translation-assignment-deleted")
    post_migrate.connect(on_post_migrate, dispatch_uid="translation-groups")
    post_save.connect(on_string_translated, sender=StringTranslation, dispatch_uid="translation-progress-saved")
    # Over-long translations are flagged where they are saved, and never copied into a page's draft
    # title: wagtail-localize's own receiver copies any title (a 500 on PostgreSQL past 255 characters).
    from wagtail_localize.models import post_save_string_translation

    from .limits import copy_title_into_draft, mark_overlong

    pre_save.connect(mark_overlong, sender=StringTranslation, dispatch_uid="translation-overlong-flagged")
    post_save.disconnect(post_save_string_translation, sender=StringTranslation)
    post_save.connect(copy_title_into_draft, sender=StringTranslation, dispatch_uid="translation-title-into-draft")
    post_delete.connect(on_string_translated, sender=StringTranslation, dispatch_uid="translation-progress-deleted")
