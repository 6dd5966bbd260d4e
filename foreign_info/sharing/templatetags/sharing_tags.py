from django import template

from .. import meta

register = template.Library()


@register.simple_tag(takes_context=True)
def social_meta(context, page):
    return meta.page_meta(context["request"], page, context.get("topic"), context.get("route_path", ""))
