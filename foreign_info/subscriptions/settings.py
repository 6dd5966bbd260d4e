"""Subscription settings, read through `subscription_setting(name)`; override any of them in
`settings.SUBSCRIPTIONS`. Personal data otherwise follow the accreditation's rules (presskits)."""

from django.conf import settings

DEFAULTS = {
    # A confirmation link works this many days; an unconfirmed subscription is erased after them.
    "CONFIRM_DAYS": 7,
    # The subscribe form: at most this many accepted submissions per hour from one network address.
    "RATE_PER_HOUR": 5,
    # One task sends at most this many mails over one connection to the mail server.
    "BATCH_SIZE": 50,
}


def subscription_setting(name):
    return getattr(settings, "SUBSCRIPTIONS", {}).get(name, DEFAULTS[name])
