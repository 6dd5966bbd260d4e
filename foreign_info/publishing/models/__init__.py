from .article import ArticlePage
from .clips import ClipPage
from .section import SectionFeaturedItem, SectionPage
from .topics import Topic

__all__ = ["ArticlePage", "ClipPage", "SectionFeaturedItem", "SectionPage", "Topic"]
