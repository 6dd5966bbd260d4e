"""sitemap.xml for every language of the site, each URL with its hreflang alternates.

Wagtail's own sitemap lists the default locale's tree only; search engines need every translation
and the links between them (https://developers.google.com/search/docs/specialty/international).
"""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from foreign_info.core.languages import LANGUAGE_CODES, SOURCE_LANGUAGE, bcp47
from foreign_info.core.page_cache import mark_cacheable
from foreign_info.core.visibility import public_pages


class MultilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        query = Page.objects.none()
        for root in roots:
            query = query | Page.objects.descendant_of(root, inclusive=True)
        # No request: what is hidden from the public (an embargo) is hidden from search engines too.
        return public_pages(query.live()).select_related("locale").order_by("path")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(pages)
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            if not location:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            urls.append({"item": item, "location": location, "lastmod": lastmod, "alternates": alternates.get(item.translation_key, [])})
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def alternates_for(self, pages):
        """hreflang alternates of each translation group that has more than one live page."""
        keys = {page.translation_key for page in pages}
        group = defaultdict(list)
        for translation in public_pages(Page.objects.live().filter(translation_key__in=keys)).select_related("locale"):
            group[translation.translation_key].append(translation)
        alternates = {}
        for key, translations in group.items():
            if len(translations) < 2:
                continue
            links = []
            for translation in sorted(translations, key=lambda page: page.locale.language_code):
                location = translation.get_full_url(self.request)
                code = translation.locale.language_code
                links.append({"lang_code": bcp47(code), "location": location})
                if code == SOURCE_LANGUAGE:
                    links.append({"lang_code": "x-default", "location": location})
            alternates[key] = links
        return alternates


def sitemap_view(request):
    """/sitemap.xml, kept in the page cache and forgotten whenever a page is published."""
    from wagtail.contrib.sitemaps.views import sitemap

    return mark_cacheable(sitemap(request, sitemaps={"pages": MultilingualSitemap}))


def robots_view(request):
    """/robots.txt: everything public may be crawled; the admin, the analytics collector and the
    search results (endless, thin pages) may not; the sitemap is named on the site's one base, so
    crawlers find every language of the section from it."""
    from django.http import HttpResponse

    from foreign_info.core.site_urls import absolute_url

    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /analytics/",
        *(f"Disallow: /{code}/search/" for code in LANGUAGE_CODES),
        "",
        f"Sitemap: {absolute_url(request, '/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
