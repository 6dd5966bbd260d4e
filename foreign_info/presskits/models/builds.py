"""Stored ZIPs of press kits, and the index of what each live kit contains.

KitBuild: one row per fingerprint (kit revision, item revisions, language, resolution). The unique
fingerprint is what stops two concurrent requests from building the same ZIP twice: the second
insert fails and that request waits for the first build instead.

KitItemLink: which pages, photos and documents a live kit contains, rebuilt whenever a kit is
published or unpublished. The embargo (embargo.py) reads it to hide what only embargoed kits contain
without parsing every kit's StreamFields on each request.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class KitBuild(models.Model):
    class Status(models.TextChoices):
        BUILDING = "building", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be prepared")

    kit = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(max_length=64, unique=True)
    language = models.CharField(max_length=16)  # a language code, or "all"
    resolution = models.CharField(max_length=16)  # "web" or "original"
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.BUILDING)
    progress = models.PositiveSmallIntegerField(default=0)
    file = models.FileField(upload_to="presskits/builds/", blank=True)
    size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["kit", "language", "resolution"])]

    def __str__(self):
        return f"{self.kit_id}/{self.language}/{self.resolution} ({self.status})"


class KitItemLink(models.Model):
    class Kind(models.TextChoices):
        PAGE = "page", _("page")
        IMAGE = "image", _("photo")
        DOCUMENT = "document", _("document")

    kit = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    # Pages are linked by translation key (every translation of the page); photos and documents by id.
    page_key = models.UUIDField(null=True, blank=True, db_index=True)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self):
        return f"{self.kit_id}: {self.kind} {self.page_key or self.object_id}"
