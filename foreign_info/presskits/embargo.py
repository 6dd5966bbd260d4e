"""The embargo: what the public may not see yet.

Contract:
- `hidden()` returns an `Embargoed` (translation keys of pages, ids of photos, documents and clips)
  that must be invisible to the public right now: every embargoed live kit in every language, every
  page that embargoed kits contain and no released kit contains, and every photo, document and clip
  that only those pages use, in their live content or their latest draft, and the files of kits
  being prepared under an embargo (embargo_media.py). private_media.py keeps those files off public URLs. (A page chosen
  in an embargoed kit is embargoed with it: that is how an editor prepares an embargoed release;
  the kit's editor says so.)
- The answer is kept in the default cache until the next embargo ends or a kit is published,
  unpublished or deleted (`forget()`), so public pages pay no SQL query for it in the common case.
- `refresh_links(kit)` rebuilds the index of what a live kit contains (models.KitItemLink); the
  signal handlers call it on publish and clear it on unpublish.
- `seconds_until_next_release()` bounds how long any public response may be cached.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from .embargo_media import hidden_media

CACHE_KEY = "presskits:embargo:v2"
NO_RELEASE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Embargoed:
    page_keys: frozenset
    image_ids: frozenset
    document_ids: frozenset
    clip_ids: frozenset
    valid_until: object  # datetime: the next embargo end, after which this answer is wrong

    def __bool__(self):
        return bool(self.page_keys or self.image_ids or self.document_ids or self.clip_ids)


def hidden(now=None):
    now = now or timezone.now()
    answer = cache.get(CACHE_KEY)
    if answer is None or answer.valid_until <= now:
        answer = compute(now)
        cache.set(CACHE_KEY, answer, max(1, int((answer.valid_until - now).total_seconds())))
    return answer


def forget():
    cache.delete(CACHE_KEY)


def compute(now):
    from .models import KitItemLink, PressKitPage

    kits = list(PressKitPage.objects.live().values_list("pk", "translation_key", "embargo_until"))
    embargoed_ids = {pk for pk, _key, until in kits if until is not None and until > now}
    released_ids = {pk for pk, _key, _until in kits} - embargoed_ids
    # Kits being prepared (never published) with an embargo: their drafts' files are private already.
    # (A kit withdrawn after publication gives its files back, as before: it is not being prepared.)
    drafts = list(PressKitPage.objects.not_live().embargoed(now).filter(first_published_at__isnull=True).values_list("translation_key", "embargo_until"))
    draft_kit_keys = frozenset(key for key, _until in drafts)
    upcoming = [until for _pk, _key, until in kits if until is not None and until > now] + [until for _key, until in drafts]
    valid_until = min(upcoming) if upcoming else now + timedelta(seconds=NO_RELEASE_SECONDS)
    if not embargoed_ids and not draft_kit_keys:
        return Embargoed(frozenset(), frozenset(), frozenset(), frozenset(), valid_until)

    pages = {True: set(), False: set()}
    for kit_id, page_key in KitItemLink.objects.filter(kit_id__in=embargoed_ids | released_ids, kind=KitItemLink.Kind.PAGE).values_list("kit_id", "page_key"):
        pages[kit_id in embargoed_ids].add(page_key)
    kit_keys = {key for pk, key, _until in kits if pk in embargoed_ids}
    page_keys = frozenset(kit_keys | (pages[True] - pages[False]))
    image_ids, document_ids, clip_ids = hidden_media(page_keys, draft_kit_keys)
    return Embargoed(page_keys, image_ids, document_ids, clip_ids, valid_until)


def seconds_until_next_release(now=None):
    now = now or timezone.now()
    return max(1, int((hidden(now).valid_until - now).total_seconds()))


def refresh_links(kit):
    """Index what the live `kit` contains (call with the kit as published)."""
    from .models import KitItemLink

    links = []
    for block in kit.pages:
        if block.value is not None:
            links.append(KitItemLink(kit_id=kit.pk, kind=KitItemLink.Kind.PAGE, page_key=block.value.translation_key))
    for block in kit.images:
        if block.value["image"] is not None:
            links.append(KitItemLink(kit_id=kit.pk, kind=KitItemLink.Kind.IMAGE, object_id=block.value["image"].pk))
    if kit.cover_image_id:
        links.append(KitItemLink(kit_id=kit.pk, kind=KitItemLink.Kind.IMAGE, object_id=kit.cover_image_id))
    for block in kit.documents:
        if block.value["document"] is not None:
            links.append(KitItemLink(kit_id=kit.pk, kind=KitItemLink.Kind.DOCUMENT, object_id=block.value["document"].pk))
    KitItemLink.objects.filter(kit_id=kit.pk).delete()
    KitItemLink.objects.bulk_create(links)
    forget()


def clear_links(kit_id):
    from .models import KitItemLink

    KitItemLink.objects.filter(kit_id=kit_id).delete()
    forget()
