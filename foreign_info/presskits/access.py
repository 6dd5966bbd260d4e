"""Personal access links for accredited journalists: a signed token, no password.

Contract:
- `issue_token(accreditation)` signs (accreditation id, token version) with a timestamp, as
  slash-separated parts: Wagtail serves page URLs made only of segments of letters, digits, "-"
  and "_", which the signer's ":" separators are not (the press room's route is `access/<path:token>/`). A token is
  accepted by `read_token` only while: its signature is intact, it is younger than the
  ACCESS_LINK_DAYS setting, its accreditation is approved, not past `access_expires_at`, not revoked,
  and still on the token version it was issued with (revoking bumps the version, so every link
  issued before stops working at once). Otherwise `AccessDenied` says which of these failed.
- `grant(request, accreditation)` remembers the journalist in the session after a link was used;
  `journalist_for(request)` re-checks the accreditation on every request (a revoked journalist
  loses access immediately) and costs no query for readers without that session key.
- `log_use(...)` records every use (models.AccessLogEntry).
"""

from django.core import signing
from django.utils import timezone

from .settings import presskit_setting

SALT = "foreign_info.presskits.access"
SESSION_KEY = "presskits_journalist"


class AccessDenied(Exception):
    TAMPERED = "tampered"
    EXPIRED = "expired"
    REVOKED = "revoked"

    def __init__(self, reason, accreditation=None):
        super().__init__(reason)
        self.reason = reason
        self.accreditation = accreditation


def issue_token(accreditation):
    return signing.dumps({"a": accreditation.pk, "v": accreditation.token_version}, salt=SALT).replace(":", "/")


def read_token(token):
    from .models import AccreditationRequest

    max_age = presskit_setting("ACCESS_LINK_DAYS") * 24 * 3600
    try:
        payload = signing.loads(token.replace("/", ":"), salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise AccessDenied(AccessDenied.EXPIRED) from error
    except signing.BadSignature as error:
        raise AccessDenied(AccessDenied.TAMPERED) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("a"), int) or not isinstance(payload.get("v"), int):
        raise AccessDenied(AccessDenied.TAMPERED)
    accreditation = AccreditationRequest.objects.filter(pk=payload["a"]).first()
    if accreditation is None:
        raise AccessDenied(AccessDenied.REVOKED)
    check_access(accreditation, payload["v"])
    return accreditation


def check_access(accreditation, version):
    if accreditation.status != accreditation.Status.APPROVED or accreditation.access_revoked_at or version != accreditation.token_version:
        raise AccessDenied(AccessDenied.REVOKED, accreditation)
    if accreditation.access_expires_at is not None and accreditation.access_expires_at <= timezone.now():
        raise AccessDenied(AccessDenied.EXPIRED, accreditation)


def grant(request, accreditation):
    request.session[SESSION_KEY] = {"a": accreditation.pk, "v": accreditation.token_version}


def journalist_for(request):
    """The accredited journalist behind this request, or None."""
    from .models import AccreditationRequest

    if not hasattr(request, "session"):
        return None
    cached = getattr(request, "_presskits_journalist", False)
    if cached is not False:
        return cached
    journalist = None
    remembered = request.session.get(SESSION_KEY)
    if isinstance(remembered, dict):
        accreditation = AccreditationRequest.objects.filter(pk=remembered.get("a")).first()
        if accreditation is not None:
            try:
                check_access(accreditation, remembered.get("v"))
                journalist = accreditation
            except AccessDenied:
                request.session.pop(SESSION_KEY, None)
    request._presskits_journalist = journalist
    return journalist


def log_use(accreditation, action, kit=None):
    from .models import AccessLogEntry

    AccessLogEntry.objects.create(accreditation=accreditation, action=action, kit=kit)
