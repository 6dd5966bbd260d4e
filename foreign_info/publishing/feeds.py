"""RSS 2.0 and Atom feeds of a section, one pair per language (/<lang>/feed/rss/, /<lang>/feed/atom/)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape

from foreign_info.core.languages import bcp47

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
        return section.get_url(self.request)

    def description(self, section):
        return section.search_description or section.title

    def items(self, section):
        """Articles, clips and photo stories together, newest first."""
        from .listings import articles_in, visual_stories_in

        articles = list(articles_in(section, self.request).prefetch_related("topics")[:FEED_LENGTH])
        stories = visual_stories_in(section, self.request, FEED_LENGTH, with_topics=True)
        return sorted(articles + stories, key=lambda page: (page.date, page.pk), reverse=True)[:FEED_LENGTH]

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
        return [topic.slug for topic in article.topics.all()]

    def item_author_name(self, article):
        return getattr(article, "source_agency", "") or getattr(article, "credits", "") or None

    def item_enclosures(self, page):
        """A clip's video, so podcast-style readers and aggregators can fetch it."""
        clip = getattr(page, "clip", None)
        playable = clip.playable_file if clip else None
        if playable is None:
            return []
        return [Enclosure(self.request.build_absolute_uri(playable.url), str(playable.size), "video/mp4")]


class AtomSectionFeed(RssSectionFeed):
    feed_type = Atom1Feed
    subtitle = RssSectionFeed.description
