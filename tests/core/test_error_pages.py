"""A 500 is a bug, but when one happens the reader gets a page in their language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from foreign_info.publishing.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["vi", "en", "lo"])
def test_server_error_page_speaks_the_readers_language(client, section, article, monkeypatch, code):
    from tests.conftest import translate

    if code != "vi":
        translate(article, code, title="x")

    def explode(self, request, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(ArticlePage, "get_context", explode)
    client.raise_request_exception = False
    response = client.get(f"/{code}/ca-phe/")
    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    with translation.override(code):
        assert page.h1.text == translation.gettext("Server error")
    assert page.html["lang"] == code
