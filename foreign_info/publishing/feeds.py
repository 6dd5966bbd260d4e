"""RSS 2.0 and Atom feeds of a section, one pair per language (/<lang>/feed/rss/, /<lang>/feed/atom/)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape, strip_tags

from foreign_info.core.languages import bcp47
from foreign_info.core.models import PortalSettings
from foreign_info.core.site_urls import absolute_url, site_root

FEED_LENGTH = 30


class RssSectionFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, section):
        super().__init__()
        self.section = section

    def get_object(self, request, *args, **kwargs):
        self.request = request
        code = self.section.locale.language_code
        self.language = bcp47(code)
        return self.section

    def title(self, section):
        return section.title

    def link(self, section):
        # Absolute already: Django would otherwise prefix the request's host (core.site_urls).
        return section.get_full_url(self.request)

    def feed_url(self, section):
        return absolute_url(self.request, self.request.path)

    def description(self, section):
        """What the section is about (its search description, else its introduction), never its
        title again: readers show both side by side."""
        return section.search_description or strip_tags(section.intro).strip() or section.title

    def author_name(self, section):
        """RFC 4287 §4.1.1: an Atom feed names an author when its entries may not; the portal
        that publishes the section is the author of all of them."""
        portal = PortalSettings.for_request_cached(self.request)
        return (portal.name_for(section.locale.language_code) if portal else "") or section.title

    def author_link(self, section):
        return site_root(self.request) + "/"

    def items(self, section):
        """Articles, clips and photo stories together, newest first."""
        from .listings import articles_in, feed_pages, visual_stories_in

        articles = list(articles_in(section, self.request).prefetch_related("topics")[:FEED_LENGTH])
        stories = visual_stories_in(section, self.request, FEED_LENGTH, with_topics=True)
        others = feed_pages(section, self.request, FEED_LENGTH)
        return sorted(articles + stories + others, key=lambda page: (page.date, page.pk), reverse=True)[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        """RSS <description> and Atom <summary type="html"> are HTML to a feed reader, and the
        feed writer only escapes for XML; the standfirst is plain text, so it is escaped as HTML
        here, once, and readers show what the editor typed instead of running it."""
        return escape(article.standfirst)

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        return article.last_published_at or article.date

    def item_categories(self, article):
        topics = getattr(article, "topics", None)  # events have none
        return [topic.slug for topic in topics.all()] if topics is not None else []

    def item_author_name(self, article):
        return getattr(article, "source_agency", "") or getattr(article, "credits", "") or None

    def item_enclosures(self, page):
        """A clip's video, so podcast-style readers and aggregators can fetch it."""
        clip = getattr(page, "clip", None)
        playable = clip.playable_file if clip else None
        if playable is None:
            return []
        return [Enclosure(absolute_url(self.request, playable.url), str(playable.size), "video/mp4")]


class AtomSectionFeed(RssSectionFeed):
    feed_type = Atom1Feed
    subtitle = RssSectionFeed.description
