"""How each kind of entry is written into the archive: `write(archive, entry, section, plan)`.

Each writer runs in the section's language (the builder activates it), makes its file and adds it
with the manifest fields (kind, language, title and the entry's own). Files from media storage are
streamed; a photo is the only file held in memory whole, one at a time.
"""

import posixpath

from foreign_info.media import subtitles as subtitle_files

from . import pdf, readme, tables, texts, vcard
from .photos import photo_bytes


def manifest_fields(entry):
    return {"kind": entry.kind, "language": entry.language, "title": entry.title, **entry.about}


def readme_html(archive, entry, section, plan):
    archive.add_bytes(entry.path, readme.section_html(section, plan), **manifest_fields(entry))


def readme_txt(archive, entry, section, plan):
    archive.add_bytes(entry.path, readme.section_text(section, plan), **manifest_fields(entry))


def root_readme_html(archive, entry, section, plan):
    archive.add_bytes(entry.path, readme.root_html(plan), **manifest_fields(entry))


def root_readme_txt(archive, entry, section, plan):
    archive.add_bytes(entry.path, readme.root_text(plan), **manifest_fields(entry))


def page_file(item, blocks, extension, links=None):
    """An article, clip or story page as HTML, text or PDF; `links` are files of the kit that
    belong to it (a story's photos, a clip's video and subtitles), filled in while planning."""

    def write(archive, entry, section, plan):
        here = posixpath.dirname(entry.path) or "."
        extra = [(posixpath.relpath(path, here), text) for path, text in links or []]
        if extension == "html":
            data = texts.page_html(item, blocks, item.language, extra)
        elif extension == "txt":
            data = texts.page_text(item, blocks, extra)
        else:
            data = pdf.render(item.language, item.page.title, texts.pdf_blocks(item, blocks, extra))
        archive.add_bytes(entry.path, data, **manifest_fields(entry))

    return write


def stored_file(field_file):
    def write(archive, entry, section, plan):
        archive.add_file(entry.path, field_file, **manifest_fields(entry))

    return write


def subtitles(cues, extension):
    def write(archive, entry, section, plan):
        data = subtitle_files.to_vtt(cues) if extension == "vtt" else subtitle_files.to_srt(cues)
        archive.add_bytes(entry.path, data, **manifest_fields(entry))

    return write


def photo(kit_photo, extension):
    def write(archive, entry, section, plan):
        data = photo_bytes(kit_photo, plan.resolution, section.language, entry.title, extension)
        archive.add_bytes(entry.path, data, **manifest_fields(entry))

    return write


def captions_csv(archive, entry, section, plan):
    archive.add_bytes(entry.path, tables.captions_csv(section.photos), **manifest_fields(entry))


def factsheet_csv(archive, entry, section, plan):
    archive.add_bytes(entry.path, tables.factsheet_csv(section.contents.facts), **manifest_fields(entry))


def factsheet_pdf(archive, entry, section, plan):
    archive.add_bytes(entry.path, tables.factsheet_pdf(section.kit, section.language, section.contents.facts), **manifest_fields(entry))


def contacts_vcf(archive, entry, section, plan):
    archive.add_bytes(entry.path, vcard.contacts_vcf(section.contents.contacts), **manifest_fields(entry))
