from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "foreign_info.publishing"
    label = "publishing"
    verbose_name = "Foreign information: publishing"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
