"""The one base of every absolute URL the public site prints.

Canonical links, OpenGraph, JSON-LD, hreflang, images, the sitemap, the feeds and the API all
start from the root URL of the Wagtail Site that answers the request (Settings > Sites), the same
base Wagtail's `Page.get_full_url` uses. The request's own host is never used: a site reached as
http://127.0.0.1:8000 whose Site says localhost:8000, or reached through a CDN or an internal
address, must still print one host, or search engines see hreflang URLs that are not the
canonical URLs. The Site record is the setting: change its host name and port (and put it behind
HTTPS on port 443) to change every absolute URL at once.
"""

from urllib.parse import urljoin

from wagtail.models import Site


def site_root(request):
    """'https://example.org' (no trailing slash): the answering Site's root URL, or the request's
    own when no Site answers (a site being set up). Computed once per request."""
    cached = getattr(request, "_site_root_url", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    request._site_root_url = root
    return root


def absolute_url(request, url):
    """`url` (a path such as a rendition's /media/... or a page's /en/...) made absolute on the
    site's base; URLs that are absolute already (files on S3) are returned as they are."""
    return urljoin(site_root(request) + "/", url)
