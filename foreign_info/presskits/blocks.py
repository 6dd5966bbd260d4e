"""What a press kit is made of. Every text a reader sees (captions, labels, roles, titles) is a
CharBlock or TextBlock, so wagtail-localize offers it to translators with the kit; numbers, dates,
phone numbers and chosen files are the same in every language. E-mail addresses are overridable:
a translation may give its own contact's address (and its own names and roles)."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from foreign_info.core.languages import choices as language_choices

PHONE_PATTERN = r"^\+?[0-9][0-9 ().-]{5,24}$"
phone_validator = RegexValidator(PHONE_PATTERN, _("Enter a phone number in international form, e.g. +84 262 3852 741."))


class KitPageBlock(blocks.PageChooserBlock):
    def __init__(self, **kwargs):
        super().__init__(page_type=["publishing.ArticlePage", "publishing.GalleryPage", "publishing.ClipPage"], **kwargs)


class KitImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Photo"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=500)
    place = blocks.CharBlock(label=_("Place"), max_length=120, required=False)
    date_taken = blocks.DateBlock(label=_("Date taken"), required=False)

    class Meta:
        icon = "image"
        label = _("Photo")


class KitDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=200)
    value = blocks.DecimalBlock(label=_("Value"), max_digits=20, decimal_places=4)
    unit = blocks.CharBlock(label=_("Unit"), max_length=60, required=False)
    source = blocks.CharBlock(label=_("Source"), max_length=200, required=False)
    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2200, required=False)

    class Meta:
        icon = "list-ul"
        label = _("Fact")


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False)
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200, required=False)
    phone = blocks.RegexBlock(label=_("Phone"), regex=PHONE_PATTERN, required=False, error_messages={"invalid": phone_validator.message})
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    languages = blocks.MultipleChoiceBlock(label=_("Languages spoken"), choices=language_choices, required=False)

    class Meta:
        icon = "user"
        label = _("Press contact")
