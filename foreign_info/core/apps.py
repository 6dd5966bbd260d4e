from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "foreign_info.core"
    label = "core"
    verbose_name = "Foreign information: core"

    def ready(self):
        from . import checks, languages, signal_handlers  # noqa: F401 - checks registers itself

        languages.register_missing_lang_info()
        signal_handlers.connect()
