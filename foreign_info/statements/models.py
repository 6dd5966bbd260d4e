"""Official statements and corrections of false claims: the pages the urgent lane exists for.

A statement is the province speaking; a correction answers a false or distorted claim that appeared
somewhere (a post, an article), says what is true and shows the evidence, and carries schema.org
`ClaimReview` data as fact-checkers publish it, so search engines can show it beside the claim.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from foreign_info.core.publish_gates import PublishGatesMixin
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.publishing.blocks import ArticleBodyBlock, body_images_without_alt_text
from foreign_info.publishing.models.section import CacheablePageMixin, SectionChildMixin, localized_topics
from foreign_info.publishing.models.topics import Topic
from foreign_info.translation.status import TranslationStatePanel


class EvidenceBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("what it is"), max_length=255, help_text=_("e.g. the decision of the Provincial People's Committee"))
    url = blocks.URLBlock(label=_("link"), required=False)

    class Meta:
        icon = "link"
        label = _("evidence")


class StatementPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, SectionChildMixin, CacheablePageMixin, Page):
    class Kind(models.TextChoices):
        STATEMENT = "statement", _("official statement")
        CORRECTION = "correction", _("correction of a false claim")

    class Rating(models.IntegerChoices):
        # ClaimReview's scale: 1 is false, 5 is true (Google reads alternateName; the number orders them).
        FALSE = 1, _("false")
        MISLEADING = 2, _("misleading")
        PARTLY_FALSE = 3, _("partly false")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    standfirst = models.TextField(_("summary"), max_length=600, help_text=_("What the province states, in one or two sentences"))
    date = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_by = models.CharField(_("issued by"), max_length=255, help_text=_("e.g. Provincial People's Committee"))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("text"), help_text=_("For a correction: what is true"))
    claim = models.TextField(_("the claim"), blank=True, help_text=_("The false or distorted claim, as it was made"))
    claim_appeared_in = models.CharField(_("where it appeared"), max_length=255, blank=True, help_text=_("e.g. a post on a social network page"))
    claim_url = models.URLField(_("link to the claim"), blank=True)
    claim_author = models.CharField(_("who made it"), max_length=255, blank=True)
    claim_date = models.DateField(_("when it appeared"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("verdict"), choices=Rating.choices, null=True, blank=True)
    evidence = StreamField([("evidence", EvidenceBlock())], verbose_name=_("evidence"), blank=True)

    content_panels = title_and_slug_panels() + [
        FieldPanel("kind"),
        FieldPanel("standfirst"),
        MultiFieldPanel([FieldPanel("date"), FieldPanel("issued_by")], _("About this statement")),
        MultiFieldPanel(
            [
                FieldPanel("claim"),
                FieldPanel("claim_appeared_in"),
                FieldPanel("claim_url"),
                FieldPanel("claim_author"),
                FieldPanel("claim_date"),
                FieldPanel("rating"),
            ],
            _("The claim corrected (corrections only)"),
        ),
        FieldPanel("body"),
        FieldPanel("evidence"),
        TranslationStatePanel(),
    ]
    # A link to the claim and the verdict are facts, the same in every language.
    override_translatable_fields = [SynchronizedField("claim_url"), SynchronizedField("rating"), SynchronizedField("kind"), TranslatableField("claim")]
    search_fields = Page.search_fields + [index.SearchField("standfirst"), index.SearchField("body"), index.SearchField("claim"), index.FilterField("date")]
    api_fields = [
        APIField("kind"),
        APIField("standfirst"),
        APIField("date"),
        APIField("issued_by"),
        APIField("body"),
        APIField("claim"),
        APIField("claim_appeared_in"),
        APIField("claim_url"),
        APIField("claim_author"),
        APIField("claim_date"),
        APIField("rating"),
        APIField("evidence"),
    ]
    parent_page_types = ["publishing.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("official statement or correction")
        verbose_name_plural = _("official statements and corrections")

    @property
    def is_correction(self):
        return self.kind == self.Kind.CORRECTION

    def clean(self):
        super().clean()
        if self.is_correction:
            missing = {}
            if not self.claim.strip():
                missing["claim"] = _("A correction says which claim it corrects.")
            if not self.rating:
                missing["rating"] = _("A correction gives its verdict on the claim.")
            if not (self.claim_appeared_in.strip() or self.claim_url):
                missing["claim_appeared_in"] = _("Say where the claim appeared, or link to it.")
            if missing:
                raise ValidationError(missing)

    def localized_topics(self):
        """The section's topic navigation; a statement files under none of them."""
        return localized_topics(Topic.objects.all(), self.locale_id), []

    def images_without_alt_text(self):
        return body_images_without_alt_text(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = [{"title": _("Statements"), "url": context["section_url"] + "statements/"}, {"title": self.title}]
        return context
