"""The fuzz suite: every URL pattern of the URLconf (public and admin, walked by
tests.fuzz.urlconf), as an anonymous reader and as an administrator, with hostile query strings,
paths, headers, beacon bodies and upload files (tests.fuzz.corpus). Any 500 fails, and the
failure lists each URL with what was sent. Slow: it runs in CI's PostgreSQL pass, where NUL and
integer overflows are real errors."""

import pytest
from django.test import Client
from wagtail.models import Page

from tests import factories
from tests.translation.conftest import job_for

from . import corpus
from .urlconf import every_url, page_urls_with_subpages

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


@pytest.fixture
def world(kit, team, locales, article):
    """Demo-like content: the section in three languages, an article, a press room with a kit,
    a translation team with open jobs, an image and a document."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from foreign_info.translation import workflow

    job = job_for(article, "en")
    workflow.perform(job, "claim", team["translator_en"])
    job.refresh_from_db()
    image = factories.ImageFactory(title="Cà phê")
    document = Document.objects.create(title="Tài liệu", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="tai-lieu.pdf"))
    revision = article.get_latest_revision()
    ids = {
        "parent_page": article.get_parent().pk,
        "revision": revision.pk,
        "page": article.pk,
        "image": image.pk,
        "document": document.pk,
        "job": job.pk,
        "translation": job.translation_id,
        "user": team["lead"].pk,
        "default_id": article.pk,
    }
    pages = Page.objects.live().filter(depth__gt=1)
    urls, unresolved = every_url(ids, page_urls_with_subpages(pages))
    assert not unresolved, f"URL patterns the suite could not fill: {unresolved}"
    # Wagtail's "failwhale" raises on purpose, so superusers can test error reporting.
    return [(url, label) for url, label in urls if label not in DELIBERATE_ERRORS]


DELIBERATE_ERRORS = {"wagtailadmin_error_test"}


def send(client, method, url, failures, **extra):
    response = getattr(client, method)(url, **extra)
    if response.status_code >= 500:
        shown = {key: (value[:80] + "…" if isinstance(value, str) and len(value) > 80 else value) for key, value in extra.items() if key != "data"}
        failures.append(f"{response.status_code} {method.upper()} {url[:200]} {shown}")
    return response


def fuzz_gets(client, urls, failures):
    """Each URL plain, with one hostile query string and one hostile header set (rotating through
    the corpus, so every entry meets many kinds of view), and with a hostile path suffix."""
    for index, (url, _label) in enumerate(urls):
        send(client, "get", url, failures)
        query = corpus.QUERIES[index % len(corpus.QUERIES)]
        headers = corpus.HEADERS[index % len(corpus.HEADERS)]
        send(client, "get", f"{url}?{query}", failures, **headers)
        if index % 3 == 0:
            send(client, "get", url.rstrip("/") + "/" + corpus.PATH_SUFFIXES[index % len(corpus.PATH_SUFFIXES)], failures)


def fuzz_posts(client, urls, failures):
    """A hostile form at every URL, destructive views (delete, unpublish) last."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    ordered = sorted(urls, key=lambda item: any(word in item[0] for word in ("delete", "unpublish", "remove", "revert", "move")))
    uploads = [file for files in corpus.UPLOADS.values() for file in files]
    for index, (url, _label) in enumerate(ordered):
        name, content = uploads[index % len(uploads)]
        data = {
            "title": "\x00" if index % 2 else "x" * 5000,
            "q": corpus.HUGE,
            "page": "-1",
            "id": "abc",
            "jobs": ["abc", "99999999999999999999"],
            "file": SimpleUploadedFile(name, content),
            "next": "//evil.example/",
        }
        send(client, "post", url, failures, data=data)


def test_no_url_answers_500_to_an_anonymous_reader(world):
    client, failures = Client(raise_request_exception=False), []
    fuzz_gets(client, world, failures)
    fuzz_posts(client, world, failures)
    assert not failures, "\n".join(failures)


def test_no_url_answers_500_to_an_administrator(world, admin_user):
    client, failures = Client(raise_request_exception=False), []
    client.force_login(admin_user)
    fuzz_gets(client, world, failures)
    fuzz_posts(client, world, failures)
    assert not failures, "\n".join(failures)


def test_beacons_and_translation_files_never_fail(world, team, article):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    client, failures = Client(raise_request_exception=False), []
    for body, content_type in corpus.BEACON_BODIES:
        send(client, "post", "/analytics/beacon/", failures, data=body, content_type=content_type)
    client.force_login(team["translator_en"])
    for name, content in corpus.UPLOADS["po"] + corpus.UPLOADS["xliff"]:
        response = send(client, "post", reverse("translation:import_po", args=["en"]), failures, data={"file": SimpleUploadedFile(name, content)})
        assert response.status_code in (200, 302, 400)
        assert b"root:x:0:0" not in response.content  # never a server file's content
    assert not failures, "\n".join(failures)
