"""Public-page filtering that reads the site's view restrictions once per request.

Wagtail's `PageQuerySet.public()` queries every PageViewRestriction each time it is called; a page
that lists articles, featured items and translations would pay for that several times.
"""


def public_pages(queryset, request=None):
    """`queryset.public()`, sharing one read of the view restrictions across a request."""
    if request is None:
        return queryset.public()
    private_q = getattr(request, "_private_pages_q", None)
    if private_q is None:
        private_q = queryset.private_q()
        request._private_pages_q = private_q
    return queryset.exclude(private_q)
