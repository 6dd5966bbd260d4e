"""Criteria with yearly targets and the scorecard of a period, computed by hand."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import Criterion, Metric

from .conftest import AMERICAN_IP, FRENCH_IP, VIETNAMESE_IP, visit

pytestmark = pytest.mark.django_db
URL = "/admin/statistics/scorecard/"


@pytest.fixture
def month_of_traffic(client, section, article, clock):
    day = datetime.date(2026, 3, 10)
    clock.now = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))).timestamp()
    for ip in (FRENCH_IP, "90.84.0.9", AMERICAN_IP, VIETNAMESE_IP):
        visit(client, "/vi/ca-phe/", ip)
    drain_and_flush()
    Criterion.objects.create(name="Audience abroad", metric=Metric.VIEWS_ABROAD, year=2026, target=4)
    Criterion.objects.create(name="Reach", metric=Metric.COUNTRIES_REACHED, year=2026, target=2, weight=2)
    Criterion.objects.create(name="Coverage", metric=Metric.TRANSLATION_COVERAGE, year=2026, target=50)
    Criterion.objects.create(name="Last year", metric=Metric.VIEWS_ABROAD, year=2025, target=1)


def test_the_scorecard_of_a_month(admin_client, month_of_traffic):
    from wagtail.models import Site

    from foreign_info.analytics.scorecard import scorecard

    card = scorecard(Site.objects.get(is_default_site=True), datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    rows = {row.criterion.name: (row.actual, row.target, row.score, row.met) for row in card["rows"]}
    # 3 views from abroad (FR, FR, US) of target 4; 2 countries of 2; the section is translated
    # into 2 of 8 languages and the article into none: coverage (1/2 + 1/2) / 8 = 12.5 % of 50.
    assert rows == {"Audience abroad": (3.0, 4.0, 75.0, False), "Reach": (2.0, 2.0, 100.0, True), "Coverage": (12.5, 50.0, 25.0, False)}
    assert card["overall"] == round((75 + 2 * 100 + 25) / 4, 1)


def test_the_scorecard_page(admin_client, admin_user, month_of_traffic):
    from tests.conftest import speaks

    speaks(admin_user, "vi")  # numbers are formatted in the admin's language
    html = admin_client.get(URL, {"start": "2026-03-01", "end": "2026-03-31"}).content.decode()
    assert 'data-metric="views_abroad"' in html and "75,0%" in html
    assert '<span id="overall-score">75,0%</span>' in html


def test_bad_periods_are_refused_clearly(admin_client, section):
    response = admin_client.get(URL, {"start": "2026-04-01", "end": "2026-03-01"})
    assert response.status_code == 400


def test_criteria_are_edited_in_the_admin_with_clear_errors(admin_client, section):
    url = reverse("analytics_criteria:add")
    response = admin_client.post(url, {"name": "Articles", "metric": Metric.FOREIGN_PAGES_PER_MONTH, "year": 2026, "target": "-3", "weight": 1})
    assert response.status_code == 200
    assert not Criterion.objects.exists()
    response = admin_client.post(url, {"name": "Articles", "metric": Metric.FOREIGN_PAGES_PER_MONTH, "year": 2026, "target": "20", "weight": 1})
    assert response.status_code == 302
    assert Criterion.objects.get().target == 20


def test_editors_cannot_reach_the_scorecard(client, section):
    editor = User.objects.create_user("ed", "ed@example.org", "pw")
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(URL).status_code == 302
    assert client.get("/admin/statistics/criteria/").status_code == 302
