"""The dashboard's figures, each a Table, read from the rollups only (never from raw events).

Contract: `Filters` (period, site, content language) is validated from query parameters with a
clear error per field; `dashboard(filters)` returns the headline (with the previous period of the
same length to compare) and the tables, in a fixed order, each with a stable `key` that exports
and the browser journey use. The home country (settings.ANALYTICS["HOME_COUNTRY"], "VN") is what
"abroad" is measured against.
"""

import dataclasses
import datetime
import statistics

from django import forms
from django.db.models import F, Q, Sum
from django.db.models.functions import ExtractHour
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from foreign_info.core.cldr import language_display_name
from foreign_info.core.languages import LANGUAGES, SOURCE_LANGUAGE

from .audience import country_name, entry_pages, referrer_domains, translation_demand, visitors_and_visits
from .models import DailyStat, Device, HourlyStat, Kind
from .settings import analytics_setting

MAX_DAYS = 3 * 366


class FilterForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    site = forms.TypedChoiceField(label=_("Site"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Content language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].choices = [("", _("All sites"))] + [(site.pk, site.site_name or site.hostname) for site in Site.objects.order_by("pk")]
        self.fields["language"].choices = [("", _("All languages"))] + [(code, _(name)) for code, name in LANGUAGES]

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        end = data.get("end") or today
        start = data.get("start") or end - datetime.timedelta(days=29)
        if start > end:
            raise forms.ValidationError(_("The start date must not be after the end date."))
        if (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(_("Choose a period of at most three years."))
        data["start"], data["end"] = start, end
        return data

    def filters(self):
        data = self.cleaned_data
        return Filters(data["start"], data["end"], data.get("site"), data.get("language") or "")


@dataclasses.dataclass(frozen=True)
class Filters:
    start: datetime.date
    end: datetime.date
    site_id: int | None = None
    language: str = ""

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def previous(self):
        length = datetime.timedelta(days=self.days)
        return dataclasses.replace(self, start=self.start - length, end=self.end - length)

    def hourly_rows(self):
        """Page views from the hourly rollups: the only ones that keep the device class and the hour."""
        start = timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))
        end = timezone.make_aware(datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min))
        rows = HourlyStat.objects.filter(hour__gte=start, hour__lt=end, kind=Kind.VIEW)
        if self.site_id:
            rows = rows.filter(site_id=self.site_id)
        if self.language:
            rows = rows.filter(content_language=self.language)
        return rows

    def rows(self, kinds=(Kind.VIEW,)):
        rows = DailyStat.objects.filter(day__gte=self.start, day__lte=self.end, kind__in=kinds)
        if self.site_id:
            rows = rows.filter(site_id=self.site_id)
        if self.language:
            rows = rows.filter(content_language=self.language)
        return rows


@dataclasses.dataclass
class Table:
    key: str
    title: str
    columns: list
    rows: list
    chart: str = ""  # "bars", "lines" or "" (how the dashboard draws it)
    # Per row, what the dashboard may offer to do about it (a dict, or None); never exported.
    actions: list = dataclasses.field(default_factory=list)


def home_country():
    return analytics_setting("HOME_COUNTRY")


def language_name(code):
    """The name of a content language in the active language, from CLDR (Django's catalogues
    misspell some: its Khmer "Russian" carries two Thai letters), its first letter capitalised as a
    table's headings are, and without CLDR's zero-width break hints: the PDFs find breaks themselves."""
    if not code:
        return "?"
    name = language_display_name(code).replace("\u200b", "")
    return name[:1].upper() + name[1:]


def abroad(rows):
    return rows.exclude(country__in=["", home_country()])


def headline(filters):
    def measure(f):
        rows = f.rows()
        totals = rows.aggregate(views=Sum("events"), abroad=Sum("events", filter=~Q(country__in=["", home_country()])))
        return {"views": totals["views"] or 0, "abroad": totals["abroad"] or 0, "countries": abroad(rows).values("country").distinct().count()}

    def measured(f):
        figures = measure(f)
        figures["visitors"], figures["visits"] = visitors_and_visits(f)
        return figures

    now, before = measured(filters), measured(filters.previous())
    labels = (
        ("views", _("Page views")),
        ("visitors", _("Visitors (daily unique, summed)")),
        ("visits", _("Visits")),
        ("abroad", _("Views from abroad")),
        ("countries", _("Countries reached")),
    )
    return [
        {"key": key, "label": label, "value": now[key], "previous": before[key], "change": change(now[key], before[key])}
        for key, label in labels
        if now[key] is not None
    ]


def change(now, before):
    if not before or now is None:
        return None
    return round(100 * (now - before) / before, 1)


def views_by_language_over_time(filters):
    """Per day, or per hour (Viet Nam time) when the period is one day: a line needs points."""
    if filters.days == 1:
        points = filters.hourly_rows().annotate(point=ExtractHour("hour")).values("point", "content_language").annotate(n=Sum("events"))
        labels = {hour: f"{hour:02d}:00" for hour in range(24)}
        heading = _("Hour")
    else:
        points = filters.rows().annotate(point=F("day")).values("point", "content_language").annotate(n=Sum("events"))
        labels = {day: day.isoformat() for day in (filters.start + datetime.timedelta(days=n) for n in range(filters.days))}
        heading = _("Day")
    points = list(points.order_by("point", "content_language"))
    codes = sorted({row["content_language"] for row in points}, key=lambda c: [code for code, _n in LANGUAGES].index(c) if c in dict(LANGUAGES) else 99)
    table = {}
    for row in points:
        table.setdefault(row["point"], {})[row["content_language"]] = row["n"]
    rows = [[label] + [table.get(point, {}).get(code, 0) for code in codes] for point, label in labels.items()]
    return Table("languages-over-time", str(_("Views by content language over time")), [str(heading)] + [language_name(c) for c in codes], rows, chart="lines")


def views_by_country(filters):
    rows = filters.rows().exclude(country="").values("country").annotate(n=Sum("events")).order_by("-n", "country")[:30]
    return Table(
        "countries", str(_("Views by country")), [str(_("Country")), str(_("Views"))], [[country_name(row["country"]), row["n"]] for row in rows], chart="bars"
    )


def views_by_device(filters):
    rows = filters.hourly_rows().values("device").annotate(n=Sum("events")).order_by("-n", "device")
    labels = dict(Device.choices)
    return Table(
        "devices",
        str(_("Views by device")),
        [str(_("Device")), str(_("Views"))],
        [[str(labels.get(row["device"], row["device"] or "?")), row["n"]] for row in rows],
        chart="bars",
    )


def views_by_hour(filters):
    """When readers read, in the portal's time: when to publish for readers in other time zones."""
    rows = filters.hourly_rows().annotate(local_hour=ExtractHour("hour")).values("local_hour").annotate(n=Sum("events")).order_by("local_hour")
    by_hour = {row["local_hour"]: row["n"] for row in rows}
    return Table(
        "hours",
        str(_("Views by hour of the day (Viet Nam time)")),
        [str(_("Hour")), str(_("Views"))],
        [[f"{hour:02d}:00", by_hour.get(hour, 0)] for hour in range(24)],
        chart="bars",
    )


def top_content_abroad(filters, limit=10):
    rows = list(abroad(filters.rows()).exclude(page_id=None).values("page_id", "content_language").annotate(n=Sum("events")).order_by("-n", "page_id")[:limit])
    titles = dict(Page.objects.filter(pk__in=[row["page_id"] for row in rows]).values_list("pk", "title"))
    return Table(
        "top-abroad",
        str(_("Top content read abroad")),
        [str(_("Page")), str(_("Language")), str(_("Views from abroad"))],
        [[titles.get(row["page_id"], f"#{row['page_id']}"), language_name(row["content_language"]), row["n"]] for row in rows],
        chart="bars",
    )


def channels(filters):
    rows = filters.rows().values("channel").annotate(n=Sum("events")).order_by("-n", "channel")
    return Table(
        "channels", str(_("Views by channel")), [str(_("Channel")), str(_("Views"))], [[row["channel"] or "direct", row["n"]] for row in rows], chart="bars"
    )


def engagement(filters):
    """Clip plays, shares by network, downloads by press kit or photo, per content language."""
    kinds = (Kind.CLIP_PLAY, Kind.SHARE, Kind.DOWNLOAD)
    rows = filters.rows(kinds).values("kind", "target", "content_language").annotate(n=Sum("events")).order_by("kind", "target", "content_language")
    labels = dict(Kind.choices)
    return Table(
        "engagement",
        str(_("Clip plays, shares and downloads")),
        [str(_("Event")), str(_("Item or network")), str(_("Language")), str(_("Count"))],
        [[str(labels[row["kind"]]), row["target"], language_name(row["content_language"]), row["n"]] for row in rows],
    )


def kit_downloads(filters):
    """Press-kit downloads per kit and download language (foreign_info.presskits.downloads records
    them with the target "kit/<language>/<resolution>/<public|accredited>")."""
    rows = filters.rows((Kind.DOWNLOAD,)).filter(target__startswith="kit/").values("page_id", "target").annotate(n=Sum("events")).order_by("page_id", "target")
    counts = {}
    for row in rows:
        parts = row["target"].split("/")
        if len(parts) != 4:
            continue
        _kit, language, resolution, who = parts
        entry = counts.setdefault((row["page_id"], language), {"web": 0, "original": 0, "accredited": 0, "total": 0})
        entry[resolution if resolution in ("web", "original") else "web"] += row["n"]
        entry["accredited"] += row["n"] if who == "accredited" else 0
        entry["total"] += row["n"]
    titles = dict(Page.objects.filter(pk__in={page_id for page_id, _language in counts}).values_list("pk", "title"))
    ordered = sorted(counts.items(), key=lambda item: (-item[1]["total"], item[0]))
    all_languages = str(_("All languages"))
    return Table(
        "kit-downloads",
        str(_("Press-kit downloads by kit and language")),
        [str(_("Press kit")), str(_("Language")), str(_("Web size")), str(_("Original resolution")), str(_("By accredited journalists")), str(_("Downloads"))],
        [
            [
                titles.get(page_id, f"#{page_id}"),
                all_languages if language == "all" else language_name(language),
                c["web"],
                c["original"],
                c["accredited"],
                c["total"],
            ]
            for (page_id, language), c in ordered
        ],
        chart="bars",
    )


def accreditation_requests(filters):
    """Accreditation requests received per day of the period (in the journalist's language when
    the dashboard is filtered by language); empty when the press room is not installed."""
    from django.apps import apps
    from django.db.models import Count
    from django.db.models.functions import TruncDate

    if not apps.is_installed("foreign_info.presskits"):
        return Table("accreditation-requests", str(_("Accreditation requests")), [str(_("Day")), str(_("Requests"))], [], chart="lines")
    model = apps.get_model("presskits", "AccreditationRequest")
    first = timezone.make_aware(datetime.datetime.combine(filters.start, datetime.time.min))
    last = timezone.make_aware(datetime.datetime.combine(filters.end + datetime.timedelta(days=1), datetime.time.min))
    requests = model.objects.filter(created_at__gte=first, created_at__lt=last)
    if filters.language:
        requests = requests.filter(language=filters.language)
    per_day = dict(
        requests.annotate(day=TruncDate("created_at", tzinfo=timezone.get_current_timezone())).values("day").annotate(n=Count("pk")).values_list("day", "n")
    )
    days = [filters.start + datetime.timedelta(days=n) for n in range(filters.days)]
    return Table(
        "accreditation-requests",
        str(_("Accreditation requests")),
        [str(_("Day")), str(_("Requests"))],
        [[day.isoformat(), per_day.get(day, 0)] for day in days],
        chart="lines",
    )


def translation_coverage(filters):
    """Per language: live source pages that have a live translation, how many of those went live
    within 48 hours of the source, and the median delay (turnaround) in hours."""
    pages = Page.objects.live().filter(depth__gt=1)
    if filters.site_id:
        site = Site.objects.get(pk=filters.site_id)
        tree = Q()
        for root in site.root_page.get_translations(inclusive=True):
            tree |= Q(path__startswith=root.path)
        pages = pages.filter(tree)
    source = dict(pages.filter(locale__language_code=SOURCE_LANGUAGE).values_list("translation_key", "first_published_at"))
    translations = pages.filter(translation_key__in=list(source)).exclude(locale__language_code=SOURCE_LANGUAGE)
    translated, quick, delays = {}, {}, {}
    for key, code, published in translations.values_list("translation_key", "locale__language_code", "first_published_at"):
        translated[code] = translated.get(code, 0) + 1
        if published and source[key]:
            delay = max(published - source[key], datetime.timedelta(0))
            delays.setdefault(code, []).append(delay.total_seconds() / 3600)
            if delay <= datetime.timedelta(hours=48):
                quick[code] = quick.get(code, 0) + 1
    total = len(source)
    rows = []
    for code, _name in LANGUAGES:
        if code == SOURCE_LANGUAGE or (filters.language and code != filters.language):
            continue
        done = translated.get(code, 0)
        turnaround = round(statistics.median(delays[code]), 1) if delays.get(code) else None
        rows.append([language_name(code), done, total, round(100 * done / total, 1) if total else 0.0, quick.get(code, 0), turnaround])
    columns = [_("Language"), _("Translated pages"), _("Source pages"), _("Coverage %"), _("Within 48 hours"), _("Median hours to translate")]
    return Table("translation-coverage", str(_("Translation coverage and turnaround")), [str(column) for column in columns], rows)


def department_contributions(filters):
    from foreign_info.departments.figures import contributions_table  # the departments app counts its own

    return contributions_table(filters)


TABLES = {
    "languages-over-time": views_by_language_over_time,
    "countries": views_by_country,
    "top-abroad": top_content_abroad,
    "channels": channels,
    "devices": views_by_device,
    "hours": views_by_hour,
    "entry-pages": entry_pages,
    "referrers": referrer_domains,
    "translation-demand": translation_demand,
    "engagement": engagement,
    "kit-downloads": kit_downloads,
    "accreditation-requests": accreditation_requests,
    "translation-coverage": translation_coverage,
    "department-contributions": department_contributions,
}


def dashboard(filters):
    return {"headline": headline(filters), "tables": [build(filters) for build in TABLES.values()]}


def table(filters, key):
    build = TABLES.get(key)
    return build(filters) if build else None
