"""A dashboard table as CSV, XLSX or JSON, named after the table and the period."""

import csv
import io
import json

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = ("csv", "xlsx", "json")
# What a spreadsheet reads as the start of a formula (OWASP "CSV injection"; Wagtail's own
# spreadsheet export guards its cells the same way).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Text a spreadsheet opening the CSV shows as text: a leading quote before anything it would
    evaluate. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_safe_rows(rows):
    return [[csv_safe(value) for value in row] for row in rows]


def filename(table, filters, extension):
    return f"{table.key}_{filters.start.isoformat()}_{filters.end.isoformat()}.{extension}"


def export(table, filters, fmt):
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerows(csv_safe_rows([table.columns, *table.rows]))
        response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")  # BOM: Excel reads UTF-8
    elif fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = table.key[:31]
        for row in (table.columns, *table.rows):
            sheet.append(row)
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # openpyxl stores any text starting with "=" as a formula
                    cell.data_type = "s"
        out = io.BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    else:
        body = {
            "table": table.key,
            "title": table.title,
            "start": filters.start.isoformat(),
            "end": filters.end.isoformat(),
            "site": filters.site_id,
            "language": filters.language or None,
            "columns": table.columns,
            "rows": table.rows,
        }
        response = HttpResponse(json.dumps(body, ensure_ascii=False, default=str), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename(table, filters, fmt)}"'
    return response
