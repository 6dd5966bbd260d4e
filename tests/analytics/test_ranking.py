"""The province ranking, recomputed by hand on a small fixture; the import of indicator files,
all or nothing; the public methodology page."""

import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from foreign_info.analytics import ranking
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import ImportedIndicators

from .conftest import AMERICAN_IP, FRENCH_IP, visit

pytestmark = pytest.mark.django_db
URL = "/admin/statistics/ranking/"
LANGS = ["en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"]


def record(start, end, output, abroad, engagement, translated_languages, timely):
    translation = {
        code: {
            "source_pages": 4,
            "translated_pages": 2 if n < translated_languages else 0,
            "coverage": 0.5 if n < translated_languages else 0.0,
            "within_48_hours": timely if n < translated_languages else 0.0,
        }
        for n, code in enumerate(LANGS)
    }
    return {
        "site": {"id": 1, "name": "x", "hostname": "x.example"},
        "start": start.isoformat(),
        "end": end.isoformat(),
        "output": {code: (output if code == "en" else 0) for code in LANGS},
        "reach": {"views": abroad + 5, "views_abroad": abroad, "countries_reached": 3, "views_by_language": {"en": abroad}},
        "engagement": {"clip_plays": engagement, "shares": 0, "downloads": 0},
        "translation": translation,
    }


def indicators_file(province, *records):
    return json.dumps({"format": ranking.FILE_FORMAT, "province": province, "records": list(records)}).encode()


@pytest.fixture
def period(client, section, article):
    today = timezone.localdate()
    start, end = today - datetime.timedelta(days=6), today
    for ip in (FRENCH_IP, AMERICAN_IP):
        visit(client, "/vi/ca-phe/", ip)
    drain_and_flush()
    ranking.import_file(indicators_file("Tỉnh A", record(start, end, output=10, abroad=8, engagement=4, translated_languages=4, timely=0.5)))
    ranking.import_file(indicators_file("Tỉnh B", record(start, end, output=0, abroad=2, engagement=0, translated_languages=0, timely=0.0)))
    return start, end


def test_the_ranking_recomputed_by_hand(period):
    entries = ranking.rank(*period)
    by_name = {entry.province: entry for entry in entries}
    # This site: its section went live in English and Lao this week, within 48 hours, and two
    # readers came from abroad. Raw pillars: output 2, reach 2, engagement 0, timeliness 1.0,
    # languages 2; A: 10, 8, 4, 0.5, 4; B: 0, 2, 0, 0, 0.
    assert by_name["testserver"].raw == {"output": 2.0, "reach": 2.0, "engagement": 0.0, "timeliness": 1.0, "languages": 2.0}
    # Min-max to 0-10: output 2/10/0, reach 0/10/0, engagement 0/10/0, timeliness 10/5/0,
    # languages 5/10/0. Weights 2, 3, 2, 2, 1 (sum 10).
    assert by_name["testserver"].scores == {"output": 2.0, "reach": 0.0, "engagement": 0.0, "timeliness": 10.0, "languages": 5.0}
    assert by_name["testserver"].index == (2 * 2 + 3 * 0 + 2 * 0 + 2 * 10 + 1 * 5) / 10
    assert by_name["Tỉnh A"].index == (2 * 10 + 3 * 10 + 2 * 10 + 2 * 5 + 1 * 10) / 10
    assert by_name["Tỉnh B"].index == 0
    assert [(e.rank, e.province) for e in entries] == [(1, "Tỉnh A"), (2, "testserver"), (3, "Tỉnh B")]
    # Before, only this site was ranked (first): it moved down one; the imports are new.
    assert [e.movement for e in entries] == [None, -1, None]


def test_weights_come_from_settings(period, settings):
    settings.ANALYTICS = {**settings.ANALYTICS, "RANKING_WEIGHTS": {"timeliness": 1}}
    entries = ranking.rank(*period)
    assert [(e.province, e.index) for e in entries] == [("testserver", 10.0), ("Tỉnh A", 5.0), ("Tỉnh B", 0.0)]


def test_the_rank_table_in_the_admin(admin_client, period):
    start, end = period
    html = admin_client.get(URL, {"start": start.isoformat(), "end": end.isoformat()}).content.decode()
    assert html.index('data-province="Tỉnh A"') < html.index('data-province="testserver"') < html.index('data-province="Tỉnh B"')
    assert "▼ 1" in html


def test_an_exported_file_imports_elsewhere(admin_client, period):
    start, end = period
    exported = admin_client.get(URL, {"start": start.isoformat(), "end": end.isoformat(), "export": "1"})
    assert exported["Content-Disposition"].startswith('attachment; filename="indicators_testserver_')
    document = json.loads(exported.content)
    document["province"] = "Tỉnh C"
    assert ranking.import_file(json.dumps(document).encode()) == 1
    assert ImportedIndicators.objects.get(province="Tỉnh C").data["reach"]["views_abroad"] == 2


def test_a_malformed_file_is_rejected_with_errors_per_row_and_nothing_imported(admin_client, section):
    today = timezone.localdate()
    good = record(today, today, 1, 1, 1, 1, 1.0)
    missing = {key: value for key, value in good.items() if key != "reach"}
    reversed_period = {**good, "start": "2026-05-02", "end": "2026-05-01"}
    negative = {**good, "translation": {**good["translation"], "en": {**good["translation"]["en"], "coverage": 7}}}
    upload = SimpleUploadedFile("c.json", indicators_file("Tỉnh C", good, missing, reversed_period, negative), content_type="application/json")
    response = admin_client.post(URL, {"file": upload})
    assert response.status_code == 400
    html = response.content.decode()
    for row in ("Row 2", "Row 3", "Row 4"):
        assert row in html
    assert "Row 1" not in html
    assert not ImportedIndicators.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        b'{"format": "other"}',
        json.dumps({"format": ranking.FILE_FORMAT, "province": "", "records": []}).encode(),
        json.dumps({"format": ranking.FILE_FORMAT, "province": "X", "records": []}).encode(),
    ],
)
def test_files_that_are_not_indicator_files_are_refused(admin_client, section, content):
    response = admin_client.post(URL, {"file": SimpleUploadedFile("x.json", content)})
    assert response.status_code == 400
    assert 'class="error-message"' in response.content.decode()
    assert not ImportedIndicators.objects.exists()


def test_the_methodology_page_is_public_and_shows_the_weights(client, section):
    response = client.get("/analytics/ranking/methodology/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<tr id="pillar-reach"><td>Reach</td><td>3.0</td></tr>' in html
    assert "10 x (value - min) / (max - min)" in html


def test_the_methodology_is_explained_in_the_readers_language(client, section):
    from django.utils.translation import gettext, override

    step = "Movement is the rank in the previous period of the same length minus the rank now (positive: moved up); it is empty when the province was not ranked then."
    with override("vi"):
        vietnamese = gettext(step)
    assert vietnamese != step
    html = client.get("/analytics/ranking/methodology/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert vietnamese in " ".join(html.split())
    assert '<html lang="vi"' in html
