"""The video library: clips uploaded once and chosen by any page, in any language.

A clip keeps the file the editor uploaded (`original`) and, when that file does not play in every
browser, a web copy made in the background (`web_file`, see tasks.py). Facts read by probe.py
are stored so that pages, JSON-LD and the admin never open the video file again.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from foreign_info.core.search import WordSegmentedIndex

from .probe import orientation_of


class VideoClip(WordSegmentedIndex, index.Indexed, models.Model):
    class Status(models.TextChoices):
        PROCESSING = "processing", _("Preparing for the web")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be prepared")

    title = models.CharField(_("title"), max_length=255)
    original = models.FileField(_("video file"), upload_to="clips/original/%Y/%m/", help_text=_("MP4, WebM or MOV"))
    web_file = models.FileField(_("web copy"), upload_to="clips/web/%Y/%m/", blank=True, editable=False)
    # When the file of a clip that plays is replaced by one that must be transcoded first, readers
    # keep the previous playable file until the new web copy is ready (or if it fails).
    standby_file = models.FileField(upload_to="clips/web/%Y/%m/", blank=True, editable=False)
    poster = models.ForeignKey(
        "core.PortalImage",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Taken from the clip automatically; choose another image to replace it"),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True, help_text=_("Camera operator and agency"))

    container = models.CharField(max_length=64, editable=False, blank=True)
    video_codec = models.CharField(max_length=32, editable=False, blank=True)
    audio_codec = models.CharField(max_length=32, editable=False, blank=True)
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    duration = models.FloatField(default=0, editable=False)
    bit_rate = models.PositiveBigIntegerField(default=0, editable=False)
    file_size = models.PositiveBigIntegerField(default=0, editable=False)
    web_ready = models.BooleanField(default=False, editable=False, help_text="The original plays in browsers as it is")

    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PROCESSING, editable=False)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, editable=False)
    error = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    uploaded_by_user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+")

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("video clip")
        verbose_name_plural = _("video clips")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        from foreign_info.core.credits import bare_credit

        self.credit = bare_credit(self.credit)  # templates add the "Video:" label
        super().save(*args, **kwargs)

    @property
    def orientation(self):
        return orientation_of(self.width, self.height)

    def get_orientation_display(self):
        return {"vertical": _("Vertical (9:16)"), "square": _("Square"), "landscape": _("Landscape (16:9)")}.get(self.orientation, "")

    @property
    def playable_file(self):
        """The file readers get, or None while there is none that every browser plays."""
        if self.status != self.Status.READY:
            return self.standby_file or None
        if self.web_file:
            return self.web_file
        return self.original if self.web_ready else None

    @property
    def is_playable(self):
        return self.playable_file is not None

    def status_text(self):
        if self.status == self.Status.PROCESSING and self.standby_file:
            return _("Preparing the new file for the web: %(progress)d%%. Pages play the previous file meanwhile.") % {"progress": self.progress}
        if self.status == self.Status.PROCESSING:
            return _("Preparing for the web: %(progress)d%%") % {"progress": self.progress}
        if self.status == self.Status.FAILED:
            return _("Could not be prepared: %(error)s") % {"error": self.error}
        return self.get_status_display()

    status_text.short_description = _("status")


class PhotoCapture(models.Model):
    """When a photo was taken, read from its EXIF at upload (photos.py). It prefills photo-story
    items; the GPS position is removed from the file and never kept (exif.py says why)."""

    image = models.OneToOneField("core.PortalImage", on_delete=models.CASCADE, related_name="capture")
    taken_on = models.DateField(null=True, blank=True)

    def __str__(self):
        return f"{self.image_id}: {self.taken_on}"
