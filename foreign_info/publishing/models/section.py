from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from foreign_info.core import derived
from foreign_info.core.languages import FALLBACK_LANGUAGE, SOURCE_LANGUAGE
from foreign_info.core.page_cache import mark_cacheable
from foreign_info.core.publish_gates import PublishGatesMixin
from foreign_info.core.search import WordSegmentedIndex
from foreign_info.core.slugs import TransliteratedSlugMixin, title_and_slug_panels
from foreign_info.translation.status import TranslationStatePanel

from .. import listings
from ..feeds import AtomSectionFeed, RssSectionFeed
from .topics import Topic


class CacheablePageMixin:
    """Public renders of these pages go into the page cache (foreign_info.core.page_cache)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            mark_cacheable(response)
        return response


class SectionPage(WordSegmentedIndex, PublishGatesMixin, TransliteratedSlugMixin, CacheablePageMixin, RoutablePageMixin, Page):
    """The home of the foreign-information section in one language.

    Topic pages, search and the feeds are routes of this page rather than pages of their own, so
    that each language gets them at /<lang>/topics/<slug>/, /<lang>/search/ and /<lang>/feed/...
    with no extra pages for editors to create and translate.
    """

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    hero_image = models.ForeignKey("core.PortalImage", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    hero_alt = models.CharField(_("hero alt text"), max_length=250, blank=True)
    hero_caption = models.CharField(_("hero caption"), max_length=500, blank=True)
    items_per_page = models.PositiveSmallIntegerField(_("articles per page"), default=12)

    content_panels = title_and_slug_panels() + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption")], _("Hero")),
        InlinePanel("featured_items", label=_("Featured articles"), max_num=6),
        TranslationStatePanel(),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("items_per_page")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "publishing.ArticlePage",
        "publishing.ClipPage",
        "publishing.GalleryPage",
        "presskits.PressRoomPage",
        "events.EventIndexPage",
        "statements.StatementPage",
    ]

    class Meta:
        verbose_name = _("foreign-information section")

    def clean(self):
        super().clean()
        from .article import require_alt_text

        require_alt_text(self)

    @property
    def hero_alt_text(self):
        from .article import alt_text_of

        return alt_text_of(self, self.hero_alt, self.hero_image)

    def route(self, request, path_components):
        """Find an article child in one query, with what its page needs, rather than Wagtail's
        three (child, specific page, then its hero image and locale on first use).

        Other children (clips, photo stories, and their routes such as a clip's subtitles) are
        found by tree path too, not through Wagtail's get_children(), which trusts the stored
        child count."""
        if path_components and self.live and not self.is_route(path_components[0]):
            from .article import ArticlePage

            if len(path_components) == 1:
                article = ArticlePage.objects.child_of(self).filter(slug=path_components[0]).select_related("hero_image", "locale").first()
                if article is not None:
                    article.routed_from = self  # the section is at hand: the article need not query it again
                    return article.route(request, [])
            child = Page.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                return child.specific.route(request, path_components[1:])
        return super().route(request, path_components)

    def is_route(self, component):
        try:
            self.resolve_subpage(f"/{component}/")
        except Http404:
            return False
        return True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_url"] = self.get_url(request)
        context["section_title"] = self.title
        context["topics"] = derived.remember(request, ("navigation", self.locale_id), self.topics_for_navigation)
        return context

    def topics_for_navigation(self):
        """Every topic, named in this section's language where a translation exists."""
        return localized_topics(Topic.objects.all(), self.locale_id)

    def topic_by_slug(self, slug):
        topics = [topic for topic in self.topics_for_navigation() if topic.slug == slug]
        if not topics:
            raise Http404("Unknown topic")
        return topics[0]

    @path("")
    def index(self, request):
        from foreign_info.statements.listings import recent_statements

        articles = listings.paginate(request, listings.articles_in(self, request), self.items_per_page)
        first = articles.number == 1
        # What only the first page shows changes with a publish (or an event starting), not per reader.
        featured = derived.remember(request, ("featured", self.pk), lambda: listings.featured_articles(self, request)) if first else []
        featured_ids = {article.pk for article in featured}
        return self.render(
            request,
            context_overrides={
                "articles": articles,
                "latest": [article for article in articles if article.pk not in featured_ids],
                "featured": featured,
                "visual_stories": derived.remember(request, ("stories", self.pk), lambda: listings.visual_stories_in(self, request)) if first else [],
                "home_blocks": derived.remember(request, ("home blocks", self.pk), lambda: listings.home_blocks(self, request)) if first else [],
                "recent_statements": derived.remember(request, ("statements", self.pk), lambda: recent_statements(self)) if first else [],
            },
        )

    @path("statements/", name="statements")
    def statements(self, request):
        from foreign_info.statements.views import statements_listing

        return statements_listing(self, request)

    @path("statements/feed/", name="statements_feed")
    def statements_feed(self, request):
        from foreign_info.statements.views import statements_feed

        return statements_feed(self, request)

    @path("topics/<slug:slug>/", name="topic")
    def topic(self, request, slug):
        topic = self.topic_by_slug(slug)
        articles = listings.paginate(request, listings.articles_about(self, topic, request), self.items_per_page)
        return self.render(
            request,
            template="publishing/topic_page.html",
            context_overrides={"topic": topic, "articles": articles, "breadcrumbs": [{"title": topic.name}], "route_path": f"topics/{slug}/"},
        )

    @path("search/", name="search")
    def search(self, request):
        query, query_was_shortened = listings.clean_search_query(request.GET.get("q", ""))
        results = listings.paginate(request, listings.search_articles(self, query, request), self.items_per_page) if query else None
        return self.render(
            request,
            template="publishing/search_page.html",
            context_overrides={
                "search_query": query,
                "query_was_shortened": query_was_shortened,
                "results": results,
                "cards": listings.specific_cards(results.object_list) if results else [],
                "breadcrumbs": [{"title": _("Search")}],
                "route_path": "search/",
            },
        )

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return RssSectionFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return AtomSectionFeed(self)(request)


def localized_topics(topics, locale_id):
    """Topics in the given locale; where a topic is not translated into it, its English version,
    and only then the source-language (Vietnamese) one, as the catalogues fall back
    (core/fallback.py): a Lao reader meets English before Vietnamese.

    Works on any queryset of topics (annotations included), in one query.
    """
    by_key, rank = {}, {}
    candidates = topics.filter(Q(locale_id=locale_id) | Q(locale__language_code__in=[FALLBACK_LANGUAGE, SOURCE_LANGUAGE])).select_related("locale")
    for topic in candidates.order_by("sort_order", "name"):
        preference = 0 if topic.locale_id == locale_id else 1 if topic.locale.language_code == FALLBACK_LANGUAGE else 2
        if preference < rank.get(topic.translation_key, 3):
            by_key[topic.translation_key], rank[topic.translation_key] = topic, preference
    return sorted(by_key.values(), key=lambda topic: (topic.sort_order, topic.name))


class SectionChildMixin:
    """What every page inside a section shows around its own content: the way back to the section,
    the topic navigation and the page's own topics in the reader's language, and breadcrumbs.

    Articles, clips and photo stories share it; each adds its own context after calling super().
    """

    def localized_topics(self):
        """(every topic for navigation, this page's topics), in the page's language, in one query."""
        from .topics import Topic

        own_keys = self.topics.values("translation_key")
        topics = localized_topics(Topic.objects.annotate(is_own=Exists(own_keys.filter(translation_key=OuterRef("translation_key")))), self.locale_id)
        return topics, [topic for topic in topics if topic.is_own]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # SectionPage.route hands over the section it routed through, saving a query.
        section = getattr(self, "routed_from", None) or self.get_parent()
        context["section_url"] = section.get_url(request)
        context["section_title"] = section.title
        context["topics"], context["article_topics"] = derived.remember(request, ("topics", self.pk), self.localized_topics)
        context["breadcrumbs"] = [{"title": self.title}]
        return context


class SectionFeaturedItem(Orderable):
    section = ParentalKey(SectionPage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", page_type="publishing.ArticlePage")]
