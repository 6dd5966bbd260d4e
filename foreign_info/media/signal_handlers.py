"""Files follow their clip: deleting a clip, or replacing its file, leaves no orphan on disk.
Photos are made safe before they are stored: no GPS position, no HEIC (photos.py)."""

import os

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save


def delete_clip_files(sender, instance, **kwargs):
    files = [field for field in (instance.original, instance.web_file, instance.standby_file) if field]

    def delete():
        for field in files:
            field.storage.delete(field.name)

    transaction.on_commit(delete)


def prepare_photo(sender, instance, raw=False, **kwargs):
    file = instance.file
    if raw or not file or getattr(file, "_committed", True):
        return  # not a new upload
    from . import photos

    prepared = photos.prepare(file, os.path.basename(file.name))
    instance._capture = prepared
    if prepared.content is not None:
        instance.file = ContentFile(prepared.content, name=prepared.name)
        instance.width, instance.height = prepared.size
        instance.file_size = len(prepared.content)
        instance.file_hash = ""  # recomputed by Wagtail on first use


def record_capture(sender, instance, created, raw=False, **kwargs):
    prepared = getattr(instance, "_capture", None)
    if raw or prepared is None or (prepared.taken_on is None and not prepared.place):
        return
    from .models import PhotoCapture

    PhotoCapture.objects.update_or_create(image=instance, defaults={"taken_on": prepared.taken_on, "place": prepared.place[:120]})
    del instance._capture


def connect():
    from wagtail.images import get_image_model

    from .models import VideoClip

    image_model = get_image_model()
    post_delete.connect(delete_clip_files, sender=VideoClip, dispatch_uid="media.delete_clip_files")
    pre_save.connect(prepare_photo, sender=image_model, dispatch_uid="media.prepare_photo")
    post_save.connect(record_capture, sender=image_model, dispatch_uid="media.record_capture")
