"""Admin screens: departments (managed by the section leads) and contributions (each department
sees its own, the leads every department's)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contribution, Department


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["name", "leader", Column("officer_count", label=_("Officers"), accessor=lambda department: department.officers.count())]
    search_fields = ["name"]


class ContributionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().visible_to(self.request.user).select_related("page", "department", "officer")

    @property
    def columns(self):
        return [
            TitleColumn("page", label=_("Page"), accessor="page.title", get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page_id])),
            Column("department", label=_("Department")),
            Column("officer", label=_("Submitted by")),
            Column("state", label=_("State"), accessor="get_state_display"),
            DateColumn("submitted_at", label=_("Submitted")),
            DateColumn("published_at", label=_("Published")),
        ]


class ContributionViewSet(ModelViewSet):
    """A read-only listing: contributions are made in the page editor, through the workflow."""

    model = Contribution
    icon = "doc-full-inverse"
    add_to_admin_menu = True
    menu_order = 265
    index_view_class = ContributionIndexView
    list_filter = ["department", "state"]
    search_fields = ["page__title"]
    ordering = ["-submitted_at"]

    def get_common_view_kwargs(self, **kwargs):
        no_other_views = dict.fromkeys(["add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"])
        return super().get_common_view_kwargs(**{**no_other_views, **kwargs})

    def get_urlpatterns(self):
        return [path("", self.index_view, name="index"), path("results/", self.index_results_view, name="index_results")]


register_snippet(DepartmentViewSet)


@hooks.register("register_admin_viewset")
def register_contributions():
    return ContributionViewSet("contributions")
