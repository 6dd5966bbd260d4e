"""The clip upload form: the file is probed before anything is stored, so a rejected upload leaves
no row and no file; an accepted one gets its facts, a poster and, if needed, a transcoding task."""

import os

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import limits
from .posters import make_poster
from .probe import ClipRejected, probe


class VideoClipForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.facts = None
        self.replaced_files = [field.name for field in (self.instance.original, self.instance.web_file) if field] if self.instance.pk else []

    def clean_original(self):
        upload = self.cleaned_data.get("original")
        if not isinstance(upload, UploadedFile):
            return upload
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        if extension not in limits.allowed_extensions():
            raise forms.ValidationError(_("Upload an MP4, WebM or MOV clip, not a .%(extension)s file.") % {"extension": extension or "?"})
        try:
            path = upload.temporary_file_path()
        except AttributeError:
            path = None
        try:
            self.facts = probe(path or upload.file)
        except ClipRejected as error:
            raise forms.ValidationError(str(error)) from error
        return upload

    def save(self, commit=True):
        if not commit or self.facts is None:
            return super().save(commit=commit)
        clip = self.instance
        apply_facts(clip, self.facts)
        if not clip.uploaded_by_user_id and self.for_user is not None and self.for_user.is_authenticated:
            clip.uploaded_by_user = self.for_user
        try:
            with transaction.atomic():
                clip = super().save(commit=True)
                if clip.poster_id is None or "poster" not in self.changed_data and self.replaced_files:
                    with clip.original.open("rb") as file:
                        clip.poster = make_poster(clip, file)
                    clip.save(update_fields=["poster"])
        except Exception:
            if clip.original and clip.original.name not in self.replaced_files:
                clip.original.storage.delete(clip.original.name)
            raise
        forget_files(clip, self.replaced_files)
        if not clip.web_ready:
            from .tasks import transcode_clip

            transcode_clip.enqueue(clip.pk)
        return clip


def apply_facts(clip, facts):
    clip.container = facts.container[:64]
    clip.video_codec = facts.video_codec
    clip.audio_codec = facts.audio_codec
    clip.width, clip.height = facts.width, facts.height
    clip.duration = facts.duration
    clip.bit_rate = facts.bit_rate
    clip.file_size = clip.original.size if clip.original else 0
    clip.web_ready = facts.web_ready and facts.rotation == 0
    clip.status = clip.Status.READY if clip.web_ready else clip.Status.PROCESSING
    clip.progress = 100 if clip.web_ready else 0
    clip.error = ""
    clip.web_file = ""


def forget_files(clip, names):
    """Files of a replaced upload, once the new one is stored."""
    current = {clip.original.name, clip.web_file.name}
    for name in names:
        if name not in current:
            transaction.on_commit(lambda name=name: clip.original.storage.delete(name))
