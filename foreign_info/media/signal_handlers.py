"""Files follow their clip: deleting a clip, or replacing its file, leaves no orphan on disk."""

from django.db import transaction
from django.db.models.signals import post_delete


def delete_clip_files(sender, instance, **kwargs):
    files = [field for field in (instance.original, instance.web_file) if field]
    names = {field.name for field in files}

    def delete():
        for field in files:
            if field.name in names:
                field.storage.delete(field.name)
                names.discard(field.name)

    transaction.on_commit(delete)


def connect():
    from .models import VideoClip

    post_delete.connect(delete_clip_files, sender=VideoClip, dispatch_uid="media.delete_clip_files")
