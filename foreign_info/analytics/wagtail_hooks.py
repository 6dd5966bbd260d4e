from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .collector import note_page_view


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    note_page_view(request, page)


@hooks.register("register_admin_urls")
def statistics_urls():
    return [
        path("statistics/", views.dashboard, name="analytics_dashboard"),
        path("statistics/export/<slug:key>/<slug:fmt>/", views.export, name="analytics_export"),
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_admin_menu_item")
def statistics_menu_item():
    return StatisticsMenuItem(_("Statistics"), reverse("analytics_dashboard"), icon_name="table", order=900)


@hooks.register("register_permissions")
def statistics_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="analytics", codename="view_statistics")
