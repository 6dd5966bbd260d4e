from django.http import Http404
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from foreign_info.core.page_cache import CACHEABLE_ATTRIBUTE

from . import surfaces
from .admin_views import AccreditationPermissionPolicy, PressRoomAdminGroup
from .models import AccreditationRequest

# Before any view asks for it: Wagtail otherwise creates its default policy on first use.
register_permission_policy(AccreditationRequest, AccreditationPermissionPolicy(AccreditationRequest))


@hooks.register("register_admin_viewset")
def register_press_room_admin():
    return PressRoomAdminGroup()


@hooks.register("before_serve_page")
def embargoed_pages(page, request, serve_args, serve_kwargs):
    """An embargoed page (a kit, or a page only embargoed kits contain) is a 404 for the public, as
    if it did not exist yet; an accredited journalist gets it with the embargo banner."""
    if not surfaces.is_hidden_page(page, request):
        return None
    if surfaces.journalist(request) is None:
        raise Http404("This page is under embargo")
    setattr(request, surfaces.EMBARGO_ATTRIBUTE, surfaces.release_time(page))
    return None


@hooks.register("on_serve_page")
def keep_embargoed_pages_private(serve_next):
    """What a journalist sees before the embargo ends must never be stored where the public could
    be served it: not in the page cache, not in a shared proxy or CDN."""

    def serve(page, request, args, kwargs):
        response = serve_next(page, request, args, kwargs)
        keep_private(request, response)
        if not getattr(response, "is_rendered", True):
            # Templates query too (language links): check again once the page is rendered.
            response.add_post_render_callback(lambda rendered: keep_private(request, rendered))
        return response

    return serve


def keep_private(request, response):
    if surfaces.shows_embargoed(request):
        setattr(response, CACHEABLE_ATTRIBUTE, False)
        patch_cache_control(response, private=True, no_store=True)


@hooks.register("before_serve_document")
def embargoed_documents(document, request):
    """A document only embargoed kits contain is a 404 for the public until the embargo ends."""
    if surfaces.is_hidden_document(document, request) and surfaces.journalist(request) is None:
        raise Http404("This document is under embargo")
    return None
