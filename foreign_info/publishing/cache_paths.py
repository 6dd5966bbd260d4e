"""Which public URL paths show a page, so that publishing can forget exactly those.

Contract: `paths_showing(page)` returns the path of every translation of the page and, for every
translation of the section above it, the section home, its feeds, its sitemap and its topic pages:
each language a reader could see the page or its card in.
"""

from wagtail.models import Page

from foreign_info.core.page_cache import purge_all, purge_paths

SECTION_ROUTES = ("", "feed/rss/", "feed/atom/")
# Files a page serves beside itself (a clip page's subtitles); forgetting a path that was never cached costs nothing.
PAGE_ROUTES = ("subtitles/",)


def paths_showing(page):
    from .models import SectionPage, Topic

    paths = {"/sitemap.xml"}
    for translation in Page.objects.filter(translation_key=page.translation_key).select_related("locale"):
        url = translation.get_url()
        if url:
            paths.add(url)
            paths.update(url + route for route in PAGE_ROUTES)
    section = page.specific if isinstance(page.specific, SectionPage) else page.get_parent().specific
    if not isinstance(section, SectionPage):
        return paths
    topic_slugs = set(Topic.objects.values_list("slug", flat=True))
    for translated_section in SectionPage.objects.filter(translation_key=section.translation_key).select_related("locale"):
        base = translated_section.get_url()
        if not base:
            continue
        paths.update(base + route for route in SECTION_ROUTES)
        paths.update(f"{base}topics/{slug}/" for slug in topic_slugs)
    return paths


def forget_page(page):
    purge_paths(paths_showing(page))


def forget_everything():
    purge_all()
