"""Machine drafts for a wagtail-localize translation: memory first, then glossary, then provider.

Contract of `machine_draft(translation, user)`:
- segments that already have a translation in the language are left alone, whoever made them
  (a translator's hand edits are never overwritten);
- a segment whose source string has a reviewed translation in the language (TranslationMemory)
  is filled from memory, marked "Translation memory", with no call to the provider;
- a segment that is only glossary terms is filled from the glossary, marked "Glossary", no call;
- the rest goes to the language's provider, each distinct text once, marked with its name;
- on any provider failure `MachineTranslationError` is raised and nothing is written: memory and
  glossary fills are written together with the provider's answer, in one transaction.
The number of SQL queries does not depend on the number of segments.
"""

import html
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.strings import StringValue, validate_translation_links

from foreign_info.core.db import sqlite_real_parameter_limit
from foreign_info.core.languages import TRANSLATED_NAMES

from ..models import GlossaryTerm, TranslationMemory
from .translator import HOW_TO_CONFIGURE, DeepTranslatorMachine, MachineTranslationError

MEMORY_TOOL = "Translation memory"
GLOSSARY_TOOL = "Glossary"


@dataclass
class DraftResult:
    from_memory: int = 0
    from_glossary: int = 0
    from_provider: int = 0
    kept: int = 0
    provider_calls_for: list = field(default_factory=list)

    @property
    def written(self):
        return self.from_memory + self.from_glossary + self.from_provider


def machine_translator():
    translator = get_machine_translator()
    if not isinstance(translator, DeepTranslatorMachine):
        raise MachineTranslationError(HOW_TO_CONFIGURE)
    return translator


def glossary_for(locale):
    """(term, preferred translation or None) for a language, longest terms first."""
    rows = GlossaryTerm.objects.filter(Q(locale=locale) | Q(locale__isnull=True)).values_list("term", "translation", "locale_id")
    chosen = {}
    for term, translation, locale_id in rows:
        if term not in chosen or locale_id is not None:
            chosen[term] = translation or None
    return sorted(chosen.items(), key=lambda item: -len(item[0]))


def whole_glossary_match(text, glossary):
    """The segment (HTML, as wagtail-localize stores it) as the glossary says it, or None.

    A preferred translation is plain text typed by an editor: it is escaped here, once, exactly as
    `markup.Protected` escapes it inside longer texts, so "<img onerror=…>" in the glossary reaches
    the page as those characters, never as markup."""
    stripped = text.strip().casefold()
    for term, translation in glossary:
        if term.casefold() == stripped:
            return html.escape(translation, quote=False) if translation else text.strip()
    return None


def valid_html(source_html, translated_html):
    try:
        StringValue.from_translated_html(translated_html)
        validate_translation_links(source_html, translated_html)
    except ValueError:
        return False
    return True


@dataclass
class DraftPlan:
    """A draft worked out and not yet written: the rows to insert and the page title they give."""

    source: object
    locale: object
    rows: list
    result: DraftResult
    title: str | None = None


def machine_draft(translation, user=None):
    """Plan and write a draft for an existing wagtail-localize translation (its editor's button)."""
    return write_draft(plan_draft(translation.source, translation.target_locale, user))


def plan_draft(source, locale, user=None):
    """Everything a draft needs, memory, glossary and provider included, without writing anything.

    Raises `MachineTranslationError` on any provider failure; the caller then has nothing to undo,
    which is what lets a job's draft create its translation and draft page only once this worked."""
    translator = machine_translator()
    segments = list(StringSegment.objects.filter(source_id=source.pk).select_related("string", "context"))
    done = set(
        StringTranslation.objects.filter(locale=locale, translation_of_id__in={s.string_id for s in segments}).values_list("translation_of_id", "context_id")
    )
    result = DraftResult()
    todo = []
    for segment in segments:
        if (segment.string_id, segment.context_id) in done:
            result.kept += 1
        else:
            todo.append(segment)
    if not todo:
        return DraftPlan(source, locale, [], result)
    memory = TranslationMemory.objects.lookup(locale, {s.string_id for s in todo})
    glossary = glossary_for(locale)
    fills = {}  # string id -> (data, tool)
    for segment in todo:
        string = segment.string
        if string.pk in fills:
            continue
        if string.pk in memory:
            fills[string.pk] = (memory[string.pk], MEMORY_TOOL)
        elif (preferred := whole_glossary_match(string.data, glossary)) is not None:
            fills[string.pk] = (preferred, GLOSSARY_TOOL)
    to_send = list(dict.fromkeys(s.string.data for s in todo if s.string_id not in fills))
    result.provider_calls_for = to_send
    if to_send:
        code = locale.language_code
        answers = translator.translate_texts(source.locale.language_code, code, to_send, glossary, language_name=TRANSLATED_NAMES.get(code, code))
        tool = translator.provider_name(code)
        for segment in todo:
            if segment.string_id not in fills:
                answer = answers[segment.string.data]
                if not valid_html(segment.string.data, answer):
                    raise MachineTranslationError(_("%(name)s answered with something that is not a translation. Nothing was changed.") % {"name": tool})
                fills[segment.string_id] = (answer, tool)
    rows = []
    for segment in todo:
        data, tool = fills[segment.string_id]
        rows.append(
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=tool,
                last_translated_by=user if user and user.is_authenticated else None,
            )
        )
        if tool == MEMORY_TOOL:
            result.from_memory += 1
        elif tool == GLOSSARY_TOOL:
            result.from_glossary += 1
        else:
            result.from_provider += 1
    title = next((row.data for row in rows if row.context_id and title_context(segments, row.context_id)), None)
    return DraftPlan(source, locale, rows, result, title)


def write_draft(plan):
    """Insert a planned draft in one transaction, and give the draft page its translated title."""
    if plan.rows:
        with transaction.atomic(), sqlite_real_parameter_limit():
            StringTranslation.objects.bulk_create(plan.rows, ignore_conflicts=True)
            if plan.title is not None:
                Page.objects.filter(translation_key=plan.source.object_id, locale=plan.locale).update(draft_title=plan.title)
    return plan.result


def title_context(segments, context_id):
    return any(s.context_id == context_id and s.context.path == "title" for s in segments)


def draft_for_job(job, user=None):
    """A job's draft, with its wagtail-localize translation and draft page created only if it works.

    The provider is asked before anything is written; the translation, the draft page and the
    drafted segments are then written in one transaction. So when the provider fails, the message
    "Nothing was changed" is true: no translation, no draft page, no segment."""
    from ..jobs import ensure_translation

    source = TranslationSource.objects.get_for_instance_or_none(job.source_page)
    if source is None:
        raise MachineTranslationError(_("The source page has nothing to translate yet. Nothing was changed."))
    plan = plan_draft(source, job.target_locale, user)
    with transaction.atomic():
        ensure_translation(job, user)
        return write_draft(plan)
