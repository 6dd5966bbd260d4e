"""The press room (one per section and language) and its press kits.

A kit is a Wagtail page, so it is translated through the same jobs, queues and editor as articles,
and each translation is the kit in that language. Its contents are StreamFields of chosen pages,
photos and documents, a fact sheet and press contacts (see blocks.py for what is translated).
The embargo time is the same in every language (a synchronised field) and stored in UTC.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from foreign_info.core.publish_gates import PublishGatesMixin, numbered
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.translation.status import TranslationStatePanel

from .. import blocks


class PressKitQuerySet(PageQuerySet):
    def embargoed(self, now=None):
        return self.filter(embargo_until__gt=now or timezone.now())

    def released(self, now=None):
        """Kits anyone may see: no embargo, or an embargo that has passed."""
        return self.filter(models.Q(embargo_until__isnull=True) | models.Q(embargo_until__lte=now or timezone.now()))


PressKitManager = PageManager.from_queryset(PressKitQuerySet)


class PressRoomPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, RoutablePageMixin, Page):
    """Where foreign correspondents find the section's press kits and ask for accreditation.

    Not a cached page (publishing's CacheablePageMixin), nor are kits: an accredited journalist sees
    embargoed kits here that the public must not, so one stored copy cannot serve both."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    accreditation_intro = RichTextField(_("about accreditation"), features=["bold", "italic", "link"], blank=True)

    content_panels = title_and_slug_panels() + [FieldPanel("intro"), FieldPanel("accreditation_intro"), TranslationStatePanel()]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["publishing.SectionPage"]
    subpage_types = ["presskits.PressKitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("press room")

    def kits(self, request=None, include_embargoed=False):
        """Live kits of this press room, newest first; embargoed ones only when asked for."""
        from foreign_info.core.visibility import public_pages

        kits = public_pages(PressKitPage.objects.child_of(self).live(), request).select_related("cover_image")
        if not include_embargoed:
            kits = kits.released()
        return kits.order_by("-first_published_at", "-pk")

    @path("")
    def index(self, request):
        from ..access import journalist_for
        from ..presentation import kit_previews

        journalist = journalist_for(request)
        kits = list(self.kits(request, include_embargoed=journalist is not None).prefetch_related("cover_image__renditions"))
        return self.render(request, context_overrides={"kits": kits, "previews": kit_previews(kits, self.locale.language_code), "journalist": journalist})

    # The journalists' routes (journalists.py): accreditation request, personal link, sign-out.
    @path("accreditation/", name="accreditation")
    def accreditation(self, request):
        from ..journalists import accreditation_form

        return accreditation_form(self, request)

    @path("accreditation/thanks/", name="accreditation_thanks")
    def accreditation_thanks(self, request):
        from ..journalists import accreditation_thanks

        return accreditation_thanks(self, request)

    @path("access/<path:token>/", name="access")
    def access(self, request, token):
        from ..journalists import open_link

        return open_link(self, request, token)

    # Subscriptions to new kits and statements (foreign_info.subscriptions.views).
    @path("subscribe/", name="subscribe")
    def subscribe(self, request):
        from foreign_info.subscriptions.views import subscribe_form

        return subscribe_form(self, request)

    @path("subscribe/thanks/", name="subscription_thanks")
    def subscription_thanks(self, request):
        from foreign_info.subscriptions.views import subscribe_thanks

        return subscribe_thanks(self, request)

    @path("subscribe/confirm/<path:token>/", name="subscription_confirm")
    def subscription_confirm(self, request, token):
        from foreign_info.subscriptions.views import confirm

        return confirm(self, request, token)

    @path("sign-out/", name="sign_out")
    def sign_out(self, request):
        from ..journalists import sign_out

        return sign_out(self, request)


class PressKitPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, RoutablePageMixin, Page):
    """A press kit in one language."""

    summary = models.TextField(_("summary"), max_length=1000)
    backgrounder = RichTextField(_("backgrounder"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"], blank=True)
    cover_image = models.ForeignKey("core.PortalImage", verbose_name=_("cover image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_("Until this time the kit and everything only it contains are hidden from the public; accredited journalists can see and download them."),
    )
    pages = StreamField(
        [("page", blocks.KitPageBlock(label=_("Article, photo story or clip")))], verbose_name=_("articles, photo stories and clips"), blank=True
    )
    images = StreamField([("photo", blocks.KitImageBlock())], verbose_name=_("photos"), blank=True)
    documents = StreamField([("document", blocks.KitDocumentBlock())], verbose_name=_("documents"), blank=True)
    fact_sheet = StreamField([("fact", blocks.FactBlock())], verbose_name=_("fact sheet"), blank=True)
    contacts = StreamField([("contact", blocks.ContactBlock())], verbose_name=_("press contacts"), blank=True)

    content_panels = title_and_slug_panels() + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("backgrounder"),
        MultiFieldPanel([FieldPanel("pages"), FieldPanel("images"), FieldPanel("documents")], _("Contents")),
        FieldPanel("fact_sheet"),
        FieldPanel("contacts"),
        TranslationStatePanel(),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("embargo_until")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("backgrounder")]

    parent_page_types = ["presskits.PressRoomPage"]
    subpage_types = []

    objects = PressKitManager()

    class Meta:
        verbose_name = _("press kit")

    def images_without_alt_text(self):
        """A kit photo's caption is its alt text (presskits.contents); the cover falls back to the title."""
        missing = [n for n, block in enumerate(self.images, start=1) if block.value.get("image") is not None and not (block.value.get("caption") or "").strip()]
        return [numbered(_("press-kit photo"), missing)] if missing else []

    @property
    def cover_alt_text(self):
        """The cover photo's (Vietnamese) description on a Vietnamese kit only; elsewhere the kit's
        own title, which is translated (publishing.models.article.alt_text_of)."""
        from foreign_info.publishing.models.article import alt_text_of

        return alt_text_of(self, "", self.cover_image) or self.title

    def is_embargoed(self, now=None):
        return self.embargo_until is not None and self.embargo_until > (now or timezone.now())

    @path("")
    def index(self, request):
        from ..access import journalist_for
        from ..presentation import kit_page_context

        journalist = journalist_for(request)
        return self.render(request, context_overrides={**kit_page_context(self, request), "journalist": journalist, "embargoed": self.is_embargoed()})

    @path("download/<str:language>/<str:resolution>/")
    def download(self, request, language, resolution):
        from ..downloads import download

        return download(self, request, language, resolution)

    @path("download/<str:language>/<str:resolution>/status/")
    def download_status(self, request, language, resolution):
        from ..downloads import status

        return status(self, request, language, resolution)
