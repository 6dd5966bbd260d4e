"""Who hears about what, by email and in the Wagtail admin (a panel on the dashboard).

- new jobs: the translators of each job's language;
- a job submitted for review: the reviewers of its language;
- overdue jobs (`notify_overdue`, run daily by `manage.py translation_overdue`): the leads;
- an official statement published (`urgent`): the translators and reviewers of each language;
  an urgent job past its due time (`escalated`): the leads (foreign_info.statements.urgent).

A notice records what happened (kind, language, job ids). The dashboard groups a user's unread
notices by kind and language into one line each, with the page titles, worded with correct plurals
in the reader's admin language (`grouped_notices`); emails are worded in each recipient's admin
language too.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import ngettext, override

from foreign_info.core.languages import language_name

from .models import Notice, Role, TranslationJob
from .roles import LEAD_PERMISSION

TITLES_SHOWN = 5


def users_with(code, role):
    return list(get_user_model().objects.filter(is_active=True, language_assignments__locale__language_code=code, language_assignments__role=role).distinct())


def leads():
    app_label, codename = LEAD_PERMISSION.split(".")
    perm = Q(user_permissions__codename=codename, user_permissions__content_type__app_label=app_label) | Q(
        groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label
    )
    return list(get_user_model().objects.filter(Q(is_superuser=True) | perm, is_active=True).distinct())


def headline(kind, language_code, count):
    """One notice's sentence in the active language."""
    language = language_name(language_code)
    if kind == "new_jobs":
        return ngettext("%(count)s new page to translate into %(language)s", "%(count)s new pages to translate into %(language)s", count) % {
            "count": count,
            "language": language,
        }
    if kind == "submitted":
        return ngettext("%(count)s page ready for review in %(language)s", "%(count)s pages ready for review in %(language)s", count) % {
            "count": count,
            "language": language,
        }
    if kind == "urgent":
        return ngettext(
            "Urgent: %(count)s official statement to translate into %(language)s within hours",
            "Urgent: %(count)s official statements to translate into %(language)s within hours",
            count,
        ) % {"count": count, "language": language}
    if kind == "escalated":
        return ngettext("%(count)s urgent statement is overdue in %(language)s", "%(count)s urgent statements are overdue in %(language)s", count) % {
            "count": count,
            "language": language,
        }
    return ngettext("%(count)s translation job is overdue", "%(count)s translation jobs are overdue", count) % {"count": count}


def admin_language(user):
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language()


def tell(users, kind, jobs, url, language_code=""):
    """Record a notice for each user and mail those with an address, in their own admin language."""
    if not users or not jobs:
        return
    job_ids = [job.pk for job in jobs]
    with override("en"):
        english = headline(kind, language_code, len(jobs))
    Notice.objects.bulk_create([Notice(user=user, kind=kind, language_code=language_code, job_ids=job_ids, text=english[:300], url=url) for user in users])
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    lines = [f"{job.target_locale.language_code}: {job.source_page.title}" if kind == "overdue" else job.source_page.title for job in jobs]
    by_language = {}
    for user in users:
        if user.email:
            by_language.setdefault(admin_language(user), []).append(user.email)
    for admin_code, emails in by_language.items():
        with override(admin_code):
            subject = headline(kind, language_code, len(jobs))
        send_mail(subject, "\n".join([*lines, "", link]), None, emails, fail_silently=True)


def new_jobs(job_ids):
    jobs = TranslationJob.objects.filter(pk__in=job_ids).select_related("source_page", "target_locale")
    by_language = {}
    for job in jobs:
        by_language.setdefault(job.target_locale.language_code, []).append(job)
    for code, language_jobs in by_language.items():
        tell(users_with(code, Role.TRANSLATOR), "new_jobs", language_jobs, reverse("translation:queue", args=[code]), code)


def submitted(job_id):
    job = TranslationJob.objects.select_related("source_page", "target_locale", "assignee").get(pk=job_id)
    code = job.target_locale.language_code
    tell(users_with(code, Role.REVIEWER), "submitted", [job], reverse("translation:queue", args=[code]) + "?state=in_review", code)


def notify_overdue():
    jobs = list(TranslationJob.objects.overdue().select_related("source_page", "target_locale").order_by("due_date")[:200])
    tell(leads(), "overdue", jobs, reverse("translation:matrix"))
    return len(jobs)


def grouped_notices(user):
    """The user's unread notices, one entry per (kind, language), newest first, worded in the active
    language: {"text", "titles" (the first few page titles), "more" (how many not listed), "url",
    "created_at"}. Two queries, whatever the number of notices."""
    groups = {}
    for notice in Notice.objects.filter(user=user, read_at__isnull=True).order_by("-created_at")[:200]:
        key = (notice.kind, notice.language_code) if notice.kind else ("", notice.pk)
        group = groups.setdefault(
            key,
            {
                "kind": notice.kind,
                "language_code": notice.language_code,
                "job_ids": [],
                "url": notice.url,
                "text": notice.text,
                "created_at": notice.created_at,
            },
        )
        group["job_ids"] += [job_id for job_id in notice.job_ids if job_id not in group["job_ids"]]
    every_id = {job_id for group in groups.values() for job_id in group["job_ids"]}
    titles = dict(TranslationJob.objects.filter(pk__in=every_id).values_list("pk", "source_page__title"))
    entries = []
    for group in groups.values():
        group_titles = [titles[job_id] for job_id in group["job_ids"] if job_id in titles]
        if group["kind"]:
            if not group_titles:
                continue  # every job of the notice is gone
            text = headline(group["kind"], group["language_code"], len(group_titles))
        else:
            text = group["text"]
        shown = group_titles[:TITLES_SHOWN]
        entries.append({"text": text, "titles": shown, "more": max(len(group_titles) - len(shown), 0), "url": group["url"], "created_at": group["created_at"]})
    return entries
