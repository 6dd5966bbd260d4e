"""Signed links of a subscription: confirming it (double opt-in) and leaving it.

Contract:
- `confirm_token(subscription, preferences)` signs the subscription's secret key and the
  preferences asked for; `read_confirm_token` accepts it for CONFIRM_DAYS and returns
  (subscription, preferences). Carrying the preferences in the link means a stranger who types a
  subscriber's address into the form changes nothing until that subscriber clicks.
- `unsubscribe_token(subscription)` never expires (a mail from last year must still let its
  reader leave); `read_unsubscribe_token` returns the subscription, or None when it is gone.
- Either reader raises `BadToken` for a tampered or expired link. Tokens use "/" for the signer's
  ":" like the press room's access links (presskits/access.py), so they fit URL segments.
"""

import uuid

from django.core import signing

from .models import Subscription
from .settings import subscription_setting

CONFIRM_SALT = "foreign_info.subscriptions.confirm"
UNSUBSCRIBE_SALT = "foreign_info.subscriptions.unsubscribe"


class BadToken(Exception):
    pass


def confirm_token(subscription, preferences):
    return signing.dumps({"k": str(subscription.key), "p": preferences}, salt=CONFIRM_SALT).replace(":", "/")


def read_confirm_token(token):
    payload = load(token, CONFIRM_SALT, subscription_setting("CONFIRM_DAYS") * 24 * 3600)
    preferences = payload.get("p")
    if not isinstance(preferences, dict):
        raise BadToken
    subscription = Subscription.objects.filter(key=payload.get("k")).first()
    if subscription is None:
        raise BadToken
    return subscription, preferences


def unsubscribe_token(subscription):
    return signing.dumps({"k": str(subscription.key)}, salt=UNSUBSCRIBE_SALT).replace(":", "/")


def read_unsubscribe_token(token):
    return Subscription.objects.filter(key=load(token, UNSUBSCRIBE_SALT, None).get("k")).first()


def load(token, salt, max_age):
    try:
        payload = signing.loads(token.replace("/", ":"), salt=salt, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired included
        raise BadToken from error
    if not isinstance(payload, dict) or not isinstance(payload.get("k"), str):
        raise BadToken
    try:
        uuid.UUID(payload["k"])
    except ValueError as error:
        raise BadToken from error
    return payload
