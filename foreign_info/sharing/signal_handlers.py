"""A page published again gets a new card (its headline or photo may have changed); unpublished,
it keeps none."""

from wagtail.signals import page_published, page_unpublished


def forget_card(sender, instance, **kwargs):
    from .store import forget

    forget(instance)


def connect():
    page_published.connect(forget_card, dispatch_uid="sharing-forget-card-published")
    page_unpublished.connect(forget_card, dispatch_uid="sharing-forget-card-unpublished")
