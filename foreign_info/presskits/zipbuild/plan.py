"""What goes into a kit's ZIP, decided before a byte is written.

A plan is the list of entries (path, what it is, an estimated size, and how to write it) for each
language, so that the README, written first, can list every file; the size estimate and the
build's progress come from the same list. Nothing heavy happens here: photos are not opened,
PDFs not drawn; pages are only read.

Layout for one language:
    README.html, README.txt, articles/, stories/, clips/, photos/ (+ captions.csv), documents/,
    factsheet.csv, factsheet.pdf, contacts.vcf, manifest.json
For "all": one such folder per language (vi/, fr/, ...) under a README that points to each, and
shared/ for clips and documents that are the same file in every language (a 300 MB clip is
packed once, not nine times; photos are per language, since their captions are inside them).
"""

import logging
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from .. import contents as kit_contents_module
from .names import Names, ascii_slug
from .photos import estimated_bytes
from .texts import article_blocks

logger = logging.getLogger(__name__)

PDF_BYTES = 9000
SCRIPT_FONT_BYTES = {"khmer": 15000, "lao": 8000, "cjk": 40000}
ZIP_ENTRY_OVERHEAD = 100  # local header, data descriptor and central directory record, without the name
GROUPS = ("about", "articles", "stories", "clips", "photos", "documents", "facts", "contacts")
PHOTO_EXTENSIONS = {"jpg": "jpg", "jpeg": "jpg", "png": "png", "webp": "webp", "tif": "tif", "tiff": "tif"}


@dataclass
class Entry:
    path: str
    kind: str  # manifest "kind": readme, article, story, clip, subtitles, photo, captions, document, factsheet, contacts
    language: str
    title: str
    label: str  # what the file is, for the README, in the section's language
    group: str  # README section (GROUPS)
    estimate: int
    write: Callable = None  # write(archive, entry, section, plan); None for a file another entry writes
    about: dict = field(default_factory=dict)  # more manifest fields (licence, credit, url)


@dataclass
class Section:
    """The kit in one language."""

    language: str
    folder: str  # "" for a one-language kit, else "fr/"
    kit: object
    contents: object
    root_url: str
    entries: list = field(default_factory=list)
    photos: list = field(default_factory=list)  # (path, KitPhoto)
    story_links: dict = field(default_factory=dict)  # story title -> [(path, caption)] of its photos

    def relative(self, path):
        return posixpath.relpath(path, self.folder or ".")


@dataclass
class Plan:
    kit: object
    language: str
    resolution: str
    languages: list
    sections: list = field(default_factory=list)
    root: list = field(default_factory=list)  # README of an "all" kit
    shared: list = field(default_factory=list)  # entries under shared/
    names: Names = field(default_factory=Names)

    @property
    def entries(self):
        return [*self.root, *(entry for section in self.sections for entry in section.entries), *self.shared]

    def estimate(self):
        files = self.entries
        manifest = 300 + 200 * len(files)
        overhead = sum(ZIP_ENTRY_OVERHEAD + 2 * len(entry.path) for entry in files) + ZIP_ENTRY_OVERHEAD + 22
        return sum(entry.estimate for entry in files) + manifest + overhead


def make_plan(kit, language, resolution, check_files=False):
    """`check_files`: leave out photos, clips and documents whose file is missing from storage
    (one storage lookup each: the build does it, the size estimate does not)."""
    if resolution not in ("web", "original"):
        raise ValueError(f"unknown resolution {resolution!r}")
    available = kit_contents_module.kit_languages(kit)
    if language != "all" and language not in available:
        raise ValueError(f"the kit is not live in {language!r}")
    languages = available if language == "all" else [language]
    plan = Plan(kit, language, resolution, languages)
    shared = {}
    for code in languages:
        translated = kit if kit.locale.language_code == code else kit_contents_module.kit_in_language(kit, code)
        if translated is None:
            continue
        with translation.override(code):
            site = translated.get_site()
            section = Section(
                code, f"{code}/" if language == "all" else "", translated, kit_contents_module.kit_contents(translated), site.root_url if site else ""
            )
            plan_section(plan, section, shared, check_files)
        plan.sections.append(section)
    if language == "all":
        from . import writers

        plan.root = [
            Entry(plan.names.reserve("README.html"), "readme", "", kit.title, "", "about", 3000 + 500 * len(languages), writers.root_readme_html),
            Entry(plan.names.reserve("README.txt"), "readme", "", kit.title, "", "about", 1500 + 300 * len(languages), writers.root_readme_txt),
        ]
    plan.shared = list(shared.values())
    return plan


def has_file(field_file, check_files):
    if not field_file:
        return False
    if check_files and not field_file.storage.exists(field_file.name):
        logger.warning("press kit: %s is missing from storage and left out", field_file.name)
        return False
    return True


def plan_section(plan, section, shared, check_files):
    from . import writers

    names, folder, code = plan.names, section.folder, section.language

    def add(subfolder, stem, extension, kind, title, label, group, estimate, write, **about):
        path = names.claim(posixpath.join(folder, subfolder) if subfolder else folder.rstrip("/"), stem, extension)
        entry = Entry(path, kind, code, title, label, group, estimate, write, about)
        section.entries.append(entry)
        return entry

    # The README's size grows with the entries planned after it: estimated once they are known.
    readme_html = add("", "README", "html", "readme", section.kit.title, _("This index (web page)"), "about", 0, writers.readme_html)
    readme_txt = add("", "README", "txt", "readme", section.kit.title, _("This index (plain text)"), "about", 0, writers.readme_txt)

    for item in section.contents.pages:
        page = item.page
        stem = ascii_slug(page.slug, page.title, fallback=item.kind)
        blocks = article_blocks(item, section.root_url)
        size = sum(len(block.text.encode("utf-8")) for block in blocks) + len(page.title.encode("utf-8"))
        about = {"url": page.full_url, "translated": item.in_kit_language}
        if item.kind == "article":
            for extension, label, estimate in (
                ("html", _("Article (web page)"), 1500 + size),
                ("txt", _("Article (plain text)"), 200 + size),
                ("pdf", _("Article (PDF)"), pdf_estimate(blocks, size)),
            ):
                add("articles", stem, extension, "article", page.title, label, "articles", estimate, writers.page_file(item, blocks, extension), **about)
        elif item.kind == "clip":
            plan_clip(plan, section, item, stem, blocks, size, shared, check_files, add)
        elif item.kind == "story":
            story_photos = [photo for photo in section.contents.photos if photo.story_title == page.title]
            links = []
            for extension, label in (("html", _("Photo story (web page)")), ("txt", _("Photo story (plain text)"))):
                add(
                    "stories",
                    stem,
                    extension,
                    "story",
                    page.title,
                    label,
                    "stories",
                    1500 + size + 150 * len(story_photos),
                    writers.page_file(item, blocks, extension, links),
                    **about,
                )
            section.story_links[page.title] = links

    plan_photos(plan, section, check_files, add)

    for document in section.contents.documents:
        file = document.document.file
        if not has_file(file, check_files):
            continue
        extension = file.name.rsplit(".", 1)[-1] if "." in file.name else "bin"
        stem = ascii_slug(document.title, document.document.title, fallback="document")
        estimate = document.document.file_size or 0
        if plan.language == "all":
            entry = shared.get(("document", file.name)) or Entry(
                names.claim("shared/documents", stem, extension),
                "document",
                "",
                document.title,
                _("Document"),
                "documents",
                estimate,
                writers.stored_file(file),
            )
            shared[("document", file.name)] = entry
            section.entries.append(Entry(entry.path, "document", code, document.title, _("Document"), "documents", 0, None))
        else:
            add("documents", stem, extension, "document", document.title, _("Document"), "documents", estimate, writers.stored_file(file))

    facts = section.contents.facts
    if facts:
        size = sum(len(fact.label) + len(fact.source) + 30 for fact in facts)
        add("", "factsheet", "csv", "factsheet", _("Fact sheet"), _("Fact sheet (spreadsheet)"), "facts", size + 200, writers.factsheet_csv)
        add("", "factsheet", "pdf", "factsheet", _("Fact sheet"), _("Fact sheet (PDF)"), "facts", PDF_BYTES + size * 2, writers.factsheet_pdf)
    if section.contents.contacts:
        size = 250 * len(section.contents.contacts)
        add("", "contacts", "vcf", "contacts", _("Press contacts"), _("Press contacts (vCard, for address books)"), "contacts", size, writers.contacts_vcf)
    count = len(section.entries)
    readme_html.estimate, readme_txt.estimate = 3000 + 150 * count, 1000 + 100 * count


def pdf_estimate(blocks, size):
    """Embedded font subsets dominate a short PDF: more for Khmer, Lao and above all CJK glyphs."""
    from foreign_info.core.pdf_text import scripts_in

    text = " ".join(block.text for block in blocks)
    return PDF_BYTES + 2 * size + sum(SCRIPT_FONT_BYTES[script] for script in scripts_in(text))


def plan_clip(plan, section, item, stem, blocks, size, shared, check_files, add):
    from . import writers

    page = item.page
    clip = page.clip
    video = clip.playable_file if clip else None
    if not has_file(video, check_files):
        return
    estimate = (clip.file_size if video.name == clip.original.name else 0) or video.size
    title, about = page.title, {"url": page.full_url, "credit": clip.credit}
    if plan.language == "all":
        key = ("clip", video.name)
        if key not in shared:
            shared[key] = Entry(
                plan.names.claim("shared/clips", stem, "mp4"), "clip", "", title, _("Video clip (MP4)"), "clips", estimate, writers.stored_file(video), about
            )
        entry = shared[key]
        section.entries.append(Entry(entry.path, "clip", section.language, title, _("Video clip (MP4)"), "clips", 0, None))
        video_path = entry.path
    else:
        video_path = add("clips", stem, "mp4", "clip", title, _("Video clip (MP4)"), "clips", estimate, writers.stored_file(video), **about).path
    links = [(video_path, _("Video clip (MP4)"))]
    cues = page.cues
    if cues:
        cue_size = sum(len(cue.text.encode("utf-8")) + 40 for cue in cues)
        for extension, label in (("vtt", _("Subtitles (WebVTT)")), ("srt", _("Subtitles (SubRip)"))):
            path = add("clips", f"{stem}.{item.language}", extension, "subtitles", title, label, "clips", cue_size, writers.subtitles(cues, extension)).path
            links.append((path, label))
    for extension, label in (("html", _("About the clip (web page)")), ("txt", _("About the clip (plain text)"))):
        add("clips", stem, extension, "clip-text", title, label, "clips", 1500 + size, writers.page_file(item, blocks, extension, links), url=page.full_url)


def plan_photos(plan, section, check_files, add):
    from . import writers

    photos = [photo for photo in section.contents.photos if has_file(photo.image.file, check_files)]
    digits = max(2, len(str(len(photos))))
    for number, photo in enumerate(photos, start=1):
        image = photo.image
        extension = "jpg" if plan.resolution == "web" else PHOTO_EXTENSIONS.get(image.file.name.rsplit(".", 1)[-1].lower(), "jpg")
        stem = f"{number:0{digits}d}-" + ascii_slug(photo.caption[:50], image.title, fallback="photo")
        title = photo.story_title or section.kit.title
        label = _("Photo (web size)") if plan.resolution == "web" else _("Photo (original)")
        about = {
            "caption": photo.caption,
            "credit": photo.credit,
            "copyright": photo.copyright,
            "licence": {"code": photo.licence, "name": str(image.get_licence_display()), "url": photo.licence_url},
        }
        entry = add(
            "photos", stem, extension, "photo", title, label, "photos", estimated_bytes(image, plan.resolution), writers.photo(photo, extension), **about
        )
        section.photos.append((entry.path, photo))
        if photo.story_title:
            section.story_links.get(photo.story_title, []).append((entry.path, photo.caption))
    if photos:
        add(
            "photos",
            "captions",
            "csv",
            "captions",
            _("Captions"),
            _("Captions, credits and licences of the photos (spreadsheet)"),
            "photos",
            300 * len(photos),
            writers.captions_csv,
        )
