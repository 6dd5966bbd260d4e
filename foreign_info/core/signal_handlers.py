"""Changes that show on every page (the portal's identity in the footer and JSON-LD, the sites
themselves) empty the whole page cache; page-level changes are handled by `publishing`."""

from django.db.models.signals import post_delete, post_save

from .page_cache import purge_all


def purge_everything(sender, **kwargs):
    purge_all()


def forget_portal_settings(sender, instance, **kwargs):
    from django.core.cache import cache

    cache.delete(sender.cache_key(instance.site_id))


def forget_portal_translation(sender, instance, **kwargs):
    """A name or address in one language changed (the admin's inline, the demo): the cached
    settings hold the old texts, and every page shows them."""
    from .models import PortalSettings

    if instance.settings_id:
        site_id = PortalSettings.objects.filter(pk=instance.settings_id).values_list("site_id", flat=True).first()
        if site_id is not None:
            from django.core.cache import cache

            cache.delete(PortalSettings.cache_key(site_id))
    purge_all()


def connect():
    from wagtail.models import Site

    from .models import PortalSettings, PortalSettingsTranslation

    post_save.connect(forget_portal_translation, sender=PortalSettingsTranslation, dispatch_uid="portal-translation-forget-save")
    post_delete.connect(forget_portal_translation, sender=PortalSettingsTranslation, dispatch_uid="portal-translation-forget-delete")

    post_save.connect(forget_portal_settings, sender=PortalSettings, dispatch_uid="portal-settings-forget-save")
    post_delete.connect(forget_portal_settings, sender=PortalSettings, dispatch_uid="portal-settings-forget-delete")
    for model in (PortalSettings, Site):
        post_save.connect(purge_everything, sender=model, dispatch_uid=f"page-cache-purge-save-{model.__name__}")
        post_delete.connect(purge_everything, sender=model, dispatch_uid=f"page-cache-purge-delete-{model.__name__}")
