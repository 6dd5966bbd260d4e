"""Give the award groups their rights after every migrate (their permissions exist only then)."""

from django.db.models.signals import post_migrate


def on_post_migrate(sender, **kwargs):
    if sender.name == "foreign_info.awards":
        from .groups import ensure_groups

        ensure_groups()


def connect():
    post_migrate.connect(on_post_migrate, dispatch_uid="awards-groups")
