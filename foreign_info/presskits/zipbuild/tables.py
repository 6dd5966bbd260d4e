"""The kit's tables: the fact sheet (CSV and PDF) and captions.csv.

CSV files start with a UTF-8 byte-order mark: without it Excel, which many newsrooms open CSV
files with, reads them as the local code page and garbles Vietnamese, Khmer or Lao. Numbers are
written as the kit's language writes them (210 000,5 in French), with the plain number in a
column of its own for spreadsheets and scripts.
"""

import csv
import io
from decimal import Decimal

from django.utils.translation import gettext as _

from foreign_info.core import cldr

from . import pdf

BOM = "\ufeff"


def to_csv(header, rows):
    output = io.StringIO()
    output.write(BOM)
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return output.getvalue()


def plain_number(value):
    """210000.0000 -> "210000", 12.5000 -> "12.5" (never the exponent form Decimal.normalize gives)."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def local_number(value):
    """As the kit's language writes numbers (CLDR through Babel: grouping, decimal sign, no padding)."""
    return cldr.format_number(value)


def fact_header():
    return [_("Fact"), _("Value"), _("Unit"), _("Source"), _("Year")]


def fact_rows(facts):
    return [[fact.label, local_number(fact.value), fact.unit, fact.source, str(fact.year or "")] for fact in facts]


def factsheet_csv(facts):
    header = fact_header() + [_("Value (number)")]
    rows = [row + [plain_number(fact.value)] for row, fact in zip(fact_rows(facts), facts, strict=True)]
    return to_csv(header, rows)


def factsheet_pdf(kit, language, facts):
    blocks = [("meta", kit.title)]
    return pdf.render(language, _("Fact sheet"), [("title", _("Fact sheet")), *blocks], table=(fact_header(), fact_rows(facts)))


def captions_csv(photo_entries):
    """`photo_entries`: (path in the kit, KitPhoto) pairs."""
    header = [
        _("File"),
        _("Caption"),
        _("Credit"),
        _("Copyright"),
        _("Licence"),
        _("Licence URL"),
        _("Place"),
        _("Date taken"),
        _("Alt text"),
        _("Photo story"),
    ]
    rows = [
        [
            path,
            photo.caption,
            photo.credit,
            photo.copyright,
            photo.image.get_licence_display(),
            photo.licence_url,
            photo.place,
            cldr.format_long_date(photo.date_taken) if photo.date_taken else "",
            photo.alt_text,
            photo.story_title,
        ]
        for path, photo in photo_entries
    ]
    return to_csv(header, rows)
