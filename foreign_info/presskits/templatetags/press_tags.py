"""The press room in every page's navigation, for the foreign journalists it is made for.

The press room is a page of the section (PressRoomPage), translated like any other: the header
links the one in the reader's language, or the source-language one while no translation is live,
so the link and the accreditation form are found from every page in every language.
"""

from django import template
from django.utils import translation

from foreign_info.core.languages import SOURCE_LANGUAGE

register = template.Library()


@register.simple_tag(takes_context=True)
def press_room_link(context):
    """The press room to link from the header ({"url", "accreditation_url", "title", "language"})
    or None. One query: both candidate rooms are read at once."""
    from ..models import PressRoomPage

    request = context.get("request")
    language = translation.get_language() or SOURCE_LANGUAGE
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
