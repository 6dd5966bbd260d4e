"""The translation demo: a team for English and French and jobs in several states, loaded once."""

import pytest
from django.core.management import call_command

from foreign_info.translation import roles
from foreign_info.translation.models import JobState, TranslationJob

pytestmark = pytest.mark.django_db


def test_demo_has_a_team_and_jobs_in_several_states(locales, django_capture_on_commit_callbacks, django_user_model):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    states = set(TranslationJob.objects.values_list("state", flat=True))
    assert {JobState.WAITING, JobState.IN_PROGRESS, JobState.IN_REVIEW, JobState.RETURNED, JobState.PUBLISHED} <= states
    assert TranslationJob.objects.overdue().exists()
    staged = sorted(TranslationJob.objects.exclude(state__in=["waiting", "published"]).values_list("pk", "state"))
    reviewer = django_user_model.objects.get(username="reviewer")
    assert sorted(roles.languages(reviewer, "reviewer")) == ["fr", "ja"]
    assert roles.languages(django_user_model.objects.get(username="translator-fr")) == ["fr"]
    assert roles.is_lead(django_user_model.objects.get(username="lead"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert sorted(TranslationJob.objects.exclude(state__in=["waiting", "published"]).values_list("pk", "state")) == staged
