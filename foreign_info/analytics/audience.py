"""The dashboard's audience figures beyond page views: visits and entry pages, referring
domains, and translation demand (readers who prefer another language than the one they read),
read from the rollups like every other figure (foreign_info.analytics.figures.Table).

Visits are cookieless, as Plausible and Matomo count them: a visit is a visitor hash's page
views with no gap over 30 minutes (foreign_info.analytics.flush.VISIT_GAP); its first view is
the entry. Visitors are daily unique visitors summed over the period's days, since the salt
that makes a visitor hash changes every day (no one can be followed across days)."""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Page

from foreign_info.core.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES

from .models import DailyDemand, DailyReferrer, DailySiteStat, Kind


def country_name(code):
    """The country's name in the admin's language (CLDR data through django-countries)."""
    return str(countries.name(code)) or code if code else str(_("Unknown"))


def visitors_and_visits(filters):
    """(daily unique visitors summed, visits). Visitors are kept per site and day only, so a
    content-language filter leaves them out (None)."""
    visits = filters.rows().aggregate(n=Sum("entries"))["n"] or 0
    if filters.language:
        return None, visits
    rows = DailySiteStat.objects.filter(day__gte=filters.start, day__lte=filters.end, kind=Kind.VIEW)
    if filters.site_id:
        rows = rows.filter(site_id=filters.site_id)
    return rows.aggregate(n=Sum("visitors"))["n"] or 0, visits


def titles(page_ids):
    return dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))


def entry_pages(filters, limit=20):
    from .figures import Table, language_name

    rows = list(
        filters.rows()
        .filter(entries__gt=0)
        .exclude(page_id=None)
        .values("page_id", "content_language")
        .annotate(n=Sum("entries"))
        .order_by("-n", "page_id")[:limit]
    )
    names = titles([row["page_id"] for row in rows])
    return Table(
        "entry-pages",
        str(_("Entry pages")),
        [str(_("Page")), str(_("Language")), str(_("Visits begun"))],
        [[names.get(row["page_id"], f"#{row['page_id']}"), language_name(row["content_language"]), row["n"]] for row in rows],
        chart="bars",
    )


def referrer_domains(filters, limit=30):
    from .figures import Table

    rows = DailyReferrer.objects.filter(day__gte=filters.start, day__lte=filters.end).exclude(referrer_domain="")
    if filters.site_id:
        rows = rows.filter(site_id=filters.site_id)
    if filters.language:
        rows = rows.filter(content_language=filters.language)
    rows = rows.values("referrer_domain", "channel").annotate(n=Sum("events")).order_by("-n", "referrer_domain")[:limit]
    return Table(
        "referrers",
        str(_("Referring sites")),
        [str(_("Domain")), str(_("Channel")), str(_("Views"))],
        [[row["referrer_domain"], row["channel"], row["n"]] for row in rows],
        chart="bars",
    )


def translation_demand(filters, limit=30):
    """Pages read by readers whose browser asks first for another language of the install, with
    where that translation stands (live, in progress, missing): the missing ones come first. Each
    missing row carries the action that creates it (its Vietnamese source page and the language),
    which the dashboard offers to whoever may create jobs in that language (offer_actions)."""
    from .figures import Table, language_name

    rows = DailyDemand.objects.filter(day__gte=filters.start, day__lte=filters.end)
    if filters.site_id:
        rows = rows.filter(site_id=filters.site_id)
    if filters.language:
        rows = rows.filter(preferred_language=filters.language)
    rows = list(rows.values("page_id", "preferred_language").annotate(n=Sum("events"), v=Sum("visitors")).order_by("-v", "-n", "page_id")[: limit * 3])
    pages = {page.pk: page for page in Page.objects.filter(pk__in={row["page_id"] for row in rows}).only("pk", "title", "translation_key")}
    translations = {}  # (translation key, language) -> live?; the source page's pk under (key, SOURCE_LANGUAGE)
    sources = {}
    for key, code, pk, is_live in Page.objects.filter(translation_key__in={page.translation_key for page in pages.values()}).values_list(
        "translation_key", "locale__language_code", "pk", "live"
    ):
        translations[key, code] = translations.get((key, code), False) or is_live
        if code == SOURCE_LANGUAGE:
            sources[key] = pk
    result = []
    for row in rows:
        page = pages.get(row["page_id"])
        if page is None:
            continue
        code = row["preferred_language"]
        state = {True: LIVE, False: IN_PROGRESS, None: MISSING}[translations.get((page.translation_key, code))]
        action = None
        if state == MISSING and code in TARGET_LANGUAGES and page.translation_key in sources:
            action = {"page": sources[page.translation_key], "language": code}
        cells = [page.title, language_name(code), row["v"], row["n"], str(STATES[state])]
        result.append((state, cells, action))
    result.sort(key=lambda item: ORDER.index(item[0]))  # missing translations first, each group in reader order
    result = result[:limit]
    return Table(
        "translation-demand",
        str(_("Translation demand: readers who prefer another language")),
        [str(_("Page")), str(_("Preferred language")), str(_("Readers")), str(_("Views")), str(_("Translation"))],
        [cells for _state, cells, _action in result],
        actions=[action for _state, _cells, action in result],
    )


LIVE, IN_PROGRESS, MISSING = "live", "in progress", "missing"
STATES = {LIVE: _("live"), IN_PROGRESS: _("in progress"), MISSING: _("missing")}
ORDER = [MISSING, IN_PROGRESS, LIVE]


def offer_actions(table, user):
    """The table's row actions `user` may take (None for the others): creating a translation job
    is for whoever may create jobs in that language (translation.roles), checked again on POST."""
    from foreign_info.translation import roles

    return [action if action and roles.can(user, roles.CREATE, action["language"]) else None for action in table.actions]
