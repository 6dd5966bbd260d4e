"""One PO (or XLIFF 1.2) file for a selection of jobs of one language, and its all-or-nothing import.

Each entry's msgctxt is "<job id>:<segment path>" and its msgid the segment's current source
text, so a file can carry many pages (for an agency) and still be matched exactly on return.
In XLIFF the context is the trans-unit's id and the source text its <source>.

Contract of `import_translations(data, locale, user)`: the file is read as XLIFF when it is XML,
else as PO; every entry is checked first: the job must exist,
be in `locale` and open to `user`; the segment must still exist with that very msgid; the
translation must keep the msgid's tags (balanced, same ones) and placeholders. If any entry is
wrong, nothing is stored and each error names its entry. Otherwise all translations are stored in
one transaction, as manual translations made with "PO file".
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from xml.etree import ElementTree

import polib
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from foreign_info.core.languages import SOURCE_LANGUAGE

from . import roles
from .jobs import ensure_translation, refresh_progress
from .machine.markup import TAG
from .models import JobState, TranslationJob

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-zA-Z0-9_]*\}|⟦\d+⟧")


def tag_balance(html):
    """None if the tags open and close in order, else the first offending tag."""
    stack = []
    for tag in TAG.findall(html):
        name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag).group(1).lower()
        if tag.startswith("</"):
            if not stack or stack.pop() != name:
                return tag
        elif not tag.endswith("/>") and name != "br":
            stack.append(name)
    return stack[-1] if stack else None


def segments_of(jobs):
    """{job id: [(path, string data, string id, context id)]} in two queries."""
    sources = {(s.object_id, s.locale_id): s for s in TranslationSource.objects.filter(object_id__in=[job.source_page.translation_key for job in jobs])}
    by_source = {}
    source_ids = [s.pk for s in sources.values()]
    for segment in StringSegment.objects.filter(source_id__in=source_ids).select_related("string", "context").order_by("source_id", "order"):
        by_source.setdefault(segment.source_id, []).append((segment.context.path, segment.string.data, segment.string_id, segment.context_id))
    result = {}
    for job in jobs:
        source = sources.get((job.source_page.translation_key, job.source_page.locale_id))
        result[job.pk] = by_source.get(source.pk, []) if source else []
    return result


def export_entries(jobs):
    """(context, source text, current translation, page title) for every segment of `jobs`."""
    segments = segments_of(jobs)
    locale_id = jobs[0].target_locale_id
    existing = dict(
        ((t.translation_of_id, t.context_id), t.data)
        for t in StringTranslation.objects.filter(locale_id=locale_id, translation_of_id__in={s[2] for rows in segments.values() for s in rows})
    )
    for job in jobs:
        for path, data, string_id, context_id in segments[job.pk]:
            yield f"{job.pk}:{path}", data, existing.get((string_id, context_id), ""), job.source_page.title


def export_xliff(jobs, code):
    """The same entries as XLIFF 1.2, for agencies whose tools prefer it."""
    xliff = ElementTree.Element("xliff", version="1.2", xmlns="urn:oasis:names:tc:xliff:document:1.2")
    file = ElementTree.SubElement(xliff, "file", {"source-language": SOURCE_LANGUAGE, "target-language": code, "datatype": "html", "original": "foreign-info"})
    body = ElementTree.SubElement(file, "body")
    for context, source, target, title in export_entries(jobs):
        unit = ElementTree.SubElement(body, "trans-unit", id=context, resname=context)
        ElementTree.SubElement(unit, "source").text = source
        ElementTree.SubElement(unit, "target").text = target
        ElementTree.SubElement(unit, "note").text = title
    return ElementTree.tostring(xliff, encoding="unicode", xml_declaration=True)


def export_po(jobs, code):
    po = polib.POFile(wrapwidth=200)
    po.metadata = {
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Language": code,
        "X-Foreign-Info-Jobs": ",".join(str(j.pk) for j in jobs),
    }
    for context, source, target, title in export_entries(jobs):
        po.append(polib.POEntry(msgctxt=context, msgid=source, msgstr=target, comment=title))
    return str(po)


@dataclass
class ImportOutcome:
    imported: int = 0
    errors: list = field(default_factory=list)


@dataclass
class Entry:
    """One translated string as read from a PO or XLIFF file."""

    msgctxt: str
    msgid: str
    msgstr: str
    error: str = ""  # a problem found while reading the file, reported with the entry


XLIFF_NAMESPACE = "{urn:oasis:names:tc:xliff:document:1.2}"


class TextOnlyPOParser(polib._POFileParser):
    """polib's PO parser fed the uploaded text, never a path.

    `polib.pofile(text)` opens `text` as a file whenever a file of that name exists, so an upload
    whose content is "/etc/passwd" or a server-side catalogue would be read from the server's disk
    (and its msgids echoed back in the error list). Here the parser is built on an empty name,
    which is never a file, and then given the upload's lines."""

    def __init__(self, text):
        super().__init__("", encoding="utf-8")
        self.fhandle = text.splitlines()


def read_po(data):
    """(entries, None) or (None, the reason the file cannot be read)."""
    try:
        po = TextOnlyPOParser(data.decode("utf-8")).parse()
    except (UnicodeDecodeError, OSError, ValueError):
        return None, _("This is not a PO file in UTF-8.")
    entries = [Entry(entry.msgctxt or "", entry.msgid, entry.msgstr) for entry in po if not entry.obsolete]
    for entry in entries:
        if "\x00" in entry.msgctxt + entry.msgid + entry.msgstr:
            # No page field can hold a NUL (PostgreSQL refuses it): said per entry, nothing stored.
            entry.error = _("This entry contains a NUL character, which no page can hold.")
    return entries, None


def read_xliff(data):
    """XLIFF 1.2 as we export it. defusedxml refuses DTDs and entity expansion (an uploaded file
    is untrusted); a <target> with inline elements (<g>, <x/>) instead of our HTML-as-text is
    reported for that unit rather than half-read."""
    try:
        root = SafeElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return None, _("This is not a well-formed XLIFF file.")
    if root.tag not in ("xliff", XLIFF_NAMESPACE + "xliff"):
        return None, _("This is not a well-formed XLIFF file.")
    entries = []
    for unit in root.iter():
        if unit.tag not in ("trans-unit", XLIFF_NAMESPACE + "trans-unit"):
            continue
        source, target = xliff_child(unit, "source"), xliff_child(unit, "target")
        entry = Entry(unit.get("id", ""), text_of(source), text_of(target))
        if (source is not None and len(source)) or (target is not None and len(target)):
            entry.error = _("Inline XLIFF elements are not supported: keep the HTML tags as text, as exported.")
        entries.append(entry)
    return entries, None


def xliff_child(unit, name):
    found = unit.find(XLIFF_NAMESPACE + name)
    return found if found is not None else unit.find(name)


def text_of(element):
    return (element.text or "") if element is not None else ""


def import_translations(data, locale, user):
    outcome = ImportOutcome()
    is_xml = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    entries, problem = read_xliff(data) if is_xml else read_po(data)
    if problem:
        outcome.errors.append(("", problem))
        return outcome
    if not entries:
        outcome.errors.append(("", _("The file holds no translations.")))
        return outcome
    job_ids = {entry.msgctxt.split(":", 1)[0] for entry in entries if entry.msgctxt and ":" in entry.msgctxt}
    jobs = {
        str(job.pk): job
        for job in TranslationJob.objects.filter(pk__in=[i for i in job_ids if i.isdigit()], target_locale=locale).select_related(
            "source_page", "target_locale"
        )
    }
    segments = segments_of(list(jobs.values())) if jobs else {}
    writes = []
    for entry in entries:
        label = f"{entry.msgctxt or ''} · {entry.msgid[:60]}"
        error = entry.error or check_entry(entry, jobs, segments, user)
        if error:
            outcome.errors.append((label, error))
        elif entry.msgstr:
            job_id, path = entry.msgctxt.split(":", 1)
            match = next(s for s in segments[int(job_id)] if s[0] == path)
            writes.append((jobs[job_id], match, entry.msgstr))
    if outcome.errors:
        return outcome
    with transaction.atomic():
        for _job, (_path, _data, string_id, context_id), msgstr in writes:
            StringTranslation.objects.update_or_create(
                translation_of_id=string_id,
                locale=locale,
                context_id=context_id,
                defaults={"data": msgstr, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL, "tool_name": "PO file", "last_translated_by": user},
            )
        for job in {job.pk: job for job, *_rest in writes}.values():
            ensure_translation(job, user)
            if job.state == JobState.WAITING:
                job.state = JobState.IN_PROGRESS
                job.save(update_fields=["state", "updated_at"])
            refresh_progress(job)
    outcome.imported = len(writes)
    return outcome


def check_entry(entry, jobs, segments, user):
    if not entry.msgctxt or ":" not in entry.msgctxt:
        return _("This entry does not come from an export of this site (no job in its context).")
    job_id, path = entry.msgctxt.split(":", 1)
    job = jobs.get(job_id)
    if job is None:
        return _("Unknown job, or a job in another language.")
    if not roles.can(user, roles.EDIT, job.target_locale.language_code):
        return _("You may not translate this job.")
    if job.state == JobState.PUBLISHED:
        return _("This job is already published.")
    candidates = [s for s in segments.get(job.pk, []) if s[0] == path]
    if not candidates:
        return _("Unknown string: the page has no such segment any more.")
    if all(s[1] != entry.msgid for s in candidates):
        return _("The source text changed since the export: export the job again.")
    if not entry.msgstr:
        return None
    broken = tag_balance(entry.msgstr)
    if broken:
        return _("Unbalanced tag %(tag)s in the translation.") % {"tag": broken}
    if sorted(TAG.findall(entry.msgstr)) != sorted(TAG.findall(entry.msgid)):
        return _("The translation must keep the source's tags and links.")
    if Counter(PLACEHOLDER.findall(entry.msgid)) != Counter(PLACEHOLDER.findall(entry.msgstr)):
        return _("Placeholders lost or added: %(placeholders)s") % {"placeholders": " ".join(PLACEHOLDER.findall(entry.msgid)) or "-"}
    from .limits import too_long  # limits imports workflow, which imports this module

    # Checked here, not left to the database: a title's translation also becomes the page's draft
    # title (wagtail-localize), which PostgreSQL refuses past 255 characters.
    return too_long(job.source_page.specific_class, path, entry.msgstr)
