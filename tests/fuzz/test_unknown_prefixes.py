"""A path without a language prefix is redirected only when it names a page (then to that page in
the reader's language); anything else is a 404, not a redirect to a page that does not exist."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/abcd/", "/abcd/efgh/", "/wp-login.php", "/.env", "/ca-phe/no-such/", "/vi-VN/"])
def test_unknown_prefixes_are_404_without_a_redirect(client, section, article, path):
    response = client.get(path)
    assert response.status_code == 404


@pytest.mark.parametrize(("path", "language", "target"), [("/", "fr", "/fr/"), ("/", "", "/vi/"), ("/ca-phe/", "vi", "/vi/ca-phe/")])
def test_page_urls_without_their_language_still_redirect(client, section, article, path, language, target):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 302 and response["Location"] == target
