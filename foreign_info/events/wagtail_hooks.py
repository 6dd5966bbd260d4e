"""The events' places on the section's shared surfaces: the section home, the feeds and search."""

from django.template.loader import render_to_string
from wagtail import hooks

from .upcoming import STRIP_LENGTH, upcoming_in


@hooks.register("section_home_blocks")
def upcoming_events_strip(section, request):
    from .models import EventIndexPage

    events = upcoming_in(section, request, STRIP_LENGTH)
    if not events:
        return ""
    index = EventIndexPage.objects.live().child_of(section).first()
    return render_to_string("events/includes/upcoming_strip.html", {"events": events, "events_url": index.get_url(request) if index else ""}, request)


@hooks.register("section_feed_items")
def events_in_feeds(section, request, limit):
    from foreign_info.core.visibility import public_pages

    from .models import EventPage

    return list(public_pages(EventPage.objects.live().descendant_of(section), request).order_by("-first_published_at", "-pk")[:limit])


@hooks.register("section_search_models")
def events_in_search():
    from .models import EventPage

    return [EventPage]
