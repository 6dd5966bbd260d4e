"""The language-model provider for real, against our OpenAI-compatible server on 127.0.0.1: every
target language (Khmer and Lao too), batches, the glossary in the request and checked in the answer,
strict parsing with one retry, and a message with no partial write for every fault."""

import json
import math

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override as language_override
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from foreign_info.core.languages import TARGET_LANGUAGES
from foreign_info.translation import workflow
from foreign_info.translation.machine.drafts import draft_for_job, machine_draft
from foreign_info.translation.machine.translator import DeepTranslatorMachine, MachineTranslationError
from foreign_info.translation.models import DraftRun, GlossaryTerm, JobState
from tests import factories
from tests.conftest import publish, speaks
from tests.translation.conftest import job_for
from tests.translation.test_machine import messages_of, translated

pytestmark = pytest.mark.django_db

BODY = "<p>Cà phê <b>Buôn Ma Thuột</b> do Sở Du lịch giới thiệu.</p><p>Mùa thu hoạch bắt đầu.</p>"


@pytest.fixture
def page(section):
    return publish(factories.ArticlePageFactory(parent=section, title="Mùa cà phê", standfirst="Mùa thu hoạch.", body=[("paragraph", BODY)]))


@pytest.fixture
def translation(page, team):
    job = job_for(page, "en")
    workflow.perform(job, "claim", team["translator_en"])
    job.refresh_from_db()
    return job.translation


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def machine(settings):
    return DeepTranslatorMachine(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"])


def sent_segments(chat):
    return [json.loads(body["messages"][-1]["content"]) for body in chat.bodies]


@pytest.mark.parametrize("code", TARGET_LANGUAGES)
def test_every_target_language_is_drafted_in_batches(llm, settings, code):
    texts = [f"Đoạn <b>số</b> {n}." for n in range(10)]
    result = machine(settings).translate_texts("vi", code, texts)
    assert result["Đoạn <b>số</b> 3."] == f"{code}: ĐOẠN <b>SỐ</b> 3."
    assert llm.requests == math.ceil(10 / 4)  # BATCH_SIZE 4
    request = llm.bodies[0]
    assert request["model"] == "test-model" and request["temperature"] == 0
    assert llm.authorization[0] == "Bearer sk-test"
    segments = sent_segments(llm)[0]["segments"]
    # Markup travels as placeholders, never as tags.
    assert segments[0] == {"id": 0, "text": "Đoạn ⟦0⟧số⟦1⟧ 0."}


def test_a_page_draft_in_khmer_and_lao(llm, page, team):
    for code in ("km", "lo"):
        job = job_for(page, code)
        result = draft_for_job(job, team["lead"])
        segments = StringSegment.objects.filter(source__object_id=page.translation_key).count()
        assert result.from_provider == segments
        rows = StringTranslation.objects.filter(locale__language_code=code)
        assert rows.count() == segments and all(row.data.startswith(f"{code}: ") for row in rows)
        assert {row.tool_name for row in rows} == {"Provincial model"}
    # Each distinct text once per language, four to a request (BATCH_SIZE).
    distinct = StringSegment.objects.filter(source__object_id=page.translation_key).values("string").distinct().count()
    assert sum(len(request["segments"]) for request in sent_segments(llm)) == 2 * distinct
    assert llm.requests == 2 * math.ceil(distinct / 4)


def test_glossary_goes_in_the_request_and_is_checked_in_the_answer(llm, translation, team, locales):
    GlossaryTerm.objects.create(term="Buôn Ma Thuột")  # a protected place name
    GlossaryTerm.objects.create(term="Sở Du lịch", locale=locales["en"], translation="Department of Tourism")
    machine_draft(translation, team["translator_en"])
    glossary = {entry["source"]: entry["target"] for request in sent_segments(llm) for entry in request["glossary"]}
    assert glossary == {"Buôn Ma Thuột": "Buôn Ma Thuột", "Sở Du lịch": "Department of Tourism"}
    rich = next(row for source, row in translated(translation).items() if source.startswith("Cà phê"))
    assert "<b>Buôn Ma Thuột</b>" in rich.data and "Department of Tourism" in rich.data


def test_a_term_left_untranslated_is_put_right_a_term_changed_is_refused(llm, translation, team, locales, settings):
    GlossaryTerm.objects.create(term="Sở Du lịch", locale=locales["en"], translation="Department of Tourism")
    llm.mode = "keep-term"  # the model wrote the Vietnamese term where the glossary asks for English
    machine_draft(translation, team["translator_en"])
    rich = next(row for source, row in translated(translation).items() if source.startswith("Cà phê"))
    assert "Department of Tourism" in rich.data and "Sở Du lịch" not in rich.data
    StringTranslation.objects.all().delete()
    llm.reset()
    llm.mode = "change-term"  # the model translated it its own way: refused, asked again once
    with language_override("en"), pytest.raises(MachineTranslationError, match="not a translation"):
        machine(settings).translate_texts("vi", "en", ["Sở Du lịch mời khách."], [("Sở Du lịch", "Department of Tourism")])
    assert llm.requests == 2


@pytest.mark.parametrize("mode", ["wrong-count-once", "lose-placeholder-once", "prose-once", "not-json-once"])
def test_a_wrong_answer_is_asked_again_once(llm, settings, mode):
    llm.mode, llm.failures_left = mode, 1
    assert machine(settings).translate_texts("vi", "fr", ["Xin <b>chào</b>", "Tạm biệt"]) == {
        "Xin <b>chào</b>": "fr: XIN <b>CHÀO</b>",
        "Tạm biệt": "fr: TẠM BIỆT",
    }
    assert llm.requests == 2


FAULTS = [
    ("429", "too many", 3),  # one request and RETRIES=2 retries
    ("500", "server error", 3),
    ("quota", "quota", 3),  # OpenAI's quota answer is a 429: retried like one
    ("auth", "credentials", 1),
    ("slow", "did not answer", 1),
    ("not-a-completion", "not a translation", 2),
    ("not-json", "not a translation", 2),  # asked again once
    ("prose", "not a translation", 2),
    ("wrong-count", "not a translation", 2),
    ("lose-placeholder", "not a translation", 2),
]


@pytest.mark.parametrize(("mode", "words", "requests"), FAULTS)
def test_every_fault_gives_a_message_and_writes_nothing(llm, translation, team, client, mode, words, requests):
    llm.mode = "ok" if mode == "slow" else mode
    llm.delay = 1.0 if mode == "slow" else 0
    before = StringTranslation.objects.count()
    client.force_login(team["translator_en"])
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/pages/"})
    assert response.status_code == 302
    [message] = messages_of(response)
    assert words in message.lower() and "nothing was changed" in message.lower() and "Provincial model" in message
    assert StringTranslation.objects.count() == before
    # The first request goes alone: a failing model costs one request (and its retries), not one per batch.
    assert llm.requests == requests


def test_injected_markup_is_removed_not_kept_as_text(llm, translation, team):
    llm.mode = "inject"
    machine_draft(translation, team["translator_en"])
    for row in translated(translation).values():
        assert "script" not in row.data and "onerror" not in row.data and "&lt;" not in row.data and "alert" not in row.data


def test_a_failed_job_draft_leaves_no_translation_and_no_draft_page(llm, page, team, client, locales):
    llm.mode = "500"
    job = job_for(page, "fr")
    assert job.translation_id is None
    client.force_login(team["translator_fr"])
    response = client.post(reverse("translation:job_action", args=[job.pk, "machine_draft"]))
    [message] = messages_of(response)
    assert "nothing was changed" in message.lower()
    job.refresh_from_db()
    assert job.translation_id is None and job.state == JobState.WAITING
    assert not Translation.objects.filter(target_locale=locales["fr"]).exists()
    assert not Page.objects.filter(translation_key=page.translation_key, locale=locales["fr"]).exists()
    assert StringTranslation.objects.count() == 0
    llm.mode = "ok"
    client.post(reverse("translation:job_action", args=[job.pk, "machine_draft"]))
    job.refresh_from_db()
    assert job.state == JobState.MACHINE_DRAFT and job.translation_id
    target = Page.objects.get(translation_key=page.translation_key, locale=locales["fr"])
    assert target.draft_title == "fr: MÙA CÀ PHÊ"


def test_the_slug_is_never_sent_and_comes_from_the_translated_title(llm, page, team, client):
    job = job_for(page, "fr")
    draft_for_job(job, team["lead"])
    workflow.perform(job, "machine_draft", team["lead"])
    sent = [segment["text"] for request in sent_segments(llm) for segment in request["segments"]]
    assert page.slug not in sent and not any(page.slug in text for text in sent)
    workflow.perform(job, "submit", team["lead"])
    workflow.perform(job, "publish", team["lead"])
    target = Page.objects.get(translation_key=page.translation_key, locale__language_code="fr")
    assert target.live and target.slug.startswith("fr-mua-ca-phe")


def test_a_bulk_run_stops_asking_a_service_that_is_down_and_can_be_resumed(llm, libre, section, team, client, settings, locales):
    """Six pages in French and Japanese; French goes to the model, which is down; Japanese goes to
    LibreTranslate, which works. The breaker stops French after 3 failures in a row (9 requests,
    not 18), Japanese is drafted, and resuming once the model is back drafts the rest."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["PROVIDERS"]["ja"] = {"PROVIDER": "libretranslate", "URL": libre.url, "API_KEY": "k"}
    libre.reset()
    pages = [publish(factories.ArticlePageFactory(parent=section, title=f"Bài số {n}", body=[("paragraph", f"<p>Đoạn {n}.</p>")])) for n in range(6)]
    llm.mode = "500"
    client.force_login(team["lead"])
    response = client.post(reverse("translation:matrix_bulk"), {"action": "machine_draft", "pages": [p.pk for p in pages], "languages": ["fr", "ja"]})
    run = DraftRun.objects.get()
    assert llm.requests == 3 * 3  # three jobs, one request and two retries each, then no more
    assert len(run.failed) == 3 and len(run.skipped) == 3 and run.stopped_reason
    assert all(job_for(p, "ja").state == JobState.MACHINE_DRAFT for p in pages)
    page = soup(client.get(response["Location"]))
    stopped = page.select_one(".draft-run__stopped").get_text(" ", strip=True)
    assert "3 drafts in a row failed" in stopped and "server error" in stopped and "3 jobs were not sent" in stopped
    skipped = [li.get_text(" ", strip=True) for li in page.select(".draft-run__skipped li")]
    failed = [li.get_text(" ", strip=True) for li in page.select(".draft-run__failures li")]
    # Named by page title and language, never by job number.
    assert all("(French)" in text and "Bài số" in text for text in skipped + failed) and len(skipped + failed) == 6
    llm.reset()
    response = client.post(reverse("translation:run_resume", args=[run.pk]))
    resumed = DraftRun.objects.latest("pk")
    assert response["Location"] == reverse("translation:run", args=[resumed.pk])
    assert resumed.total == 6 and not resumed.failed and not resumed.skipped
    assert all(job_for(p, "fr").state == JobState.MACHINE_DRAFT for p in pages)
    # Nothing left: resuming again says so.
    response = client.post(reverse("translation:run_resume", args=[resumed.pk]), follow=True)
    assert "anything left to draft" in response.content.decode()


def test_resume_is_for_leads_only(llm, team, client):
    run = DraftRun.objects.create(job_ids=[], finished_at=timezone.now())
    client.force_login(team["translator_fr"])
    response = client.post(reverse("translation:run_resume", args=[run.pk]))
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/") and DraftRun.objects.count() == 1


def test_a_refusal_names_the_language_in_the_users_language(libre, provider, section, team, client, settings):
    """LibreTranslate has no Khmer: the message says so in Vietnamese with the Vietnamese name."""
    page = publish(factories.ArticlePageFactory(parent=section, title="Thác Dray Nur"))
    client.force_login(speaks(team["lead"], "vi"))
    response = client.post(reverse("translation:job_action", args=[job_for(page, "km").pk, "machine_draft"]))
    with language_override("vi"):
        [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert "tiếng Khmer" in message and "Khmer." not in message.replace("tiếng Khmer", "")
