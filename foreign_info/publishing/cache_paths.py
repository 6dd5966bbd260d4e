"""Which public URL paths show a page, so that publishing can forget exactly those.

Contract: `paths_showing(page)` returns the path of every translation of the page and, for every
translation of the section above it, the section home, its feeds, its sitemap and its topic pages:
each language a reader could see the page or its card in, and the pages of the articles sharing a
topic with it (their "related articles" show its card).
`paths_of_pages(keys)` returns the paths of every translation of the pages with these translation
keys (a press kit's contents, which its embargo shows or hides).
Paths are relative to the site each page belongs to, never absolute URLs: the page cache keys
entries by (scheme, host, path) and purges a path on every host it has stored pages for
(foreign_info.core.page_cache), so one path serves every host and every site. (Wagtail's
`get_url()` without a request answers with an absolute URL as soon as there are two sites.)
"""

from wagtail.models import Page

from foreign_info.core.page_cache import purge_all, purge_paths

SECTION_ROUTES = ("", "feed/rss/", "feed/atom/")
# Files a page serves beside itself (a clip page's subtitles); forgetting a path that was never cached costs nothing.
PAGE_ROUTES = ("subtitles/",)


def site_path(page):
    """The page's path within its own site ("/en/ca-phe/"), or None when no site serves it."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def paths_showing(page):
    from .models import SectionPage, Topic

    paths = {"/sitemap.xml"}
    for translation in Page.objects.filter(translation_key=page.translation_key).select_related("locale"):
        url = site_path(translation)
        if url:
            paths.add(url)
            paths.update(url + route for route in PAGE_ROUTES)
    paths |= paths_of_related(page)
    # The nearest section above: a press kit sits two levels down (section > press room > kit).
    section = page.specific if isinstance(page.specific, SectionPage) else SectionPage.objects.ancestor_of(page).order_by("-depth").first()
    if section is None:
        return paths
    topic_slugs = set(Topic.objects.values_list("slug", flat=True))
    for translated_section in SectionPage.objects.filter(translation_key=section.translation_key).select_related("locale"):
        base = site_path(translated_section)
        if not base:
            continue
        paths.update(base + route for route in SECTION_ROUTES)
        paths.update(f"{base}topics/{slug}/" for slug in topic_slugs)
    return paths


def paths_of_related(page):
    """Articles that may list `page` among their related articles (publishing.listings)."""
    from .models import ArticlePage

    specific = page.specific
    if not isinstance(specific, ArticlePage):
        return set()
    topic_keys = list(specific.topics.values_list("translation_key", flat=True))
    if not topic_keys:
        return set()
    keys = (
        ArticlePage.objects.filter(topics__translation_key__in=topic_keys)
        .exclude(translation_key=page.translation_key)
        .values_list("translation_key", flat=True)
    )
    return paths_of_pages(set(keys))


def paths_of_pages(translation_keys):
    paths = set()
    for translation in Page.objects.filter(translation_key__in=translation_keys).select_related("locale"):
        url = site_path(translation)
        if url:
            paths.add(url)
            paths.update(url + route for route in PAGE_ROUTES)
    return paths


def forget_page(page):
    purge_paths(paths_showing(page))


def forget_everything():
    purge_all()
