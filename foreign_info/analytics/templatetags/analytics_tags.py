from django import template

from ..counter import cached_figures

register = template.Library()


@register.inclusion_tag("analytics/visitor_counter.html", takes_context=True)
def visitor_counter(context):
    """The footer counter; reads only the cache (no SQL), nothing shown before the first flush."""
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None)  # set by Wagtail while serving the page
    return {"figures": cached_figures(site.pk) if site is not None else None, "site_id": site.pk if site is not None else None}
