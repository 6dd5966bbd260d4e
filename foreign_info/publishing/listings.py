"""Queries behind every list of articles: the section home, topic pages, search, feeds, featured items.

Contract: each function returns articles of one locale that are live and public, with their hero
image and its card-size rendition loaded, so a list costs the same number of SQL queries whether it
shows 5 items or 50 (asserted in tests/publishing/test_query_counts.py).
"""

import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import Http404
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Page

from foreign_info.core.pictures import specs
from foreign_info.core.visibility import public_pages

# A card's renditions at every width and format ("card" and "card-side" crop alike).
CARD_RENDITIONS = specs("card")
SEARCH_QUERY_MAX_LENGTH = 200


def with_card_images(queryset):
    rendition_model = get_image_model().get_rendition_model()
    return queryset.select_related("hero_image").prefetch_related(
        Prefetch(
            "hero_image__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=CARD_RENDITIONS),
            to_attr="prefetched_renditions",
        )
    )


def articles_in(section, request=None):
    from .models import ArticlePage

    articles = public_pages(ArticlePage.objects.live().descendant_of(section), request)
    return with_card_images(articles.order_by("-date", "-pk"))


def articles_about(section, topic, request=None):
    return articles_in(section, request).filter(topics__translation_key=topic.translation_key).distinct()


def featured_articles(section, request=None):
    """The section's featured items as articles of the section's own locale, in the editor's order.

    Featured items may point at the source article or at a translation (wagtail-localize copies them
    as they are), so they are matched by translation key; items not live in this locale are skipped.
    """
    from .models import ArticlePage

    keys = list(section.featured_items.order_by("sort_order").values_list("page__translation_key", flat=True))
    if not keys:
        return []
    articles = public_pages(ArticlePage.objects.live().filter(translation_key__in=keys, locale_id=section.locale_id), request)
    articles = with_card_images(articles)
    by_key = {article.translation_key: article for article in articles}
    return [by_key[key] for key in keys if key in by_key]


def paginate(request, queryset, per_page):
    """One page of a list; a page number that is not a number or is past the end is a 404."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    if len(raw) > 6:
        raise Http404("No such page")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404("No such page") from error


def clean_search_query(raw):
    """(query, was shortened): NFC (Vietnamese typed on some systems arrives decomposed), no control
    characters (PostgreSQL refuses NUL), single spaces, at most SEARCH_QUERY_MAX_LENGTH characters."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in text)
    text = " ".join(text.split())
    return text[:SEARCH_QUERY_MAX_LENGTH], len(text) > SEARCH_QUERY_MAX_LENGTH


def search_articles(section, query, request=None):
    """Articles, and the page types other apps add through the `section_search_models` hook
    (events), matching `query` in the section's language, best first. The results are base Page
    objects: `specific_cards` turns one page of them into cards."""
    from .models import ArticlePage

    if not query:
        return Page.objects.none()
    models = [ArticlePage] + [model for hook in hooks.get_hooks("section_search_models") for model in hook()]
    pages = Page.objects.live().type(*models) if len(models) > 1 else ArticlePage.objects.live()
    pages = public_pages(pages.filter(locale_id=section.locale_id).descendant_of(section), request)
    return pages.search(query, operator="and")


def specific_cards(pages):
    """The specific pages behind one page of search results, in the same order, each type loaded
    in one query with its card image (a fixed number of queries per type, however many results)."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.specific_class, []).append(page.pk)
    loaded = {}
    for model, ids in by_type.items():
        queryset = model.objects.filter(pk__in=ids)
        if any(field.name == "hero_image" for field in model._meta.fields):
            queryset = with_card_images(queryset)
        loaded.update({page.pk: page for page in queryset})
    return [loaded[page.pk] for page in pages if page.pk in loaded]


def home_blocks(section, request=None):
    """HTML blocks other apps add to the section home (events: the upcoming-events strip) through
    the `section_home_blocks` hook, each called as hook(section, request); empty ones are left out."""
    return [html for hook in hooks.get_hooks("section_home_blocks") if (html := hook(section, request))]


def feed_pages(section, request=None, limit=30):
    """Pages other apps add to the section's feeds through the `section_feed_items` hook."""
    return [page for hook in hooks.get_hooks("section_feed_items") for page in hook(section, request, limit)]


STORIES_ON_HOME = 6


def clips_in(section, request=None):
    """Live clip pages of the section, newest first, with their poster's card rendition."""
    from .models import ClipPage

    rendition_model = get_image_model().get_rendition_model()
    clips = public_pages(ClipPage.objects.live().descendant_of(section), request)
    return clips.select_related("clip__poster").prefetch_related(
        Prefetch("clip__poster__renditions", queryset=rendition_model.objects.filter(filter_spec__in=CARD_RENDITIONS), to_attr="prefetched_renditions")
    )


def galleries_in(section, request=None):
    """Live photo stories of the section, newest first, with their photos and the card rendition
    of each (the first is the cover), in a constant number of queries."""
    from .models import GalleryItem, GalleryPage

    rendition_model = get_image_model().get_rendition_model()
    items = GalleryItem.objects.order_by("sort_order").select_related("image")
    items = items.prefetch_related(
        Prefetch("image__renditions", queryset=rendition_model.objects.filter(filter_spec__in=CARD_RENDITIONS), to_attr="prefetched_renditions")
    )
    galleries = public_pages(GalleryPage.objects.live().descendant_of(section), request)
    return galleries.prefetch_related(Prefetch("items", queryset=items, to_attr="prefetched_items"))


def visual_stories_in(section, request=None, limit=STORIES_ON_HOME, with_topics=False):
    """The newest clips and photo stories together, for the section home and the feeds."""
    clips, galleries = clips_in(section, request), galleries_in(section, request)
    if with_topics:
        clips, galleries = clips.prefetch_related("topics"), galleries.prefetch_related("topics")
    clips = list(clips.order_by("-date", "-pk")[:limit])
    galleries = list(galleries.order_by("-date", "-pk")[:limit])
    return sorted(clips + galleries, key=lambda page: (page.date, page.pk), reverse=True)[:limit]


RELATED_COUNT = 4


def related_articles(article, topics, request=None, count=RELATED_COUNT):
    """Up to `count` other articles of the same section and language sharing a topic with
    `article`, newest first: two queries however many topics or translations there are (the
    topics are matched by translation key, as a translated article may keep the source's topics)."""
    from .models import ArticlePage

    keys = [topic.translation_key for topic in topics]
    if not keys or not article.pk:  # a new page's preview has no place in the tree yet
        return []
    articles = public_pages(ArticlePage.objects.live().sibling_of(article, inclusive=False).filter(topics__translation_key__in=keys), request)
    return list(with_card_images(articles.distinct().order_by("-date", "-pk"))[:count])
