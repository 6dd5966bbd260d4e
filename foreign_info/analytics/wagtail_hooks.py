from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from . import views
from .collector import note_page_view
from .models import Criterion


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    note_page_view(request, page, serve_args)


@hooks.register("register_admin_urls")
def statistics_urls():
    return [
        path("statistics/", views.dashboard, name="analytics_dashboard"),
        path("statistics/export/<slug:key>/<slug:fmt>/", views.export, name="analytics_export"),
        path("statistics/now/", views.live_view, name="analytics_live"),
        path("statistics/scorecard/", views.scorecard_view, name="analytics_scorecard"),
        path("statistics/report/", views.report_view, name="analytics_report"),
        path("statistics/ranking/", views.ranking_view, name="analytics_ranking"),
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


class CriterionViewSet(ModelViewSet):
    """Criteria and yearly targets; editing them takes the usual add/change/delete permissions."""

    model = Criterion
    icon = "tasks"
    menu_label = _("Criteria")
    add_to_admin_menu = False
    url_prefix = "statistics/criteria"
    url_namespace = "analytics_criteria"
    list_display = ["name", "metric", "year", "target", "weight"]
    list_filter = ["year", "metric"]
    form_fields = ["name", "name_en", "metric", "year", "target", "weight"]


criterion_viewset = CriterionViewSet("analytics_criteria")


@hooks.register("register_admin_viewset")
def register_criteria():
    return criterion_viewset


@hooks.register("register_admin_menu_item")
def statistics_menu_item():
    submenu = Menu(
        items=[
            StatisticsMenuItem(_("Dashboard"), reverse("analytics_dashboard"), icon_name="table", order=1),
            StatisticsMenuItem(_("Scorecard"), reverse("analytics_scorecard"), icon_name="tasks", order=2),
            StatisticsMenuItem(_("Criteria"), reverse("analytics_criteria:index"), icon_name="list-ul", order=3),
            StatisticsMenuItem(_("Quarterly report"), reverse("analytics_report"), icon_name="doc-full", order=4),
            StatisticsMenuItem(_("Province ranking"), reverse("analytics_ranking"), icon_name="order", order=5),
        ]
    )
    return StatisticsSubmenu(_("Statistics"), submenu, icon_name="table", order=900)


class StatisticsSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_permissions")
def statistics_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="analytics", codename="view_statistics")
