"""The quarterly report: PDF and DOCX in Vietnamese and English that open and say the figures;
the due date; reminders sent once."""

import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import Criterion, Metric
from foreign_info.analytics.reminders import remind
from foreign_info.analytics.report import due_date, quarter_bounds

from .conftest import AMERICAN_IP, FRENCH_IP, visit

pytestmark = pytest.mark.django_db


def gettext_in(language_code, message):
    from django.utils import translation

    with translation.override(language_code):
        return translation.gettext(message)


URL = "/admin/statistics/report/"


@pytest.fixture
def quarter_of_traffic(client, section, article, clock):
    clock.now = timezone.make_aware(datetime.datetime(2026, 2, 3, 10)).timestamp()
    for ip in (FRENCH_IP, AMERICAN_IP, "90.84.0.5"):
        visit(client, "/vi/ca-phe/", ip)
    drain_and_flush()
    Criterion.objects.create(name="Khán giả nước ngoài", metric=Metric.VIEWS_ABROAD, year=2026, target=6)


def test_quarters_and_due_dates():
    assert quarter_bounds(2026, 1) == (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    assert quarter_bounds(2026, 4) == (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))
    assert due_date(2026, 2) == datetime.date(2026, 6, 15)


def download(admin_client, section, language, fmt):
    params = {"year": 2026, "quarter": 1, "site": section.get_site().pk, "language": language, "fmt": fmt}
    response = admin_client.get(URL, params)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'_2026-Q1_{language}.{fmt}"')
    return response.content


@pytest.mark.parametrize(
    "language, expected",
    [("en", ["quarterly report, Q1 2026", "French", "Views from abroad"]), ("vi", ["2026-03-15", "Tiếng Pháp", gettext_in("vi", "Views from abroad")])],
)
def test_the_pdf_report_opens_and_says_the_figures(admin_client, section, quarter_of_traffic, language, expected):
    reader = PdfReader(io.BytesIO(download(admin_client, section, language, "pdf")))
    text = " ".join(page.extract_text() for page in reader.pages)
    for phrase in expected:
        assert phrase in text
    assert "50.0 %" in text  # the criterion: 3 views abroad of a target of 6


@pytest.mark.parametrize(
    "language, expected",
    [("en", ["quarterly report, Q1 2026", "Views from abroad"]), ("vi", ["2026-03-15", gettext_in("vi", "Views from abroad"), "Tiếng Pháp"])],
)
def test_the_docx_report_opens_and_says_the_figures(admin_client, section, quarter_of_traffic, language, expected):
    document = Document(io.BytesIO(download(admin_client, section, language, "docx")))
    text = "\n".join([p.text for p in document.paragraphs] + [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    for phrase in expected:
        assert phrase in text
    views_abroad = [row.cells[1].text for row in document.tables[0].rows if row.cells[0].text in ("Views from abroad", "Lượt xem từ nước ngoài")]
    assert views_abroad == ["3"]
    assert len(document.inline_shapes) == 1  # the chart


@pytest.mark.parametrize(
    "params",
    [
        {"year": "20x6", "quarter": 1, "language": "vi", "fmt": "pdf"},
        {"year": 2026, "quarter": 5, "language": "vi", "fmt": "pdf"},
        {"year": 2026, "quarter": 1, "language": "de", "fmt": "pdf"},
        {"year": 2026, "quarter": 1, "language": "vi", "fmt": "exe"},
    ],
)
def test_bad_report_requests_get_a_form_with_errors(admin_client, section, params):
    response = admin_client.get(URL, {"site": section.get_site().pk, **params})
    assert response.status_code == 400
    assert b"error" in response.content


def test_the_officer_is_reminded_once_before_the_due_date(section, django_user_model):
    django_user_model.objects.create_superuser("officer", "officer@example.org", "pw")
    assert remind(datetime.date(2026, 3, 1)) == 0  # too early
    assert remind(datetime.date(2026, 3, 9)) == 1
    assert remind(datetime.date(2026, 3, 10)) == 0  # already reminded this quarter
    assert len(mail.outbox) == 1
    assert "2026-03-15" in mail.outbox[0].subject
    assert "/admin/statistics/report/?year=2026&quarter=1" in mail.outbox[0].body
