"""Press officers review accreditation requests in the Wagtail admin.

Requests come only from the public form, so the admin lists and inspects them but never adds or
edits them: every change is a decision (approve, reject with a reason, revoke, send a new link)
or a data-protection request (export, erase), each a POST with its CSRF token, and each open only
to users with `presskits.change_accreditationrequest` (superusers and the "Press officers" group).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from foreign_info.core.personal_data import json_export

from . import accreditation as service
from .forms import RejectionForm
from .models import AccreditationRequest

PERMISSION = "presskits.change_accreditationrequest"
NAMESPACE = "presskits_accreditation"


def can_review(user):
    return bool(user and user.is_active and user.has_perm(PERMISSION))


class AccreditationPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's generic views ask for "view"; only reviewers get it, and nobody gets "add",
    "change" or "delete" through those views (the decisions below have their own)."""

    def user_has_permission(self, user, action):
        return action == "view" and can_review(user)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return super().users_with_any_permission([])
        return super().users_with_any_permission(["change"])


def reviewer_only(view):
    def wrapped(request, pk, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        return view(request, get_object_or_404(AccreditationRequest, pk=pk), *args, **kwargs)

    return wrapped


def inspect_url(accreditation):
    return reverse(f"{NAMESPACE}:inspect", args=[accreditation.pk])


def decide(request, accreditation, action, *args, success):
    try:
        mailed = action(accreditation, *args)
    except service.ActionRefused as refused:
        messages.error(request, str(refused))
    else:
        if mailed is False:
            messages.warning(
                request, _("Saved, but the e-mail to %(email)s could not be sent (see the server log); try again later.") % {"email": accreditation.email}
            )
        else:
            messages.success(request, success)
    return redirect(inspect_url(accreditation))


@require_POST
@reviewer_only
def approve(request, accreditation):
    return decide(
        request, accreditation, service.approve, request.user, success=_("Approved: %(email)s has received a personal link.") % {"email": accreditation.email}
    )


@require_POST
@reviewer_only
def revoke(request, accreditation):
    return decide(request, accreditation, service.revoke, success=_("Access revoked: every link sent to this journalist stops working now."))


@require_POST
@reviewer_only
def resend(request, accreditation):
    return decide(request, accreditation, service.resend, success=_("A new link has been sent to %(email)s.") % {"email": accreditation.email})


@reviewer_only
def reject(request, accreditation):
    form = RejectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return decide(
            request,
            accreditation,
            service.reject,
            request.user,
            form.cleaned_data["reason"],
            success=_("Rejected: %(email)s has received the reason.") % {"email": accreditation.email},
        )
    context = {"accreditation": accreditation, "form": form, "inspect_url": inspect_url(accreditation)}
    return TemplateResponse(request, "presskits/admin/reject.html", context, status=400 if request.method == "POST" else 200)


@reviewer_only
def export(request, accreditation):
    return json_export(service.export(accreditation), f"accreditation-{accreditation.pk}.json")


@reviewer_only
def erase(request, accreditation):
    if request.method == "POST":
        _requests, entries = service.erase(accreditation)
        messages.success(request, _("Erased the request of %(name)s and %(count)d access log entries.") % {"name": accreditation.name, "count": entries})
        return redirect(f"{NAMESPACE}:index")
    return TemplateResponse(request, "presskits/admin/erase.html", {"accreditation": accreditation, "inspect_url": inspect_url(accreditation)})


class AccreditationInspectView(InspectView):
    template_name = "presskits/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["access_log"] = self.object.access_log.select_related("kit")
        context["is_active"] = self.object.status == AccreditationRequest.Status.APPROVED and not self.object.access_revoked_at
        return context

    def get_country_display_value(self, field_name):
        return getattr(self.object, field_name).name

    def get_outlet_country_display_value(self):
        return self.get_country_display_value("outlet_country")

    def get_nationality_display_value(self):
        return self.get_country_display_value("nationality")

    def get_languages_display_value(self):
        return ", ".join(self.object.languages)


class AccreditationViewSet(ModelViewSet):
    model = AccreditationRequest
    icon = "user"
    menu_label = gettext_lazy("Accreditation")
    url_prefix = "press-room/accreditation"
    inspect_view_enabled = True
    inspect_view_class = AccreditationInspectView
    copy_view_enabled = False
    list_display = ["name", "outlet", "outlet_country", "status", "visit_start", "created_at"]
    list_filter = {"status": ["exact"], "created_at": ["date__gte", "date__lte"], "outlet_country": ["exact"]}
    search_fields = ["name", "outlet", "email", "purpose"]
    inspect_view_fields = [
        *AccreditationRequest.JOURNALIST_FIELDS,
        "language",
        "created_at",
        "status",
        "rejection_reason",
        "decided_by",
        "decided_at",
        "access_expires_at",
        "access_revoked_at",
    ]

    def get_urlpatterns(self):
        # Only what reviewers use: no add, edit, copy or generic delete views (see the docstring).
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/approve/", approve, name="approve"),
            path("<int:pk>/reject/", reject, name="reject"),
            path("<int:pk>/revoke/", revoke, name="revoke"),
            path("<int:pk>/resend/", resend, name="resend"),
            path("<int:pk>/export/", export, name="export"),
            path("<int:pk>/erase/", erase, name="erase"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="change_accreditationrequest")


class PressRoomAdminGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Press room")
    menu_icon = "doc-full-inverse"
    menu_order = 270
    items = (AccreditationViewSet(NAMESPACE),)
