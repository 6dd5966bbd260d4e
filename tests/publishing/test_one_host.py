"""Every absolute URL the public site prints uses one base: the root URL of the Wagtail Site that
answers the request (Settings > Sites), whatever host name the request came in by. A site served as
http://127.0.0.1:8000 whose Site record says localhost:8000 prints localhost:8000 everywhere, so
hreflang URLs are the canonical URLs and crawlers never see two hosts."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from tests.publishing import every_page

pytestmark = pytest.mark.django_db

URL = re.compile(r"""https?://[^\s"'<>\\]+""")
LOCAL_HOSTS = {"localhost:8000", "127.0.0.1:8000", "testserver"}


@pytest.fixture
def pages(section):
    paths = every_page.build(section)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 8000
    site.save()
    return paths


def local_urls(text):
    """Absolute URLs of this site in a response (external links such as licences left out)."""
    return [url for url in URL.findall(text) if urlsplit(url).netloc in LOCAL_HOSTS]


def test_pages_feeds_sitemap_and_api_use_the_sites_base_whatever_the_request_host(client, pages):
    answers = {}
    paths = [*pages.values(), "/sitemap.xml", "/vi/feed/rss/", "/vi/feed/atom/", "/en/feed/atom/", "/api/v2/pages/", "/robots.txt"]
    for path in paths:
        response = client.get(path, HTTP_HOST="127.0.0.1:8000")
        assert response.status_code == 200, path
        answers[path] = response.content.decode()
    detail = client.get("/api/v2/pages/", HTTP_HOST="127.0.0.1:8000").json()["items"][0]["meta"]["detail_url"]
    answers["api detail"] = client.get(urlsplit(detail).path, HTTP_HOST="127.0.0.1:8000").content.decode()
    for path, text in answers.items():
        urls = local_urls(text)
        assert urls, path
        wrong = [url for url in urls if not url.startswith("http://localhost:8000/")]
        assert not wrong, (path, wrong)


def test_canonical_og_url_json_ld_and_hreflang_agree(client, pages):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get("/en/ca-phe/", HTTP_HOST="127.0.0.1:8000").content, "html.parser")
    canonical = page.select_one('link[rel="canonical"]')["href"]
    assert canonical == "http://localhost:8000/en/ca-phe/"
    assert page.select_one('meta[property="og:url"]')["content"] == canonical
    assert page.select_one('link[rel="alternate"][hreflang="en"]')["href"] == canonical
    assert page.select_one('link[rel="alternate"][hreflang="x-default"]')["href"] == "http://localhost:8000/vi/ca-phe/"
