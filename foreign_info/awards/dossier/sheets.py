"""The dossier's sheets, in the portal's working language (Vietnamese: the dossier goes to the
national jury): the metadata sheet (work, category, authors, dates, languages) and the reach
(views by language and by country), each as PDF and CSV with the same rows."""

from django.utils.translation import gettext as _

from foreign_info.core.cldr import format_long_date, format_number
from foreign_info.core.languages import language_name
from foreign_info.presskits.zipbuild.tables import to_csv

from ..models import work_kind_label


def authors(versions):
    """Who made the work: the original's author (its owner in the admin), its source or credits,
    the credits of its clip and photos, and who published each translation."""
    original = versions[0]
    people = []
    owner = original.owner
    if owner is not None:
        people.append((_("Author"), owner.get_full_name() or owner.get_username()))
    for label, value in ((_("Source"), getattr(original, "source_agency", "")), (_("Credits"), getattr(original, "credits", ""))):
        if value:
            people.append((label, value))
    for page in versions[1:]:
        revision = page.live_revision
        if revision is not None and revision.user is not None:
            people.append(
                (
                    _("Translation (%(language)s)") % {"language": language_name(page.locale.language_code)},
                    revision.user.get_full_name() or revision.user.get_username(),
                )
            )
    return people


def metadata_rows(nomination, versions, media):
    original = versions[0]
    year = nomination.category.award_year
    rows = [
        (_("Award"), f"{year.title} ({year.year})"),
        (_("Category"), nomination.category.name),
        (_("Work"), original.title),
        (_("Kind"), str(work_kind_label(original))),
        (_("Address"), original.full_url or ""),
        *authors(versions),
        (_("First published"), format_long_date(original.first_published_at)),
        (_("Last published"), format_long_date(original.last_published_at)),
        (_("Languages"), ", ".join(language_name(page.locale.language_code) for page in versions)),
    ]
    for page in versions[1:]:
        rows.append((_("Published in %(language)s") % {"language": language_name(page.locale.language_code)}, format_long_date(page.first_published_at)))
    credits = sorted({medium.credit for medium in media if medium.credit})
    if credits:
        rows.append((_("Photo and video credits"), ", ".join(credits)))
    rows.append((_("Nominated by"), nomination.nominated_by.get_full_name() or nomination.nominated_by.get_username() if nomination.nominated_by else ""))
    rows.append((_("Why this work"), nomination.reason))
    return [(str(label), str(value)) for label, value in rows]


def reach_rows(reach):
    rows = [(_("Language"), name, format_number(views)) for _code, name, views in reach.by_language]
    rows += [(_("Country"), name, format_number(views)) for _code, name, views in reach.by_country]
    return [(str(by), str(name), views) for by, name, views in rows]


def reach_heading(reach):
    return _("Page views from %(start)s to %(end)s, every language: %(total)s") % {
        "start": format_long_date(reach.start),
        "end": format_long_date(reach.end),
        "total": format_number(reach.total),
    }


def reach_csv(reach):
    """Raw figures (codes and whole numbers) for a spreadsheet: language × country."""
    return to_csv(["language", "country", "views"], reach.by_language_and_country)
