"""Translation speed figures, measured side by side in one run (issue 4, "Speed").

Builds a throwaway SQLite database, a section, a 20-segment and a 200-segment article, a glossary
and some translation memory, and starts our LibreTranslate stand-in (tests/translation/
libre_server.py) on 127.0.0.1. Then it prints:

- provider calls for each machine draft, next to the number of distinct segments that memory and
  the glossary did not fill (they must be equal);
- requests to the language-model provider (our OpenAI-compatible stand-in, tests/translation/
  chat_server.py) for the 200-segment page in French, next to LibreTranslate's calls for it
  (target: at most ceil(200 / BATCH_SIZE), against one per distinct text);
- SQL queries to machine-draft the 200-segment page and the 20-segment page, and their ratio
  (target <= 1.1);
- publishing an official statement with 8 target languages against 1 (median of alternating
  publishes; the urgent lane's drafts and mail are enqueued to the database task queue, as in
  production, never run on the publish): target ratio <= 1.2;
- SQL queries of the queue and matrix screens with 20 jobs and with 2,000 jobs in 8 languages
  (target: the same).

    .venv/bin/python bench/translation.py
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/translation.py

With BENCH_DATABASE_URL the run uses that PostgreSQL database, which it EMPTIES first (give it one
of its own). On SQLite, Django 5.2 splits a bulk insert every 999 parameters (about 90 string
translations) whatever the SQLite build allows, so the 200-segment draft needs two more INSERTs
there than on PostgreSQL, which takes all rows in one.
"""

import math
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = Path(tempfile.mkdtemp(prefix="bench-translation-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{WORKDIR / 'db.sqlite3'}"
os.environ.setdefault("TEST_MEDIA_ROOT", str(WORKDIR / "media"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402


def build_site():
    from wagtail.models import Locale, Page

    from foreign_info.core.languages import LANGUAGE_CODES
    from foreign_info.publishing.models import SectionPage

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    section = root.add_child(instance=SectionPage(title="Thông tin đối ngoại", slug="bench-section", locale=Locale.objects.get(language_code="vi")))
    section.save_revision().publish()
    return section


def article(section, slug, paragraphs):
    from foreign_info.publishing.models import ArticlePage

    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = section.add_child(
        instance=ArticlePage(
            title=f"Bài {slug}", slug=slug, standfirst=f"Tóm tắt {slug}.", place="Buôn Ma Thuột", source_agency="Sở Du lịch", body=[("paragraph", body)]
        )
    )
    page.save_revision().publish()
    return page


def paragraphs(n, prefix):
    """n paragraphs: a tenth repeat an earlier one, a tenth are remembered, the rest are new."""
    texts = []
    for i in range(n):
        if i % 10 == 9:
            texts.append(texts[i - 5])  # duplicate: sent once
        else:
            texts.append(f"Đoạn {prefix} số {i}: cà phê <b>Buôn Ma Thuột</b> và cồng chiêng Ê Đê.")
    return texts


def draft(page, lead, libre):
    from wagtail_localize.models import StringSegment

    from foreign_info.translation.jobs import ensure_translation
    from foreign_info.translation.machine.drafts import glossary_for, machine_draft, whole_glossary_match
    from foreign_info.translation.models import TranslationJob, TranslationMemory

    job = TranslationJob.objects.get(source_page=page, target_locale__language_code="en")
    translation = ensure_translation(job, lead)
    segments = list(StringSegment.objects.filter(source=translation.source).select_related("string"))
    # Remember every tenth distinct string, as if reviewed before.
    strings = list(dict.fromkeys(s.string for s in segments))
    for string in strings[::10]:
        TranslationMemory.objects.get_or_create(string=string, locale=job.target_locale, defaults={"data": f"remembered {string.pk}"})
    memory = set(TranslationMemory.objects.filter(locale=job.target_locale).values_list("string_id", flat=True))
    glossary = glossary_for(job.target_locale)
    expected = {s.string.data for s in segments if s.string_id not in memory and whole_glossary_match(s.string.data, glossary) is None}
    libre.reset()
    with CaptureQueriesContext(connection) as queries:
        result = machine_draft(translation, lead)
    if os.environ.get("BENCH_SHOW_SQL"):
        for q in queries.captured_queries:
            print("   ", q["sql"][:150])
    return len(segments), len(queries), libre.calls, len(expected), result


def model_requests(page, lead, chat, batch_size):
    """Requests the language model gets for the page's French draft, and the texts it had to do."""
    from foreign_info.translation.machine.drafts import draft_for_job
    from foreign_info.translation.models import TranslationJob

    job = TranslationJob.objects.get(source_page=page, target_locale__language_code="fr")
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["PROVIDERS"]["fr"] = {
        "PROVIDER": "llm",
        "URL": chat.url,
        "MODEL": "bench",
        "BATCH_SIZE": batch_size,
    }
    chat.reset()
    result = draft_for_job(job, lead)
    return chat.requests, len(result.provider_calls_for), result.from_provider + result.from_memory + result.from_glossary


def statement_publish_ratio(section, rounds=8):
    """Median seconds to publish a statement with 8 target languages and with 1, alternating."""
    import statistics
    import time

    from django.test.utils import override_settings
    from wagtail.models import Locale

    from foreign_info.core.languages import TARGET_LANGUAGES
    from foreign_info.statements.models import StatementPage
    from foreign_info.translation.models import SectionTranslationConfig

    config, _created = SectionTranslationConfig.objects.get_or_create(section=section)
    timings = {1: [], 8: []}
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        for n in range(rounds):
            for languages in (1, 8):
                config.languages.set(Locale.objects.filter(language_code__in=TARGET_LANGUAGES[:languages]))
                page = section.add_child(
                    instance=StatementPage(
                        title=f"Thông cáo {n}-{languages}",
                        slug=f"thong-cao-{n}-{languages}",
                        standfirst="Tỉnh thông báo.",
                        issued_by="Ủy ban nhân dân tỉnh",
                        body=[("paragraph", "<p>Nội dung thông cáo.</p>")],
                    )
                )
                revision = page.save_revision()
                started = time.perf_counter()
                revision.publish()  # on_commit callbacks (the lane's enqueue) run inside this call
                timings[languages].append(time.perf_counter() - started)
    config.delete()
    return statistics.median(timings[8]), statistics.median(timings[1])


def screen_queries(client, urls):
    counts = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts.append(len(queries))
    return counts


def add_jobs(section, pages, languages):
    from wagtail.models import Locale

    from foreign_info.publishing.models import ArticlePage
    from foreign_info.translation.models import JobState, TranslationJob

    locales = list(Locale.objects.filter(language_code__in=languages))
    states = list(JobState.values)
    created = []
    for i in range(pages):
        page = section.add_child(instance=ArticlePage(title=f"Trang {i}", slug=f"trang-{i}-{len(languages)}", standfirst="x", body=[]))
        for j, locale in enumerate(locales):
            created.append(
                TranslationJob(
                    source_page=page,
                    target_locale=locale,
                    state=states[(i + j) % len(states)],
                    due_date=timezone.localdate() + timedelta(days=(i % 20) - 5),
                    total_segments=10,
                    translated_segments=i % 11,
                )
            )
    TranslationJob.objects.bulk_create(created)


def main():
    from foreign_info.translation.groups import ensure_groups
    from foreign_info.translation.models import GlossaryTerm, TranslationJob
    from tests.translation import chat_server, libre_server

    server, libre = libre_server.start()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "foreign_info.translation.machine.translator.DeepTranslatorMachine",
        "OPTIONS": {"PROVIDERS": {"default": {"PROVIDER": "libretranslate", "URL": libre.url, "API_KEY": "bench"}}, "MAX_CONCURRENT": 8},
    }
    section = build_site()
    ensure_groups()
    GlossaryTerm.objects.create(term="Buôn Ma Thuột")
    GlossaryTerm.objects.create(term="Sở Du lịch", translation="Department of Tourism")
    lead = get_user_model().objects.create_superuser("bench", "bench@example.org", "bench-pw-2026")
    small = article(section, "small", paragraphs(16, "a"))
    large = article(section, "large", paragraphs(196, "b"))

    print(f"Database: {connection.vendor}")
    print("Machine drafts (provider: our LibreTranslate on 127.0.0.1)")
    rows = []
    for name, page in (("20-segment page", small), ("200-segment page", large)):
        segments, queries, calls, expected, result = draft(page, lead, libre)
        rows.append(queries)
        ok = "ok" if calls == expected else "FAIL"
        print(
            f"  {name}: {segments} segments, {result.from_memory} from memory, {result.from_glossary} from the glossary, "
            f"{calls} provider calls for {expected} distinct texts left [{ok}]; {queries} SQL queries"
        )
    ratio = rows[1] / rows[0]
    print(f"  SQL queries 200-segment / 20-segment: {ratio:.2f} (target <= 1.1) [{'ok' if ratio <= 1.1 else 'FAIL'}]")

    chat_server_, chat = chat_server.start()
    batch_size = 20
    requests_, texts, segments = model_requests(large, lead, chat, batch_size)
    ceiling = math.ceil(segments / batch_size)
    print(f"Language model (OpenAI-compatible, BATCH_SIZE {batch_size}), 200-segment page in French:")
    print(
        f"  {requests_} requests for {texts} distinct texts ({segments} segments); LibreTranslate: {texts} calls; "
        f"target <= ceil({segments} / {batch_size}) = {ceiling} [{'ok' if requests_ <= ceiling else 'FAIL'}]"
    )
    chat_server_.shutdown()

    eight, one = statement_publish_ratio(section)
    ratio = eight / one
    print("Publishing an official statement (urgent lane enqueued, not run):")
    print(f"  8 languages {eight * 1000:.0f} ms / 1 language {one * 1000:.0f} ms: {ratio:.2f} (target <= 1.2) [{'ok' if ratio <= 1.2 else 'FAIL'}]")

    TranslationJob.objects.all().delete()
    client = Client()
    client.force_login(lead)
    urls = ["/admin/translation/queue/en/", "/admin/translation/queue/en/?state=overdue&sort=progress", "/admin/translation/matrix/"]
    add_jobs(section, 20, ["en"])
    client.get(urls[0])  # the session's first request makes the admin profile once: not the screen's cost
    few = screen_queries(client, urls)
    jobs_few = TranslationJob.objects.count()
    add_jobs(section, 248, ["en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"])
    many = screen_queries(client, urls)
    jobs_many = TranslationJob.objects.count()
    print(f"Screens: SQL queries with {jobs_few} jobs vs {jobs_many} jobs in 8 languages")
    for url, a, b in zip(urls, few, many, strict=True):
        print(f"  {url}: {a} vs {b} [{'ok' if a == b else 'FAIL'}]")
    server.shutdown()


if __name__ == "__main__":
    main()
