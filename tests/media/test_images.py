"""Photos in general, through Wagtail's image upload: limits, HEIC, CMYK, EXIF rotation, GPS, and
files that must be refused with a message (decompression bombs, corrupt JPEGs)."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from foreign_info.core.models import PortalImage

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/images/add/"


def jpeg(size=(800, 600), mode="RGB", color=(10, 120, 200), **save_options):
    buffer = io.BytesIO()
    Image.new(mode, size, color if mode == "RGB" else (0, 100, 200, 0)).save(buffer, "JPEG", **save_options)
    return buffer.getvalue()


def post_image(client, name, data):
    return client.post(ADD_URL, {"title": name, "file": SimpleUploadedFile(name, data), "description": "Mô tả", "licence": "cc-by-4.0"})


def errors_of(response):
    return " ".join(node.get_text(" ", strip=True) for node in BeautifulSoup(response.content, "html.parser").select(".error-message"))


def stored(settings):
    root = settings.MEDIA_ROOT
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_a_heic_photo_is_accepted_and_stored_as_jpeg(admin_client, settings):
    import pillow_heif

    buffer = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (640, 480), (200, 50, 50))).save(buffer, quality=80)
    response = post_image(admin_client, "iphone.heic", buffer.getvalue())
    assert response.status_code == 302, errors_of(response)
    image = PortalImage.objects.get()
    assert image.file.name.endswith(".jpg") and (image.width, image.height) == (640, 480)
    with image.file.open() as file:
        assert Image.open(file).format == "JPEG"
    assert image.get_rendition("fill-320x240|format-webp").width == 320


def test_a_cmyk_jpeg_gets_web_renditions(admin_client):
    response = post_image(admin_client, "print.jpg", jpeg(mode="CMYK"))
    assert response.status_code == 302, errors_of(response)
    image = PortalImage.objects.get()
    for spec in ("fill-480x360-c75|format-webp", "fill-480x360-c75|format-jpeg"):
        with image.get_rendition(spec).file.open() as file:
            assert Image.open(file).mode in ("RGB", "RGBA")


def test_an_exif_rotated_jpeg_is_rendered_upright(admin_client):
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown rotated 90° clockwise
    response = post_image(admin_client, "phone.jpg", jpeg(size=(800, 600), exif=exif))
    assert response.status_code == 302, errors_of(response)
    rendition = PortalImage.objects.get().get_rendition("max-400x400|format-jpeg")
    assert (rendition.width, rendition.height) == (300, 400)


def test_gps_never_reaches_the_stored_photo_or_its_renditions(admin_client):
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (12.0, 40.0, 0.0), 3: "E", 4: (108.0, 3.0, 0.0)}
    post_image(admin_client, "gps.jpg", jpeg(exif=exif))
    image = PortalImage.objects.get()
    for stored_file in (image.file, image.get_rendition("width-400").file, image.get_rendition("fill-200x200|format-webp").file):
        with stored_file.open() as file:
            assert 0x8825 not in Image.open(file).getexif()


def bomb():
    # Tiny on disk, 10 billion pixels when decoded: the header alone must get it refused.
    buffer = io.BytesIO()
    Image.new("1", (1000, 1000)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = (100_000).to_bytes(4, "big") * 2  # IHDR width and height
    import zlib

    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")
    return bytes(data)


def corrupt_jpeg():
    data = jpeg(size=(1200, 900))
    return data[:600] + bytes(200) + data[800:1000]


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("bomb.png", bomb, "pixels"),
        ("broken.jpg", corrupt_jpeg, "damaged or incomplete"),
        ("renamed.jpg", lambda: b"%PDF-1.4 not a photo" * 50, ""),
        ("huge.jpg", lambda: jpeg(size=(1200, 900)), "1000"),
    ],
)
def test_bad_images_are_refused_with_a_message_and_nothing_stored(admin_client, settings, name, make, message):
    if name == "huge.jpg":
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    response = post_image(admin_client, name, make())
    assert response.status_code == 200
    errors = errors_of(response)
    assert errors and message in errors
    assert PortalImage.objects.count() == 0
    assert stored(settings) == []


CHOOSER_UPLOAD_URL = "/admin/images/chooser/create/"


def gps_jpeg(color, latitude=(12.0, 41.0, 24.0), longitude=(108.0, 7.0, 12.0)):
    exif = Image.Exif()
    exif[0x8769] = {0x9003: "2025:03:14 08:30:00"}
    exif[0x8825] = {1: "N", 2: latitude, 3: "E", 4: longitude}
    return jpeg(color=color, exif=exif)


def upload_in_chooser(client, name, data):
    """The page editor's image chooser, "Upload" tab: where Wagtail warns about duplicates."""
    fields = {"title": name, "description": "Mô tả", "licence": "cc-by-4.0", "credit": "TTXVN"}
    response = client.post(
        CHOOSER_UPLOAD_URL,
        {**{f"image-chooser-upload-{key}": value for key, value in fields.items()}, "image-chooser-upload-file": SimpleUploadedFile(name, data)},
    )
    assert response.status_code == 200
    return response.json()


def test_photos_with_gps_are_not_duplicates_of_each_other_but_a_real_duplicate_still_is(admin_client):
    """The rewritten (GPS-free) file is stored with its own hash; an empty hash made every such photo
    "a duplicate" of the previous one."""
    from wagtail.utils.file import hash_filelike

    first = upload_in_chooser(admin_client, "buon-don.jpg", gps_jpeg((200, 30, 30)))
    second = upload_in_chooser(admin_client, "lak-lake.jpg", gps_jpeg((30, 200, 30)))
    assert first["step"] != "duplicate_found"
    assert second["step"] != "duplicate_found", "an unrelated photo was reported as a duplicate"
    assert PortalImage.objects.count() == 2
    for image in PortalImage.objects.all():
        with image.file.open() as file:
            assert image.file_hash == hash_filelike(file) != ""
            assert 0x8825 not in Image.open(file).getexif()
    again = upload_in_chooser(admin_client, "buon-don-again.jpg", gps_jpeg((200, 30, 30)))
    assert again["step"] == "duplicate_found"
    original = PortalImage.objects.get(title="buon-don.jpg")
    assert f"/{original.pk}/" in str(again)  # offered to use the first upload instead


def test_multiple_upload_removes_gps_and_fills_no_field_with_coordinates(admin_client, section, settings, django_capture_on_commit_callbacks):
    """Wagtail's multiple upload (files first, then each one's form): the stored file has no GPS,
    the temporary and original files are gone, and neither the image's forms nor a photo-story item
    get "12.6900, 108.1200" from it."""
    from foreign_info.publishing.models import GalleryItem, GalleryPage

    response = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("field.jpg", gps_jpeg((90, 90, 200)))}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    upload = response.json()
    assert upload["success"], upload
    prefix = f"uploaded-image-{upload['uploaded_file_id']}"
    fields = {"title": "Cánh đồng", "description": "Mô tả", "licence": "cc-by-4.0", "credit": "TTXVN", "collection": "1"}
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/images/multiple/create_from_uploaded_image/{upload['uploaded_file_id']}/",
            {f"{prefix}-{key}": value for key, value in fields.items()},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
    created = response.json()
    assert created["success"], created
    image = PortalImage.objects.get(pk=created["image_id"])
    with image.file.open() as file:
        assert 0x8825 not in Image.open(file).getexif()
        from wagtail.utils.file import hash_filelike

        file.seek(0)
        assert image.file_hash == hash_filelike(file)
    assert [path.name for path in stored(settings) if "original_images" in str(path)] == [image.file.name.rsplit("/", 1)[-1]]
    edit_form = admin_client.get(f"/admin/images/{image.pk}/").content.decode()
    page = GalleryPage(title="Ảnh", slug="anh", standfirst="x")
    page.items.add(GalleryItem(image=image, caption="c", alt_text="a"))
    section.add_child(instance=page)
    item = page.items.get()
    assert (item.place, item.date_taken.isoformat()) == ("", "2025-03-14")
    for text in (upload["form"], edit_form):
        assert "12.69" not in text and "108.12" not in text
