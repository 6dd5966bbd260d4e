"""Who hears about what, by email and in the Wagtail admin (a panel on the dashboard).

- new jobs: the translators of each job's language;
- a job submitted for review: the reviewers of its language;
- overdue jobs (`notify_overdue`, run daily by `manage.py translation_overdue`): the leads.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from .models import Notice, Role, TranslationJob
from .roles import LEAD_PERMISSION


def users_with(code, role):
    return list(get_user_model().objects.filter(is_active=True, language_assignments__locale__language_code=code, language_assignments__role=role).distinct())


def leads():
    app_label, codename = LEAD_PERMISSION.split(".")
    perm = Q(user_permissions__codename=codename, user_permissions__content_type__app_label=app_label) | Q(
        groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label
    )
    return list(get_user_model().objects.filter(Q(is_superuser=True) | perm, is_active=True).distinct())


def tell(users, subject, lines, url):
    if not users:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    Notice.objects.bulk_create([Notice(user=user, text=subject, url=url) for user in users])
    emails = [user.email for user in users if user.email]
    if emails:
        send_mail(subject, "\n".join([*lines, "", link]), None, emails, fail_silently=True)


def new_jobs(job_ids):
    jobs = TranslationJob.objects.filter(pk__in=job_ids).select_related("source_page", "target_locale")
    by_language = {}
    for job in jobs:
        by_language.setdefault(job.target_locale.language_code, []).append(job)
    for code, language_jobs in by_language.items():
        with override(code):
            subject = _("%(n)s new pages to translate into %(language)s") % {
                "n": len(language_jobs),
                "language": language_jobs[0].target_locale.get_display_name(),
            }
        tell(users_with(code, Role.TRANSLATOR), subject, [job.source_page.title for job in language_jobs], reverse("translation:queue", args=[code]))


def submitted(job_id):
    job = TranslationJob.objects.select_related("source_page", "target_locale", "assignee").get(pk=job_id)
    code = job.target_locale.language_code
    subject = _("Ready for review (%(language)s): %(page)s") % {"language": job.target_locale.get_display_name(), "page": job.source_page.title}
    tell(users_with(code, Role.REVIEWER), subject, [subject], reverse("translation:queue", args=[code]) + "?state=in_review")


def notify_overdue():
    jobs = list(TranslationJob.objects.overdue().select_related("source_page", "target_locale").order_by("due_date")[:200])
    if jobs:
        subject = _("%(n)s translation jobs are overdue") % {"n": len(jobs)}
        lines = [f"{job.target_locale.language_code}: {job.source_page.title} ({job.due_date})" for job in jobs]
        tell(leads(), subject, lines, reverse("translation:matrix"))
    return len(jobs)
