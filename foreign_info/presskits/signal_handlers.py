"""A kit's published contents feed the embargo index (embargo.py); any change to a kit forgets the
cached embargo answer, so what the public sees follows the kit at once. After migrate, the
"Press officers" group exists (groups.py)."""

from django.db.models.signals import post_delete, post_migrate
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


def on_post_migrate(sender, using="default", **kwargs):
    if sender.name == "foreign_info.presskits":
        from django.apps import apps
        from django.contrib.auth.management import create_permissions

        from .groups import ensure_groups

        # This handler may run before auth's own for these apps on a fresh database.
        for label in ("wagtailadmin", "presskits"):
            create_permissions(apps.get_app_config(label), verbosity=0, using=using)
        ensure_groups()


def connect():
    from .models import PressKitPage

    post_migrate.connect(on_post_migrate, dispatch_uid="presskits-groups")
    page_published.connect(on_published, sender=PressKitPage)
    page_unpublished.connect(on_unpublished, sender=PressKitPage)
    post_delete.connect(on_deleted, sender=PressKitPage)
