"""The statements listing of a section, served as a route of the section page (/<lang>/statements/)."""

from django.utils.translation import gettext as _

from foreign_info.publishing import listings as publishing_listings

from .feeds import StatementsFeed
from .listings import statements_in


def statements_listing(section, request):
    statements = publishing_listings.paginate(request, statements_in(section), section.items_per_page)
    return section.render(
        request,
        template="statements/statements_index.html",
        context_overrides={"statements": statements, "breadcrumbs": [{"title": _("Statements")}], "route_path": "statements/"},
    )


def statements_feed(section, request):
    return StatementsFeed(section)(request)
