"""Press-kit downloads and accreditation requests on the statistics dashboard."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.utils import timezone, translation

from foreign_info.analytics import buffer
from foreign_info.analytics.figures import Filters, accreditation_requests, kit_downloads
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.presskits.models import AccreditationRequest
from tests.analytics.conftest import CHROME, FRENCH_IP

from .conftest import french
from .serving import accredited, download_url


@pytest.fixture
def downloads(client, kit, embargoed_kit):
    buffer.discard()
    french_kit = french(kit, title="Festival du café")
    for language, resolution in (("fr", "web"), ("fr", "web"), ("fr", "original"), ("all", "web")):
        assert client.get(download_url(french_kit, language, resolution), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME).status_code == 200
    journalist = accredited(client)
    assert client.get(download_url(embargoed_kit), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME).status_code == 200
    drain_and_flush()
    return french_kit, journalist


def period():
    today = timezone.localdate()
    return Filters(today - datetime.timedelta(days=6), today)


def test_downloads_by_kit_and_language(downloads, embargoed_kit):
    with translation.override("en"):
        table = kit_downloads(period())
        only_vietnamese = kit_downloads(Filters(period().start, period().end, language="vi"))
    assert table.rows == [
        ["Festival du café", "French", 2, 1, 0, 3],
        ["Công bố quy hoạch", "Vietnamese", 1, 0, 1, 1],
        ["Festival du café", "All languages", 1, 0, 0, 1],
    ]
    assert only_vietnamese.rows == [["Công bố quy hoạch", "Vietnamese", 1, 0, 1, 1]]


def test_accreditation_requests_per_day(downloads):
    _kit, journalist = downloads
    three_days_ago = timezone.now() - datetime.timedelta(days=3)
    other = AccreditationRequest.objects.create(
        **{f.name: getattr(journalist, f.name) for f in AccreditationRequest._meta.concrete_fields if f.name not in ("id", "created_at")}
    )
    AccreditationRequest.objects.filter(pk=other.pk).update(created_at=three_days_ago, language="en")
    table = accreditation_requests(period())
    counts = dict(table.rows)
    assert counts[timezone.localdate().isoformat()] == 1 and counts[timezone.localdate(three_days_ago).isoformat()] == 1
    assert sum(counts.values()) == 2 and len(table.rows) == 7
    assert sum(n for _day, n in accreditation_requests(Filters(period().start, period().end, language="en")).rows) == 1


def test_dashboard_shows_both_and_exports_them(client, downloads):
    client.logout()
    boss = User.objects.create_superuser("boss", "boss@example.org", "pw")
    from tests.conftest import speaks

    client.force_login(speaks(boss, "en"))
    page = client.get("/admin/statistics/").content.decode()
    assert "Press-kit downloads by kit and language" in page and "Festival du café" in page
    assert 'id="table-accreditation-requests"' in page
    csv = client.get("/admin/statistics/export/kit-downloads/csv/").content.decode("utf-8-sig")
    assert "Festival du café" in csv and "All languages" in csv
