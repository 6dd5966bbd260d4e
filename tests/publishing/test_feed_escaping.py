"""Editor-supplied text reaches feed readers as text: a standfirst is escaped as HTML once, then
as XML by the feed writer, so a reader that treats the field as HTML shows the characters typed."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db

PAYLOAD = '<img src=x onerror="alert(1)"> Tom & Jerry'
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def hostile(section):
    return publish(factories.ArticlePageFactory(parent=section, title="Cà phê <b>", slug="ca-phe", standfirst=PAYLOAD))


def assert_text_only(html):
    """What a reader renders as HTML has no element in it and reads as the editor's text."""
    parsed = BeautifulSoup(html, "html.parser")
    assert parsed.find() is None, html
    assert parsed.get_text() == PAYLOAD


def test_atom_summary_is_html_escaped_once(client, hostile):
    root = ElementTree.fromstring(client.get("/vi/feed/atom/").content)
    summary = root.find(f"{ATOM}entry/{ATOM}summary")
    assert summary.get("type") == "html"
    assert_text_only(summary.text)
    assert root.find(f"{ATOM}entry/{ATOM}title").text == "Cà phê <b>"  # type="text": plain, as typed


def test_rss_description_is_html_escaped_once(client, hostile):
    root = ElementTree.fromstring(client.get("/vi/feed/rss/").content)
    assert_text_only(root.find("channel/item/description").text)
