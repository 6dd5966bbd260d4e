"""Public-page filtering that reads the site's view restrictions once per request.

Wagtail's `PageQuerySet.public()` queries every PageViewRestriction each time it is called; a page
that lists articles, featured items and translations would pay for that several times.

Other apps can hide more from the public (the press room's embargo) through
`register_public_filter(callable)`: core cannot import them (they depend on core), yet every list,
feed, search and language switcher that goes through `public_pages` must honour them. A filter is
called as `filter(queryset, request)` (request may be None) and returns the narrowed queryset; it
must not query the database on the common path, since every public page calls it several times.
"""

_public_filters = []


def register_public_filter(function):
    """Add a filter applied by every `public_pages` call (AppConfig.ready() of the app that owns it)."""
    if function not in _public_filters:
        _public_filters.append(function)
    return function


def public_pages(queryset, request=None):
    """`queryset.public()`, sharing one read of the view restrictions across a request, narrowed by
    every registered public filter."""
    if request is None:
        queryset = queryset.public()
    else:
        private_q = getattr(request, "_private_pages_q", None)
        if private_q is None:
            private_q = queryset.private_q()
            request._private_pages_q = private_q
        queryset = queryset.exclude(private_q)
    return apply_public_filters(queryset, request)


def apply_public_filters(queryset, request=None):
    """Only the registered filters, for querysets that are already public (Wagtail's API base)."""
    for public_filter in _public_filters:
        queryset = public_filter(queryset, request)
    return queryset
