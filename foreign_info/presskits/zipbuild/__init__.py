"""Minimal stand-in for the press-kit ZIP builder (replaced at merge by the full builder).

Contract used by builds.py: `write_kit_zip(kit, language, resolution, fileobj, on_progress=None)`
writes a whole ZIP to a binary file object with bounded memory and returns its size in bytes;
`estimate_size(kit, language, resolution)` guesses that size without building; `BUILDER_VERSION`
changes whenever the same content would give a different ZIP.
"""

import json

from zipstream import ZipStream

from ..contents import kit_contents, kit_in_language, kit_languages

BUILDER_VERSION = "stub-1"
CHUNK = 1024 * 1024


def kits_for(kit, language):
    codes = kit_languages(kit) if language == "all" else [language]
    return [translation for translation in (kit_in_language(kit, code) for code in codes) if translation is not None]


def file_chunks(field_file):
    with field_file.open("rb") as source:
        while chunk := source.read(CHUNK):
            yield chunk


def write_kit_zip(kit, language, resolution, fileobj, on_progress=None):
    stream = ZipStream(sized=True)
    manifest = {"kit": kit.title, "language": language, "resolution": resolution, "files": []}
    for translation in kits_for(kit, language):
        contents = kit_contents(translation)
        code = translation.locale.language_code
        stream.add(f"{translation.title}\n\n{translation.summary}\n".encode(), f"{code}/README.txt")
        manifest["files"].append(f"{code}/README.txt")
        for number, photo in enumerate(contents.photos, start=1):
            name = f"{code}/photos/{number:03d}-{photo.image.file.name.rsplit('/', 1)[-1]}"
            stream.add(file_chunks(photo.image.file), name, size=photo.image.get_file_size())
            manifest["files"].append(name)
    stream.add(json.dumps(manifest, ensure_ascii=False).encode(), "manifest.json")
    total, written = len(stream), 0
    for chunk in stream:
        fileobj.write(chunk)
        written += len(chunk)
        if on_progress is not None and total:
            on_progress(min(99, written * 100 // total))
    return written


def estimate_size(kit, language, resolution):
    size = 0
    for translation in kits_for(kit, language):
        size += 1024 + sum(photo.image.file_size or 0 for photo in kit_contents(translation).photos)
    return size + 1024
