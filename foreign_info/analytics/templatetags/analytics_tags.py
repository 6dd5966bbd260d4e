from django import template

from ..counter import COUNTER_FIELDS, cached_figures

register = template.Library()


@register.inclusion_tag("analytics/visitor_counter.html", takes_context=True)
def visitor_counter(context):
    """The footer counter; reads only the cache (no SQL).

    Before the first flush has filled the cache there are no figures yet: the counter is still
    shown, with a dash for each figure, because the page may be stored in the page cache as it is
    and its script (analytics/counter.js) fills the figures in once they exist. Leaving the counter
    out, as before, left such a cached page without one until the cache expired."""
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None)  # set by Wagtail while serving the page
    if site is None:
        return {"site_id": None}
    return {"figures": cached_figures(site.pk) or dict.fromkeys(COUNTER_FIELDS), "site_id": site.pk}
