"""Demo content of the video library and the visual pages, run by `manage.py load_demo` after the
publishing demo: a short vertical clip drawn and encoded on this machine with PyAV, with subtitles
in Vietnamese and English, and a photo story of drawn photos captioned in three languages.
Offline and idempotent: a second run finds everything in place and changes nothing."""

from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.models import Locale

from foreign_info.core.languages import SOURCE_LANGUAGE
from foreign_info.core.models import Licence, PortalImage

CLIP_TITLE = "Demo: Cồng chiêng Tây Nguyên"
CLIP_SLUG = "cong-chieng-tay-nguyen"
GALLERY_SLUG = "mua-ca-phe-chin"

CLIP_PAGE = {
    "title": {"vi": "Âm vang cồng chiêng Tây Nguyên", "en": "The sound of Central Highlands gongs"},
    "standfirst": {
        "vi": "Mười giây trong một đêm hội cồng chiêng ở Buôn Đôn.",
        "en": "Ten seconds of a gong festival night in Buôn Đôn.",
    },
    # The poster's own description is the clip's (Vietnamese) title; the page's alt text is
    # translated with the page, so the English home never shows Vietnamese alt text.
    "poster_alt": {"vi": "Khung hình mở đầu clip cồng chiêng Tây Nguyên", "en": "Opening frame of the Central Highlands gong clip"},
}
CUES = [
    (0.0, 2.5, {"vi": "Tiếng cồng vang lên giữa buôn làng.", "en": "The gongs ring out across the village."}),
    (2.5, 5.0, {"vi": "Người Ê Đê giữ gìn di sản này qua nhiều thế hệ.", "en": "The Ê Đê have kept this heritage for generations."}),
    (5.0, 7.5, {"vi": "Không gian văn hóa cồng chiêng được UNESCO công nhận.", "en": "UNESCO recognises the space of gong culture."}),
    (7.5, 10.0, {"vi": "Mời bạn đến Đắk Lắk để nghe tận tai.", "en": "Come to Đắk Lắk and hear it for yourself."}),
]

GALLERY_PAGE = {
    "title": {"vi": "Mùa cà phê chín", "en": "Coffee harvest season", "fr": "La saison de la récolte du café"},
    "standfirst": {
        "vi": "Những ngày thu hoạch cà phê ở Cư M'gar, qua ống kính phóng viên.",
        "en": "Harvest days in Cư M'gar's coffee farms, through a reporter's lens.",
        "fr": "Les jours de récolte dans les plantations de café de Cư M'gar, vus par un reporter.",
    },
}
PHOTOS = [
    {
        "key": "harvest-dawn",
        "palette": "coffee",
        "caption": {"vi": "Bình minh trên đồi cà phê.", "en": "Dawn over the coffee hills.", "fr": "L'aube sur les collines de café."},
        "alt": {"vi": "Đồi cà phê dưới nắng sớm", "en": "Coffee hills in early sunlight", "fr": "Collines de café au soleil levant"},
    },
    {
        "key": "harvest-hands",
        "palette": "sunset",
        "caption": {"vi": "Hái những trái chín đỏ.", "en": "Picking the ripe red cherries.", "fr": "La cueillette des cerises bien mûres."},
        "alt": {"vi": "Nông dân hái cà phê", "en": "Farmers picking coffee", "fr": "Des paysans cueillent le café"},
    },
    {
        "key": "harvest-drying",
        "palette": "highlands",
        "caption": {"vi": "Phơi cà phê trên sân.", "en": "Coffee drying in the yard.", "fr": "Le café sèche dans la cour."},
        "alt": {"vi": "Sân phơi cà phê", "en": "A coffee drying yard", "fr": "Une aire de séchage du café"},
    },
    {
        "key": "harvest-evening",
        "palette": "festival",
        "caption": {"vi": "Chiều về trên nông trại.", "en": "Evening on the farm.", "fr": "Le soir tombe sur la ferme."},
        "alt": {"vi": "Nông trại lúc hoàng hôn", "en": "The farm at sunset", "fr": "La ferme au coucher du soleil"},
    },
]


def load(log):
    from foreign_info.publishing.models import SectionPage

    section = SectionPage.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth=2).first()
    if section is None:
        return [("vi", "media demo", "no section: run the publishing demo first")]
    missing = []
    missing += ensure_clip_page(section, log)
    missing += ensure_gallery_page(section, log)
    return missing


def ensure_clip(log):
    from . import library, synthetic
    from .models import VideoClip

    clip = VideoClip.objects.filter(title=CLIP_TITLE).first()
    if clip is None:
        data = synthetic.make_clip(width=360, height=640, seconds=10.0, fps=15)
        clip = library.add_clip(CLIP_TITLE, "cong-chieng.mp4", data, credit="Đài PT-TH Đắk Lắk (demo)")
        log("video clip created (vertical 9:16, 10 s)")
    return clip


def ensure_clip_page(section, log):
    from foreign_info.publishing.models import ClipPage

    page = ClipPage.objects.child_of(section).filter(slug=CLIP_SLUG).first()
    if page is None:
        page = ClipPage(
            title=CLIP_PAGE["title"]["vi"],
            slug=CLIP_SLUG,
            standfirst=CLIP_PAGE["standfirst"]["vi"],
            poster_alt=CLIP_PAGE["poster_alt"]["vi"],
            clip=ensure_clip(log),
            place="Buôn Đôn",
            credits="Đài Phát thanh - Truyền hình Đắk Lắk",
            subtitles=[("cue", {"start": start, "end": end, "text": texts["vi"]}) for start, end, texts in CUES],
        )
        section.add_child(instance=page)
        page.save_revision().publish()
        log("clip page created")
    strings = {CLIP_PAGE[field]["vi"]: CLIP_PAGE[field]["en"] for field in ("title", "standfirst", "poster_alt")}
    strings[CLIP_SLUG] = CLIP_SLUG
    strings.update({"Buôn Đôn": "Buôn Đôn", "Đài Phát thanh - Truyền hình Đắk Lắk": "Đắk Lắk Radio and Television"})
    strings.update({texts["vi"]: texts["en"] for _start, _end, texts in CUES})
    return ensure_translation(page, "en", strings)


def ensure_photo(spec):
    from foreign_info.publishing.demo.images import draw_landscape

    title = f"Demo: {spec['key']}"
    image = PortalImage.objects.filter(title=title).first()
    if image is None:
        image = PortalImage(title=title, description=spec["alt"]["vi"], credit="Y Sa Ra / Báo Đắk Lắk (demo)", copyright="Báo Đắk Lắk", licence=Licence.CC_BY)
        image.file = ImageFile(BytesIO(draw_landscape(spec["key"], spec["palette"])), name=f"{spec['key']}.jpg")
        image.save()
    return image


def ensure_gallery_page(section, log):
    from foreign_info.publishing.models import GalleryItem, GalleryPage

    page = GalleryPage.objects.child_of(section).filter(slug=GALLERY_SLUG).first()
    if page is None:
        page = GalleryPage(title=GALLERY_PAGE["title"]["vi"], slug=GALLERY_SLUG, standfirst=GALLERY_PAGE["standfirst"]["vi"], place="Cư M'gar")
        for position, spec in enumerate(PHOTOS):
            photo = GalleryItem(image=ensure_photo(spec), caption=spec["caption"]["vi"], alt_text=spec["alt"]["vi"], place="Cư M'gar", sort_order=position)
            page.items.add(photo)
        section.add_child(instance=page)
        page.save_revision().publish()
        log("photo story created")
    missing = []
    for code in ("en", "fr"):
        strings = {GALLERY_PAGE[field]["vi"]: GALLERY_PAGE[field][code] for field in ("title", "standfirst")}
        strings[GALLERY_SLUG] = GALLERY_SLUG
        for spec in PHOTOS:
            strings[spec["caption"]["vi"]] = spec["caption"][code]
            strings[spec["alt"]["vi"]] = spec["alt"][code]
        strings["Cư M'gar"] = "Cư M'gar"
        missing += ensure_translation(page, code, strings)
    return missing


def ensure_translation(page, code, strings):
    from foreign_info.publishing.demo.translate import translate_instance

    if page.has_translation(Locale.objects.get(language_code=code)):
        return []
    _translated, missing = translate_instance(page, code, strings)
    return [(code, str(page), text) for text in missing]
