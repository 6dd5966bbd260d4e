"""Wagtail's read-only API v2: live, public pages only, filterable by `locale` and `translation_of`."""

import re

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from foreign_info.core.visibility import apply_public_filters

# Page ids and offsets are PostgreSQL integers; a longer number is no page of ours, and would
# otherwise reach the database as an out-of-range bigint (a 500 on PostgreSQL and SQLite alike).
INTEGER_MAX = 2**31 - 1
INTEGER_PARAMETERS = frozenset({"id", "offset", "limit", "child_of", "ancestor_of", "descendant_of", "translation_of"})
ROOT_ALLOWED = frozenset({"child_of", "descendant_of"})  # Wagtail accepts "root" for these
DIGITS = re.compile(r"^[0-9]{1,10}$")
SEARCH_OPERATORS = frozenset({"and", "or"})
# Wagtail's database search builds one nested SQL expression per term and operator: a few hundred
# of them exhaust Python's recursion limit while the query is compiled. Readers' searches are
# short; the public search form also stops at 200 characters.
SEARCH_MAX_LENGTH = 200


class ValidatedQueryMixin:
    """Every query parameter checked once, before any view of the endpoint (listing, detail,
    find) runs: integers are integers in range, the search is bounded and its operator known.
    Anything else is a 400 with a message naming the parameter (Wagtail's BadRequestError), never
    an exception deep in a filter. NUL characters never get this far: the middleware refuses them
    for every URL (foreign_info.core.middleware.RejectControlCharactersMiddleware)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name in INTEGER_PARAMETERS & set(request.GET):
            value = request.GET[name]
            if name in ROOT_ALLOWED and value == "root":
                continue
            if not DIGITS.match(value) or int(value) > INTEGER_MAX:
                raise BadRequestError(f"{name} must be a whole number between 0 and {INTEGER_MAX}")
        search = request.GET.get("search")
        if search is not None and len(search) > SEARCH_MAX_LENGTH:
            raise BadRequestError(f"search must be at most {SEARCH_MAX_LENGTH} characters")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")


def validate_every_endpoint(router):
    """Give each endpoint of a Wagtail API router the same checks (Wagtail's admin API: pages,
    documents, images, registered by Wagtail's own hooks)."""
    for name, endpoint in list(router._endpoints.items()):
        if not issubclass(endpoint, ValidatedQueryMixin):
            router.register_endpoint(name, type(endpoint.__name__, (ValidatedQueryMixin, endpoint), {"__module__": __name__}))


class PublicPagesAPIViewSet(ValidatedQueryMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, narrowed by every public filter (the press room's embargo).

    Wagtail's base queryset is what listing, detail, find and the parent/child links all start
    from, so filtering it keeps an embargoed page out of all of them. No request is passed: the API
    answers machines, which never see embargoed material."""

    def get_base_queryset(self):
        return apply_public_filters(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
