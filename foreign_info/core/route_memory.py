"""Wagtail's page routing, remembered per URL until content changes (core.derived).

Why: routing an article asks the database for the site, the localized root, the section and the
article (a quarter of an uncached article's time, bench/pages.py); none of it changes between
publishes.

Contract: for a public GET or HEAD that Wagtail's page view serves, the site and the page the path
routes to are taken from this process's memory (core.derived: per content generation, the public
only). The page's own routing still runs on the remembered page, for what is left of the path
(a section's topic or feed route, a clip's subtitles): it needs no query and sets what Wagtail's
RoutablePageMixin sets on the request. What Wagtail computes is handed over through the attributes
Wagtail itself caches a request's answers in (`Site.find_for_request`, `Page.route_for_request`),
so Wagtail's view, hooks and view restrictions run unchanged. Paths that route nowhere are not
kept (anyone can make up such paths).
"""

from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from . import derived


class RouteMemoryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD") or not derived.is_public(request):
            return None
        path = view_kwargs["path"] if "path" in view_kwargs else view_args[0] if view_args else ""
        key = ("route", request.get_host(), request.get_port(), get_language(), path)
        found = derived.remember(request, key, lambda: route_of(request, path))
        if found is None:
            return None
        site, page, consumed = found
        request._wagtail_site = site
        components = [component for component in path.split("/") if component]
        request._wagtail_route_for_request = page.route(request, components[consumed:])
        return None


def route_of(request, path):
    """(site, page, number of path components the page tree consumed) or None."""
    site = Site.find_for_request(request)
    result = Page.route_for_request(request, path)
    if site is None or result is None:
        return None
    page = result[0]
    return site, page, page.depth - site.root_page.depth
