"""Every response carries a Content-Security-Policy: public pages (cache hits included), the API,
errors, and the admin with its own looser policy."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    return {part.split()[0]: part.split()[1:] for part in response["Content-Security-Policy"].split(";") if part.strip()}


def test_public_pages_allow_only_our_own_scripts(client, section, article):
    for _attempt in range(2):  # the second answer comes from the page cache
        response = client.get("/vi/ca-phe/")
        assert response.status_code == 200
        policy = directives(response)
        assert policy["script-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    for path in ("/api/v2/pages/", "/vi/no-such-page/", "/abcd/", "/sitemap.xml"):
        assert directives(client.get(path))["script-src"] == ["'self'"]


def test_the_admin_has_its_own_policy(admin_client, section):
    policy = directives(admin_client.get("/admin/"))
    assert "'unsafe-inline'" in policy["script-src"] and policy["object-src"] == ["'none'"]


def test_a_report_uri_is_added_when_configured(client, section, settings):
    from django.test import override_settings

    with override_settings(CSP_REPORT_URI="https://reports.example.gov.vn/csp"):
        response = client.get("/vi/")
    assert directives(response)["report-uri"] == ["https://reports.example.gov.vn/csp"]
