from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "foreign_info.media"
    label = "media"
    verbose_name = "Foreign information: video library"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
