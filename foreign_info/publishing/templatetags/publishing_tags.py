from django import template

from foreign_info.core.models import PortalSettings
from foreign_info.publishing import jsonld

register = template.Library()


def portal_settings(context):
    request = context.get("request")
    return PortalSettings.for_request_cached(request) if request is not None else None


@register.simple_tag(takes_context=True)
def portal(context):
    return portal_settings(context)


@register.simple_tag(takes_context=True)
def portal_name(context):
    """The portal's name as readers of the page's language should see it."""
    portal = portal_settings(context)
    return portal.name_for(context.get("LANGUAGE_CODE") or "vi") if portal else ""


@register.simple_tag(takes_context=True)
def portal_address(context):
    """The portal's address as readers of the page's language should see it."""
    portal = portal_settings(context)
    return portal.address_for(context.get("LANGUAGE_CODE") or "vi") if portal else ""


@register.simple_tag(takes_context=True)
def organization_data(context):
    request = context["request"]
    portal = portal_settings(context)
    return jsonld.government_organization(portal, request, context.get("LANGUAGE_CODE") or "vi")


@register.simple_tag(takes_context=True)
def article_data(context, article, image_url=""):
    request = context["request"]
    portal = portal_settings(context)
    source_url = next((entry["full_url"] for entry in context.get("languages", []) if entry["is_source"]), "")
    return jsonld.news_article(article, request, portal, image_url, context.get("article_topics", []), source_url)


@register.simple_tag(takes_context=True)
def video_data(context, page):
    request = context["request"]
    source_url = next((entry["full_url"] for entry in context.get("languages", []) if entry["is_source"]), "")
    return jsonld.video_object(
        page, request, portal_settings(context), context.get("video_url", ""), context.get("poster_url", ""), context.get("iso_duration", ""), source_url
    )


@register.filter
def cue_time(seconds):
    """A transcript time stamp: 1:05, or 1:02:05 past an hour."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.simple_tag(takes_context=True)
def gallery_data(context, page):
    source_url = next((entry["full_url"] for entry in context.get("languages", []) if entry["is_source"]), "")
    return jsonld.image_gallery(page, context["request"], portal_settings(context), context.get("photos", []), source_url)
