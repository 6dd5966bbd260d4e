"""The press officers' screen of subscriptions (Wagtail ModelViewSet): list, inspect, export one
person's data, erase it, and a CSV of counts by language and kind.

Subscriptions come only from the public form, so nobody adds or edits them here. The screen is
open to whoever reviews accreditation (presskits.admin_views.can_review: the "Press officers"
group and superusers), who already handle journalists' personal data. The counts export carries
numbers, never addresses: it is what gets forwarded in reports.
"""

import csv

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from foreign_info.core.languages import codes as language_codes
from foreign_info.core.personal_data import json_export
from foreign_info.presskits.admin_views import can_review

from . import subscribing
from .models import Kind, Subscription

NAMESPACE = "subscriptions_admin"


class SubscriptionPermissionPolicy(ModelPermissionPolicy):
    """Press officers may view; no generic add, change or delete (erasing has its own view)."""

    def user_has_permission(self, user, action):
        return action == "view" and can_review(user)

    def users_with_any_permission(self, actions):
        from foreign_info.presskits.admin_views import AccreditationPermissionPolicy
        from foreign_info.presskits.models import AccreditationRequest

        return AccreditationPermissionPolicy(AccreditationRequest).users_with_any_permission(actions)


def officer_only(view):
    def wrapped(request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        if "pk" in kwargs:
            kwargs["subscription"] = get_object_or_404(Subscription, pk=kwargs.pop("pk"))
        return view(request, *args, **kwargs)

    return wrapped


@officer_only
def export(request, subscription):
    return json_export(subscribing.export(subscription), f"subscription-{subscription.pk}.json")


@officer_only
def erase(request, subscription):
    if request.method == "POST":
        subscribing.erase(subscription)
        messages.success(request, _("The subscription of %(email)s is erased.") % {"email": subscription.email})
        return redirect(f"{NAMESPACE}:index")
    context = {"subscription": subscription, "inspect_url": reverse(f"{NAMESPACE}:inspect", args=[subscription.pk])}
    return TemplateResponse(request, "subscriptions/admin/erase.html", context)


def counts():
    """{(language, confirmed): {kind: n}} in two queries' worth of rows (kinds are a JSON list)."""
    table = {}
    for language, confirmed, kinds in Subscription.objects.values_list("language", "confirmed_at", "kinds").iterator():
        row = table.setdefault((language, confirmed is not None), dict.fromkeys(Kind.values, 0) | {"total": 0})
        row["total"] += 1
        for kind in kinds:
            if kind in row:
                row[kind] += 1
    return table


@officer_only
def export_counts(request):
    table = counts()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="subscriptions-counts.csv"'
    writer = csv.writer(response)
    writer.writerow(["language", "confirmed", "total", *Kind.values])
    for language in language_codes():
        for confirmed in (True, False):
            row = table.get((language, confirmed), dict.fromkeys([*Kind.values, "total"], 0))
            writer.writerow([language, "yes" if confirmed else "no", row["total"], *(row[kind] for kind in Kind.values)])
    return response


class SubscriptionInspectView(InspectView):
    template_name = "subscriptions/admin/inspect.html"

    def get_kinds_display_value(self):
        return ", ".join(str(Kind(kind).label) for kind in self.object.kinds if kind in Kind.values)

    def get_topics_display_value(self):
        return ", ".join(self.object.topics) or _("Every topic")


class SubscriptionFilterSet(WagtailFilterSet):
    """Labels of our own: django-filter's generated "confirmed at is null" has no Vietnamese."""

    confirmed = django_filters.BooleanFilter(field_name="confirmed_at", lookup_expr="isnull", exclude=True, label=gettext_lazy("Confirmed"))

    class Meta:
        model = Subscription
        fields = ["language"]


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "mail"
    menu_label = gettext_lazy("Subscriptions")
    menu_order = 271
    add_to_admin_menu = True
    url_prefix = "press-room/subscriptions"
    inspect_view_enabled = True
    inspect_view_class = SubscriptionInspectView
    copy_view_enabled = False
    list_display = ["email", "language", "created_at", "confirmed_at"]
    filterset_class = SubscriptionFilterSet
    search_fields = ["email"]
    inspect_view_fields = ["email", "language", "kinds", "topics", "created_at", "confirmed_at"]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/export/", export, name="export"),
            path("<int:pk>/erase/", erase, name="erase"),
            path("counts.csv", export_counts, name="counts"),
        ]
