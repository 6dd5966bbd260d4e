"""The build cache: fingerprints, reuse of stored ZIPs, no duplicate builds, background builds."""

import threading

import pytest
from django.core.management import call_command
from django.db import connection

from foreign_info.presskits import builds, zipbuild
from foreign_info.presskits.models import KitBuild, PressKitPage
from foreign_info.publishing.models import ArticlePage
from tests.conftest import publish, translate

from .conftest import french
from .serving import assert_zip, body_of, download_url


@pytest.fixture
def counted_builds(monkeypatch):
    calls = []
    real = zipbuild.write_kit_zip

    def counting(kit, language, resolution, fileobj, on_progress=None):
        calls.append((kit.pk, language, resolution))
        return real(kit, language, resolution, fileobj, on_progress=on_progress)

    monkeypatch.setattr(zipbuild, "write_kit_zip", counting)
    return calls


def test_second_download_reuses_the_stored_zip(client, kit, counted_builds):
    first = client.get(download_url(kit))
    assert first.status_code == 200
    first_body = body_of(first)
    assert_zip(first_body)
    second = client.get(download_url(kit))
    assert second.status_code == 200 and body_of(second) == first_body
    assert len(counted_builds) == 1
    build = KitBuild.objects.get()
    assert build.status == KitBuild.Status.READY and build.file.name == f"presskits/builds/{build.fingerprint}.zip"
    assert build.size == len(first_body) and build.last_used_at >= build.finished_at


def test_other_language_and_resolution_are_other_builds(client, kit, counted_builds):
    french(kit, title="Festival du café")
    for language, resolution in (("vi", "web"), ("vi", "original"), ("fr", "web"), ("all", "web")):
        assert client.get(download_url(kit, language, resolution)).status_code == 200
    assert len(counted_builds) == 4 and KitBuild.objects.count() == 4
    assert len(set(KitBuild.objects.values_list("fingerprint", flat=True))) == 4


def test_every_change_in_the_kit_gives_a_new_fingerprint(kit, article):
    seen = {builds.fingerprint(kit, "vi", "web")}

    def changed():
        value = builds.fingerprint(PressKitPage.objects.get(pk=kit.pk), "vi", "web")
        assert value not in seen
        seen.add(value)

    assert builds.fingerprint(kit, "vi", "web") in seen  # stable while nothing changes
    publish(ArticlePage.objects.get(pk=article.pk))  # republished item
    changed()
    french_article = translate(article, "fr", title="Le café")  # a translation of an item...
    assert builds.fingerprint(kit, "vi", "web") in seen  # ...does not touch the Vietnamese kit
    kit_fr = french(kit, title="Festival du café")
    before = builds.fingerprint(kit_fr, "fr", "web")
    publish(french_article)
    assert builds.fingerprint(kit_fr, "fr", "web") != before  # ...but does the French one
    photo = kit.images[0].value["image"]
    photo.credit = "Autre / AFP"  # metadata written into the photo file
    photo.save()
    changed()
    ArticlePage.objects.get(pk=article.pk).unpublish()  # unpublished item
    changed()
    publish(PressKitPage.objects.get(pk=kit.pk))  # the kit itself republished
    changed()
    assert builds.fingerprint(kit, "vi", "original") != builds.fingerprint(kit, "vi", "web")


def test_a_changed_kit_is_built_again(client, kit, article, counted_builds):
    client.get(download_url(kit))
    ArticlePage.objects.get(pk=article.pk).unpublish()
    client.get(download_url(kit))
    assert len(counted_builds) == 2 and KitBuild.objects.count() == 2


def test_a_build_in_progress_is_not_started_twice(client, kit, counted_builds):
    """A concurrent request already made the row: this one waits for it instead of building."""
    KitBuild.objects.create(kit=kit, fingerprint=builds.fingerprint(kit, "vi", "web"), language="vi", resolution="web", progress=40)
    response = client.get(download_url(kit))
    assert response.status_code == 202
    assert "40" in response.content.decode()
    assert counted_builds == [] and KitBuild.objects.count() == 1


def test_losing_the_insert_race_returns_the_winners_row(kit, counted_builds, monkeypatch):
    """The other request inserts between our lookup and our insert: IntegrityError, caught in a
    savepoint, and we return its row without building."""
    value = builds.fingerprint(kit, "vi", "web")
    KitBuild.objects.create(kit=kit, fingerprint=value, language="vi", resolution="web", progress=7)  # the winner's row
    monkeypatch.setattr(builds, "existing", lambda fingerprint_value: None)  # our lookup came just before it
    build = builds.request_build(kit, "vi", "web", value)
    assert build.progress == 7 and build.status == KitBuild.Status.BUILDING
    assert counted_builds == [] and KitBuild.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_on_postgresql_build_once(kit, counted_builds):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the real race needs PostgreSQL")
    barrier = threading.Barrier(4)
    results = []

    def request():
        barrier.wait()
        results.append(builds.request_build(PressKitPage.objects.get(pk=kit.pk), "vi", "web").pk)
        connection.close()

    threads = [threading.Thread(target=request) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1 and len(counted_builds) == 1


def test_a_large_kit_is_built_by_the_task_with_progress(client, kit, settings, monkeypatch):
    settings.PRESSKITS = {**settings.PRESSKITS, "INLINE_BUILD_MAX_BYTES": 1}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # queued, not run
    response = client.get(download_url(kit))
    assert response.status_code == 202 and response["Cache-Control"] == "private, no-store"
    page = response.content.decode()
    assert "data-build-status" in page and 'value="0"' in page
    status = client.get(download_url(kit) + "status/").json()
    assert status == {"status": "building", "progress": 0, "ready": False, "url": download_url(kit), "error": "", "size": None}

    seen = []
    real = zipbuild.write_kit_zip

    def slow_builder(kit, language, resolution, fileobj, on_progress=None):
        for percent in (25, 60):
            on_progress(percent, 100)
            seen.append(KitBuild.objects.get().progress)
        return real(kit, language, resolution, fileobj)

    monkeypatch.setattr(zipbuild, "write_kit_zip", slow_builder)
    monkeypatch.setattr(builds, "PROGRESS_EVERY_SECONDS", 0)
    from foreign_info.presskits.tasks import build_kit_zip

    build_kit_zip.call(KitBuild.objects.get().pk)  # what the worker does
    assert seen == [25, 60]
    assert client.get(download_url(kit) + "status/").json()["ready"] is True
    assert_zip(body_of(client.get(download_url(kit))))


def test_with_the_immediate_backend_a_large_kit_is_ready_at_once(client, kit, settings):
    settings.PRESSKITS = {**settings.PRESSKITS, "INLINE_BUILD_MAX_BYTES": 1}
    response = client.get(download_url(kit))
    assert response.status_code == 200
    assert_zip(body_of(response))


def test_a_failed_build_shows_its_error_and_can_be_retried(client, kit, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    real = zipbuild.write_kit_zip
    monkeypatch.setattr(zipbuild, "write_kit_zip", broken)
    response = client.get(download_url(kit))
    assert response.status_code == 202
    assert "disk full" in response.content.decode() and 'method="post"' in response.content.decode()
    assert client.get(download_url(kit)).status_code == 202  # stays failed: no retry loop on every reload
    assert KitBuild.objects.get().status == KitBuild.Status.FAILED
    monkeypatch.setattr(zipbuild, "write_kit_zip", real)
    retry = client.post(download_url(kit))
    assert retry.status_code == 302 and retry["Location"] == download_url(kit)
    assert KitBuild.objects.get().status == KitBuild.Status.READY
    assert_zip(body_of(client.get(download_url(kit))))


def test_a_pruned_file_is_built_again(client, kit, counted_builds):
    client.get(download_url(kit))
    build = KitBuild.objects.get()
    builds.storage().delete(build.file.name)
    response = client.get(download_url(kit))
    assert response.status_code == 200 and len(counted_builds) == 2
    assert_zip(body_of(response))


def test_prune_deletes_stale_unpublished_and_orphaned_zips(client, kit, press_room, settings):
    from datetime import timedelta

    from django.utils import timezone

    from .conftest import kit_page

    other = kit_page(press_room, slug="khac", title="Khác")
    client.get(download_url(kit))
    client.get(download_url(other))
    client.get(download_url(kit, resolution="original"))
    fresh, gone, stale = KitBuild.objects.order_by("pk")
    KitBuild.objects.filter(pk=stale.pk).update(last_used_at=timezone.now() - timedelta(days=8))
    PressKitPage.objects.get(pk=other.pk).unpublish()
    files = builds.storage()
    orphan = files.save("presskits/builds/left-behind.zip", __import__("io").BytesIO(b"PK"))
    young_orphan_kept = orphan  # younger than an hour: a build may be about to claim it
    call_command("prune_kit_builds", stdout=__import__("io").StringIO())
    assert list(KitBuild.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert files.exists(fresh.file.name) and not files.exists(gone.file.name) and not files.exists(stale.file.name)
    assert files.exists(young_orphan_kept)
    old = (timezone.now() - timedelta(hours=2)).timestamp()
    __import__("os").utime(files.path(orphan), (old, old))
    call_command("prune_kit_builds", stdout=__import__("io").StringIO())
    assert not files.exists(orphan) and files.exists(fresh.file.name)


def test_an_unchanged_kit_is_not_read_again_for_its_second_download(client, kit):
    """The fingerprint is cached under the content generation: the second download only routes
    and finds the stored ZIP; a change anywhere (here a photo's credit) makes it read again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from foreign_info.core.models import PortalImage

    url = download_url(kit)
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert not [q for q in queries.captured_queries if "core_portalimage" in q["sql"]]
    image = PortalImage.objects.get(title="Cà phê")
    image.credit = "Lê C / TTXVN (ảnh mới)"
    image.save()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert [q for q in queries.captured_queries if "core_portalimage" in q["sql"]]
    assert KitBuild.objects.count() == 2  # and a new ZIP, with the new credit
