"""What a page tells search engines and social networks about itself, the same way on every page
type (section home, topic and search routes, articles, clips, photo stories, press room, kits):
its canonical URL, a description and a card image. Page types differ only in where the
description comes from; none is left without one, since a crawler or a share preview shows
whatever it finds first on the page instead (the navigation, a cookie line)."""

from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext

from foreign_info.core.site_urls import absolute_url

DESCRIPTION_FIELDS = ("search_description", "standfirst", "summary")


def description_of(page, topic=None):
    if topic is not None and topic.description:
        return topic.description
    for field in DESCRIPTION_FIELDS:
        value = (getattr(page, field, "") or "").strip()
        if value:
            return value
    intro = strip_tags(getattr(page, "intro", "") or "").strip()
    return intro or gettext("Official foreign-language information of the province.")


def card_url(request, page):
    """The page's OpenGraph card (foreign_info.sharing.store), versioned by its live revision."""
    return absolute_url(request, reverse("sharing:card", args=[page.pk]) + f"?v={page.live_revision_id or 0}")


def page_meta(request, page, topic=None, route_path=""):
    title = page.seo_title or page.title
    return {
        "title": f"{topic.name} | {title}" if topic is not None else title,
        "canonical": absolute_url(request, page.get_url(request) + route_path),
        "description": " ".join(description_of(page, topic).split()),
        "image_url": card_url(request, page),
    }
