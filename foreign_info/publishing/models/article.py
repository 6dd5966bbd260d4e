import math
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from foreign_info.core.publish_gates import PublishGatesMixin
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.translation.status import TranslationStatePanel

from ..blocks import ArticleBodyBlock, body_images_without_alt_text
from ..forms import SearchableCheckboxSelectMultiple, SectionChildPageForm
from .section import CacheablePageMixin, SectionChildMixin

# Scripts written without spaces between words are timed by characters, the others by words.
UNSPACED_SCRIPTS = re.compile(r"[\u0E80-\u0EFF\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]")
WORDS_PER_MINUTE = 200
SOCIAL_RENDITION = "fill-1200x630-c60"
CHARACTERS_PER_MINUTE = 500


def require_alt_text(page):
    """A page cannot be saved with a hero image that has no alt text (its own or the image's)."""
    if page.hero_image_id and not (page.hero_alt.strip() or (page.hero_image and page.hero_image.description.strip())):
        raise ValidationError({"hero_alt": _("Describe the hero image for readers who cannot see it.")})


class ArticlePage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, SectionChildMixin, CacheablePageMixin, Page):
    """A news article in one language. The page title is the headline."""

    standfirst = models.TextField(_("standfirst"), max_length=600, help_text=_("One or two sentences under the headline"))
    date = models.DateTimeField(_("publication date"), default=timezone.now)
    hero_image = models.ForeignKey("core.PortalImage", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    hero_alt = models.CharField(_("hero alt text"), max_length=250, blank=True, help_text=_("Leave blank to use the image's description"))
    hero_caption = models.CharField(_("hero caption"), max_length=500, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    topics = ParentalManyToManyField("publishing.Topic", verbose_name=_("topics"), blank=True, related_name="articles")
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("District or town, e.g. Buôn Ma Thuột"))
    source_agency = models.CharField(_("source"), max_length=255, blank=True, help_text=_("Agency or department that supplied the story"))

    base_form_class = SectionChildPageForm
    content_panels = title_and_slug_panels() + [
        FieldPanel("standfirst"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption")], _("Hero image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("place"), FieldPanel("source_agency"), FieldPanel("topics", widget=SearchableCheckboxSelectMultiple)],
            _("About this article"),
        ),
        TranslationStatePanel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.SearchField("place"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("standfirst"),
        APIField("date"),
        APIField("place"),
        APIField("source_agency"),
        APIField("hero_alt"),
        APIField("hero_caption"),
        APIField("body"),
    ]

    parent_page_types = ["publishing.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")

    def clean(self):
        super().clean()
        require_alt_text(self)

    def images_without_alt_text(self):
        # The hero image is checked by clean() (require_alt_text), which runs on publishing too.
        return body_images_without_alt_text(self.body)

    @property
    def hero_alt_text(self):
        return self.hero_alt or (self.hero_image.description if self.hero_image else "")

    def plain_text(self):
        parts = [self.standfirst]
        for block in self.body:
            if block.block_type == "paragraph":
                parts.append(strip_tags(block.value.source))
            elif block.block_type == "quote":
                parts.append(block.value["quote"])
        return " ".join(parts)

    @property
    def reading_minutes(self):
        text = self.plain_text()
        unspaced = len(UNSPACED_SCRIPTS.findall(text))
        words = len(UNSPACED_SCRIPTS.sub(" ", text).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE + unspaced / CHARACTERS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.hero_image:
            social_image = self.hero_image.get_rendition(SOCIAL_RENDITION)
            context["social_image"] = social_image
            context["social_image_url"] = request.build_absolute_uri(social_image.url)
        return context
