"""Machine translation through deep-translator, for real, against our LibreTranslate on 127.0.0.1:
call counts, markup, glossary, memory, hand edits, and a message with no partial write per fault."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.translation import override as language_override
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue

from foreign_info.translation import workflow
from foreign_info.translation.machine.drafts import GLOSSARY_TOOL, MEMORY_TOOL, machine_draft
from foreign_info.translation.machine.translator import DeepTranslatorMachine, MachineTranslationError, split_into_chunks
from foreign_info.translation.models import GlossaryTerm, JobState, TranslationJob, TranslationMemory
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db

BODY = (
    '<p>Cà phê <b>Buôn Ma Thuột</b> có <a href="https://example.org/ca-phe">hương vị</a> đặc biệt.</p>'
    "<p>Mùa thu hoạch bắt đầu.</p>"
    "<p>Mùa thu hoạch bắt đầu.</p>"
)


@pytest.fixture
def page(section):
    return publish(
        factories.ArticlePageFactory(
            parent=section,
            title="Mùa cà phê",
            slug="mua-ca-phe",
            standfirst="Mùa thu hoạch bắt đầu.",
            place="Buôn Ma Thuột",
            source_agency="Sở Du lịch",
            body=[("paragraph", BODY)],
        )
    )


@pytest.fixture
def translation(page, team):
    job = job_for(page, "en")
    workflow.perform(job, "claim", team["translator_en"])
    job.refresh_from_db()
    return job.translation


def translated(translation):
    return {
        t.translation_of.data: t
        for t in StringTranslation.objects.filter(locale=translation.target_locale, translation_of__segments__source=translation.source).select_related(
            "translation_of"
        )
    }


def distinct_source_texts(translation):
    return set(StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True))


def test_each_distinct_text_is_sent_once_and_markup_comes_back(provider, translation, team):
    texts = distinct_source_texts(translation)
    result = machine_draft(translation, team["translator_en"])
    assert provider.calls == len(texts) == len(set(provider.texts))
    assert result.from_provider == StringSegment.objects.filter(source=translation.source).count()
    rows = translated(translation)
    rich = next(t for source, t in rows.items() if source.startswith("Cà phê"))
    assert rich.data == 'en: CÀ PHÊ <b>BUÔN MA THUỘT</b> CÓ <a id="a1">HƯƠNG VỊ</a> ĐẶC BIỆT.'
    assert rich.tool_name == "LibreTranslate" and rich.translation_type == "machine"
    # Tags never reach the provider: they travel as tokens.
    assert not any("<" in text for text in provider.texts)


def test_glossary_protects_terms_and_chooses_translations_memory_fills_first(provider, translation, team, locales):
    GlossaryTerm.objects.create(term="Buôn Ma Thuột")  # a protected place name, every language
    GlossaryTerm.objects.create(term="Sở Du lịch", locale=locales["en"], translation="Department of Tourism")
    title = StringSegment.objects.get(source=translation.source, context__path="title").string
    TranslationMemory.objects.create(string=title, locale=locales["en"], data="Coffee season")
    texts = distinct_source_texts(translation)
    result = machine_draft(translation, team["translator_en"])
    # Title from memory, place and agency from the glossary: neither reaches the provider.
    assert provider.calls == len(texts) - 3
    assert not any("Buôn Ma Thuột" in text or "Sở Du lịch" in text for text in provider.texts)
    rows = translated(translation)
    assert (rows["Mùa cà phê"].data, rows["Mùa cà phê"].tool_name) == ("Coffee season", MEMORY_TOOL)
    assert (rows["Buôn Ma Thuột"].data, rows["Buôn Ma Thuột"].tool_name) == ("Buôn Ma Thuột", GLOSSARY_TOOL)
    assert rows["Sở Du lịch"].data == "Department of Tourism"
    assert "<b>Buôn Ma Thuột</b>" in next(t.data for s, t in rows.items() if s.startswith("Cà phê"))
    assert result.from_memory == 1 and result.from_glossary == 2


def test_hand_edits_are_never_overwritten(provider, translation, team, locales):
    segment = StringSegment.objects.get(source=translation.source, context__path="standfirst")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locales["en"], context=segment.context, data="Harvest time.", translation_type="manual"
    )
    machine_draft(translation, team["translator_en"])
    assert StringTranslation.objects.get(translation_of=segment.string, context=segment.context, locale=locales["en"]).data == "Harvest time."
    # The same text in the body is still translated by the machine: it is another segment.
    assert any(t.data == "en: MÙA THU HOẠCH BẮT ĐẦU." for t in translated(translation).values())
    calls = provider.calls
    assert machine_draft(translation, team["translator_en"]).written == 0
    assert provider.calls == calls


FAULTS = [
    ("429", "too many", 4),
    ("500", "server error", 4),
    ("malformed", "not a translation", 1),
    ("wrong-shape", "not a translation", 1),
    ("quota", "quota", 1),
    ("auth", "credentials", 1),
    ("slow", "did not answer", 1),
]


@pytest.mark.parametrize(("mode", "words", "calls_per_text"), FAULTS)
def test_every_fault_gives_a_message_and_writes_nothing(provider, translation, team, client, mode, words, calls_per_text, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["MAX_CONCURRENT"] = 1
    provider.mode = "ok" if mode == "slow" else mode
    provider.delay = 1.0 if mode == "slow" else 0
    before = StringTranslation.objects.count()
    client.force_login(team["translator_en"])
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    messages = messages_of(response)
    assert len(messages) == 1 and words in messages[0].lower() and "nothing was changed" in messages[0].lower()
    assert StringTranslation.objects.count() == before
    assert provider.calls == calls_per_text  # one text at a time: the first failure stops the draft
    assert TranslationJob.objects.get(translation=translation).state == JobState.IN_PROGRESS


def test_429_and_5xx_are_retried_then_succeed(provider, settings):
    machine = DeepTranslatorMachine(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"])
    provider.mode, provider.failures_left = "429-then-ok", 2
    assert machine.translate_texts("vi", "en", ["Xin chào"]) == {"Xin chào": "en: XIN CHÀO"}
    assert provider.calls == 3
    provider.reset()
    provider.mode, provider.failures_left = "500-then-ok", 3
    assert machine.translate_texts("vi", "fr", ["Xin chào"]) == {"Xin chào": "fr: XIN CHÀO"}
    assert provider.calls == 4


def test_what_comes_back_is_sanitised(provider, translation, team):
    provider.mode = "inject"
    machine_draft(translation, team["translator_en"])
    for row in translated(translation).values():
        # The provider's tags and script are removed, not kept as visible text for a reviewer to
        # miss; only the source's own tags are markup.
        assert "script" not in row.data and "<img" not in row.data and "&lt;" not in row.data and "alert" not in row.data
        assert row.data.startswith("en: ")


def test_no_provider_explains_how_to_configure_one(translation, team, client, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "foreign_info.translation.machine.translator.DeepTranslatorMachine", "OPTIONS": {}}
    client.force_login(team["translator_en"])
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/pages/"})
    [message] = messages_of(response)
    assert "MACHINE_TRANSLATION" in message
    # The editor still shows the button, so that it can explain.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]))
    assert b"machine_translate" in editor.content


def test_provider_may_differ_per_language(provider, settings):
    options = {"PROVIDERS": {"fr": {"PROVIDER": "libretranslate", "URL": provider.url, "API_KEY": "k"}}, "TIMEOUT": 1}
    machine = DeepTranslatorMachine(options)
    assert machine.translate_texts("vi", "fr", ["Chào"]) == {"Chào": "fr: CHÀO"}
    with pytest.raises(MachineTranslationError, match="MACHINE_TRANSLATION"):
        machine.translate_texts("vi", "en", ["Chào"])
    assert machine.provider_name("fr") == "LibreTranslate" and machine.provider_name("en") is None


def test_long_texts_go_in_chunks_within_the_limit_and_calls_are_capped(provider, settings):
    options = dict(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"])
    options["PROVIDERS"] = {"default": {"PROVIDER": "libretranslate", "URL": provider.url, "API_KEY": "k", "CHUNK_LIMIT": 40}}
    long_text = "Câu thứ nhất khá dài. Câu thứ hai cũng dài. Câu thứ ba ngắn."
    assert all(len(chunk) <= 40 for chunk in split_into_chunks(long_text, 40))
    provider.delay = 0.05
    texts = [long_text, *[f"Đoạn số {n}." for n in range(8)]]
    result = DeepTranslatorMachine(options).translate_texts("vi", "en", texts)
    # Our server prefixes each answer with the language: one prefix per chunk sent.
    assert result[long_text] == "en: CÂU THỨ NHẤT KHÁ DÀI. en: CÂU THỨ HAI CŨNG DÀI. CÂU THỨ BA NGẮN."
    assert max(len(t) for t in provider.texts) <= 40
    assert provider.max_concurrent <= 2


def test_wagtail_localize_interface(provider, settings, locales):
    machine = DeepTranslatorMachine(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"])
    value = StringValue("Xin <b>chào</b>")
    assert machine.translate(locales["vi"], Locale.objects.get(language_code="ja"), [value])[value].data == "ja: XIN <b>CHÀO</b>"


def test_draft_queries_do_not_grow_with_segments(section, team, provider):
    """The same queries, the one bulk INSERT included, for 5 and for 120 paragraphs (on SQLite too,
    where Django 5.2 would split that INSERT every 999 parameters: foreign_info.core.db)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for n in (5, 120):
        body = "".join(f"<p>Đoạn {n}-{i} về cà phê.</p>" for i in range(n))
        page = publish(factories.ArticlePageFactory(parent=section, body=[("paragraph", body)]))
        job = job_for(page, "en")
        workflow.perform(job, "claim", team["lead"])
        job.refresh_from_db()
        with CaptureQueriesContext(connection) as captured:
            result = machine_draft(job.translation, team["lead"])
        assert result.from_provider >= n
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


def messages_of(response):
    """The request's messages in the admin language of the test users (English): messages are lazy,
    and after the request the thread's language is the site's default again."""
    with language_override("en"):
        return [str(message) for message in get_messages(response.wsgi_request)]
