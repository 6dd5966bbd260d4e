"""Upcoming events of a section, and how long a cached page that lists them stays true.

Contract: `upcoming_in(section, request, limit)` returns the live, public events of the section's
language that are not over, soonest first, with their card images, in a fixed number of queries.
`cache_seconds()` is the page cache's timeout limit: the seconds until the next start or end of a
live event, when an event moves from upcoming to running to past on every listing. It reads one
value from the default cache; the database is asked only after a publication forgot that value
(`forget()`, signal_handlers) or when it expired.
"""

from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone

from foreign_info.core.visibility import public_pages
from foreign_info.publishing.listings import with_card_images

NEXT_CHANGE_KEY = "events:next-change"
NO_CHANGE = 0  # stored when no live event lies ahead
STRIP_LENGTH = 4


def upcoming_in(section, request=None, limit=None):
    from .models import EventPage

    events = with_card_images(public_pages(EventPage.objects.live().descendant_of(section), request).upcoming())
    return list(events[:limit]) if limit else list(events)


def next_change(now):
    from .models import EventPage

    live = EventPage.objects.live()
    starts = live.filter(start__gt=now).aggregate(first=Min("start"))["first"]
    ends = live.filter(end__gt=now).aggregate(first=Min("end"))["first"]
    moments = [moment for moment in (starts, ends) if moment is not None]
    return min(moments) if moments else None


def cache_seconds():
    now = timezone.now()
    stamp = cache.get(NEXT_CHANGE_KEY)
    if stamp is None or (stamp != NO_CHANGE and stamp <= now.timestamp()):
        moment = next_change(now)
        stamp = moment.timestamp() if moment else NO_CHANGE
        cache.set(NEXT_CHANGE_KEY, stamp, timeout=None)
    if stamp == NO_CHANGE:
        return 365 * 24 * 3600
    return max(1, int(stamp - now.timestamp()))


def forget():
    cache.delete(NEXT_CHANGE_KEY)
