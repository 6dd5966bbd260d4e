"""New press kits and statements mailed to their subscribers, from the task queue, in batches.

Contract:
- `schedule(page)` runs on publication (signal_handlers.py): a kit or statement gets one
  `Announcement`, due now, or when its embargo ends for a kit under embargo (a later publication
  moves an unsent announcement's time with the embargo). A due announcement is queued once the
  publication has committed: the publish request itself sends nothing.
- `queue_due()` queues the announcements whose time has come (a kit's embargo ends at a time, not
  on an event: `manage.py send_announcements` runs every minute).
- The `announce` task splits the matching recipients into batches of BATCH_SIZE and queues a
  `send_batch` task for each; `send_batch` claims a `Delivery` row per recipient and item
  (unique) before sending, so a task run again after a worker died sends nobody an item twice.
- Recipients: confirmed subscribers in the page's language who asked for its kind and one of its
  topics (a kit's topics are those of the pages it holds; a statement concerns every topic);
  for a kit that was under embargo, also every accredited journalist with a working access link
  (they could see it), in their language, once per kit.
"""

import uuid

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy

from foreign_info.core.languages import SOURCE_LANGUAGE

from . import mails
from .models import Announcement, Delivery, Kind, Subscription
from .settings import subscription_setting

SUBSCRIBER, JOURNALIST = "s", "j"


def kind_of(page):
    from foreign_info.presskits.models import PressKitPage
    from foreign_info.statements.models import StatementPage

    if isinstance(page, PressKitPage):
        return Kind.PRESS_KITS
    if isinstance(page, StatementPage):
        return Kind.STATEMENTS
    return None


def schedule(page, now=None):
    now = now or timezone.now()
    embargo = getattr(page, "embargo_until", None)
    embargoed = embargo is not None and embargo > now
    announcement, created = Announcement.objects.get_or_create(page_id=page.pk, defaults={"due_at": embargo if embargoed else now, "lifts_embargo": embargoed})
    if not created and announcement.queued_at is None:
        announcement.due_at = embargo if embargoed else now
        announcement.lifts_embargo = announcement.lifts_embargo or embargoed
        announcement.save(update_fields=["due_at", "lifts_embargo"])
    if announcement.due_at <= now and announcement.queued_at is None:
        queue(announcement.pk)
    return announcement


def queue(announcement_id):
    """Mark the announcement queued and queue its task after the commit (once, whoever asks)."""
    from .tasks import announce

    if Announcement.objects.filter(pk=announcement_id, queued_at__isnull=True).update(queued_at=timezone.now()):
        transaction.on_commit(lambda: announce.enqueue(announcement_id))


def queue_due(now=None):
    due = list(Announcement.objects.filter(queued_at__isnull=True, due_at__lte=now or timezone.now()).values_list("pk", flat=True))
    for announcement_id in due:
        queue(announcement_id)
    return len(due)


def live_page(announcement):
    """The announced page if the public may see it now, else None: what a mail links to must be
    public (live, no view restriction, no embargo: core.visibility applies every rule there is)."""
    from wagtail.models import Page

    from foreign_info.core.visibility import public_pages

    if not public_pages(Page.objects.live().filter(pk=announcement.page_id)).exists():
        return None
    return announcement.page.specific


def topics_of(page):
    if kind_of(page) != Kind.PRESS_KITS:
        return []
    from foreign_info.presskits.models import KitItemLink
    from foreign_info.publishing.models.topics import Topic

    keys = KitItemLink.objects.filter(kit_id=page.pk, kind=KitItemLink.Kind.PAGE).values("page_key")
    return list(
        Topic.objects.filter(Q(articles__translation_key__in=keys) | Q(clips__translation_key__in=keys) | Q(galleries__translation_key__in=keys))
        .values_list("slug", flat=True)
        .distinct()
    )


def subscribers_for(page):
    kind, topics = kind_of(page), topics_of(page)
    candidates = Subscription.objects.confirmed().filter(language=page.locale.language_code).order_by("pk")
    return [subscription.pk for subscription in candidates.only("pk", "kinds", "topics") if subscription.wants(kind, topics)]


def journalists_for(page):
    """Accredited journalists with a working link, to hear of a lifted embargo in their language:
    from the kit in that language, or from the Vietnamese kit when theirs is not live."""
    from foreign_info.presskits.models import AccreditationRequest

    now = timezone.now()
    working = AccreditationRequest.objects.filter(status=AccreditationRequest.Status.APPROVED, access_revoked_at__isnull=True).filter(
        Q(access_expires_at__isnull=True) | Q(access_expires_at__gt=now)
    )
    language = page.locale.language_code
    if language != SOURCE_LANGUAGE:
        return list(working.filter(language=language).order_by("pk").values_list("pk", flat=True))
    live_languages = set(page.get_translations().live().values_list("locale__language_code", flat=True))
    return list(working.exclude(language__in=live_languages).order_by("pk").values_list("pk", flat=True))


def batches(ids, size=None):
    size = size or subscription_setting("BATCH_SIZE")
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def plan(announcement):
    """(recipient kind, ids) batches for the announcement, or [] if the page is gone or hidden."""
    page = live_page(announcement)
    if page is None:
        return []
    planned = [(SUBSCRIBER, ids) for ids in batches(subscribers_for(page))]
    if announcement.lifts_embargo:
        planned += [(JOURNALIST, ids) for ids in batches(journalists_for(page))]
    return planned


def claim(page, recipient, ids):
    """Delivery rows of this batch for recipients who have not had the item: (batch id, claimed ids)."""
    batch = uuid.uuid4()
    field = "subscription_id" if recipient == SUBSCRIBER else "accreditation_id"
    Delivery.objects.bulk_create([Delivery(item_key=page.translation_key, batch=batch, **{field: pk}) for pk in ids], ignore_conflicts=True)
    return batch, list(Delivery.objects.filter(batch=batch).values_list(field, flat=True))


def send_batch(announcement, recipient, ids):
    """Send the item to the recipients of one batch who have not had it; returns how many went."""
    page = live_page(announcement)
    if page is None:
        return 0
    batch, claimed = claim(page, recipient, ids)
    if not claimed:
        return 0
    messages = subscriber_messages(page, claimed) if recipient == SUBSCRIBER else journalist_messages(page, claimed)
    sent = mails.send(messages)
    if sent:
        Delivery.objects.filter(batch=batch).update(sent_at=timezone.now())
    return sent


SUBJECTS = {
    Kind.PRESS_KITS: gettext_lazy("New press kit: %(title)s"),
    Kind.STATEMENTS: gettext_lazy("New statement: %(title)s"),
}


def subscriber_messages(page, ids):
    kind, url, root = kind_of(page), page.get_full_url(), page.get_site().root_url
    messages = []
    for subscription in Subscription.objects.filter(pk__in=ids).order_by("pk"):
        context = {"page": page, "url": url, "kind": kind, "summary": getattr(page, "summary", "") or getattr(page, "standfirst", "")}
        subject = SUBJECTS[kind]
        mail = mails.message(subscription.language, subscription.email, subject, "new_item", context, unsubscribe=mails.unsubscribe_url(subscription, root))
        mail.subject = mail.subject % {"title": page.title}
        messages.append(mail)
    return messages


def journalist_messages(page, ids):
    from foreign_info.presskits.models import AccreditationRequest

    messages = []
    for journalist in AccreditationRequest.objects.filter(pk__in=ids).order_by("pk"):
        kit = page.get_translations(inclusive=True).live().filter(locale__language_code=journalist.language).first() or page
        context = {"page": kit, "url": kit.get_full_url(), "name": journalist.name}
        mail = mails.message(journalist.language, journalist.email, gettext_lazy("Embargo lifted: %(title)s"), "embargo_lifted", context)
        mail.subject = mail.subject % {"title": kit.title}
        messages.append(mail)
    return messages
