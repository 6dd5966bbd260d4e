"""Where the translations of Vietnamese pages stand, for the editors who write them: a panel in the
page editor and an indicator in the page listing (explorer).

Contract:
- `TranslationStatePanel` (in the content panels of every page type of the section) shows, for a
  Vietnamese page that has jobs, one row per target language: the job's state, its progress
  (translated/total segments), its due date, and a link to the job in its language's queue for
  users who may see that queue (`roles.can(user, VIEW, code)`). One query, whatever the number of
  languages; nothing for translations or pages without jobs.
- `prefetch_jobs(pages)` makes a page listing carry each page's jobs in one query per page type,
  whatever the number of pages or languages; `listing_summary(page)` turns them into the listing's
  indicator (label, and a line per language for its title).
"""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin.panels import Panel

from foreign_info.core.languages import SOURCE_LANGUAGE

from . import roles
from .models import JobState, TranslationJob

LISTING_ATTR = "listing_translation_jobs"


def jobs_queryset():
    return TranslationJob.objects.select_related("target_locale").order_by("target_locale__language_code")


def job_rows(jobs, user):
    """What a panel row shows for each job; the queue link only for users who may see it."""
    rows = []
    for job in jobs:
        code = job.target_locale.language_code
        link = f"{reverse('translation:queue', args=[code])}?state={job.state}" if roles.can(user, roles.VIEW, code) else ""
        rows.append({"job": job, "language": job.target_locale.get_display_name(), "link": link})
    return rows


class TranslationStatePanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "translation/panels/translation_state.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            instance = self.instance
            is_source = bool(instance and instance.pk and instance.locale_id and instance.locale.language_code == SOURCE_LANGUAGE)
            self.jobs = list(jobs_queryset().filter(source_page_id=instance.pk)) if is_source else []

        def is_shown(self):
            return bool(self.jobs)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = job_rows(self.jobs, self.request.user if self.request else None)
            return context

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translations"))
        super().__init__(**kwargs)


def prefetch_jobs(pages):
    return pages.prefetch_related(Prefetch("translation_jobs", queryset=jobs_queryset(), to_attr=LISTING_ATTR))


def listing_summary(page):
    """(label, details) for the listing's indicator, or None for a page without jobs."""
    jobs = getattr(page, LISTING_ATTR, None)
    if not jobs:
        return None
    live = sum(job.state == JobState.PUBLISHED for job in jobs)
    label = _("Translations: %(live)s/%(total)s live") % {"live": live, "total": len(jobs)}
    details = [
        _("%(language)s: %(state)s, %(translated)s/%(total)s, due %(due)s")
        % {
            "language": job.target_locale.get_display_name(),
            "state": job.get_state_display(),
            "translated": job.translated_segments,
            "total": job.total_segments,
            "due": date_format(job.due_date, "SHORT_DATE_FORMAT"),
        }
        for job in jobs
    ]
    return label, details
