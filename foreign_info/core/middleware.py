import re

from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext as _

from . import languages

LANGUAGE_LIKE_SEGMENT = re.compile(r"^/([a-z]{2,3})(/|$)")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


class RejectControlCharactersMiddleware:
    """No URL of ours contains control characters; a path with one is a 404 before any routing
    reaches the database (PostgreSQL refuses NUL in a query, which would be a 500). A NUL in a
    query parameter is refused the same way for every view (admin searches and filters, the API,
    public listings) with a 400 that says why: JSON under /api/, text elsewhere."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL_CHARACTERS.search(request.path_info):
            raise Http404("Invalid path")
        query = request.META.get("QUERY_STRING", "")
        if ("%00" in query or "\x00" in query) and any("\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()):
            message = _("Query parameters must not contain NUL characters.")
            if request.path_info.startswith("/api/"):
                # Each API words its errors its own way: Wagtail's under "message", the indicators
                # API's (its OpenAPI schema) under "error".
                key = "error" if request.path_info.startswith("/api/indicators/") else "message"
                return JsonResponse({key: str(message)}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class SectionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without its redirect where it misleads.

    Django redirects any 404 outside the /<lang>/ prefixes to the prefixed path whenever that path
    could match, and Wagtail's catch-all page route matches every path. So an API 404 would turn
    into a redirect to an HTML page, and /de/ into /vi/de/. Only page URLs written without their
    language (e.g. "/", "/ca-phe/") are redirected; a 404 from a view outside the language
    prefixes, or under an unknown language prefix, stays a 404 in the reader's language.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and self.is_outside_pages(request):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)

    @classmethod
    def is_outside_pages(cls, request):
        if getattr(request, "resolver_match", None) is not None:
            return True
        unknown_prefix = LANGUAGE_LIKE_SEGMENT.match(request.path_info)
        if unknown_prefix and unknown_prefix.group(1) not in languages.codes():
            return True
        return not cls.names_a_page(request)

    @staticmethod
    def names_a_page(request):
        """Whether the path, under the reader's language prefix, is a page Wagtail would serve.

        Django asks only whether the prefixed path *could* match a URL pattern, and Wagtail's
        catch-all matches every path, so "/abcd/" would be sent to "/vi/abcd/" (another 404).
        Only 404s get here, so routing the path once more costs nothing on a served page."""
        from wagtail.models import Site

        if request.path_info == "/":
            return True
        site = Site.find_for_request(request)
        if site is None:
            return False
        components = [component for component in request.path_info.split("/") if component]
        with translation.override(request.LANGUAGE_CODE):
            root = site.root_page.localized.specific
            try:
                root.route(request, components)
            except Http404:
                return False
        return True
