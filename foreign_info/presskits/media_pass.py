"""A short-lived pass with which nginx sends private files itself, once Django has checked the viewer.

Contract:
- `attach(request, response)` is called by the checking view (private_media.serve) when it has
  just sent a still-embargoed file to a viewer allowed to see it. It sets two cookies, limited to
  PRIVATE_MEDIA_URL: `portal_media_expires` (a Unix time, PRIVATE_MEDIA_PASS_SECONDS ahead) and
  `portal_media_pass`, the unpadded base64url MD5 of
  "<expires><session key> <PRIVATE_MEDIA_PASS_SECRET>": exactly what nginx's `secure_link_md5` in
  deploy/nginx computes from the same cookies. It does nothing without a secret, without a session
  cookie, or while the browser holds a pass of this session with more than half its life left.
- nginx's `/private-media/` location sends a file from PRIVATE_MEDIA_ROOT by itself when the pass
  matches the request's own session cookie and has not expired. Without one, with a forged, expired
  or borrowed pass, or for a file no longer private (released since), it asks Django, which checks
  as before (and redirects a released file to its public URL).

Why: a trip through gunicorn for every embargoed photo halved their speed against released ones
(bench/production.py). The pass grants what the view would grant the same session (the view serves
every still-hidden file to the same viewers: accredited journalists and admin users), for at most
PRIVATE_MEDIA_PASS_SECONDS: a revoked access link keeps working that long, as a signed S3 URL
would; logging out changes the session key, which voids the pass. MD5 because it is what
nginx's secure_link offers; it is keyed by a secret that only nginx and Django know, and bound to
a session key that the server chose.
"""

import base64
import hashlib
import hmac
import time

from django.conf import settings

PASS_COOKIE = "portal_media_pass"
EXPIRES_COOKIE = "portal_media_expires"


def signature(expires, session_key, secret):
    digest = hashlib.md5(f"{expires}{session_key} {secret}".encode(), usedforsecurity=True).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def seconds():
    return int(getattr(settings, "PRIVATE_MEDIA_PASS_SECONDS", 300))


def held_long_enough(request, session_key, secret, now):
    """Whether the browser already holds a pass of this session with more than half its life left."""
    try:
        expires = int(request.COOKIES.get(EXPIRES_COOKIE, ""))
    except ValueError:
        return False
    held = request.COOKIES.get(PASS_COOKIE, "")
    return expires - now > seconds() / 2 and hmac.compare_digest(held, signature(expires, session_key, secret))


def attach(request, response):
    secret = getattr(settings, "PRIVATE_MEDIA_PASS_SECRET", "")
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
    now = int(time.time())
    if not secret or not session_key or held_long_enough(request, session_key, secret, now):
        return response
    expires = now + seconds()
    options = {
        "max_age": seconds(),
        "path": settings.PRIVATE_MEDIA_URL,
        "secure": settings.SESSION_COOKIE_SECURE,
        "httponly": True,
        "samesite": "Lax",
    }
    response.set_cookie(PASS_COOKIE, signature(expires, session_key, secret), **options)
    response.set_cookie(EXPIRES_COOKIE, str(expires), **options)
    return response
