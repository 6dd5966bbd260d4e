from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "foreign_info.translation"
    label = "translation"
    verbose_name = "Foreign information: translation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
