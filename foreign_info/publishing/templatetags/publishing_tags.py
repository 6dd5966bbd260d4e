from django import template

from foreign_info.publishing import jsonld

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_name(context):
    """The portal's name as readers of the page's language should see it."""
    portal = context["settings"]["core"]["PortalSettings"]
    return portal.name_for(context.get("LANGUAGE_CODE") or "vi")


@register.simple_tag(takes_context=True)
def organization_data(context):
    request = context["request"]
    portal = context["settings"]["core"]["PortalSettings"]
    return jsonld.government_organization(portal, request, context.get("LANGUAGE_CODE") or "vi")


@register.simple_tag(takes_context=True)
def article_data(context, article, image_url=""):
    request = context["request"]
    portal = context["settings"]["core"]["PortalSettings"]
    source_url = next((entry["full_url"] for entry in context.get("languages", []) if entry["is_source"]), "")
    return jsonld.news_article(article, request, portal, image_url, context.get("article_topics", []), source_url)
