"""ClipPage: a short video with subtitles in every language of the section.

The Vietnamese subtitles are uploaded as a WebVTT or SRT file and stored as cues in a StreamField
(timings as numbers, text as a TextBlock), so wagtail-localize offers each cue's text to translators
as a segment, in the same queue and editor as the page text, while the timings stay the source's.
Each translation then serves its own `subtitles.vtt` from its own cues.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from foreign_info.core.publish_gates import PublishGatesMixin
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.site_urls import absolute_url
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.media import subtitles
from foreign_info.translation.status import TranslationStatePanel

from ..forms import ClipPageForm, SearchableCheckboxSelectMultiple
from .section import CacheablePageMixin, SectionChildMixin

# Wagtail serves only paths of words and slashes, so the WebVTT file is a route ending in a slash;
# its Content-Type and file name say what it is.
SUBTITLES_ROUTE = "subtitles/"


class CueBlock(blocks.StructBlock):
    start = blocks.FloatBlock(label=_("Start (seconds)"), min_value=0)
    end = blocks.FloatBlock(label=_("End (seconds)"), min_value=0)
    text = blocks.TextBlock(label=_("Text"))

    def clean(self, value):
        value = super().clean(value)
        if value["end"] <= value["start"]:
            raise blocks.StructBlockValidationError(block_errors={"end": ValidationError(_("A cue must end after it starts."))})
        if subtitles.MARKUP.search(value["text"]):
            raise blocks.StructBlockValidationError(block_errors={"text": ValidationError(_("Subtitles must be plain text, without markup or script."))})
        return value

    class Meta:
        icon = "openquote"


def iso_duration(seconds):
    """ISO 8601 duration for schema.org, e.g. PT1M5S."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"


class ClipPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, SectionChildMixin, CacheablePageMixin, RoutablePageMixin, Page):
    """A short clip in one language. The page title is the clip's headline."""

    clip = models.ForeignKey("media.VideoClip", verbose_name=_("video clip"), null=True, on_delete=models.PROTECT, related_name="pages")
    standfirst = models.TextField(_("standfirst"), max_length=600)
    description = RichTextField(_("description"), features=["bold", "italic", "link"], blank=True)
    date = models.DateTimeField(_("publication date"), default=timezone.now)
    topics = ParentalManyToManyField("publishing.Topic", verbose_name=_("topics"), blank=True, related_name="clips")
    place = models.CharField(_("place"), max_length=120, blank=True)
    credits = models.CharField(_("credits"), max_length=500, blank=True, help_text=_("Camera, editing and agency"))
    poster_alt = models.CharField(
        _("poster alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the poster shows, for readers who cannot see it; leave blank to use the image's description"),
    )
    subtitles = StreamField([("cue", CueBlock())], verbose_name=_("subtitles"), blank=True)

    base_form_class = ClipPageForm
    content_panels = title_and_slug_panels() + [
        FieldPanel("standfirst"),
        FieldPanel("clip"),
        FieldPanel("poster_alt"),
        FieldPanel("subtitle_file"),
        FieldPanel("subtitles"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("place"), FieldPanel("credits"), FieldPanel("topics", widget=SearchableCheckboxSelectMultiple)],
            _("About this clip"),
        ),
        TranslationStatePanel(),
    ]
    search_fields = Page.search_fields + [index.SearchField("standfirst"), index.SearchField("description"), index.FilterField("date")]
    api_fields = [APIField("standfirst"), APIField("date"), APIField("place"), APIField("credits"), APIField("description"), APIField("subtitles")]

    parent_page_types = ["publishing.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("short clip")

    @property
    def cues(self):
        return [subtitles.Cue(block.value["start"], block.value["end"], block.value["text"]) for block in self.subtitles if block.block_type == "cue"]

    @property
    def hero_image(self):
        """The poster stands in for a hero image in cards, feeds and social previews."""
        return self.clip.poster if self.clip_id and self.clip else None

    @property
    def hero_alt_text(self):
        from .article import alt_text_of

        return alt_text_of(self, self.poster_alt, self.hero_image)

    def clean(self):
        super().clean()
        from foreign_info.core.credits import bare_credit

        from .article import is_source_page

        self.credits = bare_credit(self.credits)  # the template adds the "Video:" label
        poster = self.hero_image
        if poster is not None and not self.poster_alt.strip() and poster.description.strip() and is_source_page(self):
            self.poster_alt = poster.description.strip()[:250]  # a segment for translators (article.require_alt_text)

    def publish_refusal_reasons(self):
        """No clip page is live before its video plays everywhere, whichever path publishes it
        (core.publish_gates); the editor's form says so before saving (forms.ClipPageForm)."""
        reasons = super().publish_refusal_reasons()
        if self.clip is None or not self.clip.is_playable:
            reasons.append(_("This clip cannot be published until its video is ready to play."))
        return reasons

    @path("")
    def index(self, request):
        return self.render(request)

    @path(SUBTITLES_ROUTE, name="subtitles")
    def subtitles_vtt(self, request):
        response = HttpResponse(subtitles.to_vtt(self.cues), content_type="text/vtt; charset=utf-8")
        response["Content-Language"] = self.locale.language_code
        response["Content-Disposition"] = f'inline; filename="{self.slug}.{self.locale.language_code}.vtt"'
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        clip = self.clip
        playable = clip.playable_file if clip else None
        # The player loads the file from the host it is on (the CSP's media-src 'self'); the
        # absolute URL on the Site's base is for search engines and social networks.
        context["video_src"] = playable.url if playable else ""
        context["video_url"] = absolute_url(request, playable.url) if playable else ""
        if clip and clip.poster:
            # At the poster's own aspect: a portrait clip's poster cropped to 1200x630 was a thin
            # strip, too small for the video thumbnails of search results (schema.org thumbnailUrl).
            poster = clip.poster.get_rendition("max-1080x1080")
            context["poster"] = poster
            context["poster_url"] = absolute_url(request, poster.url)
        context["iso_duration"] = iso_duration(clip.duration) if clip else ""
        context["cues"] = self.cues
        return context
