"""README.html and README.txt: what a journalist reads first after unpacking a kit.

Each language folder has its own index, in its language: the kit's title and summary, the embargo
(in Vietnam's time, where the event happens, and in UTC, which every newsroom converts from), every
file with what it is, the credits, the terms of use and the press contacts. A kit in "all"
languages also gets an index at the top that greets each reader in their own language.
"""

from zoneinfo import ZoneInfo

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from foreign_info.core import languages
from foreign_info.core.cldr import format_long_datetime
from foreign_info.core.languages import bcp47

from . import tables, texts
from .plan import GROUPS

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def embargo_times(kit):
    if not kit.embargo_until:
        return None
    return {
        "vietnam": format_long_datetime(timezone.localtime(kit.embargo_until, VIETNAM), in_current_zone=False),
        "utc": format_long_datetime(timezone.localtime(kit.embargo_until, ZoneInfo("UTC")), in_current_zone=False),
        "iso": kit.embargo_until.isoformat(),
    }


def usage_terms(kit):
    terms = _(
        "The media may use the texts, photos, clips and documents of this press kit free of charge to report on its subject. "
        "Credit every photo and clip as given in its caption, in captions.csv and in the photo file itself. "
        "Photos under a Creative Commons licence may also be used under the terms of that licence."
    )
    # Whenever the kit has an embargo time, not only while it lasts: the ZIP is cached by content,
    # so what it says must not depend on when it was built.
    if kit.embargo_until:
        times = embargo_times(kit)
        terms += " " + _("Embargo: nothing in this kit may be published before %(vietnam)s (Vietnam time, UTC+7), that is %(utc)s UTC.") % times
    return terms


def language_name(code):
    return languages.native_name(code)


def group_titles():
    return {
        "about": _("About this kit"),
        "articles": _("Articles"),
        "stories": _("Photo stories"),
        "clips": _("Video clips and subtitles"),
        "photos": _("Photos"),
        "documents": _("Documents"),
        "facts": _("Fact sheet"),
        "contacts": _("Press contacts"),
    }


def section_context(section, plan):
    titles = group_titles()
    groups = []
    for key in GROUPS:
        rows = [{"path": section.relative(entry.path), "label": entry.label, "title": entry.title} for entry in section.entries if entry.group == key]
        if rows:
            groups.append({"title": titles[key], "rows": rows})
    photo_credits = sorted({(photo.credit, photo.copyright, str(photo.image.get_licence_display())) for photo in section.contents.photos if photo.credit})
    clip_credits = [
        {"title": item.page.title, "credit": item.page.clip.credit, "credits": item.page.credits} for item in section.contents.clips if item.page.clip
    ]
    backgrounder = texts.kit_html(section.kit.backgrounder, section.root_url) if section.kit.backgrounder else ""
    contacts = [{"contact": contact, "languages": ", ".join(language_name(code) for code in contact.languages)} for contact in section.contents.contacts]
    return {
        "kit": section.kit,
        "lang": bcp47(section.language),
        "language_name": language_name(section.language),
        "embargo": embargo_times(section.kit),
        "usage_terms": usage_terms(section.kit),
        "groups": groups,
        "photo_credits": photo_credits,
        "clip_credits": clip_credits,
        "contacts": contacts,
        "backgrounder_html": backgrounder,
        "backgrounder_text": texts.html_to_text(backgrounder) if backgrounder else "",
        "fact_header": tables.fact_header(),
        "fact_rows": tables.fact_rows(section.contents.facts),
        "resolution": _("web size") if plan.resolution == "web" else _("original size"),
        "untranslated": [item.page.title for item in section.contents.pages if not item.in_kit_language],
    }


def section_html(section, plan):
    return render_to_string("presskits/zip/readme.html", section_context(section, plan))


def section_text(section, plan):
    return render_to_string("presskits/zip/readme.txt", section_context(section, plan))


def root_context(plan):
    languages = []
    for section in plan.sections:
        with translation.override(section.language):
            languages.append(
                {
                    "lang": bcp47(section.language),
                    "name": language_name(section.language),
                    "title": section.kit.title,
                    "summary": section.kit.summary,
                    "folder": section.folder,
                    "open": _("The press kit in %(language)s: open %(path)s")
                    % {"language": language_name(section.language), "path": f"{section.folder}README.html"},
                    "embargo": usage_terms(section.kit) if section.kit.embargo_until else "",
                }
            )
    return {"languages": languages, "title": plan.kit.title}


def root_html(plan):
    return render_to_string("presskits/zip/root_readme.html", root_context(plan))


def root_text(plan):
    return render_to_string("presskits/zip/root_readme.txt", root_context(plan))
