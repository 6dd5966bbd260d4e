"""Blocks of an event page. Every text a reader sees (session titles, places, descriptions, venue
names and addresses, organiser roles) is a block field, so wagtail-localize offers it to
translators as a segment; dates, times, kinds and coordinates are not text, so every translation
keeps the source's (they are the same event everywhere)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from foreign_info.presskits.blocks import ContactBlock
from foreign_info.publishing.blocks import RICH_TEXT_FEATURES, CaptionedImageBlock, ClipBlock, GalleryBlock


class SessionKind:
    """What a session is; schema.org has no such vocabulary, so readers see these labels."""

    CEREMONY = "ceremony"
    MAIN = "main"
    SIDE = "side"
    EXHIBITION = "exhibition"
    SPORT = "sport"
    CHOICES = [
        (CEREMONY, _("Ceremony")),
        (MAIN, _("Main activity")),
        (SIDE, _("Side activity")),
        (EXHIBITION, _("Exhibition")),
        (SPORT, _("Sport")),
    ]
    LABELS = dict(CHOICES)


class SessionBlock(blocks.StructBlock):
    """One item of the programme. Its times are wall-clock times in the event's time zone, as a
    printed programme gives them, whatever zone the editor's browser is in."""

    date = blocks.DateBlock(label=_("Date"))
    start_time = blocks.TimeBlock(label=_("Start time"))
    end_time = blocks.TimeBlock(label=_("End time"), required=False)
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=SessionKind.CHOICES, default=SessionKind.MAIN)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    # Optional texts default to "", not None: a session built in code without them (the API, an
    # import) must still give wagtail-localize a string to extract when the page is published.
    place = blocks.CharBlock(label=_("Place"), max_length=255, required=False, default="")
    description = blocks.TextBlock(label=_("Description"), required=False, default="")

    def clean(self, value):
        value = super().clean(value)
        if value.get("end_time") and value.get("start_time") and value["end_time"] <= value["start_time"]:
            raise blocks.StructBlockValidationError(block_errors={"end_time": ValidationError(_("A session must end after it starts."))})
        return value

    class Meta:
        icon = "time"
        label = _("Session")


class VenueBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=255)
    # Required: search engines list an event only with a postal address for its place.
    address = blocks.CharBlock(label=_("Address"), max_length=500)
    latitude = blocks.DecimalBlock(label=_("Latitude"), required=False, min_value=-90, max_value=90, decimal_places=6)
    longitude = blocks.DecimalBlock(label=_("Longitude"), required=False, min_value=-180, max_value=180, decimal_places=6)

    def clean(self, value):
        value = super().clean(value)
        if (value.get("latitude") is None) != (value.get("longitude") is None):
            raise blocks.StructBlockValidationError(block_errors={"longitude": ValidationError(_("Give both the latitude and the longitude, or neither."))})
        return value

    class Meta:
        icon = "site"
        label = _("Venue")


class OrganiserBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=255)
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False, default="", help_text=_("e.g. organiser, co-organiser, sponsor"))
    url = blocks.URLBlock(label=_("Website"), required=False, default="")

    class Meta:
        icon = "group"
        label = _("Organiser")


class EventMediaBlock(blocks.StreamBlock):
    """The article's own blocks for text, photos and clips, so an event is told like a story."""

    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = CaptionedImageBlock(label=_("Image"))
    gallery = GalleryBlock(label=_("Photo gallery"))
    clip = ClipBlock(label=_("Video clip"))


__all__ = ["ContactBlock", "EventMediaBlock", "OrganiserBlock", "SessionBlock", "SessionKind", "VenueBlock"]
