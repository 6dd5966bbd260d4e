"""GalleryPage (photo story): photos with captions and alt text translated with the page, EXIF
prefill, responsive WebP/JPEG renditions around the focal point, licence-aware downloads, JSON-LD
ImageGallery, and a query count that does not grow with the number of photos."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from foreign_info.core.models import Licence
from foreign_info.publishing.demo.translate import translate_instance
from foreign_info.publishing.models import GalleryItem, GalleryPage
from tests import factories

pytestmark = pytest.mark.django_db


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def queries_for(client, path):
    client.get(path)  # warm: renditions exist
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200 and response.get("X-Page-Cache") == "miss"
    return len(context.captured_queries)


def test_sixty_photos_cost_the_same_queries_as_six(client, section):
    factories.gallery_page(section, count=6, slug="six")
    factories.gallery_page(section, count=60, slug="sixty")
    six, sixty = queries_for(client, "/vi/six/"), queries_for(client, "/vi/sixty/")
    assert six == sixty
    assert sixty <= 15  # an article costs at most 12


def test_each_photo_has_webp_and_jpeg_srcsets_alt_caption_credit_and_licence(client, section):
    factories.gallery_page(section, count=2, licence=Licence.CC_BY)
    soup = soup_of(client, "/vi/phong-su-anh/")
    items = soup.select(".gallery-item")
    assert len(items) == 2
    picture = items[0].picture
    webp = picture.select_one('source[type="image/webp"]')["srcset"]
    img = picture.img
    assert webp.count(".webp") == 2 and " 480w" in webp and " 960w" in webp
    assert img["src"].endswith(".jpg") and img["srcset"].count(".jpg") == 2
    assert img["alt"] == "Mô tả ảnh 1" and img["width"] == "480" and img["height"] == "360"
    caption = items[0].figcaption
    assert caption.select_one(".caption").text == "Chú thích ảnh 1"
    assert "Nguyễn Văn A / TTXVN" in caption.select_one(".credit").text
    assert caption.select_one("a.licence")["href"] == "https://creativecommons.org/licenses/by/4.0/"
    # Same origin as the page: a download attribute works only there.
    assert caption.select_one("a.download")["href"].startswith("/media/original_images/")


def test_no_download_link_for_all_rights_reserved_photos(client, section):
    factories.gallery_page(section, count=1, licence=Licence.ALL_RIGHTS_RESERVED)
    soup = soup_of(client, "/vi/phong-su-anh/")
    assert soup.select("a.download") == [] and soup.select_one(".gallery-open")["data-download"] == ""


def test_the_grid_crop_follows_the_focal_point(client, section):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw

    # A wide photo: red on the left fifth, blue elsewhere; the focal point is in the red.
    picture = Image.new("RGB", (2400, 1000), (0, 0, 255))
    ImageDraw.Draw(picture).rectangle([0, 0, 480, 1000], fill=(255, 0, 0))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG")
    image = factories.PortalImage(title="wide", description="d")
    image.file = ImageFile(buffer, name="wide.jpg")
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 200, 500, 100, 100
    image.save()
    page = GalleryPage(title="Wide", slug="wide", standfirst="x")
    page.items.add(GalleryItem(image=image, caption="c", alt_text="a"))
    section.add_child(instance=page)
    page.save_revision().publish()
    soup = soup_of(client, "/vi/wide/")
    src = soup.select_one(".gallery-item img")["src"]
    rendition = next(r for r in image.renditions.all() if r.url == src)
    with rendition.file.open() as file:
        crop = Image.open(file).convert("RGB")
        assert crop.size == (480, 360)
        red, green, blue = crop.getpixel((20, 180))
    assert red > 200 and blue < 60  # a centred crop would be all blue


def test_the_date_is_prefilled_from_exif_the_gps_position_fills_nothing_and_leaves_the_renditions(client, section):
    from PIL import Image

    photo = factories.photo_with_exif(licence=Licence.CC_BY)
    page = GalleryPage(title="EXIF", slug="exif", standfirst="x")
    page.items.add(GalleryItem(image=photo, caption="c", alt_text="a"))
    section.add_child(instance=page)
    item = page.items.get()
    assert item.date_taken.isoformat() == "2025-03-14"
    assert item.place == ""  # coordinates are not a place name, and the place is public
    page.save_revision().publish()
    soup_of(client, "/vi/exif/")
    renditions = list(photo.renditions.all())
    assert len(renditions) >= 6
    for stored in [photo.file] + [rendition.file for rendition in renditions]:
        with stored.open() as file:
            metadata = Image.open(file).getexif()
            assert 0x8825 not in metadata, stored.name
    with photo.file.open() as file:  # the original keeps its date: only the position is private
        assert Image.open(file).getexif().get_ifd(0x8769)[0x9003] == "2025:03:14 08:30:00"


def test_an_editors_own_date_and_place_are_kept(section):
    photo = factories.photo_with_exif()
    page = GalleryPage(title="EXIF", slug="exif", standfirst="x")
    page.items.add(GalleryItem(image=photo, caption="c", alt_text="a", place="Buôn Đôn", date_taken="2024-01-02"))
    section.add_child(instance=page)
    item = page.items.get()
    assert (str(item.date_taken), item.place) == ("2024-01-02", "Buôn Đôn")


def test_captions_and_alt_text_are_translated_with_the_page(client, section, django_capture_on_commit_callbacks):
    page = factories.gallery_page(section, count=2)
    english = {
        "Mùa cà phê chín": "Coffee harvest",
        "Chú thích ảnh 1": "Caption one",
        "Mô tả ảnh 1": "Alt one",
        "Chú thích ảnh 2": "Caption two",
        "Mô tả ảnh 2": "Alt two",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translation, missing = translate_instance(page, "en", english)
    assert "Chú thích ảnh 1" not in missing and "Mô tả ảnh 2" not in missing
    soup = soup_of(client, "/en/coffee-harvest/")
    assert [node.text for node in soup.select(".gallery-item .caption")] == ["Caption one", "Caption two"]
    assert [img["alt"] for img in soup.select(".gallery-item img")] == ["Alt one", "Alt two"]
    assert soup.html["lang"] == "en"


def test_image_gallery_json_ld(client, section):
    factories.gallery_page(section, count=2, licence=Licence.CC_BY_SA, copyright="© Sở VHTTDL Đắk Lắk")
    soup = soup_of(client, "/vi/phong-su-anh/")
    blocks = [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]
    gallery = next(block for block in blocks if block["@type"] == "ImageGallery")
    assert gallery["name"] == "Mùa cà phê chín" and gallery["inLanguage"] == "vi"
    assert len(gallery["image"]) == 2
    first = gallery["image"][0]
    assert first["@type"] == "ImageObject"
    assert first["creditText"] == "Nguyễn Văn A / TTXVN"
    assert first["copyrightNotice"] == "© Sở VHTTDL Đắk Lắk"
    assert first["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert first["caption"] == "Chú thích ảnh 1" and first["contentUrl"].startswith("http://testserver/media/images/")
    assert first["contentLocation"]["name"] == "Cư M'gar"


def test_the_lightbox_is_a_dialog_with_labelled_controls(client, section):
    factories.gallery_page(section, count=3)
    soup = soup_of(client, "/vi/phong-su-anh/")
    dialog = soup.select_one("dialog.lightbox")
    assert all(button.get("aria-label") for button in dialog.select("button"))
    assert [link["data-index"] for link in soup.select(".gallery-open")] == ["0", "1", "2"]
    assert soup.select_one('script[src$="publishing/gallery.js"]')
