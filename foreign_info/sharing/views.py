from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET
from wagtail.models import Page

from foreign_info.core.visibility import public_pages

from .store import card_for


@require_GET
def card(request, page_id):
    """/cards/<page id>.png: the OpenGraph card of a live, public page (never of a draft or an
    embargoed kit: the card shows its headline)."""
    page = public_pages(Page.objects.live().filter(pk=page_id), request).select_related("locale").first()
    if page is None:
        raise Http404("No such page")
    response = FileResponse(default_storage.open(card_for(page.specific)), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response
