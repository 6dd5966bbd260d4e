"""The province ranking: a published, reproducible index.

Method (the methodology page shows it, with the weights in force):
1. For each province and period, five pillars are read from its indicators
   (foreign_info.analytics.indicators, the same figures as the API):
   output = foreign-language pages published; reach = page views from abroad;
   engagement = clip plays + shares + downloads; timeliness = share of translations live within
   48 hours (mean over the languages that have translations); languages = number of foreign
   languages with at least one translated page.
2. Each pillar is normalised to 0-10 across the provinces ranked: 10 x (value - min) / (max - min);
   when every province has the same value, each scores 10 if it is above 0, else 0.
3. The index is the weighted mean of the five scores (ANALYTICS["RANKING_WEIGHTS"]), rounded to 2
   decimals; provinces are ranked by index, ties by name.
4. Movement is the rank in the previous period of the same length minus the rank now (positive:
   moved up); empty when the province was not ranked then.

Provinces are this install's Wagtail sites and the indicator files imported from other installs
(`import_file`: all rows valid, or nothing imported and an error per row).
"""

import dataclasses
import datetime
import json

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import ValidationError
from wagtail.models import Site

from .indicators import indicators
from .models import ImportedIndicators
from .settings import analytics_setting

FILE_FORMAT = "foreign-info-indicators/1"
PILLARS = {
    "output": gettext_lazy("Output"),
    "reach": gettext_lazy("Reach"),
    "engagement": gettext_lazy("Engagement"),
    "timeliness": gettext_lazy("Timeliness"),
    "languages": gettext_lazy("Languages"),
}


def weights():
    configured = analytics_setting("RANKING_WEIGHTS")
    return {pillar: float(configured.get(pillar, 0)) for pillar in PILLARS}


def pillars(figures):
    translation = figures["translation"].values()
    timely = [t["within_48_hours"] for t in translation if t["translated_pages"]]
    return {
        "output": float(sum(figures["output"].values())),
        "reach": float(figures["reach"]["views_abroad"]),
        "engagement": float(sum(figures["engagement"].values())),
        "timeliness": sum(timely) / len(timely) if timely else 0.0,
        "languages": float(sum(1 for t in translation if t["translated_pages"])),
    }


def normalise(values):
    low, high = min(values), max(values)
    if high == low:
        return [10.0 if value > 0 else 0.0 for value in values]
    return [10 * (value - low) / (high - low) for value in values]


@dataclasses.dataclass
class Entry:
    province: str
    raw: dict
    scores: dict
    index: float
    rank: int = 0
    movement: int | None = None


def provinces(start, end):
    """(name, indicators) of every province for this exact period."""
    found = [(site.site_name or site.hostname, indicators(site, start, end)) for site in Site.objects.select_related("root_page").order_by("pk")]
    found += [(row.province, row.data) for row in ImportedIndicators.objects.filter(start=start, end=end).order_by("province")]
    return found


def rank(start, end, with_movement=True):
    found = provinces(start, end)
    if not found:
        return []
    raws = [pillars(figures) for _name, figures in found]
    scores = [{} for _ in found]
    for pillar in PILLARS:
        for score, value in zip(scores, normalise([raw[pillar] for raw in raws]), strict=True):
            score[pillar] = round(value, 2)
    weight = weights()
    total = sum(weight.values()) or 1
    entries = [
        Entry(name, raw, score, round(sum(score[p] * weight[p] for p in PILLARS) / total, 2))
        for (name, _f), raw, score in zip(found, raws, scores, strict=True)
    ]
    entries.sort(key=lambda entry: (-entry.index, entry.province))
    for position, entry in enumerate(entries, start=1):
        entry.rank = position
    if with_movement:
        length = datetime.timedelta(days=(end - start).days + 1)
        before = {entry.province: entry.rank for entry in rank(start - length, end - length, with_movement=False)}
        for entry in entries:
            entry.movement = before[entry.province] - entry.rank if entry.province in before else None
    return entries


def export_file(site, start, end):
    """What another install imports: this site's indicators for the period."""
    figures = indicators(site, start, end)
    return {"format": FILE_FORMAT, "province": figures["site"]["name"], "records": [json.loads(json.dumps(figures, default=str))]}


class ImportError(ValueError):  # noqa: A001 - the name the views catch
    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


def import_file(raw_bytes):
    """Import every record of an indicators file, or none: raises ImportError with one message
    per bad row. Returns the number of records imported (replacing the same province+period)."""
    from .api import Indicators

    try:
        document = json.loads(raw_bytes)
    except (ValueError, UnicodeDecodeError):
        raise ImportError([_("The file is not JSON.")]) from None
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise ImportError([_("This is not an indicators file (format %(format)s).") % {"format": FILE_FORMAT}])
    province, records = document.get("province"), document.get("records")
    if not isinstance(province, str) or not province.strip() or len(province) > 200:
        raise ImportError([_("The file does not name its province.")])
    if not isinstance(records, list) or not records:
        raise ImportError([_("The file has no records.")])
    errors, valid = [], []
    for number, record in enumerate(records, start=1):
        try:
            parsed = Indicators.model_validate(record)
        except ValidationError as error:
            details = "; ".join(f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()[:5])
            errors.append(_("Row %(row)s: %(details)s") % {"row": number, "details": details})
            continue
        if parsed.start > parsed.end:
            errors.append(_("Row %(row)s: the period ends before it starts.") % {"row": number})
            continue
        valid.append(parsed)
    if errors:
        raise ImportError(errors)
    with transaction.atomic():
        for parsed in valid:
            ImportedIndicators.objects.update_or_create(
                province=province.strip(), start=parsed.start, end=parsed.end, defaults={"data": parsed.model_dump(mode="json")}
            )
    return len(valid)
