from .article import ArticlePage
from .clips import ClipPage
from .galleries import GalleryItem, GalleryPage
from .section import SectionFeaturedItem, SectionPage
from .topics import Topic

__all__ = ["ArticlePage", "ClipPage", "GalleryItem", "GalleryPage", "SectionFeaturedItem", "SectionPage", "Topic"]
