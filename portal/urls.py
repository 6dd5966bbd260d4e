from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from foreign_info.analytics.api import api as indicators_api
from foreign_info.presskits import private_media
from foreign_info.publishing.sitemap import robots_view, sitemap_view

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(settings.PRIVATE_MEDIA_URL.strip("/") + "/<path:path>", private_media.serve, name="private_media"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", robots_view, name="robots"),
    path("cards/", include("foreign_info.sharing.urls")),
    path("analytics/", include("foreign_info.analytics.urls")),
    path("api/indicators/v1/", indicators_api.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /vi/, /en/, /fr/, ... A bare "/" redirects to
# the reader's language (Accept-Language), falling back to Vietnamese.
urlpatterns += i18n_patterns(
    path("subscriptions/", include("foreign_info.subscriptions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
