"""Subscribing and leaving: the double opt-in, and the subscriber's personal data.

Contract:
- `rate_limited(request)` / `count_submission(request)`: the accreditation form's limit
  (foreign_info.core.ratelimit, a keyed hash of the address), at RATE_PER_HOUR per hour.
- `subscribe(preferences, email, room)` keeps one row per address. A new address gets an
  unconfirmed row; any address, new or known, is sent a confirmation link carrying the
  preferences, in the language they chose (to `room`'s translation in that language). Nothing
  about a known subscriber changes until they click, and the form answers the same either way
  (it does not tell who is subscribed).
- `confirm(subscription, preferences)` applies the preferences and confirms.
- `unsubscribe(subscription)` erases the subscription and its delivery records at once.
- `export(subscription)` is everything stored about the person; `erase` deletes it.
- `purge()` erases unconfirmed subscriptions older than CONFIRM_DAYS.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from foreign_info.core import ratelimit
from foreign_info.core.client import client_address

from . import mails
from .models import Subscription
from .settings import subscription_setting
from .tokens import confirm_token

RATE_SCOPE = "subscriptions"


def rate_limited(request):
    return ratelimit.current(RATE_SCOPE, client_address(request), 3600) >= subscription_setting("RATE_PER_HOUR")


def count_submission(request):
    ratelimit.count(RATE_SCOPE, client_address(request), 3600)


def subscribe(preferences, email, room):
    email = email.strip().lower()
    subscription, created = Subscription.objects.get_or_create(email=email, defaults=preferences)
    if not created and subscription.confirmed_at is None:
        Subscription.objects.filter(pk=subscription.pk).update(**preferences)
    link = confirm_url(subscription, preferences, room)
    transaction.on_commit(lambda: send_confirmation(preferences["language"], email, link))
    return subscription


def confirm_url(subscription, preferences, room):
    """The confirmation route of the press room in the chosen language, else of this one."""
    target = room.get_translations(inclusive=True).live().filter(locale__language_code=preferences["language"]).first() or room
    return target.get_full_url() + target.reverse_subpage("subscription_confirm", args=[confirm_token(subscription, preferences)])


def send_confirmation(language, email, link):
    days = subscription_setting("CONFIRM_DAYS")
    mails.send([mails.message(language, email, gettext_lazy("Please confirm your subscription"), "confirm", {"link": link, "days": days})])


def confirm(subscription, preferences, now=None):
    subscription.language = preferences.get("language") or subscription.language
    subscription.kinds = list(preferences.get("kinds") or subscription.kinds)
    subscription.topics = list(preferences.get("topics") or [])
    subscription.confirmed_at = subscription.confirmed_at or now or timezone.now()
    subscription.save()
    return subscription


def unsubscribe(subscription):
    return erase(subscription)


def export(subscription):
    data = {field.name: getattr(subscription, field.name) for field in Subscription._meta.concrete_fields if field.name != "key"}
    data["deliveries"] = [{"item": str(key), "sent_at": sent_at} for key, sent_at in subscription.deliveries.values_list("item_key", "sent_at")]
    return {"subscription": data}


def erase(subscription):
    """Delete the subscription and its delivery records; returns how many subscriptions went."""
    return erase_queryset(Subscription.objects.filter(pk=subscription.pk))


def erase_queryset(subscriptions):
    _total, by_model = subscriptions.delete()
    return by_model.get(Subscription._meta.label, 0)


def expired(now=None):
    cutoff = (now or timezone.now()) - timedelta(days=subscription_setting("CONFIRM_DAYS"))
    return Subscription.objects.unconfirmed().filter(created_at__lt=cutoff)


def purge(now=None):
    return erase_queryset(expired(now))
