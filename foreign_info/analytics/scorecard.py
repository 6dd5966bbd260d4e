"""The scorecard: each criterion of the period's year, its measured value, target and score.

Contract: `scorecard(site, start, end)` returns rows (criterion, actual, target, score) and an
overall score. A score is actual / target capped at 100 (%); the overall score is the
weight-averaged mean. Every figure comes from foreign_info.analytics.indicators, so the scorecard
is reproducible from the rollups and the page tree.
"""

import dataclasses
import datetime

from .indicators import indicators
from .models import Criterion, Metric


@dataclasses.dataclass
class Score:
    criterion: Criterion
    actual: float
    target: float
    score: float

    @property
    def met(self):
        return self.actual >= self.target


def months(start, end):
    return max(((end - start).days + 1) / (365.25 / 12), 1 / 30)


def measure(metric, now, before, start, end):
    if metric == Metric.FOREIGN_PAGES_PER_MONTH:
        return sum(now["output"].values()) / months(start, end)
    if metric == Metric.TIMELY_TRANSLATION_SHARE:
        translated = sum(t["translated_pages"] for t in now["translation"].values())
        timely = sum(t["within_48_hours"] * t["translated_pages"] for t in now["translation"].values())
        return 100 * timely / translated if translated else 0.0
    if metric == Metric.TRANSLATION_COVERAGE:
        values = [t["coverage"] for t in now["translation"].values()]
        return 100 * sum(values) / len(values) if values else 0.0
    if metric == Metric.VIEWS_ABROAD:
        return float(now["reach"]["views_abroad"])
    if metric == Metric.ABROAD_GROWTH:
        earlier = before["reach"]["views_abroad"]
        return 100 * (now["reach"]["views_abroad"] - earlier) / earlier if earlier else 0.0
    if metric == Metric.COUNTRIES_REACHED:
        return float(now["reach"]["countries_reached"])
    if metric == Metric.ENGAGEMENT:
        return float(sum(now["engagement"].values()))
    if metric == Metric.STATEMENTS_IN_TIME:
        return 100 * now["statements"]["within_window"]
    raise ValueError(metric)


def scorecard(site, start, end):
    length = datetime.timedelta(days=(end - start).days + 1)
    now = indicators(site, start, end)
    before = indicators(site, start - length, end - length)
    rows = []
    for criterion in Criterion.objects.filter(year=end.year):
        actual = round(measure(criterion.metric, now, before, start, end), 2)
        target = float(criterion.target)
        rows.append(Score(criterion, actual, target, round(min(max(actual, 0) / target, 1) * 100, 1)))
    weights = sum(row.criterion.weight for row in rows)
    overall = round(sum(row.score * row.criterion.weight for row in rows) / weights, 1) if weights else None
    return {"rows": rows, "overall": overall, "indicators": now}
