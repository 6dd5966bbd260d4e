"""The demo has a statement and a correction, live in Vietnamese, English and French, the other
languages waiting in the urgent lane, as the README says."""

import pytest
from django.test import Client

from foreign_info.statements.models import StatementPage
from foreign_info.translation.models import JobState, TranslationJob

pytestmark = pytest.mark.django_db


def test_demo_statements(locales):
    correction = StatementPage.objects.get(slug="cai-chinh-thong-tin-cam-tuoi-ca-phe", locale__language_code="vi")
    assert correction.is_correction and correction.live
    english = correction.get_translation(locales["en"])
    assert english.live and english.title.startswith("Correction:")
    jobs = TranslationJob.objects.filter(source_page=correction)
    assert jobs.get(target_locale__language_code="fr").state == JobState.PUBLISHED
    waiting = jobs.get(target_locale__language_code="ja")
    assert waiting.is_urgent and waiting.state != JobState.PUBLISHED
    client = Client()
    assert "Correction:" in client.get("/en/statements/").content.decode()
    assert english.title in client.get("/en/").content.decode()
    assert StatementPage.objects.filter(locale__language_code="vi").count() == 2
