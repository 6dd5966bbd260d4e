"""Share links: the networks each language's readers use, plain links with no third-party script,
a QR code for WeChat drawn on the server, and a self-hosted script that counts each share with the
analytics beacon under the site's CSP."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

HOSTS = {
    "facebook": "www.facebook.com",
    "x": "x.com",
    "linkedin": "www.linkedin.com",
    "line": "social-plugins.line.me",
    "vk": "vk.com",
    "telegram": "t.me",
}


@pytest.fixture
def article_in(section):
    article = publish(factories.ArticlePageFactory(parent=section, slug="ca-phe", title="Cà phê"))

    def get(code):
        if code == "vi":
            return article
        if code not in ("en", "lo"):
            translate(section, code, title=f"Section {code}")
        return translate(article, code, title=f"Coffee {code}")

    return get


def share_block(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("[data-share]")


@pytest.mark.parametrize(
    "code,networks",
    [
        ("vi", ["facebook", "x", "linkedin", "zalo"]),
        ("en", ["facebook", "x", "linkedin"]),
        ("ja", ["facebook", "x", "linkedin", "line"]),
        ("ko", ["facebook", "x", "linkedin", "kakaotalk"]),
        ("ru", ["facebook", "x", "linkedin", "vk", "telegram"]),
        ("zh-hans", ["facebook", "x", "linkedin", "wechat"]),
    ],
)
def test_each_language_gets_its_readers_networks(client, article_in, code, networks):
    page = article_in(code)
    block = share_block(client, page.url)
    controls = block.select("[data-share-network]")
    found = [control["data-share-network"] for control in controls]
    if code == "zh-hans":
        assert block.select_one(".share-qr svg") is not None
        found.append("wechat")
    assert found == networks
    canonical = f"http://testserver{page.url}"
    for link in block.select("a[data-share-network]"):
        href = urlsplit(link["href"])
        assert href.scheme == "https" and href.netloc == HOSTS[link["data-share-network"]]
        query = parse_qs(href.query)
        assert canonical in (query.get("url") or query.get("u"))
        assert link["rel"] == ["noopener", "noreferrer"]
    for button in block.select("button[data-share-network]"):
        assert button.has_attr("data-share-sheet")
    assert block["data-url"] == canonical and block["data-page"] == str(page.pk) and block["data-lang"] == code


def test_the_wechat_qr_code_encodes_the_pages_url(client, article_in):
    import segno

    page = article_in("zh-hans")
    svg = share_block(client, page.url).select_one(".share-qr svg")
    expected = BeautifulSoup(
        segno.make(f"http://testserver{page.url}", error="m").svg_inline(scale=4, dark="#0c2d48", light="#ffffff", omitsize=False), "html.parser"
    ).svg
    assert svg.path["d"] == expected.path["d"]


def test_no_third_party_script_and_the_share_script_is_self_hosted(client, article_in):
    page = article_in("vi")
    response = client.get(page.url)
    html = BeautifulSoup(response.content, "html.parser")
    for script in html.find_all("script"):
        if script.get("type") == "application/ld+json":
            continue
        assert script.get("src", "").startswith("/static/"), script
        assert not (script.string or "").strip(), "inline script"
    assert html.select_one('script[src$="sharing/share.js"]') is not None
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    source = open(finders.find("sharing/share.js"), encoding="utf-8").read()
    assert '"/analytics/beacon/"' in source and 'event: "share"' in source


@pytest.mark.parametrize("network", ["facebook", "zalo", "wechat"])
def test_the_beacon_the_script_sends_is_recorded(client, article_in, network):
    """The payload share.js builds, {event, page, target, lang}, is what the beacon accepts
    (foreign_info.analytics.beacon) and becomes a share event of that page and network."""
    import json

    from foreign_info.analytics.flush import drain_and_flush
    from foreign_info.analytics.models import Event, Kind

    page = article_in("vi")
    body = json.dumps({"event": "share", "page": page.pk, "target": network, "lang": "vi"})
    browser = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
    assert client.post("/analytics/beacon/", body, content_type="application/json", HTTP_USER_AGENT=browser).status_code == 204
    drain_and_flush()
    assert list(Event.objects.filter(kind=Kind.SHARE).values_list("target", "page_id")) == [(network, page.pk)]
