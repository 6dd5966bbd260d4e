"""Where card images live: one PNG per page and published revision, in the default storage
(media/ on disk, S3 in production), made on first request and removed when the page is published
again. The page prints the card's URL with its revision (`?v=`), so Facebook and the others, which
keep an image for weeks, fetch the new card after a change of headline."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.translation import gettext

from . import cards

SOCIAL_RENDITION = "fill-1200x630-c60"
FOLDER = "cards"


def path_for(page):
    return f"{FOLDER}/{page.pk}/{page.live_revision_id or 0}.png"


def picture_of(page):
    """The photo that stands for the page (hero, clip poster, first photo, kit cover), or None."""
    image = getattr(page, "hero_image", None) or getattr(page, "cover_image", None)
    return image.get_rendition(SOCIAL_RENDITION) if image is not None else None


def card_for(page):
    """The stored card of `page` (a specific, live page): its storage path, made if missing."""
    path = path_for(page)
    if not default_storage.exists(path):
        language_code = page.locale.language_code
        with translation.override(language_code):
            site_name = gettext("Foreign information")
        rendition = picture_of(page)
        if rendition is not None:
            with rendition.file.open("rb") as photo:
                data = cards.render(page.title, language_code, site_name, photo)
        else:
            data = cards.render(page.title, language_code, site_name)
        forget(page)  # older revisions' cards
        default_storage.save(path, ContentFile(data))
    return path


def forget(page):
    folder = f"{FOLDER}/{page.pk}"
    try:
        _, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        default_storage.delete(f"{folder}/{name}")
