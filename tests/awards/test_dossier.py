"""The entry dossier, checked like the press kits' ZIPs: built through the admin's real URL and
the task queue, downloaded privately, `unzip -t`, every SHA-256 as the manifest says, every PDF
through pdftotext, the reach as the analytics rollups count it."""

import csv
import datetime
import io
import subprocess

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from foreign_info.awards.models import DossierBuild
from tests.awards.conftest import views
from tests.presskits.zipkit import check_archive

pytestmark = pytest.mark.django_db


def pdf_text(data, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


def download(client, entry, tmp_path, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the build is enqueued once the request commits
        response = client.post(reverse("awards_entries:dossier", args=[entry.pk]))
    assert response.status_code == 302
    response = client.get(reverse("awards_entries:dossier", args=[entry.pk]))
    assert response.status_code == 200, response.content[:300]
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", ")) and 'filename="award-entry-' in response["Content-Disposition"]
    path = tmp_path / "dossier.zip"
    path.write_bytes(b"".join(response.streaming_content))
    return path


def test_a_committee_member_downloads_a_checked_dossier(client, entry, work, users, tmp_path, django_capture_on_commit_callbacks, django_user_model):
    work.owner = django_user_model.objects.create_user("hoa", first_name="Nguyễn Thị", last_name="Hoa")  # the author
    work.save()
    english = work.get_translation(work.locale.__class__.objects.get(language_code="en"))
    views(work, "vi", "VN", 120, day=timezone.localdate() - datetime.timedelta(days=10))  # counted before this page's publication (imported history)
    views(work, "vi", "FR", 5)
    views(english, "en", "US", 40)
    views(english, "en", "FR", 7)
    client.force_login(users["member"])
    archive, manifest = check_archive(download(client, entry, tmp_path, django_capture_on_commit_callbacks))

    names = archive.namelist()
    assert {"work/vi-ca-phe.pdf", "work/en-ca-phe.pdf", "metadata.pdf", "reach.pdf", "reach.csv", "manifest.json"} <= set(names)
    assert any(name.startswith("media/") and name.endswith(".jpg") for name in names)  # the hero photo, as uploaded
    assert "Cà phê Buôn Ma Thuột vươn ra thế giới" in pdf_text(archive.read("work/vi-ca-phe.pdf"), tmp_path, "vi.pdf")
    english_text = pdf_text(archive.read("work/en-ca-phe.pdf"), tmp_path, "en.pdf")
    assert "Buon Ma Thuot coffee goes global" in english_text and "The province's coffee reaches the world." in english_text

    metadata = pdf_text(archive.read("metadata.pdf"), tmp_path, "metadata.pdf")
    for text in (
        "Báo in và báo điện tử",
        "Nguyễn Thị Hoa",
        "Sở Văn hóa, Thể thao và Du lịch",
        "tiếng Việt, tiếng Anh",
        "Trần Minh",
        "Giới thiệu cà phê Đắk Lắk",
    ):
        assert text in " ".join(metadata.split()), text
    reach = " ".join(pdf_text(archive.read("reach.pdf"), tmp_path, "reach.pdf").split())
    assert "172" in reach and "Pháp" in reach and "Hoa Kỳ" in reach
    rows = list(csv.reader(io.StringIO(archive.read("reach.csv").decode("utf-8-sig"))))
    assert sorted(rows[1:]) == [["en", "FR", "7"], ["en", "US", "40"], ["vi", "FR", "5"], ["vi", "VN", "120"]]
    assert manifest["reach"]["start"] == (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    assert manifest["reach"]["by_language"] == {"vi": 125, "en": 47} and manifest["reach"]["by_country"]["FR"] == 12
    assert manifest["award"]["category"] == "Báo in và báo điện tử" and manifest["work"]["languages"] == ["vi", "en"]


def test_the_dossier_is_private_and_reused_until_the_work_changes(client, entry, work, users, tmp_path, django_capture_on_commit_callbacks):
    client.force_login(users["member"])
    download(client, entry, tmp_path, django_capture_on_commit_callbacks)
    build = DossierBuild.objects.get()
    assert build.file.name.startswith("private/awards/dossiers/")
    assert not (settings.MEDIA_ROOT / build.file.name).exists() and not list(settings.MEDIA_ROOT.glob("**/*.zip"))
    client.logout()
    assert client.get(settings.PRIVATE_MEDIA_URL + build.file.name.removeprefix("private/")).status_code == 404
    client.force_login(users["member"])
    download(client, entry, tmp_path, django_capture_on_commit_callbacks)
    assert DossierBuild.objects.count() == 1  # same content: the stored ZIP again
    work.save_revision().publish()
    download(client, entry, tmp_path, django_capture_on_commit_callbacks)
    newer = DossierBuild.objects.get()  # the superseded dossier is gone, its file too
    assert newer.pk != build.pk and not (settings.PRIVATE_MEDIA_ROOT / build.file.name.removeprefix("private/")).exists()
    assert (settings.PRIVATE_MEDIA_ROOT / newer.file.name.removeprefix("private/")).exists()


def test_a_failed_build_says_why_and_can_be_retried(client, entry, work, users, django_capture_on_commit_callbacks):
    work.unpublish()
    client.force_login(users["lead"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("awards_entries:dossier", args=[entry.pk]))
    build = DossierBuild.objects.get()
    assert build.status == DossierBuild.Status.FAILED and "not live" in build.error
    page = client.get(reverse("awards_entries:inspect", args=[entry.pk])).content.decode()
    assert "The dossier could not be prepared" in page
    response = client.get(reverse("awards_entries:dossier", args=[entry.pk]), follow=True)
    assert "The dossier is not ready" in response.content.decode()


def test_a_dossier_is_stored_before_anything_was_ever_uploaded(client, award, section, users, django_capture_on_commit_callbacks, tmp_path):
    """A fresh install's MEDIA_ROOT does not exist yet: the private side is saved all the same."""
    from foreign_info.awards.models import Nomination
    from tests import factories
    from tests.conftest import publish

    _year, categories = award
    page = publish(factories.ArticlePageFactory(parent=section, title="Không ảnh", slug="khong-anh"))
    entry = Nomination.objects.create(category=categories["print"], work=page, reason="x", nominated_by=users["editor"])
    assert not settings.MEDIA_ROOT.exists()
    client.force_login(users["member"])
    check_archive(download(client, entry, tmp_path, django_capture_on_commit_callbacks))
