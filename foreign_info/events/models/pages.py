"""The events of a section: one listing page per language (EventIndexPage, under the section) and
the events under it (EventPage), each translated through the same jobs, queues and editor as
articles.

The programme, venues, organisers and contacts are StreamFields rather than related models: their
texts become wagtail-localize segments like an article body's, and a programme of 40 sessions is
read with the page's own row, so it costs the same SQL queries as one of 4
(tests/events/test_query_counts.py). Start, end, time zone, status and the press kit are the same
event in every language, so they are synchronised from the source rather than translated.
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from foreign_info.core.publish_gates import PublishGatesMixin
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.publishing.blocks import body_images_without_alt_text
from foreign_info.publishing.models.article import require_alt_text
from foreign_info.publishing.models.section import CacheablePageMixin
from foreign_info.translation.status import TranslationStatePanel

from .. import blocks, dates

TIME_ZONE_CHOICES = [(name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name and not name.startswith(("Etc/", "SystemV/"))]


class EventStatus(models.TextChoices):
    """schema.org's EventStatusType values, which search engines show beside the event."""

    SCHEDULED = "scheduled", _("Scheduled")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")
    CANCELLED = "cancelled", _("Cancelled")


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Not over yet (running events included), soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(PublishGatesMixin, TransliteratedSlugMixin, CacheablePageMixin, RoutablePageMixin, Page):
    """The section's events in one language: upcoming first, past ones archived by year, and the
    language's calendar feed at calendar/ (routes, so no extra pages to create and translate)."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = title_and_slug_panels() + [FieldPanel("intro"), TranslationStatePanel()]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["publishing.SectionPage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events")

    @path("")
    def index(self, request):
        from ..listing import index_context

        return self.render(request, context_overrides=index_context(self, request))

    @path("<int:year>/", name="year")
    def year(self, request, year):
        from ..listing import year_context

        return self.render(request, template="events/event_year_page.html", context_overrides=year_context(self, request, year))

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from ..listing import calendar_response

        return calendar_response(self, request)


class EventPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, CacheablePageMixin, RoutablePageMixin, Page):
    """An event programme in one language: a culture, tourism or investment week, a festival."""

    summary = models.TextField(_("summary"), max_length=600, help_text=_("One or two sentences under the title"))
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    time_zone = models.CharField(_("time zone"), max_length=64, choices=TIME_ZONE_CHOICES, default=dates.DEFAULT_TIME_ZONE)
    lunar_calendar = models.BooleanField(
        _("follows the lunar calendar"), default=False, help_text=_("Show the Vietnamese lunar date beside the dates (festivals held on a lunar date)")
    )
    status = models.CharField(_("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    hero_image = models.ForeignKey("core.PortalImage", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    hero_alt = models.CharField(_("hero alt text"), max_length=250, blank=True, help_text=_("Leave blank to use the image's description"))
    venues = StreamField([("venue", blocks.VenueBlock())], verbose_name=_("venues"), min_num=1)
    programme = StreamField([("session", blocks.SessionBlock())], verbose_name=_("programme"), blank=True)
    organisers = StreamField([("organiser", blocks.OrganiserBlock())], verbose_name=_("organisers"), blank=True)
    contacts = StreamField([("contact", blocks.ContactBlock())], verbose_name=_("contacts"), blank=True)
    body = StreamField(blocks.EventMediaBlock(), verbose_name=_("photos, clips and text"), blank=True)
    press_kit = models.ForeignKey("presskits.PressKitPage", verbose_name=_("press kit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    # The press kit is chosen once, in Vietnamese; each language links to the kit's own translation
    # when it is live (see press_kit_for), so a kit not yet translated never blocks the event's.
    override_translatable_fields = TransliteratedSlugMixin.override_translatable_fields + [SynchronizedField("press_kit")]
    content_panels = title_and_slug_panels() + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone"), FieldPanel("lunar_calendar"), FieldPanel("status")],
            _("When"),
        ),
        FieldPanel("venues"),
        FieldPanel("programme"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], _("Hero image")),
        FieldPanel("body"),
        FieldPanel("organisers"),
        FieldPanel("contacts"),
        PageChooserPanel("press_kit", page_type="presskits.PressKitPage"),
        TranslationStatePanel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("programme"),
        index.SearchField("venues"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("status"),
        APIField("venues"),
        APIField("programme"),
        APIField("organisers"),
        APIField("contacts"),
        APIField("body"),
        APIField("hero_alt"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    objects = EventManager()
    card_template = "events/includes/event_card.html"  # in search results beside articles

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        require_alt_text(self)
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if self.start and self.end:
            first, last = dates.local(self.start, self.time_zone).date(), dates.local(self.end, self.time_zone).date()
            outside = [str(number) for number, session in enumerate(self.sessions, start=1) if not first <= session["date"] <= last]
            if outside:
                raise ValidationError({"programme": _("Sessions %(numbers)s fall outside the event's dates.") % {"numbers": ", ".join(outside)}})

    def images_without_alt_text(self):
        return body_images_without_alt_text(self.body)

    # What cards, feeds and search results read from every page of the section.
    @property
    def standfirst(self):
        return self.summary

    @property
    def date(self):
        """When the event was announced: feeds and search order pages by publication."""
        return self.first_published_at or self.start

    @property
    def hero_alt_text(self):
        return self.hero_alt or (self.hero_image.description if self.hero_image else "")

    @property
    def sessions(self):
        return [block.value for block in self.programme if block.block_type == "session"]

    @property
    def venue_list(self):
        return [block.value for block in self.venues if block.block_type == "venue"]

    @property
    def main_venue(self):
        venues = self.venue_list
        return venues[0] if venues else None

    @property
    def place(self):
        venue = self.main_venue
        return venue["name"] if venue else ""

    @property
    def local_start(self):
        return dates.local(self.start, self.time_zone)

    @property
    def local_end(self):
        return dates.local(self.end, self.time_zone)

    def is_over(self, now=None):
        return self.end < (now or timezone.now())

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from ..views import event_ics

        return event_ics(self, request)

    @path("contacts/", name="contacts")
    def contacts_card(self, request):
        from ..views import contacts_vcf

        return contacts_vcf(self, request)

    def get_context(self, request, *args, **kwargs):
        from ..presentation import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context
