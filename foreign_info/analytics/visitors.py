"""The visitor hash: blake2b keyed with the day's salt, over (site host, IP, user agent).

Contract:
- The same browser on the same site gets the same 16-hex-digit hash for one local day
  (settings.TIME_ZONE), and an unrelated one the next day: nobody can follow a reader across days.
- Each day's salt is random, kept in DailySalt (so every process and host agrees on it) and in the
  default cache; `delete_old_salts()` removes salts older than 48 hours, after which no stored hash
  can be recomputed from an IP address.
- A process reads the database for a salt at most once per day; the hash itself is ~1 µs.
"""

import datetime
import hashlib
import secrets

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import DailySalt

_salts = {}


# The bounds of the last local day met, as timestamps: the drainer asks for the day of every hit,
# and Django's localtime() looks the time zone up each time (about a third of a hit's cost).
_day = {"zone": None, "start": 0.0, "end": 0.0, "day": None}


def local_day(moment):
    """The day in settings.TIME_ZONE of an aware datetime."""
    zone, at = timezone.get_default_timezone(), moment.timestamp()
    if _day["zone"] is zone and _day["start"] <= at < _day["end"]:
        return _day["day"]
    day = moment.astimezone(zone).date()
    start = datetime.datetime.combine(day, datetime.time.min, zone).timestamp()
    end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min, zone).timestamp()
    _day.update(zone=zone, start=start, end=end, day=day)
    return day


def salt_for(day):
    value = _salts.get(day)
    if value is None:
        cache_key = f"analytics:salt:{day.isoformat()}"
        text = cache.get(cache_key)
        if text is None:
            text = _stored_salt(day)
            cache.set(cache_key, text, timeout=3 * 86400)
        value = _salts[day] = bytes.fromhex(text)
        for old in [known for known in _salts if known < day - datetime.timedelta(days=1)]:
            del _salts[old]
    return value


def _stored_salt(day):
    try:
        with transaction.atomic():
            salt, _created = DailySalt.objects.get_or_create(day=day, defaults={"value": secrets.token_hex(32)})
    except IntegrityError:  # another process made it first
        salt = DailySalt.objects.get(day=day)
    return salt.value


def visitor_hash(moment, host, ip, user_agent):
    key = salt_for(local_day(moment))
    digest = hashlib.blake2b(f"{host}\n{ip}\n{user_agent}".encode(errors="replace"), key=key, digest_size=8)
    return digest.hexdigest()


def delete_old_salts(now=None):
    """Forget salts older than 48 hours (yesterday's stays: a visit may span midnight)."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(hours=48)
    deleted, _ = DailySalt.objects.filter(created_at__lt=cutoff).delete()
    keep = local_day(now) - datetime.timedelta(days=1)
    deleted += DailySalt.objects.filter(day__lt=keep - datetime.timedelta(days=1)).delete()[0]
    for day in [known for known in _salts if known < keep]:
        del _salts[day]
    return deleted


def forget_process_salts():
    _salts.clear()
