"""Keep the page cache honest: publishing or unpublishing a page forgets it and the listings that
show it in every language; moves, slug changes and deletions change URLs, so they forget everything;
so do topic edits, which show in every page's navigation."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import cache_paths


def on_page_published(sender, instance, **kwargs):
    cache_paths.forget_page(instance)


def on_urls_changed(sender, **kwargs):
    cache_paths.forget_everything()


def connect():
    from wagtail.models import Page

    from .models import Topic

    page_published.connect(on_page_published, dispatch_uid="publishing-forget-published")
    page_unpublished.connect(on_page_published, dispatch_uid="publishing-forget-unpublished")
    page_slug_changed.connect(on_urls_changed, dispatch_uid="publishing-forget-slug")
    post_page_move.connect(on_urls_changed, dispatch_uid="publishing-forget-move")
    post_delete.connect(on_urls_changed, sender=Page, dispatch_uid="publishing-forget-delete")
    post_save.connect(on_urls_changed, sender=Topic, dispatch_uid="publishing-forget-topic-save")
    post_delete.connect(on_urls_changed, sender=Topic, dispatch_uid="publishing-forget-topic-delete")
