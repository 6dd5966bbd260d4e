from .article import ArticlePage
from .section import SectionFeaturedItem, SectionPage
from .topics import Topic

__all__ = ["ArticlePage", "SectionFeaturedItem", "SectionPage", "Topic"]
