from wagtail import hooks

from .collector import note_page_view


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    note_page_view(request, page)
