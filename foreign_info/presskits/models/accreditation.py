"""Accreditation of foreign journalists: their request, the editors' decision, and every use of
the personal access link an approved journalist receives (access.py signs and checks the link)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from foreign_info.core.languages import choices as language_choices


class AccreditationRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("full name"), max_length=120)
    outlet = models.CharField(_("media outlet"), max_length=200)
    outlet_country = CountryField(_("country of the outlet"))
    nationality = CountryField(_("nationality"))
    position = models.CharField(_("position"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=32)
    languages = models.JSONField(_("working languages"), default=list)
    purpose = models.TextField(_("purpose of the visit"), max_length=2000)
    visit_start = models.DateField(_("visit from"))
    visit_end = models.DateField(_("visit until"))
    consent = models.BooleanField(_("consent to data processing"), default=False)
    # The language the journalist wrote in: every message to them is in it.
    language = models.CharField(_("language"), max_length=16, choices=language_choices)
    # The press room they applied through: their access link opens its translation in their
    # language (a portal may have several sections, each with its own press room).
    press_room = models.ForeignKey("wagtailcore.Page", verbose_name=_("press room"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    rejection_reason = models.TextField(_("reason for rejection"), max_length=2000, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Bumped to revoke every link issued so far; a link carries the version it was signed with.
    token_version = models.PositiveIntegerField(default=1, editable=False)
    access_expires_at = models.DateTimeField(_("access link valid until"), null=True, blank=True)
    access_revoked_at = models.DateTimeField(_("access revoked at"), null=True, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    # What the journalist fills in on the public form (and the officers' inspect view shows first).
    JOURNALIST_FIELDS = (
        "name",
        "outlet",
        "outlet_country",
        "nationality",
        "position",
        "email",
        "phone",
        "languages",
        "purpose",
        "visit_start",
        "visit_end",
        "consent",
    )

    class Meta:
        verbose_name = _("accreditation request")
        verbose_name_plural = _("accreditation requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.name} ({self.outlet})"


class AccessLogEntry(models.Model):
    """One use of a journalist's personal link: which kit, what was done, when."""

    class Action(models.TextChoices):
        OPENED = "opened", _("Opened the access link")
        VIEWED = "viewed", _("Viewed a kit")
        DOWNLOADED = "downloaded", _("Downloaded a kit")
        REFUSED = "refused", _("Refused (expired or revoked link)")

    accreditation = models.ForeignKey(AccreditationRequest, on_delete=models.CASCADE, related_name="access_log")
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    kit = models.ForeignKey("wagtailcore.Page", verbose_name=_("kit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d %H:%M})"
