"""The quarterly report, as PDF (fpdf2) and DOCX (python-docx), in Vietnamese or English.

Contract: `quarter_bounds(year, quarter)` gives the period and `due_date` the 15th of the
quarter's last month (when departments must file). `build(site, year, quarter, language, fmt)`
returns (filename, content type, bytes). The report holds the indicators, a chart of views by
content language (drawn with Pillow, embedded in both formats) and the scorecard. Text is set in
DejaVu Sans (Debian's fonts-dejavu-core), which covers Vietnamese; ANALYTICS["REPORT_FONT"]
points elsewhere.
"""

import datetime
import io
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _

from foreign_info.core.languages import TARGET_LANGUAGES

from .figures import language_name
from .scorecard import scorecard
from .settings import analytics_setting

FORMATS = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
LANGUAGES = ("vi", "en")


def quarter_bounds(year, quarter):
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = (datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)) - datetime.timedelta(days=1)
    return start, end


def due_date(year, quarter):
    return datetime.date(year, 3 * quarter, 15)


def font_path(bold=False):
    configured = analytics_setting("REPORT_FONT")
    if configured:
        return Path(configured)
    return Path("/usr/share/fonts/truetype/dejavu") / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


def content(site, year, quarter):
    """Everything the report says, as text and tables, in the active language."""
    start, end = quarter_bounds(year, quarter)
    card = scorecard(site, start, end)
    figures = card["indicators"]
    reach, engagement = figures["reach"], figures["engagement"]
    return {
        "title": _("Foreign information: quarterly report, Q%(quarter)s %(year)s") % {"quarter": quarter, "year": year},
        "subtitle": _("%(site)s, from %(start)s to %(end)s; due %(due)s")
        % {"site": figures["site"]["name"], "start": start.isoformat(), "end": end.isoformat(), "due": due_date(year, quarter).isoformat()},
        "indicators": [
            [_("Page views"), reach["views"]],
            [_("Views from abroad"), reach["views_abroad"]],
            [_("Countries reached"), reach["countries_reached"]],
            [_("Clip plays"), engagement["clip_plays"]],
            [_("Shares"), engagement["shares"]],
            [_("Downloads"), engagement["downloads"]],
            [_("Foreign-language pages published"), sum(figures["output"].values())],
        ],
        "languages": [[language_name(code), views] for code, views in sorted(reach["views_by_language"].items(), key=lambda item: -item[1])],
        "translation": [
            [language_name(code), f"{100 * figures['translation'][code]['coverage']:.1f} %", f"{100 * figures['translation'][code]['within_48_hours']:.1f} %"]
            for code in TARGET_LANGUAGES
        ],
        "scores": [[row.criterion.name, row.actual, row.target, f"{row.score} %"] for row in card["rows"]],
        "overall": card["overall"],
    }


def chart_png(rows, title):
    from PIL import Image, ImageDraw, ImageFont

    width, bar, gap, left = 1000, 34, 12, 260
    height = 70 + max(len(rows), 1) * (bar + gap)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path()), 22)
    draw.text((10, 10), title, fill="black", font=ImageFont.truetype(str(font_path(bold=True)), 26))
    top = max((value for _label, value in rows), default=0) or 1
    for index, (label, value) in enumerate(rows):
        y = 60 + index * (bar + gap)
        draw.text((left - 10, y + 4), str(label), fill="black", font=font, anchor="ra")
        length = (width - left - 100) * value / top
        draw.rectangle([left, y, left + length, y + bar], fill="#1d4e89")
        draw.text((left + length + 8, y + 4), str(value), fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def headings():
    return {
        "indicators": _("Indicators"),
        "languages": _("Views by content language"),
        "translation": _("Translation coverage"),
        "translation_columns": [_("Language"), _("Coverage"), _("Within 48 hours")],
        "scores": _("Criteria and scores"),
        "score_columns": [_("Criterion"), _("Measured"), _("Target"), _("Score")],
        "overall": _("Overall score"),
        "no_criteria": _("No criteria have targets for this year."),
    }


def pdf(data, chart, words):
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_font("body", "", str(font_path()))
    document.add_font("body", "B", str(font_path(bold=True)))
    document.set_title(data["title"])
    document.add_page()
    document.set_font("body", "B", 16)
    document.multi_cell(0, 9, data["title"], new_x="LMARGIN", new_y="NEXT")
    document.set_font("body", "", 10)
    document.multi_cell(0, 6, data["subtitle"], new_x="LMARGIN", new_y="NEXT")

    def section(title, columns, rows):
        document.ln(4)
        document.set_font("body", "B", 12)
        document.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        document.set_font("body", "", 10)
        with document.table(text_align="LEFT") as table:
            if columns:
                table.row([str(c) for c in columns])
            for row in rows:
                table.row([str(cell) for cell in row])

    section(words["indicators"], None, data["indicators"])
    document.ln(4)
    document.image(io.BytesIO(chart), w=170)
    section(words["translation"], words["translation_columns"], data["translation"])
    if data["scores"]:
        section(words["scores"], words["score_columns"], data["scores"])
        document.set_font("body", "B", 11)
        document.cell(0, 8, f"{words['overall']}: {data['overall']} %", new_x="LMARGIN", new_y="NEXT")
    else:
        document.ln(4)
        document.cell(0, 8, words["no_criteria"], new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def docx(data, chart, words):
    from docx import Document
    from docx.shared import Cm

    document = Document()
    document.core_properties.title = data["title"]
    document.add_heading(data["title"], level=1)
    document.add_paragraph(data["subtitle"])

    def section(title, columns, rows):
        document.add_heading(title, level=2)
        table = document.add_table(rows=0, cols=len(rows[0]) if rows else len(columns or [1]))
        table.style = "Table Grid"
        for row in ([columns] if columns else []) + rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = str(value)

    section(words["indicators"], None, data["indicators"])
    document.add_picture(io.BytesIO(chart), width=Cm(16))
    section(words["translation"], words["translation_columns"], data["translation"])
    if data["scores"]:
        section(words["scores"], words["score_columns"], data["scores"])
        document.add_paragraph(f"{words['overall']}: {data['overall']} %")
    else:
        document.add_paragraph(words["no_criteria"])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build(site, year, quarter, language, fmt):
    with translation.override(language):
        data = content(site, year, quarter)
        words = headings()
        chart = chart_png(data["languages"] or [(_("No views"), 0)], words["languages"])
        body = pdf(data, chart, words) if fmt == "pdf" else docx(data, chart, words)
    return f"quarterly-report_{site.hostname}_{year}-Q{quarter}_{language}.{fmt}", FORMATS[fmt], body
