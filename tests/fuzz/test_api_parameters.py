"""Query parameters of API v2 that used to be 500s: each is now a 400 with a message saying what
is wrong (portal.api.ValidatedQueryMixin), and good parameters still work."""

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.django_db

NESTED_SEARCH = quote('"a" OR (b AND -c) * ^ ~ ' * 400)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/api/v2/pages/?search=%00", "nul"),
        ("/api/v2/pages/?locale=%00", "nul"),
        ("/api/v2/pages/?%00=1", "nul"),
        ("/api/v2/pages/find/?html_path=%00", "nul"),
        ("/api/v2/pages/?search=" + NESTED_SEARCH, "search"),
        ("/api/v2/pages/?offset=99999999999999999999", "offset"),
        ("/api/v2/pages/?limit=99999999999999999999", "limit"),
        ("/api/v2/pages/?offset=-1", "offset"),
        ("/api/v2/pages/?search=a&search_operator=xor", "search_operator"),
        ("/api/v2/pages/find/?id=abc", "id"),
        ("/api/v2/pages/?id=abc", "id"),
        ("/api/v2/pages/?child_of=1e3", "child_of"),
        ("/api/v2/pages/?translation_of=" + "9" * 5000, "translation_of"),
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client, section, article, url, words):
    response = client.get(url)
    assert response.status_code == 400, response.content[:300]
    assert words in response.json()["message"].lower()


@pytest.mark.parametrize(
    "query", ["search=Buôn Ma Thuột&search_operator=and", "offset=0&limit=5", "child_of=root", "locale=vi", "id=1", "search=a OR b&search_operator=or"]
)
def test_good_parameters_still_work(client, section, article, query):
    assert client.get("/api/v2/pages/?" + query).status_code == 200


def test_find_by_id_and_path_still_redirects(client, section, article):
    assert client.get(f"/api/v2/pages/find/?id={article.pk}").status_code == 302
    assert client.get("/api/v2/pages/find/?html_path=/ca-phe/").status_code in (302, 404)


@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_the_admin_api_checks_its_parameters_too(admin_client, section, endpoint):
    response = admin_client.get(f"/admin/api/main/{endpoint}/find/?id=abc")
    assert response.status_code == 400 and "id" in response.json()["message"]
