from django.apps import AppConfig


class WorkersConfig(AppConfig):
    name = "foreign_info.workers"
    label = "workers"
    verbose_name = "Foreign information: background workers"
    default_auto_field = "django.db.models.BigAutoField"
