from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "foreign_info.sharing"
    label = "sharing"
    verbose_name = "Foreign information: sharing"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
