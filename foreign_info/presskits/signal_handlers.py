"""A kit's published contents feed the embargo index (embargo.py); any change to a kit forgets the
cached embargo answer, so what the public sees follows the kit at once."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished


def is_kit(instance):
    from .models import PressKitPage

    return isinstance(instance, PressKitPage)


def on_published(sender, instance, **kwargs):
    if is_kit(instance):
        from .embargo import refresh_links

        refresh_links(instance)


def on_unpublished(sender, instance, **kwargs):
    if is_kit(instance):
        from .embargo import clear_links

        clear_links(instance.pk)


def on_deleted(sender, instance, **kwargs):
    if is_kit(instance):
        from .embargo import forget

        forget()


def connect():
    from .models import PressKitPage

    page_published.connect(on_published, sender=PressKitPage)
    page_unpublished.connect(on_unpublished, sender=PressKitPage)
    post_delete.connect(on_deleted, sender=PressKitPage)
