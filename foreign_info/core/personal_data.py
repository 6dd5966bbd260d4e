"""What a person's data export looks like wherever the section holds personal data (accreditation
requests, subscriptions): one JSON file, readable, never kept by a cache on the way."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse


def json_export(data, filename):
    """An attachment `filename` holding `data` as indented UTF-8 JSON (dates as ISO 8601)."""
    response = HttpResponse(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
