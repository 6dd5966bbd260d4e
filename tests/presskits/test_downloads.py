"""Serving a stored kit: headers, ranges, unknown URLs, the embargo, and download statistics."""

import datetime

import pytest
from django.utils.http import http_date

from foreign_info.analytics import buffer
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.indicators import engagement
from foreign_info.analytics.models import DailyStat, Event, Kind
from foreign_info.presskits.models import AccessLogEntry, KitBuild
from tests.analytics.conftest import CHROME, FRENCH_IP

from .conftest import french
from .serving import accredited, assert_zip, body_of, download_url


@pytest.fixture
def stored(client, kit):
    """The kit's ZIP, built by a first download, and its bytes."""
    response = client.get(download_url(kit))
    assert response.status_code == 200
    return KitBuild.objects.get(), body_of(response)


def test_headers_of_a_stored_zip(client, kit, stored):
    build, data = stored
    response = client.get(download_url(kit))
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Length"] == str(len(data)) == str(build.size)
    assert response["Content-Disposition"].startswith('attachment; filename="le-hoi-ca-phe-vi-web.zip"')
    assert response["Accept-Ranges"] == "bytes"
    assert response["ETag"].startswith('"' + build.fingerprint[:40])
    assert response["Last-Modified"] == http_date(build.finished_at.timestamp())
    assert "no-store" in response["Cache-Control"] and "X-Page-Cache" not in response
    assert body_of(response) == data
    assert client.get(download_url(kit), HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_ascii_file_name_for_a_vietnamese_slug(client, press_room):
    from .conftest import kit_page

    kit = kit_page(press_room, slug="lễ-hội", title="Lễ hội")
    response = client.get(download_url(kit))
    assert response.status_code == 200
    assert 'filename="l-hi-vi-web.zip"' in response["Content-Disposition"]


@pytest.mark.parametrize(
    "header, start, end",
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", -50, None), ("bytes=10-999999999", 10, None)],
)
def test_single_ranges(client, kit, stored, header, start, end):
    build, data = stored
    response = client.get(download_url(kit), HTTP_RANGE=header)
    assert response.status_code == 206
    expected = data[start : None if end is None else end + 1]
    assert body_of(response) == expected
    first = start if start >= 0 else len(data) + start
    assert response["Content-Range"] == f"bytes {first}-{first + len(expected) - 1}/{len(data)}"
    assert response["Content-Length"] == str(len(expected))


def test_resuming_a_broken_download_gives_the_whole_file(client, kit, stored):
    build, data = stored
    head = body_of(client.get(download_url(kit), HTTP_RANGE="bytes=0-999"))
    rest = body_of(client.get(download_url(kit), HTTP_RANGE="bytes=1000-", HTTP_IF_RANGE=f'"{build.fingerprint[:40]}-{build.size}"'))
    assert_zip(head + rest)


@pytest.mark.parametrize("header", ["bytes=999999999-", "bytes=-0"])
def test_unsatisfiable_range(client, kit, stored, header):
    build, data = stored
    response = client.get(download_url(kit), HTTP_RANGE=header)
    assert response.status_code == 416 and response["Content-Range"] == f"bytes */{len(data)}"


@pytest.mark.parametrize(
    "header", ["bytes=0-10,20-30", "bytes=abc", "items=0-10", "bytes=50-10", "bytes=" + "9" * 5000 + "-", "bytes=-" + "9" * 5000, "bytes=0-" + "9" * 5000]
)
def test_several_or_malformed_ranges_give_the_whole_file(client, kit, stored, header):
    build, data = stored
    response = client.get(download_url(kit), HTTP_RANGE=header)
    assert response.status_code == 200 and body_of(response) == data


def test_if_range(client, kit, stored):
    build, data = stored
    etag = f'"{build.fingerprint[:40]}-{build.size}"'
    assert client.get(download_url(kit), HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=etag).status_code == 206
    assert client.get(download_url(kit), HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=http_date(build.finished_at.timestamp())).status_code == 206
    changed = client.get(download_url(kit), HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"something-else"')
    assert changed.status_code == 200 and body_of(changed) == data


@pytest.mark.parametrize("suffix", ["download/xx/web/", "download/fr/web/", "download/vi/thumbnail/", "download/vi/", "download/all/web/extra/"])
def test_unknown_language_or_resolution_is_404(client, kit, suffix):
    assert client.get(kit.url + suffix).status_code == 404  # fr: the kit has no French translation
    assert client.get(kit.url + suffix.rstrip("/") + "/status/").status_code == 404
    assert KitBuild.objects.count() == 0


def test_unknown_kit_is_404(client, press_room):
    assert client.get("/vi/bao-chi/khong-co/download/vi/web/").status_code == 404


def test_an_unpublished_kit_cannot_be_downloaded(client, kit):
    url = download_url(kit)
    kit.unpublish()
    assert client.get(url).status_code == 404


def test_an_embargoed_kit_is_404_for_the_public_and_served_to_a_journalist(client, embargoed_kit):
    url = download_url(embargoed_kit)
    assert client.get(url).status_code == 404
    assert client.get(url + "status/").status_code == 404
    assert KitBuild.objects.count() == 0  # nothing is built for the public
    journalist = accredited(client)
    response = client.get(url)
    assert response.status_code == 200
    assert_zip(body_of(response))
    entry = AccessLogEntry.objects.get()
    assert (entry.accreditation, entry.action, entry.kit_id) == (journalist, AccessLogEntry.Action.DOWNLOADED, embargoed_kit.pk)


def test_a_revoked_journalist_gets_404_again(client, embargoed_kit):
    journalist = accredited(client)
    assert client.get(download_url(embargoed_kit)).status_code == 200
    journalist.access_revoked_at = datetime.datetime.now(datetime.UTC)
    journalist.save()
    assert client.get(download_url(embargoed_kit)).status_code == 404


def test_french_and_all_language_downloads(client, kit):
    french(kit, title="Festival du café")
    for language in ("fr", "all"):
        response = client.get(download_url(kit, language, "original"))
        assert response.status_code == 200
        assert f"-{language}-original.zip" in response["Content-Disposition"]
        assert_zip(body_of(response))


def test_downloads_are_events_not_page_views(client, kit, embargoed_kit, section):
    buffer.discard()
    french_kit = french(kit, title="Festival du café")
    client.get(download_url(french_kit, "fr", "web"), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME)
    client.get(download_url(french_kit, "all", "original"), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME)
    client.get(download_url(french_kit, "fr", "web"), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME, HTTP_RANGE="bytes=100-")  # a resume: not counted
    accredited(client)
    client.get(download_url(embargoed_kit), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME)
    drain_and_flush()
    events = sorted(Event.objects.values_list("kind", "page_id", "content_language", "target"))
    assert events == sorted(
        [
            ("download", french_kit.pk, "fr", "kit/fr/web/public"),
            ("download", french_kit.pk, "fr", "kit/all/original/public"),
            ("download", embargoed_kit.pk, "vi", "kit/vi/web/accredited"),
        ]
    )
    assert DailyStat.objects.filter(kind=Kind.DOWNLOAD).count() == 3
    today = datetime.date.today()
    from wagtail.models import Site

    assert engagement(Site.objects.get(is_default_site=True), today - datetime.timedelta(days=1), today + datetime.timedelta(days=1))["downloads"] == 3


def test_progress_pages_are_not_page_views(client, kit, settings):
    settings.PRESSKITS = {**settings.PRESSKITS, "INLINE_BUILD_MAX_BYTES": 1}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    buffer.discard()
    assert client.get(download_url(kit), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME).status_code == 202
    assert client.get(download_url(kit) + "status/", REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME).status_code == 200
    drain_and_flush()
    assert not Event.objects.exists()


def test_handing_the_file_to_the_web_server(client, kit, stored, settings):
    build, data = stored
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-accel-redirect", "ACCEL_REDIRECT_PREFIX": "/protected/"}
    response = client.get(download_url(kit))
    assert response["X-Accel-Redirect"] == f"/protected/presskits/builds/{build.fingerprint}.zip"
    assert response.content == b"" and response["Content-Disposition"].startswith("attachment")
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-sendfile"}
    assert client.get(download_url(kit))["X-Sendfile"] == build.file.path


@pytest.mark.parametrize("serve_with", ["", "x-accel-redirect", "x-sendfile"])
def test_a_resumed_download_is_not_counted_again_whoever_sends_the_file(client, kit, stored, settings, serve_with):
    """Django streaming the ZIP, or nginx / a web server sending it: only a request for the file from
    its first byte is a new download. A resume (a range from later on) is the same download; an
    If-Range that no longer matches gets the whole file, which is a new one."""
    build, data = stored
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": serve_with, "ACCEL_REDIRECT_PREFIX": "/protected/"}
    buffer.discard()
    Event.objects.all().delete()
    requests = [
        ({}, 1),
        ({"HTTP_RANGE": "bytes=0-"}, 1),
        ({"HTTP_RANGE": "bytes=0-99"}, 1),
        ({"HTTP_RANGE": "bytes=100-"}, 0),
        ({"HTTP_RANGE": "bytes=100-199"}, 0),
        ({"HTTP_RANGE": f"bytes=-{len(data) - 1}"}, 0),  # every byte but the first
        ({"HTTP_RANGE": "bytes=100-", "HTTP_IF_RANGE": '"another-build"'}, 1),  # the whole file again
    ]
    total = 0
    for headers, counted in requests:
        response = client.get(download_url(kit), REMOTE_ADDR=FRENCH_IP, HTTP_USER_AGENT=CHROME, **headers)
        assert response.status_code in (200, 206), headers
        drain_and_flush()
        total += counted
        assert Event.objects.filter(kind=Kind.DOWNLOAD).count() == total, headers
