"""The site's URLs plus uploaded media, for journeys that play clips and open photos: production
serves /media/ from the web server, and Django's runserver helper only works with DEBUG on."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from portal.urls import urlpatterns as site_urlpatterns

urlpatterns = [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}), *site_urlpatterns]
