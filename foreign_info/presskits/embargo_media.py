"""Which photos, documents and clips the embargo hides: those reachable only through hidden pages.

Contract:
- `hidden_media(page_keys, draft_kit_keys)` -> (image_ids, document_ids, clip_ids): everything the
  live hidden pages (every translation of `page_keys`: embargoed kits and what only they contain)
  use, in any field, StreamField block or rich text, clip posters included, in their live content
  and in their latest draft, and everything the latest draft of a kit not published yet with an
  embargo (`draft_kit_keys`) uses; less whatever a live page outside them, or anything that is
  not a page (a topic, a site setting), also uses.
- Drafts count because a photo uploaded for an embargoed kit or page becomes private when the
  draft that attaches it is saved (signal_handlers.py), not when the draft is published: until
  then it would sit at a public, guessable URL.
- What the hidden pages use is read from their live objects (exact, and ahead of the reference
  index, which Wagtail updates in a background task); who else uses a file is read from Wagtail's
  reference index, which the page-publish handler updates synchronously first (private_media.py).
"""

from django.contrib.contenttypes.models import ContentType


def hidden_media(page_keys, draft_kit_keys=frozenset()):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, ReferenceIndex

    from foreign_info.media.models import VideoClip

    if not page_keys and not draft_kit_keys:
        return frozenset(), frozenset(), frozenset()
    kinds = {
        ContentType.objects.get_for_model(model).pk: kind
        for kind, model in (("image", get_image_model()), ("document", get_document_model()), ("clip", VideoClip))
    }
    hidden_pages = list(Page.objects.live().filter(translation_key__in=list(page_keys)).specific())
    draft_kits = list(Page.objects.not_live().filter(translation_key__in=list(draft_kit_keys)))
    contents = hidden_pages + [page.get_latest_revision_as_object() for page in hidden_pages + draft_kits if page.has_unpublished_changes]
    used = {"image": set(), "document": set(), "clip": set()}
    for page in contents:
        for content_type_id, object_id, _model_path, _content_path in ReferenceIndex._extract_references_from_object(page):
            if content_type_id in kinds:
                used[kinds[content_type_id]].add(object_id)
    if not any(used.values()):
        return frozenset(), frozenset(), frozenset()
    others = OtherUsers({str(page.pk) for page in hidden_pages + draft_kits}, kinds)
    used["clip"] -= others.of("clip", used["clip"], hidden_clips=set())
    used["image"].update(str(pk) for pk in VideoClip.objects.filter(pk__in=used["clip"], poster__isnull=False).values_list("poster_id", flat=True))
    used["image"] -= others.of("image", used["image"], hidden_clips=used["clip"])
    used["document"] -= others.of("document", used["document"], hidden_clips=used["clip"])
    return tuple(frozenset(int(pk) for pk in used[kind]) for kind in ("image", "document", "clip"))


class OtherUsers:
    """Who else, per the reference index, uses a file: a live page that is not hidden, or anything
    that is not a page (except a hidden clip, whose poster goes with it)."""

    def __init__(self, hidden_page_ids, kinds):
        from wagtail.models import Page

        from foreign_info.media.models import VideoClip

        self.hidden_page_ids = hidden_page_ids
        self.type_of = {kind: content_type_id for content_type_id, kind in kinds.items()}
        self.page_type = ContentType.objects.get_for_model(Page).pk
        self.clip_type = ContentType.objects.get_for_model(VideoClip).pk
        self.live_page_ids = None

    def of(self, kind, ids, hidden_clips):
        """The ids among `ids` (strings) that something visible also uses."""
        from wagtail.models import Page, ReferenceIndex

        if not ids:
            return set()
        shared = set()
        references = ReferenceIndex.objects.filter(to_content_type_id=self.type_of[kind], to_object_id__in=list(ids))
        for to_id, from_type, from_id in references.values_list("to_object_id", "base_content_type_id", "object_id"):
            if from_type == self.page_type:
                if from_id in self.hidden_page_ids:
                    continue
                if self.live_page_ids is None:
                    self.live_page_ids = {str(pk) for pk in Page.objects.live().values_list("pk", flat=True)}
                if from_id not in self.live_page_ids:
                    continue  # a draft or a withdrawn page shows nothing to the public
            elif from_type == self.clip_type and from_id in hidden_clips:
                continue
            shared.add(to_id)
        return shared
