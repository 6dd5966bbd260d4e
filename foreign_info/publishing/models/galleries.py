"""GalleryPage: a photo story, an ordered run of photos each with its caption, alt text, place and
date, in one language.

The items are TranslatableMixin orderables, so wagtail-localize offers each caption and alt text to
translators with the page. Credit, copyright and licence belong to the photo (core.PortalImage) and
are the same in every language. Renditions are prefetched for every item in one query, so a story
of 60 photos costs the same number of queries as one of 6 (tests/publishing/test_galleries.py).
"""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from foreign_info.core.models import Licence
from foreign_info.core.publish_gates import PublishGatesMixin, numbered
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.site_urls import absolute_url
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.media.models import PhotoCapture
from foreign_info.translation.status import TranslationStatePanel

from ..forms import SearchableCheckboxSelectMultiple, SectionChildPageForm
from .section import CacheablePageMixin, SectionChildMixin

# (width, height) of the grid's crops, around each photo's focal point; WebP first, JPEG for the rest.
GRID_SIZES = ((480, 360), (960, 720))
FULL_SIZES = ((800, 800), (1600, 1600))
FORMATS = ("webp", "jpeg")


def grid_spec(width, height, image_format):
    return f"fill-{width}x{height}-c75|format-{image_format}"


def full_spec(width, height, image_format):
    return f"max-{width}x{height}|format-{image_format}"


RENDITION_SPECS = [grid_spec(w, h, f) for w, h in GRID_SIZES for f in FORMATS] + [full_spec(w, h, f) for w, h in FULL_SIZES for f in FORMATS]


class GalleryPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, SectionChildMixin, CacheablePageMixin, Page):
    standfirst = models.TextField(_("standfirst"), max_length=600)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    date = models.DateTimeField(_("publication date"), default=timezone.now)
    topics = ParentalManyToManyField("publishing.Topic", verbose_name=_("topics"), blank=True, related_name="galleries")
    place = models.CharField(_("place"), max_length=120, blank=True)

    base_form_class = SectionChildPageForm
    content_panels = title_and_slug_panels() + [
        FieldPanel("standfirst"),
        FieldPanel("intro"),
        InlinePanel("items", label=_("Photos"), min_num=1),
        MultiFieldPanel([FieldPanel("date"), FieldPanel("place"), FieldPanel("topics", widget=SearchableCheckboxSelectMultiple)], _("About this story")),
        TranslationStatePanel(),
    ]
    search_fields = Page.search_fields + [index.SearchField("standfirst"), index.SearchField("intro"), index.FilterField("date")]
    api_fields = [APIField("standfirst"), APIField("date"), APIField("place"), APIField("intro"), APIField("items")]

    parent_page_types = ["publishing.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("photo story")

    def images_without_alt_text(self):
        # The revision's object holds its photos in memory (modelcluster), not in the database.
        missing = [number for number, item in enumerate(self.items.all(), start=1) if not (item.alt_text or "").strip()]
        return [numbered(_("photo"), missing)] if missing else []

    @property
    def hero_image(self):
        """The first photo is the story's cover (cards, feeds, social previews)."""
        items = getattr(self, "prefetched_items", None)
        if items is None:
            first = self.items.select_related("image").first()
            return first.image if first else None
        return items[0].image if items else None

    @property
    def hero_alt_text(self):
        items = getattr(self, "prefetched_items", None)
        first = items[0] if items else self.items.first()
        return first.alt_text if first else ""

    def items_with_renditions(self):
        rendition_model = get_image_model().get_rendition_model()
        return list(
            self.items.select_related("image").prefetch_related(
                Prefetch(
                    "image__renditions",
                    queryset=rendition_model.objects.filter(filter_spec__in=RENDITION_SPECS),
                    to_attr="prefetched_renditions",
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        renditions_by_image = {}  # a photo used twice in a story is rendered once
        photos = [photo_for_template(item, request, renditions_by_image) for item in self.items_with_renditions()]
        context["photos"] = photos
        return context


def srcset(renditions):
    """A small original yields the same width twice (renditions never upscale): list it once."""
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    return ", ".join(f"{rendition.url} {width}w" for width, rendition in by_width.items())


def photo_for_template(item, request, renditions_by_image):
    image = item.image
    if image.pk not in renditions_by_image:
        renditions_by_image[image.pk] = image.get_renditions(*RENDITION_SPECS)
    renditions = renditions_by_image[image.pk]
    grid = {f: [renditions[grid_spec(w, h, f)] for w, h in GRID_SIZES] for f in FORMATS}
    full = {f: [renditions[full_spec(w, h, f)] for w, h in FULL_SIZES] for f in FORMATS}
    largest = full["jpeg"][-1]
    return {
        "item": item,
        "grid_webp": srcset(grid["webp"]),
        "grid_jpeg": srcset(grid["jpeg"]),
        "grid_fallback": grid["jpeg"][0],
        "full_webp": srcset(full["webp"]),
        "full_jpeg": srcset(full["jpeg"]),
        "full": largest,
        "full_url": absolute_url(request, largest.url),
        # A link on the page itself: from the host the reader is on (a download attribute works only
        # on the same origin).
        "download_url": image.file.url if item.may_be_downloaded else "",
    }


class GalleryItem(TranslatableMixin, Orderable):
    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="items")
    image = models.ForeignKey("core.PortalImage", verbose_name=_("photo"), on_delete=models.PROTECT, related_name="+")
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    alt_text = models.CharField(_("alt text"), max_length=250, help_text=_("Describe the photo for readers who cannot see it"))
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("District or town, e.g. Buôn Ma Thuột"))
    date_taken = models.DateField(_("date taken"), null=True, blank=True, help_text=_("Filled from the photo's EXIF when left blank"))

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text"), FieldPanel("place"), FieldPanel("date_taken")]
    api_fields = [APIField("image"), APIField("caption"), APIField("alt_text"), APIField("place"), APIField("date_taken")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")

    def save(self, *args, **kwargs):
        if self.image_id and self.date_taken is None:
            capture = PhotoCapture.objects.filter(image_id=self.image_id).first()
            if capture is not None:
                self.date_taken = capture.taken_on
        super().save(*args, **kwargs)

    @property
    def may_be_downloaded(self):
        """Open licences invite reuse; 'all rights reserved' photos are shown, not handed out."""
        return self.image.licence != Licence.ALL_RIGHTS_RESERVED
