"""The translation demo: a team for English and French and jobs in several states, loaded once."""

import pytest

from foreign_info.translation import roles
from foreign_info.translation.models import JobState, TranslationJob

pytestmark = pytest.mark.django_db


def test_demo_has_a_team_and_jobs_in_several_states(django_user_model):
    states = set(TranslationJob.objects.values_list("state", flat=True))
    assert {JobState.WAITING, JobState.IN_PROGRESS, JobState.IN_REVIEW, JobState.RETURNED, JobState.PUBLISHED} <= states
    assert TranslationJob.objects.overdue().exists()
    reviewer = django_user_model.objects.get(username="reviewer")
    assert sorted(roles.languages(reviewer, "reviewer")) == ["fr", "ja"]
    assert roles.languages(django_user_model.objects.get(username="translator-fr")) == ["fr"]
    assert roles.is_lead(django_user_model.objects.get(username="lead"))
