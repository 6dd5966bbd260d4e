from django.apps import AppConfig


class PressKitsConfig(AppConfig):
    name = "foreign_info.presskits"
    label = "presskits"
    verbose_name = "Foreign information: press room"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from foreign_info.core.page_cache import register_timeout_limit
        from foreign_info.core.visibility import register_public_filter

        from . import signal_handlers, surfaces

        signal_handlers.connect()
        # The embargo holds on every public surface core builds (lists, feeds, search, language
        # links, sitemap, API) and bounds how long the page cache keeps what it stores.
        register_public_filter(surfaces.hide_embargoed)
        register_timeout_limit(surfaces.cache_seconds)
