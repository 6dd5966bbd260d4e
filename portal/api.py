"""Wagtail's read-only API v2: live, public pages only, filterable by `locale` and `translation_of`."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from foreign_info.core.visibility import apply_public_filters


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, narrowed by every public filter (the press room's embargo).

    Wagtail's base queryset is what listing, detail, find and the parent/child links all start
    from, so filtering it keeps an embargoed page out of all of them. No request is passed: the API
    answers machines, which never see embargoed material."""

    def get_base_queryset(self):
        return apply_public_filters(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
