"""The clip upload form: the file is probed before anything is stored, so a rejected upload leaves
no row and no file; an accepted one gets its facts, a poster and, if needed, a transcoding task."""

import os

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images.forms import BaseImageForm

from . import library, limits
from .probe import ClipRejected, probe


class VideoClipForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.facts = None
        self.replaced_files = (
            [field.name for field in (self.instance.original, self.instance.web_file, self.instance.standby_file) if field] if self.instance.pk else []
        )
        playable = self.instance.playable_file if self.instance.pk else None
        self.previous_playable = playable.name if playable else ""

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
        if not clip.uploaded_by_user_id and self.for_user is not None and self.for_user.is_authenticated:
            clip.uploaded_by_user = self.for_user
        # A new file gets a new poster unless the editor chose one in the same form.
        new_poster = "poster" not in self.changed_data or not self.cleaned_data.get("poster")
        return library.store(
            clip,
            self.facts,
            save=lambda: super(VideoClipForm, self).save(commit=True),
            new_poster=new_poster,
            replaced_files=self.replaced_files,
            previous_playable=self.previous_playable,
        )


DAMAGED_IMAGE = gettext_lazy("This image file is damaged or incomplete. Export it again and upload the new file.")


class PortalImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) plus a full decode of the upload.

    Wagtail reads only the header, so a JPEG cut short or damaged in transfer is accepted and then
    fails when its renditions are made, on a public page. Decoding it here costs a fraction of a
    second and turns that into a message for the editor. Wagtail's own header checks can raise
    OSError on such files too (a 500): those become the same message."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            wagtail_to_python = field.to_python

            def to_python(data):
                try:
                    return wagtail_to_python(data)
                except (OSError, ValueError, SyntaxError) as error:
                    raise forms.ValidationError(DAMAGED_IMAGE) from error

            field.to_python = to_python

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        try:
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()
        except Image.DecompressionBombError as error:
            raise forms.ValidationError(_("This image has too many pixels to be processed safely.")) from error
        except (OSError, ValueError, SyntaxError) as error:
            raise forms.ValidationError(DAMAGED_IMAGE) from error
        finally:
            upload.seek(0)
        return upload
