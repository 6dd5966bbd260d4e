"""What goes into a work's dossier, read before anything is written.

`work_versions(work)` is the work in every language it is live and public in, the Vietnamese
original first: a translation that is a draft, unpublished or restricted has no place in an entry
(the jury reads what readers could read). `work_media(versions)` is the work's own files (hero
image, photo-story photos, photos and clips in its body, a clip page's video), each stored file
once, whatever the number of languages that show it.
"""

from dataclasses import dataclass

from wagtail.models import Page

from foreign_info.core.languages import LANGUAGE_CODES, SOURCE_LANGUAGE


@dataclass
class Medium:
    field_file: object  # a stored file (image or video)
    kind: str  # "photo" or "clip"
    title: str
    credit: str


def work_versions(work):
    pages = Page.objects.live().public().filter(translation_key=work.translation_key).select_related("locale").specific()
    order = {code: index for index, code in enumerate(LANGUAGE_CODES)}
    return sorted(pages, key=lambda page: (page.locale.language_code != SOURCE_LANGUAGE, order.get(page.locale.language_code, 99)))


def body_media(page):
    found = []
    for block in getattr(page, "body", None) or []:
        value = block.value
        if block.block_type == "image" and value.get("image"):
            found.append(Medium(value["image"].file, "photo", value.get("caption") or value["image"].title, value.get("credit") or value["image"].credit))
        elif block.block_type == "gallery":
            found += [
                Medium(photo["image"].file, "photo", photo.get("caption") or photo["image"].title, photo["image"].credit)
                for photo in value["photos"]
                if photo["image"]
            ]
        elif block.block_type == "clip" and value.get("clip") and value["clip"].playable_file:
            clip = value["clip"]
            found.append(Medium(clip.playable_file, "clip", value.get("caption") or clip.title, clip.credit))
    return found


def page_media(page):
    found = []
    hero = getattr(page, "hero_image", None)
    if hero is not None:
        found.append(Medium(hero.file, "photo", getattr(page, "hero_caption", "") or hero.title, hero.credit))
    clip = getattr(page, "clip", None) if hasattr(page, "cues") else None
    if clip is not None and clip.playable_file:
        found.append(Medium(clip.playable_file, "clip", clip.title, clip.credit))
    for item in getattr(page, "items", None).all() if hasattr(page, "items") else []:
        found.append(Medium(item.image.file, "photo", item.caption or item.image.title, item.image.credit))
    return found + body_media(page)


def work_media(versions):
    seen, media = set(), []
    for page in versions:
        for medium in page_media(page):
            if medium.field_file and medium.field_file.name not in seen:
                seen.add(medium.field_file.name)
                media.append(medium)
    return media
