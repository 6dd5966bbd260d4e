"""Writing the entry dossier of a nomination as a ZIP.

Contract: `write_dossier_zip(nomination, fileobj, today=None)` writes to the binary file `fileobj`
and returns the number of bytes written:
    work/<language>-<slug>.pdf   the work in Vietnamese and every language it is live in
    media/<nn>-<slug>.<ext>      its photos and clips, the stored files as uploaded
    metadata.pdf                 the metadata sheet (award, category, authors, dates, languages)
    reach.pdf, reach.csv         page views by language and by country (analytics rollups)
    manifest.json                every file with its size and SHA-256, and the metadata as data
Raises ValueError when the work is no longer live (nothing to send the jury). A photo or clip whose
file has gone from storage is left out and logged, never packed as a broken entry.

The archive, the PDFs (embedded Noto fonts, HarfBuzz shaping, ICU line breaks) and the text of a
page come from the press kits' builder (presskits.zipbuild): one way to pack and print a work.
Sheets are in the portal's working language (Vietnamese), for the national jury.
"""

import datetime
import json
import logging

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from foreign_info.presskits.zipbuild import pdf
from foreign_info.presskits.zipbuild.archive import KitArchive
from foreign_info.presskits.zipbuild.names import Names, ascii_slug

from ..reach import work_reach
from . import sheets
from .contents import work_media, work_versions
from .texts import pdf_blocks

logger = logging.getLogger(__name__)

BUILDER_VERSION = "1"


def write_dossier_zip(nomination, fileobj, today=None):
    versions = work_versions(nomination.work)
    if not versions or versions[0].pk != nomination.work_id:
        raise ValueError(f"the work {nomination.work_id} is not live")
    archive = KitArchive(fileobj)
    names = Names()
    original = versions[0]
    root_url = original.get_site().root_url if original.get_site() else ""
    stem = ascii_slug(original.slug, original.title, fallback="work")
    for page in versions:
        code = page.locale.language_code
        with translation.override(code):
            data = pdf.render(code, page.title, pdf_blocks(page, root_url))
        archive.add_bytes(names.claim("work", f"{code}-{stem}", "pdf"), data, kind="work", language=code, title=page.title, url=page.full_url)
    media = work_media(versions)
    packed = stored(media)
    digits = max(2, len(str(len(packed))))
    for number, medium in enumerate(packed, start=1):
        extension = medium.field_file.name.rsplit(".", 1)[-1] if "." in medium.field_file.name else "bin"
        path = names.claim("media", f"{number:0{digits}d}-" + ascii_slug(medium.title, fallback=medium.kind), extension)
        archive.add_file(path, medium.field_file, kind=medium.kind, language="", title=medium.title, credit=medium.credit)
    with translation.override(settings.LANGUAGE_CODE):
        metadata = sheets.metadata_rows(nomination, versions, packed)
        reach = work_reach(versions, today)
        archive.add_bytes(
            names.reserve("metadata.pdf"),
            pdf.render(settings.LANGUAGE_CODE, _("Entry metadata"), [("title", _("Entry metadata"))], table=([_("Field"), _("Value")], metadata)),
            kind="metadata",
            language=settings.LANGUAGE_CODE,
            title=str(_("Entry metadata")),
        )
        reach_table = ([_("By"), _("Name"), _("Views")], sheets.reach_rows(reach))
        archive.add_bytes(
            names.reserve("reach.pdf"),
            pdf.render(settings.LANGUAGE_CODE, _("Reach"), [("title", _("Reach")), ("meta", sheets.reach_heading(reach))], table=reach_table),
            kind="reach",
            language=settings.LANGUAGE_CODE,
            title=str(_("Reach")),
        )
        archive.add_bytes(names.reserve("reach.csv"), sheets.reach_csv(reach), kind="reach", language="", title="reach")
    archive.add_bytes("manifest.json", manifest(nomination, versions, metadata, reach, archive.records), kind="manifest", language="", title="manifest")
    return archive.close()


def stored(media):
    kept = []
    for medium in media:
        if medium.field_file.storage.exists(medium.field_file.name):
            kept.append(medium)
        else:
            logger.warning("award dossier: %s is missing from storage and left out", medium.field_file.name)
    return kept


def manifest(nomination, versions, metadata, reach, records):
    year = nomination.category.award_year
    document = {
        "builder_version": BUILDER_VERSION,
        "award": {"year": year.year, "title": year.title, "category": nomination.category.name},
        "work": {
            "title": versions[0].title,
            "url": versions[0].full_url,
            "translation_key": str(versions[0].translation_key),
            "languages": [page.locale.language_code for page in versions],
        },
        "metadata": [{"field": label, "value": value} for label, value in metadata],
        "reach": {
            "start": reach.start.isoformat(),
            "end": reach.end.isoformat(),
            "views": reach.total,
            "by_language": {code: views for code, _name, views in reach.by_language},
            "by_country": {code: views for code, _name, views in reach.by_country},
        },
        "generated_at": timezone.now().astimezone(datetime.UTC).isoformat(timespec="seconds"),
        "files": records,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
