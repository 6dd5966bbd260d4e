"""What a press kit holds in one language: the contract between the kit page, the size estimate
and the ZIP builder.

`kit_contents(kit)` resolves the kit's chosen pages to their live, public translation in the kit's
language (the Vietnamese original where none exists yet, marked so); pages unpublished, made
private or deleted since they were chosen are left out, so a kit never lists or packs a broken
entry. Photos carry everything that goes into their XMP/IPTC metadata: caption in the kit's
language, credit, copyright, licence, place and date. Photo stories contribute their photos with
the story's own captions. `kit_languages(kit)` lists the languages the kit is live in.

Callers get plain dataclasses; nothing here renders, resizes or writes files.
"""

from dataclasses import dataclass, field
from datetime import date as Date
from decimal import Decimal

from wagtail.models import Page

from foreign_info.core.languages import SOURCE_LANGUAGE


@dataclass
class KitPhoto:
    image: object  # core.PortalImage
    caption: str
    alt_text: str
    place: str
    date_taken: Date | None
    credit: str
    copyright: str
    licence: str  # a core.Licence value
    licence_url: str
    story_title: str = ""  # the photo story it comes from, if any


@dataclass
class KitPage:
    page: object  # the specific ArticlePage, GalleryPage or ClipPage
    kind: str  # "article", "story" or "clip"
    language: str  # the language of `page`
    in_kit_language: bool  # False when only the Vietnamese original exists


@dataclass
class KitDocument:
    document: object  # wagtail Document
    title: str


@dataclass
class Fact:
    label: str
    value: Decimal
    unit: str
    source: str
    year: int | None


@dataclass
class Contact:
    name: str
    role: str
    organisation: str
    phone: str
    email: str
    languages: list = field(default_factory=list)


@dataclass
class KitContents:
    kit: object  # the PressKitPage in `language`
    language: str
    pages: list = field(default_factory=list)  # KitPage, in the editor's order
    photos: list = field(default_factory=list)  # KitPhoto: the kit's own photos, then each story's
    documents: list = field(default_factory=list)
    facts: list = field(default_factory=list)
    contacts: list = field(default_factory=list)

    @property
    def articles(self):
        return [item for item in self.pages if item.kind == "article"]

    @property
    def stories(self):
        return [item for item in self.pages if item.kind == "story"]

    @property
    def clips(self):
        return [item for item in self.pages if item.kind == "clip"]


def kit_languages(kit):
    """Language codes the kit is live and public in, source language first."""
    codes = set(Page.objects.filter(translation_key=kit.translation_key).live().public().values_list("locale__language_code", flat=True))
    return sorted(codes, key=lambda code: (code != SOURCE_LANGUAGE, code))


def kit_in_language(kit, language):
    """The live translation of `kit` in `language`, or None."""
    from .models import PressKitPage

    return PressKitPage.objects.live().public().filter(translation_key=kit.translation_key, locale__language_code=language).first()


def kit_contents(kit):
    contents = KitContents(kit=kit, language=kit.locale.language_code)
    contents.pages = resolve_pages(kit, contents.language)
    for block in kit.images:
        value = block.value
        contents.photos.append(photo(value["image"], value["caption"], value["caption"], value.get("place") or "", value.get("date_taken")))
    for item in contents.stories:
        for story_item in item.page.items.select_related("image"):
            contents.photos.append(
                photo(story_item.image, story_item.caption, story_item.alt_text, story_item.place, story_item.date_taken, story_title=item.page.title)
            )
    contents.documents = [KitDocument(block.value["document"], block.value["title"]) for block in kit.documents if block.value["document"] is not None]
    contents.facts = [
        Fact(block.value["label"], block.value["value"], block.value.get("unit") or "", block.value.get("source") or "", block.value.get("year"))
        for block in kit.fact_sheet
    ]
    contents.contacts = [
        Contact(
            block.value["name"],
            block.value.get("role") or "",
            block.value.get("organisation") or "",
            block.value.get("phone") or "",
            block.value.get("email") or "",
            list(block.value.get("languages") or []),
        )
        for block in kit.contacts
    ]
    return contents


def photo(image, caption, alt_text, place, date_taken, story_title=""):
    return KitPhoto(
        image=image,
        caption=caption or "",
        alt_text=alt_text or "",
        place=place or "",
        date_taken=date_taken,
        credit=image.credit,
        copyright=image.copyright,
        licence=image.licence,
        licence_url=image.licence_url,
        story_title=story_title,
    )


KINDS = {"articlepage": "article", "gallerypage": "story", "clippage": "clip"}


def resolve_pages(kit, language):
    """Each chosen page in `language`, or its Vietnamese original; a fixed number of queries for any
    number of pages (one more per page type)."""
    chosen = [block.value for block in kit.pages if block.value is not None]
    keys = [page.translation_key for page in chosen]
    if not keys:
        return []
    candidates = Page.objects.live().public().filter(translation_key__in=keys, locale__language_code__in={language, SOURCE_LANGUAGE})
    # .specific() drops select_related: read each page's language code with its id instead of
    # one locale and one content-type query per page.
    codes = dict(candidates.values_list("pk", "locale__language_code"))
    by_key = {}
    for page in candidates.specific():
        code = codes[page.pk]
        if page.translation_key not in by_key or code == language:
            by_key[page.translation_key] = page
    resolved, seen = [], set()
    for key in keys:
        page = by_key.get(key)
        if page is None or key in seen:
            continue
        seen.add(key)
        code = codes[page.pk]
        resolved.append(KitPage(page=page, kind=KINDS.get(page._meta.model_name, "article"), language=code, in_kit_language=code == language))
    return resolved
