"""The statistics dashboard in the Wagtail admin, and its exports. Thin: figures.py computes,
charts.py draws, exports.py writes files."""

from django import forms
from django.conf.locale import LANG_INFO
from django.contrib.auth.decorators import permission_required
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from foreign_info.core.languages import LANGUAGE_CODES

from . import charts, exports, figures
from .audience import offer_actions

PERMISSION = "analytics.view_statistics"


def require_statistics(view):
    return permission_required(PERMISSION, raise_exception=True)(view)


@require_statistics
def dashboard(request):
    form = figures.FilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        return render(request, "analytics/dashboard.html", {"form": form, "page_title": _("Statistics")}, status=400)
    if not request.GET:
        form = figures.FilterForm({})
        form.is_valid()
    filters = form.filters()
    data = figures.dashboard(filters)
    query = request.GET.urlencode()
    tables = [
        {
            "table": table,
            "chart": charts.draw(table),
            "exports": [(fmt.upper(), f"export/{table.key}/{fmt}/?{query}") for fmt in exports.FORMATS],
            "rows": list(zip(table.rows, offer_actions(table, request.user) or [None] * len(table.rows), strict=True)),
        }
        for table in data["tables"]
    ]
    return render(
        request, "analytics/dashboard.html", {"form": form, "filters": filters, "headline": data["headline"], "tables": tables, "page_title": _("Statistics")}
    )


@require_statistics
def live_view(request):
    """The last 30 minutes, from raw events; refreshes itself every minute."""
    from .audience import country_name
    from .live import last_30_minutes

    form = figures.FilterForm(request.GET or {})
    site_id = form.cleaned_data.get("site") if form.is_valid() else None
    now = last_30_minutes(site_id)
    context = {
        "page_title": _("Last 30 minutes"),
        "now": now,
        "pages": [(title, figures.language_name(code), n) for title, code, n in now["pages"]],
        "languages": [(figures.language_name(code), n) for code, n in now["languages"]],
        "countries": [(country_name(code), n) for code, n in now["countries"]],
    }
    response = render(request, "analytics/live.html", context)
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_statistics
def export(request, key, fmt):
    form = figures.FilterForm(request.GET or {})
    if not form.is_valid():
        return render(request, "analytics/dashboard.html", {"form": form, "page_title": _("Statistics")}, status=400)
    table = figures.table(form.filters(), key)
    if table is None or fmt not in exports.FORMATS:
        raise Http404(_("No such table or format."))
    return exports.export(table, form.filters(), fmt)


def chosen_site(filters):
    from wagtail.models import Site

    if filters.site_id:
        return Site.objects.select_related("root_page").get(pk=filters.site_id)
    return Site.objects.select_related("root_page").filter(is_default_site=True).first() or Site.objects.select_related("root_page").first()


@require_statistics
def scorecard_view(request):
    from .scorecard import scorecard

    form = figures.FilterForm(request.GET or {})
    if not form.is_valid():
        return render(request, "analytics/scorecard.html", {"form": form, "page_title": _("Scorecard")}, status=400)
    filters = form.filters()
    site = chosen_site(filters)
    card = scorecard(site, filters.start, filters.end) if site else {"rows": [], "overall": None}
    return render(request, "analytics/scorecard.html", {"form": form, "filters": filters, "site": site, "card": card, "page_title": _("Scorecard")})


class ReportForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=gettext_lazy("Quarter"), choices=[(q, q) for q in (1, 2, 3, 4)], coerce=int)
    site = forms.TypedChoiceField(label=gettext_lazy("Site"), coerce=int)
    # Each language under its own name: the officer picks the partner's language by its script.
    language = forms.ChoiceField(label=gettext_lazy("Report language"), choices=[(code, LANG_INFO[code]["name_local"]) for code in LANGUAGE_CODES])
    fmt = forms.ChoiceField(label=gettext_lazy("Format"), choices=[("pdf", "PDF"), ("docx", "DOCX")], required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from wagtail.models import Site

        self.fields["site"].choices = [(site.pk, site.site_name or site.hostname) for site in Site.objects.order_by("pk")]

    def clean(self):
        from .report import quarter_bounds

        data = super().clean()
        if data.get("year") and data.get("quarter") and quarter_bounds(data["year"], data["quarter"])[0] > timezone.localdate():
            raise forms.ValidationError(_("This quarter has not begun: there are no figures to report yet."))
        return data


@require_statistics
def report_view(request):
    from django.http import HttpResponse
    from wagtail.models import Site

    from . import report

    today = timezone.localdate()
    initial = {"year": today.year, "quarter": (today.month - 1) // 3 + 1, "language": "vi"}
    if "fmt" not in request.GET:
        form = ReportForm(initial=initial)
        return render(
            request, "analytics/report.html", {"form": form, "page_title": _("Quarterly report"), "due": report.due_date(initial["year"], initial["quarter"])}
        )
    form = ReportForm(request.GET)
    if not form.is_valid() or not form.cleaned_data.get("fmt"):
        return render(request, "analytics/report.html", {"form": form, "page_title": _("Quarterly report")}, status=400)
    data = form.cleaned_data
    site = Site.objects.select_related("root_page").get(pk=data["site"])
    filename, content_type, body = report.build(site, data["year"], data["quarter"], data["language"], data["fmt"])
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Indicators file (JSON)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload


@require_statistics
def ranking_view(request):
    from . import ranking

    imported = None
    import_form = ImportForm()
    status = 200
    if request.method == "POST":
        import_form = ImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            try:
                imported = ranking.import_file(import_form.cleaned_data["file"].read())
            except ranking.ImportError as error:
                for message in error.errors:
                    import_form.add_error("file", message)
                status = 400
        else:
            status = 400
    form = figures.FilterForm(request.GET or {})
    if not form.is_valid():
        return render(request, "analytics/ranking.html", {"form": form, "import_form": import_form, "page_title": _("Province ranking")}, status=400)
    filters = form.filters()
    if "export" in request.GET:
        site = chosen_site(filters)
        response = JsonResponse(ranking.export_file(site, filters.start, filters.end), json_dumps_params={"ensure_ascii": False})
        response["Content-Disposition"] = f'attachment; filename="indicators_{site.hostname}_{filters.start}_{filters.end}.json"'
        return response
    entries = ranking.rank(filters.start, filters.end)
    context = {
        "form": form,
        "filters": filters,
        "import_form": import_form,
        "imported": imported,
        "entries": entries,
        "pillars": ranking.PILLARS,
        "weights": ranking.weights(),
        "page_title": _("Province ranking"),
    }
    return render(request, "analytics/ranking.html", context, status=status)


def methodology(request):
    """Public: how the ranking is computed, with the weights in force."""
    from . import ranking

    return render(
        request,
        "analytics/methodology.html",
        {"pillars": [(key, label, ranking.weights()[key]) for key, label in ranking.PILLARS.items()]},
    )


def counter(request, site_id):
    """Public: the footer counter's figures as JSON, for pages served from the page cache
    (static/analytics/counter.js). Reads only the cache: no SQL query, whatever the traffic."""
    from .counter import COUNTER_FIELDS, cached_figures

    figures = cached_figures(site_id)
    if not figures:
        raise Http404("No figures yet")
    response = JsonResponse({name: figures.get(name, 0) for name in COUNTER_FIELDS})
    patch_cache_control(response, public=True, max_age=30)
    return response
