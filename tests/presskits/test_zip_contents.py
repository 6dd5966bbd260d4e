"""The ZIP of a press kit, opened and checked file by file: zipfile and unzip -t, the manifest's
checksums, metadata inside the photos (read back by exiftool), subtitles, contacts, fact sheet."""

import csv
import io
import json
import subprocess

import pytest
import vobject
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.documents import get_document_model

from foreign_info.media import subtitles
from foreign_info.presskits.models import PressKitPage
from foreign_info.presskits.zipbuild import estimate_size
from tests import factories
from tests.conftest import publish
from tests.presskits.conftest import french, kit_page
from tests.presskits.zipkit import build, check_archive, uses_zip64

pytestmark = pytest.mark.django_db

WEB_SIZE = 640


@pytest.fixture(autouse=True)
def small_web_photos(settings):
    settings.PRESSKITS = {**getattr(settings, "PRESSKITS", {}), "WEB_PHOTO_SIZE": WEB_SIZE}


@pytest.fixture
def brochure():
    document = get_document_model()(title="Tờ gấp lễ hội")
    document.file.save("to-gap.pdf", ContentFile(b"%PDF-1.4\n% brochure\n%%EOF\n"), save=False)
    document.save()
    return document


@pytest.fixture
def full_kit(press_room, section, article, brochure):
    """A Vietnamese kit with an article, a clip, a photo story, a photo with GPS in its EXIF, a
    document, a fact sheet and a contact."""
    clip_page = factories.ClipPageFactory(parent=section, title="Cồng chiêng", slug="cong-chieng")
    publish(clip_page)
    story = factories.gallery_page(section, count=2)
    gps_photo = factories.photo_with_exif(title="Hái cà phê", copyright="© TTXVN 2026", size=(1200, 800))
    kit = kit_page(press_room, pages=[article, clip_page, story], photos=[gps_photo])
    kit.documents = [("document", {"document": brochure, "title": "Tờ gấp"})]
    return publish(kit)


def exiftool(path):
    return json.loads(subprocess.run(["exiftool", "-j", "-G", "-a", str(path)], capture_output=True, text=True, check=True).stdout)


def test_vietnamese_kit_holds_everything_with_valid_entries(full_kit, tmp_path):
    path = build(full_kit, tmp_path)
    archive, manifest = check_archive(path)
    names = archive.namelist()
    for expected in (
        "README.html",
        "README.txt",
        "articles/ca-phe.html",
        "articles/ca-phe.txt",
        "articles/ca-phe.pdf",
        "clips/cong-chieng.mp4",
        "clips/cong-chieng.vi.vtt",
        "clips/cong-chieng.vi.srt",
        "stories/phong-su-anh.html",
        "photos/captions.csv",
        "documents/to-gap.pdf",
        "factsheet.csv",
        "factsheet.pdf",
        "contacts.vcf",
    ):
        assert expected in names
    photos = [name for name in names if name.startswith("photos/") and name.endswith(".jpg")]
    assert len(photos) == 3  # the kit's own photo and the story's two
    assert not uses_zip64(path)
    assert manifest["language"] == "vi" and manifest["resolution"] == "web"
    assert manifest["kit"]["translation_key"] == str(full_kit.translation_key)
    licences = [record["licence"]["code"] for record in manifest["files"] if record["kind"] == "photo"]
    assert licences == ["all-rights-reserved"] * 3
    readme = archive.read("README.txt").decode()
    for name in names[:-1]:
        if name not in ("README.txt",):
            assert name in readme, name
    assert "Lê C / TTXVN" in readme and "Nguyễn Thị Hoa" in readme
    # compressed texts, stored media
    infos = {info.filename: info for info in archive.infolist()}
    assert infos["README.html"].compress_type == 8 and infos["clips/cong-chieng.mp4"].compress_type == 0 and infos[photos[0]].compress_type == 0

    tmp = tmp_path / "out"
    archive.extractall(tmp)
    for name in photos:
        width, height = Image.open(tmp / name).size
        assert max(width, height) <= WEB_SIZE
        tags = exiftool(tmp / name)[0]
        assert not [key for key in tags if "GPS" in key], name
    gps_photo = next(name for name in photos if "chu-thich-1" in name)
    tags = exiftool(tmp / gps_photo)[0]
    assert tags["XMP:Description"] == "Chú thích 1" and tags["IPTC:Caption-Abstract"] == "Chú thích 1"
    assert tags["IPTC:Credit"] == "Lê C / TTXVN" and tags["XMP:Rights"] == "© TTXVN 2026"
    assert tags["XMP:Location"] == "Buôn Ma Thuột" and tags["IPTC:Sub-location"] == "Buôn Ma Thuột"
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert (tags["File:ImageWidth"], tags["File:ImageHeight"]) == (640, 427)

    captions = archive.read("photos/captions.csv")
    assert captions.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(captions.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == photos
    assert "Chú thích ảnh 1" in rows[2]

    vtt = archive.read("clips/cong-chieng.vi.vtt").decode()
    srt = archive.read("clips/cong-chieng.vi.srt")
    assert vtt.startswith("WEBVTT") and "Tiếng cồng vang lên." in vtt
    assert [cue.text for cue in subtitles.parse(srt)] == ["Tiếng cồng vang lên.", "Mọi người cùng múa."] and b"\r\n" in srt

    [card] = list(vobject.readComponents(archive.read("contacts.vcf").decode()))
    assert card.fn.value == "Nguyễn Thị Hoa" and card.email.value == "baochi@daklak.gov.vn"
    facts = list(csv.reader(io.StringIO(archive.read("factsheet.csv").decode("utf-8-sig"))))
    assert facts[1][0] == "Diện tích cà phê" and facts[1][-1] == "210000"
    story = archive.read("stories/phong-su-anh.html").decode()
    assert all(f'href="../{name}"' in story for name in photos[1:]), story  # the story links its own photos
    html = archive.read("articles/ca-phe.html").decode()
    assert '<html lang="vi">' in html and "Đoạn văn đầu tiên của bài viết." in html
    assert archive.read("documents/to-gap.pdf") == b"%PDF-1.4\n% brochure\n%%EOF\n"


def test_french_kit_has_french_captions_in_its_photos(kit, tmp_path):
    french_kit = french(kit, title="Festival du café de Buôn Ma Thuột")
    images = french_kit.images.raw_data
    images[0]["value"]["caption"] = "Récolte du café à Buôn Ma Thuột"
    french_kit.images = images
    french_kit = publish(french_kit)
    path = build(french_kit, tmp_path, language="fr")
    archive, manifest = check_archive(path)
    [photo] = [name for name in archive.namelist() if name.endswith(".jpg")]
    assert photo == "photos/01-recolte-du-cafe-a-buon-ma-thuot.jpg"
    (tmp_path / "photo.jpg").write_bytes(archive.read(photo))
    tags = exiftool(tmp_path / "photo.jpg")[0]
    assert tags["XMP:Description"] == "Récolte du café à Buôn Ma Thuột"
    assert tags["IPTC:Caption-Abstract"] == "Récolte du café à Buôn Ma Thuột"
    assert tags["XMP:Credit"] == tags["IPTC:Credit"] == "Lê C / TTXVN"
    assert tags["XMP:Title"] == "Festival du café de Buôn Ma Thuột"
    assert "Crédit" in tags["XMP:UsageTerms"] or "Lê C / TTXVN" in tags["XMP:UsageTerms"]
    readme = archive.read("README.html").decode()
    assert '<html lang="fr">' in readme and "Festival du café de Buôn Ma Thuột" in readme
    assert manifest["languages"] == ["fr"]


def test_all_languages_make_one_folder_each_and_share_the_clip(full_kit, tmp_path):
    french(full_kit, title="Festival du café")
    path = build(full_kit, tmp_path, language="all")
    archive, manifest = check_archive(path)
    names = archive.namelist()
    assert manifest["languages"] == ["vi", "fr"]
    assert {name.split("/")[0] for name in names} == {"README.html", "README.txt", "manifest.json", "vi", "fr", "shared"}
    assert [name for name in names if name.endswith(".mp4")] == ["shared/clips/cong-chieng.mp4"]
    for code in ("vi", "fr"):
        assert f"{code}/README.html" in names and f"{code}/contacts.vcf" in names
        assert f"{code}/clips/cong-chieng.vi.vtt" in names  # the clip page is not translated yet
    assert "../shared/clips/cong-chieng.mp4" in archive.read("fr/README.html").decode()
    root = archive.read("README.html").decode()
    assert 'lang="fr"' in root and "fr/README.html" in root and "Festival du café" in root


def test_subtitles_and_articles_in_the_chosen_language(kit, article, section, tmp_path):
    clip_page = publish(factories.ClipPageFactory(parent=section, title="Cồng chiêng", slug="cong-chieng"))
    kit.pages = [("page", article), ("page", clip_page)]
    kit = publish(kit)
    french(article, title="Le café de Buôn Ma Thuột", body=[("paragraph", "<p>Premier paragraphe de l'article.</p>")])
    cues = clip_page.subtitles.raw_data
    cues[0]["value"]["text"], cues[1]["value"]["text"] = "Le gong résonne.", "Tout le monde danse."
    french(clip_page, title="Gongs", subtitles=cues)
    french_kit = french(kit, title="Festival du café")
    archive, _manifest = check_archive(build(french_kit, tmp_path, language="fr"))
    names = archive.namelist()
    assert "clips/cong-chieng.fr.vtt" in names and "clips/cong-chieng.fr.srt" in names
    assert "Le gong résonne." in archive.read("clips/cong-chieng.fr.vtt").decode()
    assert [cue.text for cue in subtitles.parse(archive.read("clips/cong-chieng.fr.srt"))] == ["Le gong résonne.", "Tout le monde danse."]
    assert "Premier paragraphe de l'article." in archive.read("articles/ca-phe.txt").decode()


def test_an_item_unpublished_after_a_build_is_left_out_of_the_next(full_kit, article, tmp_path):
    first, _manifest = check_archive(build(full_kit, tmp_path, name="first.zip"))
    assert "articles/ca-phe.pdf" in first.namelist()
    article.unpublish()
    kit = PressKitPage.objects.get(pk=full_kit.pk)
    second, manifest = check_archive(build(kit, tmp_path, name="second.zip"))
    assert not [name for name in second.namelist() if name.startswith("articles/")]
    assert article.title not in second.read("README.html").decode()
    assert all(record["title"] != article.title for record in manifest["files"])


def test_a_photo_file_gone_from_storage_is_left_out(kit, tmp_path):
    image = kit.images[0].value["image"]
    image.file.storage.delete(image.file.name)
    archive, manifest = check_archive(build(PressKitPage.objects.get(pk=kit.pk), tmp_path))
    assert not [name for name in archive.namelist() if name.startswith("photos/")]


def test_originals_keep_their_pixels_and_format(press_room, tmp_path):
    jpeg = factories.photo_with_exif(size=(1500, 1000), title="Lớn")
    png = factories.ImageFactory(title="Sơ đồ", file__width=300, file__height=200, file__filename="so-do.png", file__format="PNG")
    kit = kit_page(press_room, photos=[jpeg, png])
    archive, _manifest = check_archive(build(kit, tmp_path, resolution="original"))
    photos = sorted(name for name in archive.namelist() if name.startswith("photos/0"))
    assert [name.rsplit(".", 1)[1] for name in photos] == ["jpg", "png"]
    assert Image.open(io.BytesIO(archive.read(photos[0]))).size == (1500, 1000)
    (tmp_path / "plan.png").write_bytes(archive.read(photos[1]))
    tags = exiftool(tmp_path / "plan.png")[0]
    assert tags["XMP:Description"] == "Chú thích 2" and not [key for key in tags if "GPS" in key]
    (tmp_path / "big.jpg").write_bytes(archive.read(photos[0]))
    assert not [key for key in exiftool(tmp_path / "big.jpg")[0] if "GPS" in key]


def test_estimate_is_close_to_the_real_size_and_cheap(full_kit, section, tmp_path):
    for resolution in ("web", "original"):
        estimate = estimate_size(full_kit, "vi", resolution)
        actual = build(full_kit, tmp_path, resolution=resolution).stat().st_size
        assert 0.5 * actual < estimate < 2 * actual, (resolution, estimate, actual)
    # More photos and articles cost no more queries (one per page type, whatever their number).
    with CaptureQueriesContext(connection) as small:
        estimate_size(PressKitPage.objects.get(pk=full_kit.pk), "vi", "web")
    more_photos = [("photo", {"image": factories.ImageFactory(), "caption": f"Ảnh {n}", "place": "", "date_taken": None}) for n in range(4)]
    more_articles = [("page", publish(factories.ArticlePageFactory(parent=section))) for _n in range(3)]
    kit = PressKitPage.objects.get(pk=full_kit.pk)
    kit.images = [(block.block_type, block.value) for block in kit.images] + more_photos
    kit.pages = [(block.block_type, block.value) for block in kit.pages] + more_articles
    kit = publish(kit)
    with CaptureQueriesContext(connection) as large:
        estimate_size(PressKitPage.objects.get(pk=kit.pk), "vi", "web")
    assert len(large.captured_queries) == len(small.captured_queries) <= 16


def test_unknown_language_or_resolution_is_refused(kit, tmp_path):
    with pytest.raises(ValueError):
        build(kit, tmp_path, language="de")
    with pytest.raises(ValueError):
        build(kit, tmp_path, resolution="huge")


def test_web_photos_are_turned_upright_and_never_enlarged(press_room, tmp_path):
    sideways = factories.photo_with_exif(size=(300, 200), gps=None, title="Nghiêng")
    with Image.open(sideways.file.path) as picture:
        exif = picture.getexif()
        exif[0x0112] = 6  # shown rotated 90 degrees clockwise
        picture.save(sideways.file.path, "JPEG", exif=exif)
    archive, _manifest = check_archive(build(kit_page(press_room, photos=[sideways]), tmp_path))
    [name] = [name for name in archive.namelist() if name.endswith(".jpg")]
    with Image.open(io.BytesIO(archive.read(name))) as picture:
        assert picture.size == (200, 300)
        assert picture.getexif().get(0x0112, 1) == 1


def test_readme_gives_the_embargo_in_vietnam_time_and_utc(embargoed_kit, tmp_path):
    from zoneinfo import ZoneInfo

    from django.utils import timezone, translation

    from foreign_info.core.cldr import format_long_datetime

    archive, manifest = check_archive(build(embargoed_kit, tmp_path))
    with translation.override("vi"):
        vietnam = format_long_datetime(timezone.localtime(embargoed_kit.embargo_until, ZoneInfo("Asia/Ho_Chi_Minh")), in_current_zone=False)
        utc = format_long_datetime(timezone.localtime(embargoed_kit.embargo_until, ZoneInfo("UTC")), in_current_zone=False)
    assert vietnam != utc
    for name in ("README.html", "README.txt"):
        readme = archive.read(name).decode()
        assert vietnam in readme and utc in readme, name
    assert manifest["kit"]["embargo_until"] == embargoed_kit.embargo_until.isoformat()
    assert utc in manifest["usage_terms"]["vi"]
