"""Demo: two confirmed journalist subscriptions (addresses on example.org, which receives no mail),
a French one to press kits and statements and an English one to statements. The demo loads in one
transaction and announcements are queued after it commits, so these subscribers receive the demo's
French and English statements at once (the console mail backend prints them). Idempotent."""

from django.utils import timezone

from .models import Kind, Subscription

SUBSCRIBERS = [
    {"email": "claire.dubois@example.org", "language": "fr", "kinds": [Kind.PRESS_KITS, Kind.STATEMENTS], "topics": []},
    {"email": "james.miller@example.org", "language": "en", "kinds": [Kind.STATEMENTS], "topics": []},
]


def load(log):
    for data in SUBSCRIBERS:
        _subscription, created = Subscription.objects.get_or_create(email=data["email"], defaults={**data, "confirmed_at": timezone.now()})
        if created:
            log(f"subscription of a {data['language']} journalist created")
    return []
