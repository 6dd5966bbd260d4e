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

from foreign_info.core import derived
from foreign_info.core.languages import SOURCE_LANGUAGE
from foreign_info.core.publish_gates import PublishGatesMixin
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.site_urls import absolute_url
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


def require_alt_text(page, alt_field="hero_alt", image=None):
    """A page cannot be saved with a hero image that has no alt text (its own or the image's).

    On a Vietnamese page left blank, the image's description becomes the page's own alt text:
    the description is written once, in Vietnamese, and shared by every page using the photo, so
    only the page's field reaches translators; an English page used to show the Vietnamese
    description instead."""
    image = image if image is not None else page.hero_image
    if image is None:
        return
    own = (getattr(page, alt_field) or "").strip()
    description = (image.description or "").strip()
    if not own and description and is_source_page(page):
        setattr(page, alt_field, description[: page._meta.get_field(alt_field).max_length])
    elif not (own or description):
        raise ValidationError({alt_field: _("Describe the hero image for readers who cannot see it.")})


def is_source_page(page):
    """Whether the page is written in the source language, without a query per card of a
    listing: the source locale's id is read once and kept in the cache."""
    from django.core.cache import cache
    from wagtail.models import Locale

    if not page.locale_id:
        return True
    key = f"source-locale-id:{SOURCE_LANGUAGE}"
    locale_id = cache.get(key)
    if locale_id is None:
        locale_id = Locale.objects.filter(language_code=SOURCE_LANGUAGE).values_list("pk", flat=True).first()
        cache.set(key, locale_id, 3600)
    return page.locale_id == locale_id


def alt_text_of(page, own, image):
    """The alt text a page shows: its own, else the image's description on a Vietnamese page only
    (on any other page that would be Vietnamese text; an empty alt is better than a wrong language)."""
    if own:
        return own
    return image.description if image is not None and is_source_page(page) else ""


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
        return alt_text_of(self, self.hero_alt, self.hero_image)

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
        from ..listings import related_articles

        context = super().get_context(request, *args, **kwargs)
        context["related"] = derived.remember(request, ("related", self.pk), lambda: related_articles(self, context["article_topics"], request))
        if self.hero_image:
            social_image = self.hero_image.get_rendition(SOCIAL_RENDITION)
            context["social_image"] = social_image
            context["social_image_url"] = absolute_url(request, social_image.url)
        return context
