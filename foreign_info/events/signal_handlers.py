"""Keep cached event pages honest. Publishing's own handler forgets the published page, the section
home and its feeds; this one adds what only events have: the events listing and its year archives
and calendar feed in every language (when an event or the listing itself is published), the
event's own .ics and .vcf, and the moment the next event starts or ends (upcoming.cache_seconds)."""

from wagtail.signals import page_published, page_unpublished

from foreign_info.core.page_cache import purge_paths

INDEX_ROUTES = ("", "calendar/")
EVENT_ROUTES = ("calendar/", "contacts/")


def paths_for(page):
    from foreign_info.publishing.cache_paths import site_path

    from .models import EventIndexPage, EventPage

    paths = set()
    if isinstance(page, EventIndexPage):
        index = page
    else:
        for event in EventPage.objects.filter(translation_key=page.translation_key):
            base = site_path(event)
            if base:
                paths.update(base + route for route in EVENT_ROUTES)
        index = page.get_parent()
    if index is None:
        return paths
    for translated_index in EventIndexPage.objects.filter(translation_key=index.translation_key):
        base = site_path(translated_index)
        if base:
            paths.update(base + route for route in INDEX_ROUTES)
            years = EventPage.objects.child_of(translated_index).dates("start", "year")
            paths.update(f"{base}{day.year}/" for day in years)
    return paths


def on_event_changed(sender, instance, **kwargs):
    from . import upcoming

    upcoming.forget()
    purge_paths(paths_for(instance))


def connect():
    from .models import EventIndexPage, EventPage

    for model in (EventIndexPage, EventPage):
        page_published.connect(on_event_changed, sender=model, dispatch_uid=f"events-forget-published-{model.__name__}")
        page_unpublished.connect(on_event_changed, sender=model, dispatch_uid=f"events-forget-unpublished-{model.__name__}")
