import re

from django.http import Http404
from django.middleware.locale import LocaleMiddleware

from .languages import LANGUAGE_CODES

LANGUAGE_LIKE_SEGMENT = re.compile(r"^/([a-z]{2,3})(/|$)")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


class RejectControlCharactersMiddleware:
    """No URL of ours contains control characters; a path with one is a 404 before any routing
    reaches the database (PostgreSQL refuses NUL in a query, which would be a 500)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL_CHARACTERS.search(request.path_info):
            raise Http404("Invalid path")
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

    @staticmethod
    def is_outside_pages(request):
        if getattr(request, "resolver_match", None) is not None:
            return True
        unknown_prefix = LANGUAGE_LIKE_SEGMENT.match(request.path_info)
        return bool(unknown_prefix) and unknown_prefix.group(1) not in LANGUAGE_CODES
