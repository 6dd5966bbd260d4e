"""A published kit or statement is announced to its subscribers (announcements.py), after the
commit and through the task queue."""

from wagtail.signals import page_published


def on_published(sender, instance, **kwargs):
    from .announcements import schedule

    schedule(instance)


def connect():
    from foreign_info.presskits.models import PressKitPage
    from foreign_info.statements.models import StatementPage

    for model in (PressKitPage, StatementPage):
        page_published.connect(on_published, sender=model, dispatch_uid=f"subscriptions-announce-{model._meta.label_lower}")
