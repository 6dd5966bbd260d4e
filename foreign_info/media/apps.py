from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "foreign_info.media"
    label = "media"
    verbose_name = "Foreign information: video library"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        import pillow_heif

        from . import signal_handlers

        # Phones upload HEIC; Pillow reads it through pillow-heif (photos.py converts it to JPEG).
        pillow_heif.register_heif_opener()

        signal_handlers.connect()
