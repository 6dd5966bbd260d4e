from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "foreign_info.events"
    label = "events"
    verbose_name = "Foreign information: events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from foreign_info.core.page_cache import register_timeout_limit

        from . import signal_handlers, upcoming

        signal_handlers.connect()
        # "Upcoming" turns into "past" with time, not with a publication: a listing or a section
        # home stored in the page cache never outlives the next start or end of a live event.
        register_timeout_limit(upcoming.cache_seconds)
