"""Jobs follow the source: one per (source page, target language), created or updated on publish.

Contract of `sync_jobs_for_source(page)`, run when a Vietnamese page of the section is published:
- wagtail-localize's TranslationSource is brought up to date with the page (its segments);
- every target language configured for the page's section (all eight by default) has exactly one
  job, created *waiting* with the section's priority and due date;
- a job that had already been worked on (any state but waiting) whose source text changed turns
  *stale* and lists the source texts of the segments that are new or changed;
- the language's translators are told about new jobs.
It costs a fixed number of queries, whatever the number of languages.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from foreign_info.core.languages import SOURCE_LANGUAGE

from .models import DEFAULT_DUE_DAYS, DEFAULT_PRIORITY, JobState, SectionTranslationConfig, TranslationJob, default_target_codes


def section_page_models():
    """Page types translated through jobs: the section and every type its tree may hold, two levels
    deep (articles, clips, photo stories, statements and the press room under it; press kits under
    the press room), read from Wagtail's own tree rules, so a page type added to the section later
    gets its jobs without being listed here."""
    from foreign_info.publishing.models import SectionPage

    models = [SectionPage]
    for child in SectionPage.allowed_subpage_models():
        models.append(child)
        models.extend(grandchild for grandchild in child.allowed_subpage_models() if grandchild not in models)
    return list(dict.fromkeys(models))


def section_of(page):
    """The SectionPage a source page belongs to, or None if the page is not in a section.

    Articles and the press room sit right under the section; a press kit or an event one level
    further down, under the press room or the events listing: the nearest section above is the one whose languages and priority apply."""
    from foreign_info.publishing.models import SectionPage

    specific_class = page.specific_class
    if specific_class is SectionPage:
        return page
    if specific_class not in section_page_models():
        return None
    parent = page.get_parent()
    if parent is not None and parent.specific_class is not SectionPage:
        parent = parent.get_parent()
    return parent if parent is not None and parent.specific_class is SectionPage else None


def is_section_source(page):
    return page.locale.language_code == SOURCE_LANGUAGE and section_of(page) is not None


def section_settings(section):
    """(target locales, priority, due days) for a section."""
    config = SectionTranslationConfig.objects.filter(section_id=section.pk).prefetch_related("languages").first()
    if config is not None:
        return list(config.languages.all()), config.priority, config.due_days
    return list(Locale.objects.filter(language_code__in=default_target_codes())), DEFAULT_PRIORITY, DEFAULT_DUE_DAYS


def segment_texts(source):
    return list(StringSegment.objects.filter(source=source).order_by("order").values_list("context__path", "string__data"))


@transaction.atomic
def sync_jobs_for_source(page):
    """See the module docstring. Returns the jobs that were created."""
    page = page.specific
    section = section_of(page)
    if section is None or page.locale.language_code != SOURCE_LANGUAGE:
        return []
    existing_source = TranslationSource.objects.get_for_instance_or_none(page)
    before = set(segment_texts(existing_source)) if existing_source else set()
    source, _created = TranslationSource.update_or_create_from_instance(page)
    after = segment_texts(source)
    changed = [text for path, text in after if (path, text) not in before]
    locales, priority, due_days = section_settings(section)
    now = timezone.now()
    jobs = {job.target_locale_id: job for job in TranslationJob.objects.filter(source_page=page)}
    translations = dict(Translation.objects.filter(source=source).values_list("target_locale_id", "pk"))
    new_jobs, updated = [], []
    for locale in locales:
        job = jobs.get(locale.pk)
        if job is None:
            new_jobs.append(new_job(page, locale, translations.get(locale.pk), priority, due_days, len(after), now))
            continue
        job.source_published_at = now
        job.total_segments = len(after)
        job.translation_id = job.translation_id or translations.get(locale.pk)
        if changed and job.state != JobState.WAITING:
            job.state = JobState.STALE
            job.changed_segments = list(dict.fromkeys([*job.changed_segments, *changed]))
            job.due_date = TranslationJob.due_from(due_days)
        updated.append(job)
    created = TranslationJob.objects.bulk_create(new_jobs)
    TranslationJob.objects.bulk_update(updated, ["source_published_at", "total_segments", "translation", "state", "changed_segments", "due_date", "updated_at"])
    announce(created)
    return created


def new_job(page, locale, translation_id, priority, due_days, total_segments, now):
    return TranslationJob(
        source_page=page,
        target_locale=locale,
        translation_id=translation_id,
        priority=priority,
        due_date=TranslationJob.due_from(due_days),
        total_segments=total_segments,
        source_published_at=now,
        first_source_published_at=now,
    )


def announce(created):
    if created:
        from .tasks import notify_new_jobs

        # Mail goes out from the task queue, never on the publish request.
        job_ids = [job.pk for job in created]
        transaction.on_commit(lambda: notify_new_jobs.enqueue(job_ids))


@transaction.atomic
def open_jobs(page, locales):
    """Jobs for a published source page in `locales` it has none in yet, created waiting with its
    section's priority and due date and announced like the jobs of a publication.

    Publishing opens jobs in the section's languages only; a lead who names another language (the
    matrix's "Create translations" with languages ticked, or a row of the statistics' translation
    demand: readers are waiting for that language) asks for a job there too. Returns the jobs
    created; a page outside a section, or not Vietnamese, gets none."""
    page = page.specific
    section = section_of(page)
    if section is None or page.locale.language_code != SOURCE_LANGUAGE or not page.live:
        return []
    have = set(TranslationJob.objects.filter(source_page=page).values_list("target_locale_id", flat=True))
    missing = [locale for locale in locales if locale.pk not in have and locale.language_code != SOURCE_LANGUAGE]
    if not missing:
        return []
    source, _created = TranslationSource.get_or_create_from_instance(page)
    total = StringSegment.objects.filter(source=source).count()
    translations = dict(Translation.objects.filter(source=source).values_list("target_locale_id", "pk"))
    _locales, priority, due_days = section_settings(section)
    now = timezone.now()
    created = TranslationJob.objects.bulk_create([new_job(page, locale, translations.get(locale.pk), priority, due_days, total, now) for locale in missing])
    announce(created)
    return created


def create_translations(page_ids, codes, user, open_missing=False):
    """The "create" of the matrix and of the translation demand: the wagtail-localize translation
    (and draft page) of each job of these source pages in these languages, not published yet.

    Only in the languages `user` may create in (roles.CREATE): the caller refuses the request
    before, this is the rule every path passes. With `open_missing`, a language the page has no
    job in gets one first (open_jobs). Returns the number of jobs whose translation now exists."""
    from . import roles

    codes = [code for code in codes if roles.can(user, roles.CREATE, code)]
    if open_missing and codes:
        locales = list(Locale.objects.filter(language_code__in=codes))
        for page in Page.objects.filter(pk__in=page_ids, locale__language_code=SOURCE_LANGUAGE):
            open_jobs(page, locales)
    jobs = TranslationJob.objects.filter(source_page_id__in=page_ids, target_locale__language_code__in=codes).exclude(state=JobState.PUBLISHED)
    done = 0
    for job in jobs.select_related("source_page", "target_locale"):
        ensure_translation(job, user)
        done += 1
    return done


def ensure_translation(job, user=None):
    """The wagtail-localize Translation (and draft target page) behind a job, created if missing.

    The section page itself is translated first when the language has no section yet, as
    wagtail-localize cannot create a page under an untranslated parent.
    """
    page = job.source_page.specific
    locale = job.target_locale
    if job.translation_id and Page.objects.filter(translation_key=page.translation_key, locale=locale).exists():
        return job.translation
    parent = page.get_parent()
    if parent.depth > 1 and not Page.objects.filter(translation_key=parent.translation_key, locale=locale).exists():
        parent_job = TranslationJob.objects.filter(source_page=parent, target_locale=locale).first()
        if parent_job is not None:
            ensure_translation(parent_job, user)
        else:
            create_translation(parent.specific, locale, user)
    translation = create_translation(page, locale, user)
    job.translation = translation
    job.save(update_fields=["translation", "updated_at"])
    return translation


def create_translation(page, locale, user=None):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    if Page.objects.filter(translation_key=page.translation_key, locale=locale).exists():
        return translation
    translation.save_target(user=user, publish=False)
    return translation


def refresh_progress(job):
    """Count the job's segments and those translated into its language (two queries)."""
    source = TranslationSource.objects.get_for_instance_or_none(job.source_page)
    if source is None:
        return job
    segments = StringSegment.objects.filter(source=source)
    job.total_segments = segments.count()
    job.translated_segments = segments.filter(string__translations__locale=job.target_locale, string__translations__context=F("context")).distinct().count()
    TranslationJob.objects.filter(pk=job.pk).update(total_segments=job.total_segments, translated_segments=job.translated_segments)
    return job
