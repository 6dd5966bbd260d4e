"""Files follow their clip: deleting a clip, or replacing its file, leaves no orphan on disk.
Photos are made safe before they are stored: no GPS position, no HEIC (photos.py); the date they
were taken is kept for photo stories, the GPS position never (it is nobody's public place name)."""

import io
import os

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.utils.file import hash_filelike


def delete_clip_files(sender, instance, **kwargs):
    files = [field for field in (instance.original, instance.web_file, instance.standby_file) if field]

    def delete():
        for field in files:
            field.storage.delete(field.name)

    transaction.on_commit(delete)


def prepare_photo(sender, instance, raw=False, **kwargs):
    """A new file, or the file of a new image: Wagtail's multiple upload stores the file in the
    image's storage *before* saving a new image (create_from_uploaded_image), so "not yet committed"
    alone would let that path keep the GPS position."""
    file = instance.file
    committed = getattr(file, "_committed", True)
    if raw or not file or (committed and instance.pk is not None):
        return  # not a new upload
    from . import photos

    prepared = photos.prepare(file, os.path.basename(file.name))
    instance._capture = prepared
    if prepared.content is not None:
        if committed:  # the stored original still carries the position: it goes
            stored_name, storage = file.name, file.storage
            file.close()
            transaction.on_commit(lambda: storage.delete(stored_name))
        instance.file = ContentFile(prepared.content, name=prepared.name)
        instance.width, instance.height = prepared.size
        instance.file_size = len(prepared.content)
        # The hash of what is stored: Wagtail's duplicate warning compares it, and an empty one
        # matched every other rewritten photo.
        instance.file_hash = hash_filelike(io.BytesIO(prepared.content))


def record_capture(sender, instance, created, raw=False, **kwargs):
    prepared = getattr(instance, "_capture", None)
    if raw or prepared is None or prepared.taken_on is None:
        return
    from .models import PhotoCapture

    PhotoCapture.objects.update_or_create(image=instance, defaults={"taken_on": prepared.taken_on})
    del instance._capture


def connect():
    from wagtail.images import get_image_model

    from .models import VideoClip

    image_model = get_image_model()
    post_delete.connect(delete_clip_files, sender=VideoClip, dispatch_uid="media.delete_clip_files")
    pre_save.connect(prepare_photo, sender=image_model, dispatch_uid="media.prepare_photo")
    post_save.connect(record_capture, sender=image_model, dispatch_uid="media.record_capture")
