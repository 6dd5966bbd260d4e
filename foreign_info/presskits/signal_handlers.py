"""A kit's published contents feed the embargo index (embargo.py); any change to a kit forgets the
cached embargo answer, so what the public sees follows the kit at once.

Publishing or unpublishing a kit also forgets the cached copies of every page it contains, before
and after the change: a page put into an embargoed kit disappears, one taken out (or whose kit is
withdrawn) comes back. The section's listings, feeds and sitemap are forgotten by `publishing`'s own
handler, which finds the section above the kit. The press room and kit pages themselves are never
in the page cache: an accredited journalist sees different kits there than the public.
After migrate, the "Press officers" group exists (groups.py).

Files follow the embargo (private_media.py): any publication, withdrawal, saved page draft, or saved
photo, document or clip recomputes what is hidden and moves files once the transaction has committed.
"""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_unpublished


def is_kit(instance):
    from .models import PressKitPage

    return isinstance(instance, PressKitPage)


def linked_page_keys(kit_id):
    from .models import KitItemLink

    return set(KitItemLink.objects.filter(kit_id=kit_id, kind=KitItemLink.Kind.PAGE).values_list("page_key", flat=True))


def forget_cached_pages(keys):
    from foreign_info.core.page_cache import purge_paths
    from foreign_info.publishing.cache_paths import paths_of_pages

    if keys:
        purge_paths(paths_of_pages(keys))


def on_press_room_changed(sender, instance, **kwargs):
    """Every page's header links the press room (templatetags/press_tags.py): publishing,
    unpublishing or deleting one forgets the cached link."""
    from .templatetags.press_tags import forget_press_room_links

    forget_press_room_links()


def on_published(sender, instance, **kwargs):
    if is_kit(instance):
        from .embargo import refresh_links

        before = linked_page_keys(instance.pk)
        refresh_links(instance)
        forget_cached_pages(before | linked_page_keys(instance.pk))


def on_unpublished(sender, instance, **kwargs):
    if is_kit(instance):
        from .embargo import clear_links

        before = linked_page_keys(instance.pk)
        clear_links(instance.pk)
        forget_cached_pages(before)


def on_deleted(sender, instance, **kwargs):
    if is_kit(instance):
        from .embargo import forget

        forget()


# Wagtail fills these in on first use (file size, hash): the content itself did not change.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def content_changed(sender, instance=None, update_fields=None, **kwargs):
    """Any page, photo, document or clip that changes may be in a kit: its fingerprint is stale."""
    from foreign_info.core import generation

    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    generation.bump()


def page_models():
    from django.apps import apps
    from wagtail.models import Page

    return [model for model in apps.get_models() if issubclass(model, Page)]


def media_privacy_follows(sender, instance=None, **kwargs):
    """A page may start or stop using a file, a clip may get a new web copy: files follow."""
    from wagtail.models import Page, ReferenceIndex

    from .embargo import forget
    from .private_media import schedule_sync

    if kwargs.get("raw"):
        return
    if isinstance(instance, Page):
        # Wagtail updates the index in a background task; whether a file is still used by a public
        # page must be known now (embargo_media.OtherUsers).
        ReferenceIndex.create_or_update_for_object(instance)
        forget()
    schedule_sync()


def draft_saved(sender, instance=None, raw=False, **kwargs):
    """A page's draft was saved: it may attach a photo, document or clip to an embargoed kit or
    page, and that file must be private from now on, not from the publication (embargo_media.py)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from .embargo import forget
    from .private_media import schedule_sync

    if raw or instance.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return
    forget()
    schedule_sync()


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
    from .models import PressKitPage, PressRoomPage

    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(on_press_room_changed, sender=PressRoomPage, dispatch_uid=f"presskits-press-room-link-{id(signal)}")

    post_migrate.connect(on_post_migrate, dispatch_uid="presskits-groups")
    page_published.connect(on_published, sender=PressKitPage)
    page_unpublished.connect(on_unpublished, sender=PressKitPage)
    post_delete.connect(on_deleted, sender=PressKitPage)
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from foreign_info.media.models import VideoClip

    page_published.connect(content_changed, dispatch_uid="presskits-generation-published")
    page_unpublished.connect(content_changed, dispatch_uid="presskits-generation-unpublished")
    for model in (get_image_model(), get_document_model(), VideoClip):
        post_save.connect(content_changed, sender=model, dispatch_uid=f"presskits-generation-{model._meta.label_lower}")
        post_save.connect(media_privacy_follows, sender=model, dispatch_uid=f"presskits-private-media-{model._meta.label_lower}")
    # Per model, not for every sender: a delete receiver of every model would make each queryset
    # delete load its rows first (see foreign_info.core.derived.connect).
    for model in (*page_models(), get_image_model(), get_document_model(), VideoClip):
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"presskits-generation-deleted-{model._meta.label_lower}")
    page_published.connect(media_privacy_follows, dispatch_uid="presskits-private-media-published")
    from wagtail.models import Revision

    post_save.connect(draft_saved, sender=Revision, dispatch_uid="presskits-private-media-draft")
    page_unpublished.connect(media_privacy_follows, dispatch_uid="presskits-private-media-unpublished")
