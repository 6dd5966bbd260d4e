from django.http import Http404
from django.utils.translation import get_language
from wagtail import hooks


@hooks.register("before_serve_page")
def serve_pages_only_in_their_own_language(page, request, serve_args, serve_kwargs):
    """A page is public only under its own language prefix.

    Wagtail routes /fr/... through `root_page.localized`, which falls back to the Vietnamese page
    when no French translation exists, so /fr/ would show Vietnamese text under a French URL. A
    reader must instead get a 404 until the French page is published (and reviewed).
    """
    if page.locale.language_code != get_language():
        raise Http404("This page is not published in this language")


@hooks.register("construct_admin_api", order=1000)  # after the endpoints Wagtail's apps register
def validate_admin_api_parameters(router):
    """The admin API's endpoints check their query parameters as API v2 does (portal.api)."""
    from portal.api import validate_every_endpoint

    validate_every_endpoint(router)
