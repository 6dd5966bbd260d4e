"""A Vietnamese statement published opens the urgent lane for its translations."""

from wagtail.signals import page_published

from foreign_info.core.languages import SOURCE_LANGUAGE


def on_page_published(sender, instance, **kwargs):
    from . import urgent

    if instance.locale.language_code == SOURCE_LANGUAGE:
        urgent.open_lane(instance)


def connect():
    from .models import StatementPage

    # Connected after the translation app's handler (this app comes later in INSTALLED_APPS), which
    # creates or refreshes the jobs this one makes urgent.
    page_published.connect(on_page_published, sender=StatementPage, dispatch_uid="statements_urgent_lane")
