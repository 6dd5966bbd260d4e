"""Property-based fuzzing of the two JSON APIs: schemathesis generates requests from the
indicators API's own OpenAPI schema (valid and invalid ones), hypothesis generates query strings
for Wagtail's API v2 (which publishes no schema) from its parameter names. Neither may ever get a
500. Slow: runs in CI's PostgreSQL pass."""

from urllib.parse import urlencode

import pytest
import schemathesis
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


def indicators_schema():
    """The schema the API serves at /api/indicators/v1/openapi.json, built without a request."""
    from foreign_info.analytics.api import api

    return schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/indicators/v1"))


@indicators_schema().parametrize()
@EXAMPLES
def test_the_indicators_api_never_fails(case, section, article):
    """Requests generated from the schema (schemathesis), sent through Django's test client."""
    url = case.formatted_path + ("?" + urlencode(case.query or {}, doseq=True) if case.query else "")
    headers = {f"HTTP_{name.upper().replace('-', '_')}": value for name, value in (case.headers or {}).items()}
    response = Client(raise_request_exception=False).generic(case.method, url, **headers)
    assert response.status_code < 500, f"{case.method} {url} {case.headers} -> {response.status_code}"


API_V2_PARAMETERS = [
    "search",
    "search_operator",
    "locale",
    "translation_of",
    "offset",
    "limit",
    "order",
    "fields",
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "id",
    "title",
    "slug",
    "site",
]
hostile_text = st.one_of(
    st.text(max_size=60),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.sampled_from(["root", "*", "-id", "random", "wagtailcore.Page", "publishing.ArticlePage", "_,title", "%00", "1e9", "ᴀʙᴄ", "vi", "zh-hans"]),
    st.text(alphabet='"()*^~-+ ORANDab', max_size=300),
)


@given(query=st.dictionaries(st.sampled_from(API_V2_PARAMETERS), hostile_text, max_size=5), endpoint=st.sampled_from(["", "find/", "{id}/"]))
@EXAMPLES
def test_api_v2_never_fails(section, article, query, endpoint):
    url = "/api/v2/pages/" + endpoint.format(id=article.pk) + "?" + urlencode(query)
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code < 500, f"{url} -> {response.status_code}"
