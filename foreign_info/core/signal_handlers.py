"""Changes that show on every page (the portal's identity in the footer and JSON-LD, the sites
themselves) empty the whole page cache; page-level changes are handled by `publishing`."""

from django.db.models.signals import post_delete, post_save

from .page_cache import purge_all


def purge_everything(sender, **kwargs):
    purge_all()


def forget_portal_settings(sender, instance, **kwargs):
    from django.core.cache import cache

    cache.delete(sender.cache_key(instance.site_id))


def connect():
    from wagtail.models import Site

    from .models import PortalSettings

    post_save.connect(forget_portal_settings, sender=PortalSettings, dispatch_uid="portal-settings-forget-save")
    post_delete.connect(forget_portal_settings, sender=PortalSettings, dispatch_uid="portal-settings-forget-delete")
    for model in (PortalSettings, Site):
        post_save.connect(purge_everything, sender=model, dispatch_uid=f"page-cache-purge-save-{model.__name__}")
        post_delete.connect(purge_everything, sender=model, dispatch_uid=f"page-cache-purge-delete-{model.__name__}")
