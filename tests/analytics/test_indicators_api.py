"""The indicators API: figures, token, bad input, and conformance to its own OpenAPI schema
(schemathesis drives the WSGI app in-process: no network)."""

import datetime

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from foreign_info.analytics.flush import drain_and_flush
from portal.wsgi import application

from .conftest import AMERICAN_IP, FRENCH_IP, VIETNAMESE_IP, visit

URL = "/api/indicators/v1/"
schema = schemathesis.openapi.from_wsgi(URL + "openapi.json", application)


@pytest.fixture
def keep_test_connection():
    """Django's test client does this too: the WSGI handler would close the test's database
    connection at the end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_conforms_to_its_openapi_schema(case, section, article, keep_test_connection):
    # Every check but one: a schema cannot say "start before end, at most three years", so a
    # schema-valid reversed period is rightly a 400 (test_bad_parameters_get_a_clear_error).
    case.call_and_validate(excluded_checks=[positive_data_acceptance])


@pytest.mark.django_db
def test_indicators_of_a_period(client, section, article, clock):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    clock.now = timezone.make_aware(datetime.datetime.combine(yesterday, datetime.time(9))).timestamp()
    for ip in (FRENCH_IP, AMERICAN_IP, VIETNAMESE_IP):
        visit(client, "/vi/ca-phe/", ip)
    visit(client, "/en/", FRENCH_IP)
    drain_and_flush()
    site = section.get_site().pk
    body = client.get(URL + "indicators", {"site": site, "start": yesterday.isoformat(), "end": yesterday.isoformat()}).json()
    assert body["reach"] == {"views": 4, "views_abroad": 3, "countries_reached": 2, "views_by_language": {"en": 1, "vi": 3}}
    assert body["engagement"] == {"clip_plays": 0, "shares": 0, "downloads": 0}
    assert body["translation"]["en"]["coverage"] == 0.5  # the section is translated, the article not
    assert body["translation"]["fr"]["translated_pages"] == 0
    assert set(body["output"]) == {"en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, status",
    [
        ({"site": "x", "start": "2026-01-01", "end": "2026-01-31"}, 400),
        ({"site": 1, "start": "2026-02-01", "end": "2026-01-01"}, 400),
        ({"site": 1, "start": "2020-01-01", "end": "2026-01-01"}, 400),
        ({"site": 1}, 400),
        ({"site": 99999, "start": "2026-01-01", "end": "2026-01-31"}, 404),
    ],
)
def test_bad_parameters_get_a_clear_error(client, section, params, status):
    response = client.get(URL + "indicators", params)
    assert response.status_code == status
    assert response.json()["error"]


@pytest.mark.django_db
def test_a_token_protects_the_api_when_configured(client, section, settings):
    settings.ANALYTICS = {**settings.ANALYTICS, "API_TOKEN": "s3cret-token"}
    assert client.get(URL + "sites").status_code == 401
    assert client.get(URL + "sites", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    response = client.get(URL + "sites", HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert response.status_code == 200
    assert response.json()[0]["hostname"] == "testserver"
    documented = client.get(URL + "openapi.json").json()
    assert documented["paths"][URL + "sites"]["get"]["security"] == [{"OptionalToken": []}]


def test_a_nul_in_a_parameter_is_an_error_in_the_schemas_own_shape(client):
    """The project-wide NUL refusal answers the indicators API the way its schema documents errors."""
    response = client.get("/api/indicators/v1/indicators?site=1&start=2026-01-01&end=2026-01-31%00")
    assert response.status_code == 400 and set(response.json()) == {"error"}
    assert set(client.get("/api/v2/pages/?search=%00").json()) == {"message"}
