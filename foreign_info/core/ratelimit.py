"""Rate limits that hold: one database row per (scope, hashed address, window), incremented
atomically.

Why the database and not the cache: the file cache a host without Redis uses culls a third of its
entries once it holds MAX_ENTRIES, so rotating User-Agents (every page view can add an entry)
reset the accreditation counter; a row is never culled, and `UPDATE … SET count = count + 1` is
atomic on SQLite and PostgreSQL alike, across workers and hosts. Limits guard rare actions (forms),
so one small write per counted action is cheap.

Contract:
- `count(scope, address, window_seconds)` adds one to the address's counter for the current
  window and returns the new total;
- `current(scope, address, window_seconds)` returns the total so far, without counting;
- the raw address is stored nowhere (a keyed hash of it is), and rows of past windows are
  deleted as new windows start.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import RateCounter

SALT = "foreign_info.core.ratelimit"


def key_for(scope, address):
    return f"{scope}:{salted_hmac(SALT, address, algorithm='sha256').hexdigest()[:32]}"


def window_of(window_seconds, now=None):
    return int((now or timezone.now()).timestamp() // window_seconds)


def current(scope, address, window_seconds, now=None):
    row = RateCounter.objects.filter(key=key_for(scope, address), window=window_of(window_seconds, now)).values_list("count", flat=True).first()
    return row or 0


def count(scope, address, window_seconds, now=None):
    key, window = key_for(scope, address), window_of(window_seconds, now)
    with transaction.atomic():
        if not RateCounter.objects.filter(key=key, window=window).update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=key, window=window, count=1)
            except IntegrityError:  # another worker created it first: count on its row
                RateCounter.objects.filter(key=key, window=window).update(count=F("count") + 1)
            RateCounter.objects.filter(key__startswith=f"{scope}:", window__lt=window).delete()
    return current(scope, address, window_seconds, now)
