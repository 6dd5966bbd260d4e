"""The quarterly report as an official document (Decree 30/2020/ND-CP), as PDF (fpdf2) and
DOCX (python-docx), in any of the section's nine languages (Vietnamese, or a partner's language).

Contract: `quarter_bounds(year, quarter)` gives the period and `due_date` the 15th of the
quarter's last month (when departments must file). `build(site, year, quarter, language, fmt,
today=None)` returns (filename, content type, bytes). The document carries, in this order: the
issuing body and its number/symbol, the national name and motto, place and date, the title
"REPORT" and its summary line, then per section a short narrative and a table (indicators with
the previous quarter and the change, views by content language with a chart, translation
coverage, criteria and scores, department contributions), then the recipients and the signature
block. Who issues and signs comes from `ReportSettings` (Settings in the admin). A4, margins of
Decree 30 (top and bottom 20 mm, left 30 mm, right 15 mm); the PDF is set in Liberation Serif
(metric-compatible with Times New Roman, Debian's fonts-liberation2) unless ANALYTICS["REPORT_FONT"]
names another TrueType file, with Noto Serif Khmer, Lao or CJK (the face of the report's language)
as fallback fonts for the scripts it lacks (ANALYTICS["REPORT_FONTS"]); the chart is drawn by
report_chart. The DOCX asks for Times New Roman. Every name is in the report's language; numbers
follow its CLDR conventions (report_text). A quarter not over yet says so.
"""

import datetime
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from foreign_info.core import pdf_text
from foreign_info.core.languages import LANGUAGE_CODES, target_codes

from . import report_chart
from . import report_text as text
from .figures import language_name
from .indicators import indicators
from .scorecard import scorecard
from .settings import analytics_setting

FORMATS = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
LANGUAGES = tuple(LANGUAGE_CODES)
SERIF = Path("/usr/share/fonts/truetype/liberation2")  # 2.x: 1.07 (fonts-liberation) lacks Vietnamese
SERIF_FILES = {"": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf", "I": "LiberationSerif-Italic.ttf", "BI": "LiberationSerif-BoldItalic.ttf"}
NOTO, NOTO_CJK = Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto")
# Serif faces for the scripts Liberation Serif lacks (fonts-noto-core, fonts-noto-cjk); italics
# fall back to the upright face, as these scripts have none.
SCRIPT_FONTS = {
    "khmer": {"": NOTO / "NotoSerifKhmer-Regular.ttf", "B": NOTO / "NotoSerifKhmer-Bold.ttf"},
    "lao": {"": NOTO / "NotoSerifLao-Regular.ttf", "B": NOTO / "NotoSerifLao-Bold.ttf"},
    "cjk": {"": NOTO_CJK / "NotoSerifCJK-Regular.ttc", "B": NOTO_CJK / "NotoSerifCJK-Bold.ttc"},
}
# Decree 30/2020/ND-CP, appendix I: A4, margins in millimetres.
MARGINS = {"top": 20, "bottom": 20, "left": 30, "right": 15}


def quarter_bounds(year, quarter):
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = (datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)) - datetime.timedelta(days=1)
    return start, end


def previous_quarter(year, quarter):
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def due_date(year, quarter):
    return datetime.date(year, 3 * quarter, 15)


def font_path(style=""):
    configured = analytics_setting("REPORT_FONT")
    return Path(configured) if configured else SERIF / SERIF_FILES[style]


def script_fonts(script):
    """{style: path} of the fallback font for `script`, as configured or Debian's Noto Serif."""
    configured = (analytics_setting("REPORT_FONTS") or {}).get(script)
    if not configured:
        fonts = SCRIPT_FONTS[script]
    elif isinstance(configured, dict):
        fonts = {style: Path(path) for style, path in configured.items()}
    else:
        fonts = {"": Path(configured)}
    for path in fonts.values():
        if not path.exists():
            raise ImproperlyConfigured(f"The report font {path} is missing: install fonts-noto-core and fonts-noto-cjk, or set ANALYTICS['REPORT_FONTS'].")
    return fonts


def all_text(value):
    if isinstance(value, dict):
        return " ".join(all_text(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(all_text(item) for item in value)
    return str(value) if value is not None else ""


def pdf_fonts(language, data):
    """The fonts render_pdf sets the report in: the serif, and fallbacks for the scripts the text uses."""
    return {
        "serif": {style: str(font_path(style)) for style in SERIF_FILES},
        "fallbacks": {script: script_fonts(script) for script in pdf_text.scripts_in(all_text(data))},
        "language": language,
    }


def site_name(site, language):
    from foreign_info.core.models import PortalSettings

    portal = PortalSettings.for_site(site)
    if language == "vi":
        return portal.organization_name
    return portal.organization_name_international or site.site_name or site.hostname


def letterhead(site, language, today):
    from .models import ReportSettings

    issuer = ReportSettings.for_site(site)
    return {
        "governing": issuer.in_language("governing_body", language).upper(),
        "issuing": issuer.in_language("issuing_body", language).upper(),
        "number": _("No.: …/%(symbol)s") % {"symbol": issuer.symbol},
        "nation": _("SOCIALIST REPUBLIC OF VIET NAM"),
        "motto": _("Independence - Freedom - Happiness"),
        "place_date": text.document_date(issuer.in_language("place", language), today),
        "recipients_heading": _("Recipients:"),
        "recipients": [f"- {line.strip()}" for line in issuer.in_language("recipients", language).splitlines() if line.strip()],
        "signer_position": [line.strip().upper() for line in issuer.in_language("signer_position", language).splitlines() if line.strip()],
        "signer_name": issuer.signer_name,
    }


def indicator_rows(now, before):
    def row(label, pick):
        current, earlier = pick(now), pick(before)
        return [label, text.number(current), text.number(earlier), text.change(current, earlier)]

    return [
        row(_("Page views"), lambda f: f["reach"]["views"]),
        row(_("Views from abroad"), lambda f: f["reach"]["views_abroad"]),
        row(_("Countries reached"), lambda f: f["reach"]["countries_reached"]),
        row(_("Clip plays"), lambda f: f["engagement"]["clip_plays"]),
        row(_("Shares"), lambda f: f["engagement"]["shares"]),
        row(_("Downloads"), lambda f: f["engagement"]["downloads"]),
        row(_("Foreign-language pages published"), lambda f: sum(f["output"].values())),
        row(_("Official statements live in time, every language (%)"), lambda f: round(100 * f["statements"]["within_window"], 1)),
    ]


def content(site, year, quarter, language, today):
    """Everything the report says, as text and tables, in the active language."""
    from foreign_info.departments.contributions import contributions

    start, end = quarter_bounds(year, quarter)
    card = scorecard(site, start, end)
    now = card["indicators"]
    before = indicators(site, *quarter_bounds(*previous_quarter(year, quarter)))
    period = _("%(site)s, from %(start)s to %(end)s; due %(due)s") % {
        "site": site_name(site, language),
        "start": text.short_date(start),
        "end": text.short_date(end),
        "due": text.short_date(due_date(year, quarter)),
    }
    if start <= today <= end:
        period += " " + _("Quarter in progress: figures up to %(date)s.") % {"date": text.long_date(today)}
    languages = [[language_name(code), views] for code, views in sorted(now["reach"]["views_by_language"].items(), key=lambda item: -item[1])]
    coverage = [(language_name(code), now["translation"][code]["coverage"]) for code in target_codes()]
    departments = contributions(start, end)
    sections = [
        {
            "title": _("Indicators"),
            "narrative": text.indicators_narrative(quarter, year, now, before),
            "columns": [_("Indicator"), _("This quarter"), _("Previous quarter"), _("Change")],
            "rows": indicator_rows(now, before),
        },
        {
            "title": _("Views by content language"),
            "narrative": text.languages_narrative(languages),
            "columns": [_("Language"), _("Page views")],
            "rows": [[name, text.number(views)] for name, views in languages],
            "chart": True,
        },
        {
            "title": _("Translation coverage"),
            "narrative": text.translation_narrative(coverage),
            "columns": [_("Language"), _("Coverage"), _("Within 48 hours")],
            "rows": [
                [language_name(code), text.percent(now["translation"][code]["coverage"]), text.percent(now["translation"][code]["within_48_hours"])]
                for code in target_codes()
            ],
        },
        {
            "title": _("Criteria and scores"),
            "narrative": text.scores_narrative(card["rows"], card["overall"]) if card["rows"] else _("No criteria have targets for this year."),
            "columns": [_("Criterion"), _("Measured"), _("Target"), _("Score")],
            "rows": [
                [row.criterion.name_in(language), text.number(row.actual), text.number(row.target), text.percent(row.score / 100)] for row in card["rows"]
            ],
        },
        {
            "title": _("Department contributions"),
            "narrative": text.departments_narrative(departments),
            "columns": [_("Department"), pgettext("column heading: number of pages", "Submitted"), pgettext("column heading: number of pages", "Published")],
            "rows": [[row["department"].name_in(language), text.number(row["submitted"]), text.number(row["published"])] for row in departments],
        },
    ]
    return {
        **letterhead(site, language, today),
        "title": _("REPORT"),
        "summary": _("Results of foreign information work in quarter %(quarter)s of %(year)s") % {"quarter": text.roman(quarter), "year": year},
        "period": period,
        "languages": languages,
        "sections": sections,
    }


def build(site, year, quarter, language, fmt, today=None):
    from .report_docx import render_docx
    from .report_pdf import render_pdf

    today = today or timezone.localdate()
    with translation.override(language):
        data = content(site, year, quarter, language, today)
        chart = report_chart.chart_png(data["languages"] or [(_("No views"), 0)], _("Views by content language"), language)
        render = render_pdf if fmt == "pdf" else render_docx
        body = render(data, chart, pdf_fonts(language, data))
    return f"quarterly-report_{site.hostname}_{year}-Q{quarter}_{language}.{fmt}", FORMATS[fmt], body
