"""The statistics dashboard: who may see it, what it shows, filters, bad input and exports."""

import csv
import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from foreign_info.analytics.flush import drain_and_flush
from tests.conftest import translate

from .conftest import AMERICAN_IP, FRENCH_IP, IPHONE, VIETNAMESE_IP, visit

pytestmark = pytest.mark.django_db
URL = "/admin/statistics/"


def at_noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12))).timestamp()


@pytest.fixture
def traffic(client, section, article, clock):
    """Yesterday: 3 views of the French article from France, 1 of the Vietnamese one from the US,
    2 from Việt Nam. Forty days ago: 1 French view from France (the previous period)."""
    translate(section, "fr", title="Information internationale")
    translate(article, "fr", title="Le café de Buôn Ma Thuột")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    clock.now = at_noon(yesterday)
    for ip in ("90.84.0.1", "90.84.0.2", "90.84.0.3"):
        visit(client, "/fr/ca-phe/", ip, HTTP_REFERER="https://www.facebook.com/")
    visit(client, "/vi/ca-phe/", AMERICAN_IP, IPHONE)
    visit(client, "/vi/ca-phe/", VIETNAMESE_IP)
    visit(client, "/vi/", VIETNAMESE_IP)
    clock.now = at_noon(yesterday - datetime.timedelta(days=40))
    visit(client, "/fr/ca-phe/", FRENCH_IP)
    drain_and_flush()
    return yesterday


def officer():
    user = User.objects.create_user("officer", "officer@example.org", "pw")
    group = Group.objects.create(name="Statistics officers")
    group.permissions.add(Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_statistics"))
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the assertions read English labels
    profile.save()
    return user


@pytest.mark.parametrize(
    "who, status, goes_to", [("anonymous", 302, "/admin/login/"), ("editor", 302, "/admin/"), ("officer", 200, None), ("superuser", 200, None)]
)
def test_who_may_see_the_dashboard_and_its_exports(client, section, who, status, goes_to):
    """Wagtail's admin answers a missing permission with a redirect to the dashboard."""
    if who == "editor":
        user = User.objects.create_user("ed", "ed@example.org", "pw")
        user.groups.add(Group.objects.get(name="Editors"))
        client.force_login(user)
    elif who == "officer":
        client.force_login(officer())
    elif who == "superuser":
        client.force_login(User.objects.create_superuser("boss", "boss@example.org", "pw"))
    for url in (URL, URL + "export/countries/csv/"):
        response = client.get(url)
        assert response.status_code == status
        if goes_to:
            assert response["Location"].split("?")[0] == goes_to
    if who != "anonymous":
        menu = client.get("/admin/").content.decode()
        assert (URL in menu) == (status == 200)


def test_the_dashboard_shows_languages_countries_and_content_read_abroad(client, traffic):
    client.force_login(officer())
    start = traffic - datetime.timedelta(days=6)
    html = client.get(URL, {"start": start.isoformat(), "end": traffic.isoformat()}).content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-lines"' in html
    assert "Le café de Buôn Ma Thuột" in html
    countries = client.get(URL + "export/countries/json/", {"start": start.isoformat(), "end": traffic.isoformat()}).json()
    assert countries["rows"] == [["France", 3], ["Vietnam", 2], ["United States of America", 1]]  # names in the admin's language
    abroad = client.get(URL + "export/top-abroad/json/", {"start": start.isoformat(), "end": traffic.isoformat()}).json()
    assert abroad["rows"] == [["Le café de Buôn Ma Thuột", "French", 3], ["Cà phê Buôn Ma Thuột vươn ra thế giới", "Vietnamese", 1]]
    channels = client.get(URL + "export/channels/json/", {"start": start.isoformat(), "end": traffic.isoformat()}).json()
    assert ["social", 3] in channels["rows"]
    coverage = client.get(URL + "export/translation-coverage/json/", {"language": "fr"}).json()
    # Section and article are live in French, each published straight after its source.
    assert coverage["rows"] == [["French", 2, 2, 100.0, 2, 0.0]]
    assert coverage["columns"][-1] == "Median hours to translate"


def test_devices_and_reading_hours_come_from_the_hourly_rollups(client, traffic):
    """Every view of the fixture was at noon, Viet Nam time; one came from an iPhone."""
    client.force_login(officer())
    period = {"start": (traffic - datetime.timedelta(days=6)).isoformat(), "end": traffic.isoformat()}
    devices = client.get(URL + "export/devices/json/", period).json()
    assert devices["rows"] == [["Desktop", 5], ["Mobile", 1]]
    hours = client.get(URL + "export/hours/json/", period).json()
    assert len(hours["rows"]) == 24 and ["12:00", 6] in hours["rows"]
    assert sum(row[1] for row in hours["rows"]) == 6
    french = client.get(URL + "export/hours/json/", {**period, "language": "fr"}).json()
    assert sum(row[1] for row in french["rows"]) == 3


def test_filtering_french_and_comparing_with_the_previous_period(client, traffic):
    client.force_login(officer())
    start = traffic - datetime.timedelta(days=39)
    response = client.get(URL, {"start": start.isoformat(), "end": traffic.isoformat(), "language": "fr"})
    html = response.content.decode()
    assert 'data-figure="views"><dt>Page views</dt><dd><strong>3</strong> <span>(previous period: 1, +200.0%)' in html
    over_time = client.get(URL + "export/languages-over-time/json/", {"start": start.isoformat(), "end": traffic.isoformat(), "language": "fr"}).json()
    assert over_time["columns"] == ["Day", "French"]
    assert sum(row[1] for row in over_time["rows"]) == 3


def test_the_dashboard_reads_rollups_only(client, traffic):
    client.force_login(officer())
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    assert not [q for q in queries.captured_queries if '"analytics_event"' in q["sql"]]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"start": "2026-05-10", "end": "2026-05-01"}, "The start date must not be after the end date."),
        ({"start": "yesterday"}, "Enter a valid date."),
        ({"start": "2020-01-01", "end": "2026-01-01"}, "Choose a period of at most three years."),
        ({"site": "999"}, "Select a valid choice."),
        ({"language": "xx"}, "Select a valid choice."),
    ],
)
def test_bad_filters_get_a_clear_message_and_no_500(client, section, params, message):
    client.force_login(officer())
    response = client.get(URL, params)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert client.get(URL + "export/countries/csv/", params).status_code == 400


def test_unknown_tables_and_formats_are_404(client, section):
    client.force_login(officer())
    assert client.get(URL + "export/passwords/csv/").status_code == 404
    assert client.get(URL + "export/countries/exe/").status_code == 404


@pytest.mark.parametrize("key", ["languages-over-time", "countries", "top-abroad", "channels", "engagement", "translation-coverage"])
def test_every_table_exports_as_csv_xlsx_and_json_that_parse(client, traffic, key):
    client.force_login(officer())
    params = {"start": (traffic - datetime.timedelta(days=6)).isoformat(), "end": traffic.isoformat()}
    as_json = client.get(URL + f"export/{key}/json/", params).json()
    as_csv = client.get(URL + f"export/{key}/csv/", params)
    assert as_csv["Content-Disposition"].startswith(f'attachment; filename="{key}_')
    rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    assert rows[0] == as_json["columns"]
    assert [["" if cell is None else str(cell) for cell in row] for row in as_json["rows"]] == rows[1:]
    as_xlsx = client.get(URL + f"export/{key}/xlsx/", params)
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [as_json["columns"]] + as_json["rows"]
    json.dumps(as_json)


def test_downloads_by_kit_and_shares_by_network(client, section, article):
    from django.test import RequestFactory
    from django.utils import translation

    from foreign_info.analytics.collector import record_event

    for ip in ("90.84.0.1", "90.84.0.2"):
        request = RequestFactory().get("/fr/press/coffee.zip", REMOTE_ADDR=ip, HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0) Chrome/130.0")
        with translation.override("fr"):
            record_event(request, "download", article.pk, "press-kit-coffee")
    beacon = {"event": "share", "page": article.pk, "target": "facebook", "lang": "vi"}
    assert client.post("/analytics/beacon/", beacon, content_type="application/json", HTTP_USER_AGENT="Mozilla/5.0 Chrome/130.0").status_code == 204
    drain_and_flush()
    client.force_login(officer())
    rows = client.get(URL + "export/engagement/json/").json()["rows"]
    assert rows == [["Download", "press-kit-coffee", "French", 2], ["Share", "facebook", "Vietnamese", 1]]
