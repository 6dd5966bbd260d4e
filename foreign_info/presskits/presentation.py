"""What the press room and kit pages show, computed in a fixed number of queries however many
kits or items there are (public pages must not slow down as content grows).

- `kit_previews(kits, language)`: for each kit of a press room, what it contains (articles, photos,
  clips, documents), counted the way the ZIP will pack them: only chosen pages that are live and
  public in the kit's language or in Vietnamese, photo stories counting their photos.
- `kit_page_context(kit)`: the kit's contents with thumbnails ready, its embargo time in the
  province's and in universal time, and the download choice (resolution x this language or all
  languages), each with its size before downloading: exact when a stored ZIP is ready, otherwise
  the builder's estimate.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.db.models import Count, prefetch_related_objects
from django.utils.translation import gettext as _

from foreign_info.core import cldr
from foreign_info.core.languages import SOURCE_LANGUAGE
from foreign_info.core.languages import codes as language_codes

from . import builds
from .contents import KINDS, kit_contents, kit_languages

PROVINCE_TIME_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
THUMBNAIL = "fill-320x213"
COVER = "fill-640x360"


@dataclass
class Preview:
    kit: object
    articles: int = 0
    photos: int = 0
    clips: int = 0
    documents: int = 0


def kit_previews(kits, language):
    """A Preview per kit, in four queries for any number of kits."""
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    from foreign_info.publishing.models import GalleryItem

    kits = list(kits)
    chosen = {kit.pk: [block["value"] for block in kit.pages.raw_data if isinstance(block.get("value"), int)] for kit in kits}
    keys = dict(Page.objects.filter(pk__in={pk for ids in chosen.values() for pk in ids}).values_list("pk", "translation_key"))
    live = {}
    rows = Page.objects.live().public().filter(translation_key__in=set(keys.values()), locale__language_code__in={language, SOURCE_LANGUAGE})
    for pk, key, code, model in rows.values_list("pk", "translation_key", "locale__language_code", "content_type__model"):
        if key not in live or code == language:
            live[key] = (pk, KINDS.get(model, "article"))
    stories = {pk for pk, kind in live.values() if kind == "story"}
    story_photos = dict(GalleryItem.objects.filter(page_id__in=stories).values("page_id").annotate(n=Count("pk")).values_list("page_id", "n"))
    document_ids = {kit.pk: [block["value"].get("document") for block in kit.documents.raw_data if isinstance(block.get("value"), dict)] for kit in kits}
    existing_documents = set(get_document_model().objects.filter(pk__in={pk for ids in document_ids.values() for pk in ids}).values_list("pk", flat=True))
    previews = []
    for kit in kits:
        preview = Preview(kit, photos=sum(1 for block in kit.images.raw_data if isinstance(block.get("value"), dict) and block["value"].get("image")))
        seen = set()
        for pk in chosen[kit.pk]:
            key = keys.get(pk)
            if key is None or key in seen or key not in live:
                continue
            seen.add(key)
            page_id, kind = live[key]
            if kind == "article":
                preview.articles += 1
            elif kind == "clip":
                preview.clips += 1
            else:
                preview.photos += story_photos.get(page_id, 0)
        preview.documents = sum(1 for pk in document_ids[kit.pk] if pk in existing_documents)
        previews.append(preview)
    return previews


@dataclass
class Choice:
    language: str  # a code, or "all"
    resolution: str
    url: str
    size: int
    exact: bool

    @property
    def label(self):
        resolution = _("Web size") if self.resolution == "web" else _("Original resolution")
        return resolution


@dataclass
class DownloadChoice:
    rows: list = field(default_factory=list)  # (heading, [Choice, Choice])


def download_choice(kit, request=None):
    language = kit.locale.language_code
    languages = kit_languages(kit)
    wanted = [language] + ([builds.ALL_LANGUAGES] if len(languages) > 1 else [])
    sizes = builds.download_sizes(kit, wanted)
    # With the request, a URL on this site is relative: the demo (and any install) has several
    # sites, and a URL built from the Site record's host name would leave the host the reader used.
    base = kit.get_url(request)
    choice = DownloadChoice()
    for code in wanted:
        heading = _("In this language") if code != builds.ALL_LANGUAGES else _("In all languages (%(count)s)") % {"count": len(languages)}
        row = []
        for resolution in builds.RESOLUTIONS:
            size, exact = sizes[code, resolution]
            row.append(Choice(code, resolution, f"{base}download/{code}/{resolution}/", size, exact))
        choice.rows.append((heading, row))
    return choice


def embargo_times(moment):
    if moment is None:
        return None
    return {"province": moment.astimezone(PROVINCE_TIME_ZONE), "utc": moment.astimezone(datetime.UTC), "iso": moment.astimezone(datetime.UTC).isoformat()}


def kit_page_context(kit, request=None):
    contents = kit_contents(kit)
    # One query each for every thumbnail's rendition and every clip's file, however many there are.
    prefetch_related_objects([photo.image for photo in contents.photos], "renditions")
    prefetch_related_objects([item.page for item in contents.clips], "clip")
    for contact in contents.contacts:
        # Named and listed by CLDR in the reader's language ("vietnamien, anglais et français").
        contact.language_names = cldr.format_list([cldr.language_display_name(code) for code in contact.languages if code in language_codes()])
    return {"contents": contents, "embargo": embargo_times(kit.embargo_until), "download": download_choice(kit, request), "thumbnail": THUMBNAIL}
