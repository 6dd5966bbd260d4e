"""The quarterly report: PDF and DOCX in Vietnamese and English that open and say the figures as an
official document (Decree 30/2020/ND-CP parts in order, A4, the font, Vietnamese numbers, the
previous quarter, the department table, a running quarter said); the due date; reminders sent once."""

import datetime
import io
import subprocess
import tempfile

import pytest
from django.core import mail
from django.utils import timezone
from docx import Document
from pypdf import PdfReader
from wagtail.models import Locale

from foreign_info.analytics import report_text as text
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import Criterion, DailyStat, Kind, Metric, ReportSettings
from foreign_info.analytics.reminders import remind
from foreign_info.analytics.report import due_date, quarter_bounds
from foreign_info.departments.models import Contribution, Department, DepartmentName

from .conftest import AMERICAN_IP, FRENCH_IP, visit

pytestmark = pytest.mark.django_db


def gettext_in(language_code, message):
    from django.utils import translation

    with translation.override(language_code):
        return translation.gettext(message)


URL = "/admin/statistics/report/"
MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture
def quarter_of_traffic(client, section, article, clock, django_user_model):
    """Q4 2025: one view from abroad; Q1 2026: three (two from abroad); a criterion with an English
    name; a department (with its English name) that submitted and published one page in Q1."""
    clock.now = timezone.make_aware(datetime.datetime(2025, 11, 3, 10)).timestamp()
    visit(client, "/vi/ca-phe/", FRENCH_IP)
    drain_and_flush()
    clock.now = timezone.make_aware(datetime.datetime(2026, 2, 3, 10)).timestamp()
    for ip in (FRENCH_IP, AMERICAN_IP, "90.84.0.5"):
        visit(client, "/vi/ca-phe/", ip)
    drain_and_flush()
    Criterion.objects.create(name="Khán giả nước ngoài", name_en="Audience abroad", metric=Metric.VIEWS_ABROAD, year=2026, target=6)
    leader = django_user_model.objects.create_user("leader", "leader@example.org", "pw")
    department = Department.objects.create(name="Sở Văn hóa, Thể thao và Du lịch", leader=leader)
    DepartmentName.objects.create(department=department, locale=Locale.objects.get(language_code="en"), name="Department of Culture, Sports and Tourism")
    foreign_affairs = Department.objects.create(name="Sở Ngoại vụ", leader=leader)
    DepartmentName.objects.create(department=foreign_affairs, locale=Locale.objects.get(language_code="en"), name="Department of Foreign Affairs")
    february = timezone.make_aware(datetime.datetime(2026, 2, 10, 9))
    Contribution.objects.create(page=article, department=department, state="published", submitted_at=february, published_at=february)
    ReportSettings.objects.update_or_create(site=article.get_site(), defaults={"signer_name": "Nguyễn Văn An"})


def test_numbers_changes_and_dates_in_the_report_language():
    from django.utils import translation

    with translation.override("vi"):
        assert (text.number(2873.0), text.number(1234567), text.percent(0.132)) == ("2.873", "1.234.567", "13,2 %")
        assert (text.change(5, 10), text.change(3, 0), text.change(4, 4)) == ("-5 (-50,0 %)", "+3", "0")
        assert text.trend(5, 10) == "giảm 5 (50,0 %) so với quý trước"
        # Decree 30: a leading zero on days below 10 and on months 1 and 2 only.
        assert text.document_date("Đắk Lắk", datetime.date(2026, 2, 5)) == "Đắk Lắk, ngày 05 tháng 02 năm 2026"
        assert text.document_date("Đắk Lắk", datetime.date(2026, 11, 3)) == "Đắk Lắk, ngày 03 tháng 11 năm 2026"
    with translation.override("en"):
        assert (text.number(2873.0), text.percent(0.132), text.change(1, 4)) == ("2,873", "13.2 %", "-3 (-75.0 %)")
        assert text.document_date("Dak Lak", datetime.date(2026, 2, 5)) == "Dak Lak, February 5, 2026"


def test_quarters_and_due_dates():
    assert quarter_bounds(2026, 1) == (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    assert quarter_bounds(2026, 4) == (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))
    assert due_date(2026, 2) == datetime.date(2026, 6, 15)


def download(admin_client, section, language, fmt, year=2026, quarter=1):
    params = {"year": year, "quarter": quarter, "site": section.get_site().pk, "language": language, "fmt": fmt}
    response = admin_client.get(URL, params)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'_{year}-Q{quarter}_{language}.{fmt}"')
    return response.content


def pdf_text(content):
    """The PDF as pdftotext reads it (in reading order), and its reader."""
    reader = PdfReader(io.BytesIO(content))
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(content)
        file.flush()
        text = subprocess.run(["pdftotext", "-raw", file.name, "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split()), reader


def docx_text(document):
    """Every paragraph of the DOCX, in document order, table cells included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines = []
    for block in document.element.body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append(Paragraph(block, document).text)
        elif block.tag.endswith("}tbl"):
            for row in Table(block, document).rows:
                for cell in row.cells:
                    lines.extend(paragraph.text for paragraph in cell.paragraphs)
    return " ".join(" ".join(lines).split())


def assert_in_order(text, phrases):
    position = -1
    for phrase in phrases:
        found = text.find(phrase, position + 1)
        assert found > position, f"{phrase!r} missing or out of order in {text!r}"
        position = found


DECREE_30_VI = [
    "UBND TỈNH ĐẮK LẮK",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "Số: …/BC-STTTT",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Đắk Lắk, ngày",
    "BÁO CÁO",
    "quý I năm 2026",
    "Nơi nhận:",
    "- UBND tỉnh (để báo cáo);",
    "GIÁM ĐỐC",
    "Nguyễn Văn An",
]
DECREE_30_EN = [
    "DEPARTMENT OF INFORMATION AND COMMUNICATIONS",
    "No.: …/BC-STTTT",
    "SOCIALIST REPUBLIC OF VIET NAM",
    "Independence - Freedom - Happiness",
    "Dak Lak,",
    "REPORT",
    "quarter I of 2026",
    "Recipients:",
    "DIRECTOR",
    "Nguyễn Văn An",
]


def test_the_vietnamese_pdf_is_an_official_document(admin_client, section, quarter_of_traffic):
    text, reader = pdf_text(download(admin_client, section, "vi", "pdf"))
    assert_in_order(text, DECREE_30_VI)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("LiberationSerif" in name for name in fonts), fonts
    # Vietnamese numbers, the previous quarter and the change, the narratives, scores.
    assert_in_order(text, [gettext_in("vi", "Views from abroad"), "3 1 +2 (+200,0 %)"])
    assert "Tiếng Pháp" in text
    assert "50,0 %" in text  # the criterion: 3 views abroad of a target of 6
    assert "Khán giả nước ngoài" in text
    assert_in_order(text, [gettext_in("vi", "Department contributions"), "Số bài gửi Số bài đã đăng", "Sở Ngoại vụ 0 0", "Sở Văn hóa, Thể thao và Du lịch 1 1"])
    assert "quý I năm 2026" in text and "3 lượt" in text  # the indicators' narrative says the views
    assert gettext_in("vi", "Quarter in progress: figures up to %(date)s.").split("%")[0] not in text
    # The portal's Vietnamese name, the period and due date in Vietnamese notation.
    assert "Cổng thông tin điện tử tỉnh, từ 01/01/2026 đến 31/03/2026; hạn nộp 15/03/2026" in text
    assert len(reader.pages) > 1 and reader.pages[1].extract_text().split()[0] == "2"  # page number from page 2


def test_the_english_pdf_names_everything_in_english(admin_client, section, quarter_of_traffic):
    text, _reader = pdf_text(download(admin_client, section, "en", "pdf"))
    assert_in_order(text, DECREE_30_EN)
    assert "from Jan 1, 2026 to Mar 31, 2026; due Mar 15, 2026" in text
    assert_in_order(text, ["Department contributions", "Department of Foreign Affairs 0 0", "Department of Culture, Sports and Tourism 1 1"])
    for english in ("French", "Views from abroad 3 1 +2 (+200.0 %)", "Audience abroad", "Department of Culture, Sports and Tourism 1 1"):
        assert english in text
    for vietnamese in ("Khán giả", "Sở Văn hóa", "Tiếng Pháp", "CỘNG HÒA"):
        assert vietnamese not in text
    assert "were viewed 3 times, up 2 (200.0 %) on the previous quarter" in text


def test_the_docx_is_a4_with_decree_30_margins_and_times_new_roman(admin_client, section, quarter_of_traffic):
    document = Document(io.BytesIO(download(admin_client, section, "vi", "docx")))
    assert_in_order(docx_text(document), DECREE_30_VI)
    page = document.sections[0]
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)
    assert 20 <= round(page.top_margin.mm) <= 25 and 20 <= round(page.bottom_margin.mm) <= 25
    assert 30 <= round(page.left_margin.mm) <= 35 and 15 <= round(page.right_margin.mm) <= 20
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert page.different_first_page_header_footer and 'w:instr="PAGE"' in page.header._element.xml
    runs = {run.text: run for table in document.tables[:1] for cell in table.rows[0].cells for p in cell.paragraphs for run in p.runs}
    assert runs["Độc lập - Tự do - Hạnh phúc"].underline and runs["Độc lập - Tự do - Hạnh phúc"].bold
    assert next(run for text, run in runs.items() if text.startswith("Đắk Lắk, ngày")).italic
    indicators = next(table for table in document.tables if table.rows[0].cells[0].text == gettext_in("vi", "Indicator"))
    views_abroad = [[cell.text for cell in row.cells[1:]] for row in indicators.rows if row.cells[0].text == gettext_in("vi", "Views from abroad")]
    assert views_abroad == [["3", "1", "+2 (+200,0 %)"]]
    assert len(document.inline_shapes) == 1  # the chart


def test_the_english_docx_names_everything_in_english(admin_client, section, quarter_of_traffic):
    text = docx_text(Document(io.BytesIO(download(admin_client, section, "en", "docx"))))
    assert_in_order(text, DECREE_30_EN)
    assert "Department of Culture, Sports and Tourism 1 1" in text and "Audience abroad" in text
    assert "Sở Văn hóa" not in text and "Khán giả" not in text


def test_thousands_read_the_vietnamese_way(admin_client, section, article):
    DailyStat.objects.create(
        bucket="report-thousands",
        site_id=section.get_site().pk,
        day=datetime.date(2026, 2, 1),
        kind=Kind.VIEW,
        country="FR",
        content_language="vi",
        events=2873,
    )
    text, _reader = pdf_text(download(admin_client, section, "vi", "pdf"))
    assert_in_order(text, [gettext_in("vi", "Page views"), "2.873 0 +2.873"])
    assert "2873.0" not in text and "2873" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_running_quarter_says_so(admin_client, section, fmt):
    today = timezone.localdate()
    quarter = (today.month - 1) // 3 + 1
    content = download(admin_client, section, "en", fmt, year=today.year, quarter=quarter)
    text = pdf_text(content)[0] if fmt == "pdf" else docx_text(Document(io.BytesIO(content)))
    assert "Quarter in progress: figures up to" in text
    assert str(today.year) in text.split("Quarter in progress: figures up to")[1][:40]


def test_an_officer_sets_who_issues_and_signs_in_the_admin(admin_client, section):
    site = section.get_site()
    url = f"/admin/settings/analytics/reportsettings/{site.pk}/"
    assert b"/admin/settings/analytics/reportsettings/" in admin_client.get(URL).content  # linked from the report screen
    assert admin_client.get(url).status_code == 200
    fields = {
        "governing_body": "UBND TỈNH LÂM ĐỒNG",
        "governing_body_en": "Lam Dong Provincial People's Committee",
        "issuing_body": "Sở Văn hóa, Thể thao và Du lịch",
        "issuing_body_en": "Department of Culture, Sports and Tourism",
        "symbol": "BC-SVHTTDL",
        "place": "Lâm Đồng",
        "place_en": "Lam Dong",
        "signer_position": "Phó Giám đốc",
        "signer_position_en": "Deputy Director",
        "signer_name": "Trần Thị Bình",
        "recipients": "Bộ Ngoại giao;\nLưu: VT.",
        "recipients_en": "Ministry of Foreign Affairs;\nArchive.",
    }
    response = admin_client.post(url, fields)
    assert response.status_code == 302
    text, _reader = pdf_text(download(admin_client, section, "vi", "pdf"))
    assert_in_order(
        text,
        [
            "UBND TỈNH LÂM ĐỒNG",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "Số: …/BC-SVHTTDL",
            "CỘNG HÒA",
            "Lâm Đồng, ngày",
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "PHÓ GIÁM ĐỐC",
            "Trần Thị Bình",
        ],
    )
    text, _reader = pdf_text(download(admin_client, section, "en", "pdf"))
    assert_in_order(text, ["LAM DONG PROVINCIAL PEOPLE'S COMMITTEE", "No.: …/BC-SVHTTDL", "Lam Dong,", "- Ministry of Foreign Affairs;", "DEPUTY DIRECTOR"])
    # A required field left empty: a message, nothing stored.
    response = admin_client.post(url, {**fields, "issuing_body": "", "signer_name": "Someone else"})
    assert response.status_code == 200
    assert ReportSettings.objects.get(site=site).signer_name == "Trần Thị Bình"


@pytest.mark.parametrize(
    "params",
    [
        {"year": "20x6", "quarter": 1, "language": "vi", "fmt": "pdf"},
        {"year": 2026, "quarter": 5, "language": "vi", "fmt": "pdf"},
        {"year": 2026, "quarter": 1, "language": "de", "fmt": "pdf"},
        {"year": 2026, "quarter": 1, "language": "vi", "fmt": "exe"},
        {"year": timezone.localdate().year + 1, "quarter": 1, "language": "vi", "fmt": "pdf"},  # not begun
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


def test_a_deputy_signs_on_behalf_in_two_lines_in_pdf_and_docx(admin_client, section):
    """Decree 30: a deputy signing for the director writes "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC";
    the position is a multi-line text in the settings and each line stays its own line."""
    site = section.get_site()
    url = f"/admin/settings/analytics/reportsettings/{site.pk}/"
    form = admin_client.get(url).content.decode()
    assert '<textarea name="signer_position"' in form and '<textarea name="signer_position_en"' in form
    fields = {
        "governing_body": "UBND TỈNH ĐẮK LẮK",
        "issuing_body": "Sở Thông tin và Truyền thông",
        "symbol": "BC-STTTT",
        "place": "Đắk Lắk",
        "signer_position": "KT. Giám đốc\r\nPhó Giám đốc",
        "signer_position_en": "p.p. Director\r\nDeputy Director",
        "signer_name": "Trần Thị Bình",
        "recipients": "Lưu: VT.",
    }
    assert admin_client.post(url, fields).status_code == 302
    assert ReportSettings.objects.get(site=site).signer_position.splitlines() == ["KT. Giám đốc", "Phó Giám đốc"]
    for language, first, second in (("vi", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), ("en", "P.P. DIRECTOR", "DEPUTY DIRECTOR")):
        content = download(admin_client, section, language, "pdf")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
            file.write(content)
            file.flush()
            lines = [
                line.strip() for line in subprocess.run(["pdftotext", "-raw", file.name, "-"], capture_output=True, text=True, check=True).stdout.splitlines()
            ]
        at = lines.index(first)
        assert lines[at + 1] == second and "Trần Thị Bình" in lines[at + 2 :]
        document = Document(io.BytesIO(download(admin_client, section, language, "docx")))
        signature = [p.text for p in document.tables[-1].rows[0].cells[1].paragraphs if p.text]
        assert signature == [first, second, "Trần Thị Bình"]
        assert all(run.bold for p in document.tables[-1].rows[0].cells[1].paragraphs for run in p.runs if run.text)
