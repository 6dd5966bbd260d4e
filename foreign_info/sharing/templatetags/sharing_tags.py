from django import template

from foreign_info.core.site_urls import absolute_url

from .. import meta

register = template.Library()


@register.simple_tag(takes_context=True)
def social_meta(context, page):
    return meta.page_meta(context["request"], page, context.get("topic"), context.get("route_path", ""))


@register.inclusion_tag("sharing/share_links.html", takes_context=True)
def share_links(context, page):
    """The share block of an article, clip or photo story (foreign_info.sharing.links)."""
    from ..links import share_links as links_for

    request = context["request"]
    url = absolute_url(request, page.get_url(request))
    return {"page": page, "url": url, "title": page.title, "links": links_for(url, page.title, page.locale.language_code)}
