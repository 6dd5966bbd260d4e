"""The award's admin screens: award years with their categories, and the entries.

Rights are the model permissions of foreign_info.awards.groups, checked through the viewset's
permission policy: the listing and an entry's page need any right on entries; nominating needs
`add_nomination`; scoring `score_nomination` (and the model refuses a member's score of their own
nomination, and a second score: a member edits theirs); the shortlist `shortlist_nomination`;
the dossier `export_dossier`. Every action is a POST with its CSRF token; a refusal is a message,
never a change.
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views.generic import CreateView, DeleteView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from foreign_info.core.storage import send

from . import builds
from .forms import ScoreForm
from .models import AwardCategory, AwardYear, DossierBuild, Nomination, Score, work_kind_label

NAMESPACE = "awards_entries"
WORK_PAGE_TYPES = ["publishing.ArticlePage", "publishing.ClipPage", "publishing.GalleryPage", "events.EventPage"]


def has(user, codename):
    return bool(user and user.is_active and user.has_perm(f"awards.{codename}"))


def entry_url(nomination):
    return reverse(f"{NAMESPACE}:inspect", args=[nomination.pk])


def needs(codename):
    """A view of one entry that only users with `awards.<codename>` reach."""

    def decorate(view):
        def wrapped(request, pk):
            if not has(request.user, codename):
                raise PermissionDenied
            return view(request, get_object_or_404(Nomination.objects.select_related("category__award_year", "work"), pk=pk))

        return wrapped

    return decorate


class NominationFilterSet(WagtailFilterSet):
    award_year = django_filters.ModelChoiceFilter(label=gettext_lazy("Award year"), field_name="category__award_year", queryset=AwardYear.objects.all())
    category = django_filters.ModelChoiceFilter(label=gettext_lazy("Category"), queryset=AwardCategory.objects.select_related("award_year"))
    shortlisted = django_filters.BooleanFilter(label=gettext_lazy("Shortlisted"))

    class Meta:
        model = Nomination
        fields = ["award_year", "category", "shortlisted"]


def average(nomination):
    return f"{nomination.average_score:.1f}" if nomination.average_score is not None else "–"


class NominationIndexView(IndexView):
    def get_base_queryset(self):
        return Nomination.objects.for_listing()

    @property
    def columns(self):
        return [
            TitleColumn("work", label=gettext_lazy("Work"), accessor="work.title", get_url=entry_url),
            Column("kind", label=gettext_lazy("Kind"), accessor=lambda nomination: work_kind_label(nomination.work)),
            Column("category", label=gettext_lazy("Category")),
            Column("nominated_by", label=gettext_lazy("Nominated by")),
            Column("score_count", label=gettext_lazy("Scores")),
            Column("average_score", label=gettext_lazy("Average score"), accessor=average),
            BooleanColumn("shortlisted", label=gettext_lazy("Shortlisted")),
        ]


class NominationCreateView(CreateView):
    def save_instance(self):
        self.form.instance.nominated_by = self.request.user
        return super().save_instance()


class NominationInspectView(InspectView):
    template_name = "awards/admin/entry.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Nomination.objects.with_scores().select_related("category__award_year", "work", "nominated_by"), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, entry = self.request.user, self.object
        own = Score.objects.filter(nomination=entry, member=user).first()
        context.update(
            {
                "entry": entry,
                "kind": work_kind_label(entry.work),
                "scores": entry.scores.select_related("member"),
                "may_score": has(user, "score_nomination") and entry.nominated_by_id != user.pk,
                "score_form": kwargs.get("score_form") or ScoreForm(instance=own),
                "may_shortlist": has(user, "shortlist_nomination"),
                "may_export": has(user, "export_dossier"),
                "dossier": builds.current_build(entry),
            }
        )
        return context


@needs("score_nomination")
@require_POST  # after the rights: a refused user learns nothing about the method
def score(request, entry):
    own = Score.objects.filter(nomination=entry, member=request.user).first() or Score(nomination=entry, member=request.user)
    form = ScoreForm(request.POST, instance=own)
    if form.is_valid():
        try:
            form.save()
        except ValidationError as refused:
            messages.error(request, " ".join(refused.messages))
        else:
            messages.success(request, _("Your score of “%(work)s” is saved.") % {"work": entry.work.title})
    else:
        messages.error(request, " ".join(str(error) for errors in form.errors.values() for error in errors))
    return redirect(entry_url(entry))


@needs("shortlist_nomination")
@require_POST  # after the rights: a refused user learns nothing about the method
def shortlist(request, entry):
    keep = request.POST.get("shortlisted") == "1"
    Nomination.objects.filter(pk=entry.pk).update(
        shortlisted=keep, shortlisted_by=request.user if keep else None, shortlisted_at=timezone.now() if keep else None
    )
    message = _("“%(work)s” is on the shortlist.") if keep else _("“%(work)s” is off the shortlist.")
    messages.success(request, message % {"work": entry.work.title})
    return redirect(entry_url(entry))


@needs("export_dossier")
def dossier(request, entry):
    """POST: prepare (or retry) the dossier; GET: the ready ZIP, sent privately."""
    if request.method == "POST":
        build = builds.current_build(entry)
        if build is not None and build.status == DossierBuild.Status.FAILED:
            builds.retry(build)
        else:
            build = builds.request_build(entry)
        if build.status == DossierBuild.Status.BUILDING:
            messages.info(request, _("The dossier is being prepared: this page shows it when it is ready."))
        return redirect(entry_url(entry))
    build = builds.current_build(entry)
    if build is None or build.status != DossierBuild.Status.READY or not builds.is_stored(build):
        messages.error(request, _("The dossier is not ready: prepare it first."))
        return redirect(entry_url(entry))
    response = send(request, build.file.name, cache_control="private, no-store")
    response["Content-Disposition"] = f'attachment; filename="award-entry-{entry.pk}.zip"'
    return response


class NominationViewSet(ModelViewSet):
    model = Nomination
    icon = "pick"
    menu_label = gettext_lazy("Entries")
    url_prefix = "award/entries"
    index_view_class = NominationIndexView
    add_view_class = NominationCreateView
    inspect_view_enabled = True
    inspect_view_class = NominationInspectView
    copy_view_enabled = False
    filterset_class = NominationFilterSet
    search_fields = ["work__title", "reason"]
    ordering = ["-nominated_at", "-pk"]
    panels = [
        FieldPanel("category"),
        PageChooserPanel("work", page_type=WORK_PAGE_TYPES),
        FieldPanel("reason"),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/score/", score, name="score"),
            path("<int:pk>/shortlist/", shortlist, name="shortlist"),
            path("<int:pk>/dossier/", dossier, name="dossier"),
        ]


class AwardYearDeleteView(DeleteView):
    def form_valid(self, form):
        if Nomination.objects.filter(category__award_year=self.object).exists():
            messages.error(self.request, _("This award year has entries: it cannot be deleted while they exist."))
            return redirect(self.get_success_url())
        return super().form_valid(form)


class AwardYearViewSet(ModelViewSet):
    model = AwardYear
    delete_view_class = AwardYearDeleteView
    icon = "date"
    menu_label = gettext_lazy("Award years")
    url_prefix = "award/years"
    copy_view_enabled = False
    list_display = ["year", "title", "nominations_close"]
    search_fields = ["title"]


class AwardAdminGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Press award")
    menu_icon = "pick"
    menu_order = 275
    items = (NominationViewSet(NAMESPACE), AwardYearViewSet("awards_years"))
