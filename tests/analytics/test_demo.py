"""The statistics demo: a second province, months of traffic, idempotent, and every screen fed."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import Site

from foreign_info.analytics import demo
from foreign_info.analytics.models import Criterion, DailySiteStat, Event, ImportedIndicators

pytestmark = pytest.mark.django_db


def test_the_demo_feeds_dashboard_ranking_and_report_and_loads_once(client, section, article, django_capture_on_commit_callbacks):
    messages = []
    with django_capture_on_commit_callbacks(execute=True):
        assert demo.load(messages.append) is None
    counts = (Site.objects.count(), Event.objects.count(), DailySiteStat.objects.count(), Criterion.objects.count(), ImportedIndicators.objects.count())
    assert counts[0] == 2 and counts[1] > 3000 and counts[3] == 5 and counts[4] == 1
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(messages.append)
    assert (Site.objects.count(), Event.objects.count(), DailySiteStat.objects.count(), Criterion.objects.count(), ImportedIndicators.objects.count()) == counts
    assert Event.objects.filter(site_id=Site.objects.get(hostname="gialai.localhost").pk).exists()

    client.force_login(User.objects.create_superuser("boss", "boss@example.org", "pw"))
    countries = client.get("/admin/statistics/export/countries/json/").json()
    assert len(countries["rows"]) >= 8
    ranking_html = client.get("/admin/statistics/ranking/").content.decode()
    for province in ("Gia Lai", "Lâm Đồng", 'data-province="testserver"'):
        assert province in ranking_html
    assert (
        client.get("/admin/statistics/report/", {"year": 2026, "quarter": 1, "site": section.get_site().pk, "language": "vi", "fmt": "pdf"}).status_code == 200
    )
    assert client.get("/vi/").status_code == 200
    assert 'class="visitor-counter"' in client.get("/vi/?x=1").content.decode()
