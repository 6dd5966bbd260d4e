"""Demo of translation work: the publishing demo's `editor` made source editor of Vietnamese (it
writes and publishes the Vietnamese pages), a translator each for French and Japanese (the demo's
English is complete), a reviewer of both, a lead,
and jobs in several states (waiting, in progress, in review, returned, overdue; published ones come
from the publishing demo's translations). Idempotent and offline: jobs are only moved once."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page

from .groups import ensure_groups
from .models import JobState, LanguageAssignment, TranslationJob
from .roles import LEADS_GROUP

DEMO_TEAM = {
    # username: (password, [(language, role)], lead)
    "editor": ("editor-demo-2026", [("vi", "editor")], False),
    "translator-fr": ("translator-fr-demo-2026", [("fr", "translator")], False),
    "translator-ja": ("translator-ja-demo-2026", [("ja", "translator")], False),
    "reviewer": ("reviewer-demo-2026", [("fr", "reviewer"), ("ja", "reviewer")], False),
    "lead": ("lead-demo-2026", [], True),
}


def load(log):
    from . import workflow

    ensure_groups()
    users = {}
    User = get_user_model()
    for username, (password, languages, lead) in DEMO_TEAM.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username, f"{username}@example.gov.vn", password)
            log(f"user {username} created")
        if lead:
            user.groups.add(Group.objects.get(name=LEADS_GROUP))
        for code, role in languages:
            LanguageAssignment.objects.get_or_create(user=user, locale=Locale.objects.get(language_code=code), role=role)
        users[username] = User.objects.get(pk=user.pk)
    if TranslationJob.objects.exclude(state__in=[JobState.WAITING, JobState.PUBLISHED]).exists():
        return None  # already staged
    claim = lambda who: ("claim", who)  # noqa: E731
    plan = {
        "fr": [[claim("translator-fr")], [claim("translator-fr"), ("submit", "translator-fr")]],
        "ja": [[claim("translator-ja"), ("submit", "translator-ja"), ("return", "reviewer")], [claim("translator-ja")]],
    }
    for code, job_steps in plan.items():
        for job, steps in zip(untranslated_jobs(code), job_steps, strict=False):
            for action, username in steps:
                workflow.perform(job, action, users[username], comment="Xin dịch lại tiêu đề cho tự nhiên hơn.")
            log(f"job {job} staged: {steps[-1][0]}")
    overdue = untranslated_jobs("ja")[:1]
    TranslationJob.objects.filter(pk__in=[job.pk for job in overdue]).update(due_date=timezone.localdate() - timedelta(days=3))
    return None


def untranslated_jobs(code):
    """Waiting article jobs in `code` whose page has no translation yet, oldest source first."""
    jobs = list(
        TranslationJob.objects.filter(target_locale__language_code=code, state=JobState.WAITING, source_page__depth__gt=2)
        .select_related("source_page", "target_locale")
        .order_by("source_page__path")
    )
    translated = set(
        Page.objects.filter(locale__language_code=code, translation_key__in=[job.source_page.translation_key for job in jobs]).values_list(
            "translation_key", flat=True
        )
    )
    return [job for job in jobs if job.source_page.translation_key not in translated]
