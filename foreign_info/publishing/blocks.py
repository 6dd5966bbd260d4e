"""Blocks of an article body. Every text a reader sees (captions, alt text, quotes, fact labels) is
a block field, so wagtail-localize offers it to translators as a segment."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    # Required: an image without alt text cannot be saved into a body, let alone published.
    alt_text = blocks.CharBlock(label=_("Alt text"), max_length=250, help_text=_("Describe the image for readers who cannot see it"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=255, help_text=_("Leave blank to use the image's own credit"))

    class Meta:
        icon = "image"
        template = "publishing/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "publishing/blocks/quote.html"


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    value = blocks.CharBlock(label=_("Value"), max_length=120)


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    facts = blocks.ListBlock(FactBlock(), label=_("Facts"))

    class Meta:
        icon = "list-ul"
        template = "publishing/blocks/fact_box.html"


class RelatedLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(block_errors={"url": ValidationError(_("Choose a page or enter a URL, not both."))})
        if value.get("url") and not value.get("title"):
            raise blocks.StructBlockValidationError(block_errors={"title": ValidationError(_("An external link needs a title."))})
        return value


class ClipBlock(blocks.StructBlock):
    """A clip from the video library inside an article; the caption is translated with the article."""

    clip = SnippetChooserBlock("media.VideoClip", label=_("Video clip"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        template = "publishing/blocks/clip.html"


class GalleryPhotoBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(label=_("Alt text"), max_length=250, help_text=_("Describe the image for readers who cannot see it"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)


class GalleryBlock(blocks.StructBlock):
    """A short run of photos inside an article (a longer story is a GalleryPage of its own)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    photos = blocks.ListBlock(GalleryPhotoBlock(), label=_("Photos"), min_num=2, max_num=12)

    class Meta:
        icon = "image"
        template = "publishing/blocks/gallery.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    fact_box = FactBoxBlock(label=_("Fact box"))
    embed = EmbedBlock(label=_("Embed"), help_text=_("A link to a video or post on a public platform"))
    clip = ClipBlock(label=_("Video clip"))
    gallery = GalleryBlock(label=_("Photo gallery"))
    related_links = blocks.ListBlock(RelatedLinkBlock(), label=_("Related links"), template="publishing/blocks/related_links.html")


def body_images_without_alt_text(body):
    """Labels of the body's images that would be shown with an empty alt attribute: image blocks
    and the photos of gallery blocks, numbered in reading order."""
    from foreign_info.core.publish_gates import numbered

    images, photos, image_number, photo_number = [], [], 0, 0
    for block in body:
        if block.block_type == "image":
            image_number += 1
            if block.value.get("image") is not None and not (block.value.get("alt_text") or "").strip():
                images.append(image_number)
        elif block.block_type == "gallery":
            for photo in block.value.get("photos") or []:
                photo_number += 1
                if photo.get("image") is not None and not (photo.get("alt_text") or "").strip():
                    photos.append(photo_number)
    return [label for label in (numbered(_("body image"), images), numbered(_("gallery photo"), photos)) if label]
