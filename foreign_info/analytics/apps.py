from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "foreign_info.analytics"
    label = "analytics"
    verbose_name = "Foreign information: analytics"

    def ready(self):
        from foreign_info.core.page_cache import register_hit_listener

        from . import buffer, collector

        buffer.install_shutdown_flush()
        register_hit_listener(collector.count_cache_hit)
