from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatementsConfig(AppConfig):
    name = "foreign_info.statements"
    label = "statements"
    verbose_name = _("Official statements and corrections")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
