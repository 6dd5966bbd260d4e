"""The press room in every page's navigation, for the foreign journalists it is made for.

The press room is a page of the section (PressRoomPage), translated like any other: the header
links the one in the reader's language, or the source-language one while no translation is live,
so the link and the accreditation form are found from every page in every language.

The answer is kept in the default cache per language, so the header costs no query on the pages
whose query count is budgeted (tests/publishing/test_query_counts.py); publishing, unpublishing or
deleting a press room forgets it (signal_handlers.forget_press_room_links).
"""

from django import template
from django.core.cache import cache
from django.utils import translation

from foreign_info.core.languages import LANGUAGE_CODES, SOURCE_LANGUAGE

register = template.Library()


CACHE_KEY = "presskits:press-room-link:{language}"


def forget_press_room_links():
    cache.delete_many([CACHE_KEY.format(language=code) for code in LANGUAGE_CODES])


@register.simple_tag(takes_context=True)
def press_room_link(context):
    """The press room to link from the header ({"url", "accreditation_url", "title", "language"})
    or None; from the cache, else one query (both candidate rooms are read at once)."""
    language = translation.get_language() or SOURCE_LANGUAGE
    key = CACHE_KEY.format(language=language)
    link = cache.get(key)
    if link is None:
        link = find_press_room_link(context.get("request"), language) or {}
        cache.set(key, link, timeout=None)
    return link or None


def find_press_room_link(request, language):
    from ..models import PressRoomPage

    codes = {language, SOURCE_LANGUAGE}
    rooms = PressRoomPage.objects.live().public().filter(locale__language_code__in=codes).select_related("locale")
    room = min(rooms, key=lambda page: (page.locale.language_code != language, page.path), default=None)
    if room is None:
        return None
    url = room.get_url(request)
    if url is None:
        return None
    return {
        "url": url,
        "accreditation_url": url + room.reverse_subpage("accreditation"),
        "title": room.title,
        "language": None if room.locale.language_code == language else room.locale.language_code,
    }
