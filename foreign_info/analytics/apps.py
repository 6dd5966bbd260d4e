from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "foreign_info.analytics"
    label = "analytics"
    verbose_name = "Foreign information: analytics"

    def ready(self):
        from . import buffer

        buffer.install_shutdown_flush()
