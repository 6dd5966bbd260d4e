from django.apps import AppConfig


class PressKitsConfig(AppConfig):
    name = "foreign_info.presskits"
    label = "presskits"
    verbose_name = "Foreign information: press room"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
