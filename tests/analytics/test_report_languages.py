"""The quarterly report in each of the nine languages: the form offers them all, and the PDF is set
in fonts that carry every character of the language (fpdf2's missing-glyph warning and the chart's
are errors here), with its localized headings readable by pdftotext."""

import logging
import re

import pytest
from bs4 import BeautifulSoup

from foreign_info.analytics import report_chart
from foreign_info.core.languages import LANGUAGE_CODES

from .test_report import URL, download, gettext_in, pdf_text, quarter_of_traffic  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


class MissingGlyphs(AssertionError):
    pass


class RaiseOnMissingGlyphs(logging.Handler):
    def emit(self, record):
        if "missing" in record.getMessage() and "glyph" in record.getMessage():
            raise MissingGlyphs(record.getMessage())


@pytest.fixture(autouse=True)
def missing_glyphs_are_errors():
    handler = RaiseOnMissingGlyphs()
    loggers = [logging.getLogger("fpdf"), logging.getLogger("foreign_info")]
    for logger in loggers:
        logger.addHandler(handler)
    yield
    for logger in loggers:
        logger.removeHandler(handler)


def test_the_report_form_offers_every_language(admin_client, section):
    page = BeautifulSoup(admin_client.get(URL).content, "html.parser")
    options = page.select('select[name="language"] option')
    assert [option["value"] for option in options] == LANGUAGE_CODES
    assert "ភាសាខ្មែរ" in options[LANGUAGE_CODES.index("km")].text or "ខ្មែរ" in options[LANGUAGE_CODES.index("km")].text


def squeezed(text):
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_pdf_reads_in_every_language(admin_client, section, quarter_of_traffic, language):  # noqa: F811
    text, reader = pdf_text(download(admin_client, section, language, "pdf"))
    assert "\u200b" not in text
    for message in ("SOCIALIST REPUBLIC OF VIET NAM", "REPORT", "Indicators", "Views by content language", "Translation coverage", "Page views"):
        translated = gettext_in(language, message)
        if language != "en":
            assert translated != message, (language, message)  # the catalogue has it
        assert squeezed(translated) in squeezed(text), (language, translated)


def test_a_missing_glyph_is_an_error_here(admin_client, section, quarter_of_traffic, settings):  # noqa: F811
    # The check itself: a report in Khmer whose Khmer font has no Khmer (DejaVu Sans) fails.
    settings.ANALYTICS = {**getattr(settings, "ANALYTICS", {}), "REPORT_FONTS": {"khmer": str(report_chart.DEJAVU / "DejaVuSans.ttf")}}
    with pytest.raises(MissingGlyphs):
        admin_client.get(URL, {"year": 2026, "quarter": 1, "site": section.get_site().pk, "language": "km", "fmt": "pdf"})


@pytest.mark.parametrize(
    ("language", "slot", "font"), [("km", "cs", "Noto Serif Khmer"), ("lo", "cs", "Noto Serif Lao"), ("ja", "eastAsia", "Noto Serif CJK JP")]
)
def test_the_docx_names_a_font_of_the_language(admin_client, section, language, slot, font):
    import io

    from docx import Document
    from docx.oxml.ns import qn

    document = Document(io.BytesIO(download(admin_client, section, language, "docx")))
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert (fonts.get(qn(f"w:{slot}")), fonts.get(qn("w:ascii"))) == (font, "Times New Roman")


@pytest.mark.parametrize("code", ["en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"])
def test_foreign_reports_name_criteria_and_issuers_in_english_never_vietnamese(code):
    """A foreign partner's report falls back to English, as the pages do, where no name exists in
    its language: criteria and the issuer's texts have a Vietnamese and an English version."""
    from foreign_info.analytics.models import Criterion, Metric, ReportSettings

    criterion = Criterion(name="Số trang tiếng nước ngoài", name_en="Foreign-language pages", metric=Metric.ENGAGEMENT, year=2026, target=1)
    assert criterion.name_in(code) == "Foreign-language pages"
    assert criterion.name_in("vi") == "Số trang tiếng nước ngoài"
    settings = ReportSettings(place="Buôn Ma Thuột", place_en="Buon Ma Thuot")
    assert settings.in_language("place", code) == "Buon Ma Thuot"
