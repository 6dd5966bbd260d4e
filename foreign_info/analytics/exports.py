"""A dashboard table as CSV, XLSX or JSON, named after the table and the period."""

import csv
import io
import json

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = ("csv", "xlsx", "json")


def filename(table, filters, extension):
    return f"{table.key}_{filters.start.isoformat()}_{filters.end.isoformat()}.{extension}"


def export(table, filters, fmt):
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")  # BOM: Excel reads UTF-8
    elif fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = table.key[:31]
        sheet.append(table.columns)
        for row in table.rows:
            sheet.append(row)
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
