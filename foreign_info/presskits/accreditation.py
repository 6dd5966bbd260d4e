"""Accreditation of foreign journalists, from the public form to the personal link and back out.

Contract:
- `submit(form, room, request)` stores a valid request in the language of the press room it was
  sent from (the journalist's language), acknowledges it to the journalist by e-mail in that
  language and tells the portal (PortalSettings.email, if set) in Vietnamese.
- `rate_limited(request)` / `count_submission(request)`: at most ACCREDITATION_RATE_PER_HOUR
  accepted submissions (honeypot catches included) per network address per clock hour, counted
  atomically in the database under a keyed hash of the address (foreign_info.core.ratelimit: no
  cache cull resets it); the raw address is stored nowhere. Invalid
  submissions are not counted, so a journalist correcting typos is never locked out.
- `approve`, `reject`, `revoke`, `resend` are the press officers' decisions. Each checks that it
  makes sense in the request's current state (else `ActionRefused` with a message for the officer)
  and e-mails the journalist in their language (returning False if the mail server failed: the
  decision stands, and the officer is told). Approving bumps the token version, so only links
  from the latest approval work; revoking bumps it too, so every link issued so far dies at once.
- `export(accreditation)` is everything stored about the person (JSON-ready); `erase` deletes it.
- `purge()` erases what the retention period (PERSONAL_DATA_RETENTION_DAYS) no longer allows.
"""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from foreign_info.core import ratelimit
from foreign_info.core.client import client_address
from foreign_info.core.languages import SOURCE_LANGUAGE

from . import access
from .models import AccessLogEntry, AccreditationRequest, PressRoomPage
from .settings import presskit_setting

logger = logging.getLogger(__name__)
RATE_SCOPE = "accreditation"


class ActionRefused(Exception):
    """A decision that does not fit the request's state; the message is for the press officer."""


# Submissions


def rate_key(request):
    """The counter's key: a keyed hash of the reader's address (foreign_info.core.client), which
    behind TRUSTED_PROXY_COUNT proxies is the address they saw, never one the client wrote."""
    return ratelimit.key_for(RATE_SCOPE, client_address(request))


def rate_limited(request):
    return ratelimit.current(RATE_SCOPE, client_address(request), 3600) >= presskit_setting("ACCREDITATION_RATE_PER_HOUR")


def count_submission(request):
    ratelimit.count(RATE_SCOPE, client_address(request), 3600)


def submit(form, room, request):
    accreditation = form.save(commit=False)
    accreditation.language = room.locale.language_code
    accreditation.press_room = room
    accreditation.save()
    transaction.on_commit(lambda: notify_received(accreditation, request))
    return accreditation


def notify_received(accreditation, request):
    mail(accreditation, "acknowledgement", gettext_lazy("We have received your accreditation request"))
    from foreign_info.core.models import PortalSettings

    portal = PortalSettings.for_request_cached(request)
    if portal is not None and portal.email:
        from django.urls import reverse

        context = {"accreditation": accreditation, "admin_url": admin_url(reverse("presskits_accreditation:inspect", args=[accreditation.pk]))}
        subject = gettext_lazy("New accreditation request: %(name)s (%(outlet)s)")
        deliver(SOURCE_LANGUAGE, portal.email, subject, {"name": accreditation.name, "outlet": accreditation.outlet}, "new_request", context)


def admin_url(path):
    from django.conf import settings

    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + path


def mail(accreditation, template, subject, **context):
    """E-mail the journalist in their language; True if the mail server took the message."""
    return deliver(accreditation.language, accreditation.email, subject, {}, template, {"accreditation": accreditation, **context})


def deliver(language, address, subject, subject_values, template, context):
    """Send one e-mail in `language` (`subject` is lazy, so it is translated here). A mail server
    that fails is logged and reported as False: the request or decision is stored either way, and
    the officer can send a new link later."""
    with translation.override(language):
        try:
            send_mail(str(subject) % subject_values, render_to_string(f"presskits/emails/{template}.txt", context), None, [address])
        except (OSError, ValueError, smtplib.SMTPException):  # network, refused address, bad header
            logger.exception("Accreditation e-mail %s to %s failed", template, address)
            return False
    return True


# Decisions


def approve(accreditation, user, now=None):
    now = now or timezone.now()
    if accreditation.status == AccreditationRequest.Status.APPROVED and not accreditation.access_revoked_at:
        raise ActionRefused(_("This request is already approved; send a new link instead."))
    link_room = room_for(accreditation)
    accreditation.status = AccreditationRequest.Status.APPROVED
    accreditation.rejection_reason = ""
    accreditation.decided_by = user
    accreditation.decided_at = now
    accreditation.access_revoked_at = None
    accreditation.access_expires_at = now + timedelta(days=presskit_setting("ACCESS_LINK_DAYS"))
    accreditation.token_version = F("token_version") + 1
    accreditation.save()
    accreditation.refresh_from_db()
    return send_link(accreditation, link_room)


def reject(accreditation, user, reason, now=None):
    if accreditation.status != AccreditationRequest.Status.PENDING:
        raise ActionRefused(_("Only a request waiting for review can be rejected; revoke the access of an approved journalist instead."))
    accreditation.status = AccreditationRequest.Status.REJECTED
    accreditation.rejection_reason = reason
    accreditation.decided_by = user
    accreditation.decided_at = now or timezone.now()
    accreditation.save()
    return mail(accreditation, "rejected", gettext_lazy("Your accreditation request"))


def revoke(accreditation, now=None):
    if accreditation.status != AccreditationRequest.Status.APPROVED or accreditation.access_revoked_at:
        raise ActionRefused(_("This journalist has no access to revoke."))
    accreditation.access_revoked_at = now or timezone.now()
    accreditation.token_version = F("token_version") + 1
    accreditation.save()
    accreditation.refresh_from_db()


def resend(accreditation, now=None):
    """A fresh link, valid ACCESS_LINK_DAYS from now (earlier links keep working until then)."""
    if accreditation.status != AccreditationRequest.Status.APPROVED or accreditation.access_revoked_at:
        raise ActionRefused(_("Only an approved journalist whose access is not revoked can receive a new link."))
    link_room = room_for(accreditation)
    accreditation.access_expires_at = (now or timezone.now()) + timedelta(days=presskit_setting("ACCESS_LINK_DAYS"))
    accreditation.save(update_fields=["access_expires_at"])
    return send_link(accreditation, link_room)


def room_for(accreditation):
    """The live press room in the journalist's language: the translation of the room they applied
    through, else the source-language room, else any room in their language or in Vietnamese."""
    rooms = PressRoomPage.objects.live()
    if accreditation.press_room_id:
        key = PressRoomPage.objects.filter(pk=accreditation.press_room_id).values_list("translation_key", flat=True).first()
        for code in (accreditation.language, SOURCE_LANGUAGE):
            room = rooms.filter(translation_key=key, locale__language_code=code).first()
            if room is not None:
                return room
    for code in (accreditation.language, SOURCE_LANGUAGE):
        room = rooms.filter(locale__language_code=code).order_by("path").first()
        if room is not None:
            return room
    raise ActionRefused(_("There is no published press room to send a link to; publish the press room first."))


def access_url(accreditation, room):
    return room.get_full_url() + room.reverse_subpage("access", args=[access.issue_token(accreditation)])


def send_link(accreditation, room):
    return mail(accreditation, "approved", gettext_lazy("Your accreditation is approved"), link=access_url(accreditation, room), room_url=room.get_full_url())


# Personal data


def export(accreditation):
    """Everything stored about the person, for a download they asked for."""
    fields = [field.name for field in AccreditationRequest._meta.concrete_fields]
    data = {name: getattr(accreditation, name) for name in fields if name not in ("decided_by", "press_room")}
    data["outlet_country"] = accreditation.outlet_country.code
    data["nationality"] = accreditation.nationality.code
    data["decided_by"] = accreditation.decided_by.get_username() if accreditation.decided_by else None
    data["press_room"] = accreditation.press_room.url_path if accreditation.press_room else None
    log = [{"action": entry.action, "kit": entry.kit.title if entry.kit else None, "at": entry.at} for entry in accreditation.access_log.select_related("kit")]
    return {"accreditation_request": data, "access_log": log}


def erase(accreditation):
    """Delete the request and its access log; returns (requests, log entries) deleted."""
    return erase_queryset(AccreditationRequest.objects.filter(pk=accreditation.pk))


def erase_queryset(requests):
    with transaction.atomic():
        entries = AccessLogEntry.objects.filter(accreditation__in=requests).count()
        _total, by_model = requests.delete()
    return by_model.get(AccreditationRequest._meta.label, 0), entries


def expired(now=None):
    """Requests past their retention: decided (or, pending, received) more than
    PERSONAL_DATA_RETENTION_DAYS ago. An approved journalist's data stay while their access runs
    (a resent link keeps them in use), and for the retention period after it ends."""
    cutoff = (now or timezone.now()) - timedelta(days=presskit_setting("PERSONAL_DATA_RETENTION_DAYS"))
    decided = Q(decided_at__lt=cutoff) & (Q(access_expires_at__isnull=True) | Q(access_expires_at__lt=cutoff))
    forgotten = Q(status=AccreditationRequest.Status.PENDING, created_at__lt=cutoff)
    return AccreditationRequest.objects.filter(decided | forgotten)


def purge(now=None):
    return erase_queryset(expired(now))
