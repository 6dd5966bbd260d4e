"""Figures for statistics (coverage, turnaround) and the admin dashboard's notices."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from foreign_info.translation import stats
from foreign_info.translation.models import JobState, Notice, TranslationJob
from tests.conftest import translate
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db


def test_coverage_is_the_share_of_live_section_pages_per_language(article):
    translate(article, "en", title="Coffee")
    figures = stats.coverage()
    assert figures["en"] == (2, 2, 1.0)  # the section and the article
    assert figures["lo"] == (1, 2, 0.5)
    assert figures["ja"] == (0, 2, 0.0)
    assert set(figures) == {"en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"}


def test_turnaround_runs_from_source_publication_to_translation_publication(article, django_assert_num_queries):
    job = job_for(article, "ja")
    start = timezone.now() - timedelta(hours=30)
    TranslationJob.objects.filter(pk=job.pk).update(first_source_published_at=start, state=JobState.PUBLISHED, published_at=start + timedelta(hours=10))
    other = job_for(article, "ko")
    TranslationJob.objects.filter(pk=other.pk).update(first_source_published_at=start, state=JobState.PUBLISHED, published_at=start + timedelta(hours=20))
    with django_assert_num_queries(1):
        figures = stats.turnaround()
    assert figures["ja"]["jobs"] == 1 and figures["ja"]["mean_hours"] == pytest.approx(10)
    assert figures["ko"]["median_hours"] == pytest.approx(20)
    # The section's English and Lao translations, published by the fixture, count too.
    assert set(figures) == {"ja", "ko", "en", "lo"}
    assert stats.turnaround(since=timezone.now()) == {}


def test_notices_show_on_the_dashboard(article, team, client):
    Notice.objects.create(user=team["translator_en"], text="3 new pages to translate into English", url=reverse("translation:queue", args=["en"]))
    client.force_login(team["translator_en"])
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "3 new pages to translate into English" in page
    client.get(reverse("translation:queue", args=["en"]))
    assert "3 new pages" not in client.get(reverse("wagtailadmin_home")).content.decode()  # read
    Notice.objects.create(user=team["translator_en"], text="Ready for review", url="/admin/")
    client.force_login(team["translator_fr"])
    assert "Ready for review" not in client.get(reverse("wagtailadmin_home")).content.decode()
