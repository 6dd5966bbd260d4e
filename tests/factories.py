"""Factories for every page type and model the tests build (wagtail-factories)."""

import factory
import wagtail_factories
from django.utils import timezone

from foreign_info.core.models import PortalImage
from foreign_info.publishing.models import ArticlePage, ClipPage, SectionPage, Topic


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = PortalImage

    description = factory.Sequence(lambda n: f"Mô tả ảnh {n}")
    credit = "Nguyễn Văn A / TTXVN"


class SectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SectionPage

    title = "Thông tin đối ngoại"
    slug = "thong-tin-doi-ngoai"
    intro = "<p>Tin tức cho bạn đọc nước ngoài.</p>"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Bài viết số {n}")
    slug = factory.Sequence(lambda n: f"bai-viet-{n}")
    standfirst = "Tóm tắt bài viết cho bạn đọc quốc tế."
    date = factory.LazyFunction(timezone.now)
    place = "Buôn Ma Thuột"
    source_agency = "Sở Văn hóa, Thể thao và Du lịch"
    body = [("paragraph", "<p>Đoạn văn đầu tiên của bài viết.</p>")]


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


def video_clip(title="Cồng chiêng Tây Nguyên", **clip_options):
    """A real clip, generated with PyAV, probed and stored through the library (poster included)."""
    from foreign_info.media import library, synthetic

    name = "clip." + clip_options.get("container_format", "mp4")
    return library.add_clip(title, name, synthetic.make_clip(seconds=1.5, **clip_options), credit="Trần B / Đài PT-TH Đắk Lắk")


class ClipPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ClipPage

    title = factory.Sequence(lambda n: f"Clip số {n}")
    slug = factory.Sequence(lambda n: f"clip-{n}")
    standfirst = "Âm thanh cồng chiêng trong đêm hội."
    date = factory.LazyFunction(timezone.now)
    place = "Buôn Đôn"
    credits = "Đài Phát thanh - Truyền hình Đắk Lắk"
    clip = factory.LazyFunction(video_clip)
    subtitles = [
        ("cue", {"start": 0.0, "end": 0.8, "text": "Tiếng cồng vang lên."}),
        ("cue", {"start": 0.8, "end": 1.5, "text": "Mọi người cùng múa."}),
    ]


def photo_with_exif(taken="2025:03:14 08:30:00", gps=((12, 40, 0), (108, 3, 0)), size=(1200, 800), **image_fields):
    """A PortalImage from a JPEG carrying a capture date and a GPS position in its EXIF."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image

    picture = Image.new("RGB", size, (180, 120, 60))
    exif = Image.Exif()
    if taken:
        exif[0x8769] = {0x9003: taken}
    if gps:
        exif[0x8825] = {1: "N", 2: tuple(float(part) for part in gps[0]), 3: "E", 4: tuple(float(part) for part in gps[1])}
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif)
    fields = {"title": "Ảnh", "description": "Mô tả", "credit": "Lê C / TTXVN", **image_fields}
    image = PortalImage(**fields)
    image.file = ImageFile(buffer, name="exif.jpg")
    image.save()
    return image


def gallery_page(parent, count=3, slug="phong-su-anh", title="Mùa cà phê chín", **image_fields):
    """A published photo story of `count` photos (a few distinct image files, reused)."""
    from foreign_info.publishing.models import GalleryItem, GalleryPage

    image_fields = {"file__width": 1000, "file__height": 750, **image_fields}
    images = [ImageFactory(**image_fields) for _ in range(min(count, 3))]
    page = GalleryPage(title=title, slug=slug, standfirst="Những ngày thu hoạch cà phê ở Cư M'gar.")
    for index in range(count):
        page.items.add(
            GalleryItem(image=images[index % len(images)], caption=f"Chú thích ảnh {index + 1}", alt_text=f"Mô tả ảnh {index + 1}", place="Cư M'gar")
        )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def event_sessions(count, first_day, kinds=("ceremony", "main", "side", "exhibition", "sport")):
    """`count` programme sessions spread over three days from `first_day` (a date)."""
    import datetime

    sessions = []
    for number in range(count):
        day = first_day + datetime.timedelta(days=number % 3)
        start = datetime.time(7 + number % 12, 0)
        sessions.append(
            (
                "session",
                {
                    "date": day,
                    "start_time": start,
                    "end_time": datetime.time(start.hour, 45),
                    "kind": kinds[number % len(kinds)],
                    "title": f"Hoạt động số {number + 1}",
                    "place": "Quảng trường 10 tháng 3",
                    "description": f"Mô tả hoạt động {number + 1}.",
                },
            )
        )
    return sessions


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "events.EventIndexPage"

    title = "Sự kiện"
    slug = "su-kien"
    intro = "<p>Lễ hội, tuần văn hóa và hội nghị xúc tiến đầu tư.</p>"


class EventPageFactory(wagtail_factories.PageFactory):
    """An event of three days starting ten days from now (08:00 in Hà Nội's zone), at one venue
    with coordinates, with a programme of `sessions__count` sessions (4 by default)."""

    class Meta:
        model = "events.EventPage"

    class Params:
        days_ahead = 10
        session_count = 4

    title = factory.Sequence(lambda n: f"Tuần Văn hóa số {n}")
    slug = factory.Sequence(lambda n: f"su-kien-{n}")
    summary = "Tuần lễ văn hóa, du lịch và đầu tư của tỉnh."
    start = factory.LazyAttribute(lambda o: first_day_at(o.days_ahead, 8))
    end = factory.LazyAttribute(lambda o: first_day_at(o.days_ahead + 2, 22))
    venues = [
        (
            "venue",
            {"name": "Quảng trường 10 tháng 3", "address": "Đường Lê Duẩn, Buôn Ma Thuột, Đắk Lắk", "latitude": "12.666700", "longitude": "108.038300"},
        )
    ]
    programme = factory.LazyAttribute(lambda o: event_sessions(o.session_count, first_day_at(o.days_ahead, 8).date()))
    organisers = [("organiser", {"name": "UBND tỉnh Đắk Lắk", "role": "Đơn vị tổ chức", "url": "https://daklak.gov.vn/"})]
    contacts = [
        (
            "contact",
            {
                "name": "Nguyễn Thị Hoa",
                "role": "Trưởng ban tổ chức",
                "organisation": "Sở Văn hóa, Thể thao và Du lịch",
                "phone": "+84 262 3852 741",
                "email": "hoa@daklak.gov.vn",
                "languages": ["vi", "en"],
            },
        )
    ]


def first_day_at(days_ahead, hour):
    """An aware datetime `days_ahead` days from today at `hour` o'clock in Asia/Ho_Chi_Minh."""
    import datetime
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    day = timezone.now().astimezone(zone).date() + datetime.timedelta(days=days_ahead)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone)
