"""Writing a press kit's ZIP, and estimating its size without writing it.

Contract (the cache and the download views rely on it):
- `write_kit_zip(kit, language, resolution, fileobj, on_progress=None)` writes the whole ZIP of
  the kit in `language` (one of `contents.kit_languages(kit)`, or "all") at `resolution` ("web" or
  "original") to the binary file `fileobj` and returns the number of bytes written. Memory stays
  bounded whatever the kit's size (see archive.py). `on_progress(done, total)` is called about a
  hundred times, in bytes, `done <= total`. Raises ValueError for a language the kit is not live
  in or an unknown resolution; a photo, clip or document whose file has gone from storage is left
  out (and logged), never packed as a broken entry.
- `estimate_size(...)` answers in bytes without opening a photo or drawing a PDF: file sizes come
  from the database, web-size photos from their pixel count (photos.estimated_bytes).
- `BUILDER_VERSION` changes whenever the ZIP's layout or content changes, so the cache's
  fingerprint stops matching ZIPs built by an older builder.
"""

import datetime
import json

from django.utils import timezone, translation

from foreign_info.core.languages import SOURCE_LANGUAGE

from .archive import KitArchive
from .plan import make_plan
from .readme import embargo_times, usage_terms

BUILDER_VERSION = "1"


def write_kit_zip(kit, language, resolution, fileobj, on_progress=None):
    plan = make_plan(kit, language, resolution, check_files=True)
    archive = KitArchive(fileobj, total=plan.estimate(), on_progress=on_progress)
    sections = {section.language: section for section in plan.sections}
    for entry in plan.entries:
        if entry.write is None:  # a shared clip or document, written once under shared/
            continue
        section = sections.get(entry.language)
        with translation.override(entry.language or SOURCE_LANGUAGE):
            entry.write(archive, entry, section, plan)
    archive.add_bytes("manifest.json", manifest(plan, archive.records), kind="manifest", language="", title="manifest")
    return archive.close()


def estimate_size(kit, language, resolution):
    return make_plan(kit, language, resolution).estimate()


def manifest(plan, records):
    kit = plan.kit
    terms = {}
    for section in plan.sections:
        with translation.override(section.language):
            terms[section.language] = usage_terms(section.kit)
    document = {
        "builder_version": BUILDER_VERSION,
        "kit": {
            "title": kit.title,
            "titles": {section.language: section.kit.title for section in plan.sections},
            "url": kit.full_url,
            "translation_key": str(kit.translation_key),
            "embargo_until": embargo_times(kit)["iso"] if kit.embargo_until else None,
        },
        "language": plan.language,
        "languages": [section.language for section in plan.sections],
        "resolution": plan.resolution,
        "generated_at": timezone.now().astimezone(datetime.UTC).isoformat(timespec="seconds"),
        "usage_terms": terms,
        "files": records,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
