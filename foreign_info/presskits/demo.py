"""Demo content of the press room, run by `manage.py load_demo` after the publishing and media demos:
a press room in every language the section has, an open press kit on the coffee festival (the demo
photo story's photos, the demo clip, the festival article, a programme PDF, a fact sheet and the
organising committee's contacts) translated into English and French, an embargoed kit announcing
the investment-promotion conference with its own embargoed article (released three days after the
first load), and a French journalist's accreditation request waiting for review.

Offline and idempotent: a second run finds everything in place and changes nothing (the embargo
keeps the time set on the first run)."""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from foreign_info.core.languages import SOURCE_LANGUAGE

from . import demo_content as content

EMBARGO_DAYS = 3
PROGRAMME_FILE = "chuong-trinh-le-hoi-ca-phe.pdf"
FONT = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")


def load(log):
    from foreign_info.publishing.models import SectionPage

    section = SectionPage.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth=2).first()
    if section is None:
        return [("vi", "press-room demo", "no section: run the publishing demo first")]
    missing = []
    room, room_missing = ensure_press_room(section, log)
    missing += room_missing
    missing += ensure_open_kit(section, room, log)
    missing += ensure_embargoed_kit(section, room, log)
    ensure_pending_request(log)
    return missing


def ensure_translation(page, code, strings):
    from foreign_info.publishing.demo.translate import translate_instance

    if page.has_translation(Locale.objects.get(language_code=code)):
        return []
    _translated, missing = translate_instance(page, code, strings)
    return [(code, str(page), text) for text in missing]


def strings_of(data, fields, code):
    return {data[field]["vi"]: data[field][code] for field in fields}


def ensure_press_room(section, log):
    from .models import PressRoomPage

    data = content.PRESS_ROOM
    room = PressRoomPage.objects.child_of(section).first()
    if room is None:
        room = PressRoomPage(
            title=data["title"]["vi"],
            slug=content.PRESS_ROOM_SLUG,
            intro=f"<p>{data['intro']['vi']}</p>",
            accreditation_intro=f"<p>{data['accreditation_intro']['vi']}</p>",
        )
        section.add_child(instance=room)
        room.save_revision().publish()
        log("press room created")
    missing = []
    section_languages = section.get_translations().values_list("locale__language_code", flat=True)
    for code in sorted(set(section_languages) & set(data["title"])):
        strings = strings_of(data, ("title", "intro", "accreditation_intro"), code)
        strings[content.PRESS_ROOM_SLUG] = content.PRESS_ROOM_SLUG
        missing += ensure_translation(room, code, strings)
    return room, missing


def facts(data, code="vi"):
    return [
        ("fact", {"label": label[code], "value": Decimal(value), "unit": unit[code], "source": source[code], "year": year})
        for label, value, unit, source, year in data["facts"]
    ]


def contacts(data, code="vi"):
    return [
        ("contact", {"name": name, "role": role[code], "organisation": organisation[code], "phone": phone, "email": email, "languages": languages})
        for name, role, organisation, phone, email, languages in data["contacts"]
    ]


def kit_strings(data, slug, code, extra=()):
    """Every text of a kit's Vietnamese version mapped to its translation into `code`."""
    strings = strings_of(data, ("title", "summary"), code)
    strings[slug] = slug
    for paragraph in data["backgrounder"]:
        strings[paragraph["vi"]] = paragraph[code]
    for label, _value, unit, source, _year in data["facts"]:
        strings.update({label["vi"]: label[code], unit["vi"]: unit[code], source["vi"]: source[code]})
    for name, role, organisation, *_rest in data["contacts"]:
        strings.update({name: name, role["vi"]: role[code], organisation["vi"]: organisation[code]})
    strings.update(extra)
    return strings


def backgrounder(data):
    return "".join(f"<p>{paragraph['vi']}</p>" for paragraph in data["backgrounder"])


def ensure_open_kit(section, room, log):
    from foreign_info.media import demo as media_demo
    from foreign_info.publishing.models import ArticlePage, ClipPage, GalleryPage

    from .models import PressKitPage

    data = content.OPEN_KIT
    kit = PressKitPage.objects.child_of(room).filter(slug=content.OPEN_KIT_SLUG).first()
    if kit is None:
        photos = [media_demo.ensure_photo(spec) for spec in media_demo.PHOTOS]
        chosen = [
            ArticlePage.objects.child_of(section).filter(slug=content.FESTIVAL_ARTICLE_SLUG).first(),
            GalleryPage.objects.child_of(section).filter(slug=media_demo.GALLERY_SLUG).first(),
            ClipPage.objects.child_of(section).filter(slug=media_demo.CLIP_SLUG).first(),
        ]
        kit = PressKitPage(
            title=data["title"]["vi"],
            slug=content.OPEN_KIT_SLUG,
            summary=data["summary"]["vi"],
            backgrounder=backgrounder(data),
            cover_image=photos[0],
            pages=[("page", page) for page in chosen if page is not None],
            images=[
                ("photo", {"image": image, "caption": spec["caption"]["vi"], "place": "Cư M'gar", "date_taken": None})
                for image, spec in zip(photos, media_demo.PHOTOS, strict=True)
            ],
            documents=[("document", {"document": ensure_programme(data), "title": data["document_title"]["vi"]})],
            fact_sheet=facts(data),
            contacts=contacts(data),
        )
        room.add_child(instance=kit)
        kit.save_revision().publish()
        log("open press kit created")
    missing = []
    for code in content.KIT_LANGUAGES:
        extra = {spec["caption"]["vi"]: spec["caption"][code] for spec in media_demo.PHOTOS}
        extra.update({"Cư M'gar": "Cư M'gar", data["document_title"]["vi"]: data["document_title"][code]})
        missing += ensure_translation(kit, code, kit_strings(data, content.OPEN_KIT_SLUG, code, extra))
    return missing


def ensure_programme(data):
    """The festival programme as a one-page PDF, drawn here (offline) with fpdf2."""
    Document = get_document_model()
    document = Document.objects.filter(file__endswith=PROGRAMME_FILE).first() or Document.objects.filter(title=data["document_title"]["vi"]).first()
    if document is not None:
        return document
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if FONT.exists():
        pdf.add_font("NotoSans", fname=str(FONT))
        pdf.set_font("NotoSans", size=13)
        programme = data["document_text"]
    else:  # a machine without Debian's fonts-noto-core: the PDF core fonts know no Vietnamese
        pdf.set_font("Helvetica", size=13)
        programme = data["document_title"]["en"]
    pdf.multi_cell(0, 8, programme)
    return Document.objects.create(title=data["document_title"]["vi"], file=ContentFile(bytes(pdf.output()), name=PROGRAMME_FILE))


def embargo_time():
    """Nine o'clock, province time, three days from now: the kind of time an embargo is set for."""
    local = timezone.localtime(timezone.now(), ZoneInfo("Asia/Ho_Chi_Minh")) + timedelta(days=EMBARGO_DAYS)
    return local.replace(hour=9, minute=0, second=0, microsecond=0)


def ensure_embargoed_kit(section, room, log):
    from foreign_info.publishing.demo.loader import DemoLoader, article_strings
    from foreign_info.publishing.models import Topic

    from .models import PressKitPage

    data = content.EMBARGOED_KIT
    kit = PressKitPage.objects.child_of(room).filter(slug=content.EMBARGOED_KIT_SLUG).first()
    loader = DemoLoader(log)
    article_data = content.EMBARGOED_ARTICLE
    if kit is None:
        topics = {topic.slug: topic for topic in Topic.objects.filter(locale__language_code=SOURCE_LANGUAGE, slug__in=article_data["topics"])}
        article = loader.ensure_article(section, {**article_data, "topics": list(topics)}, topics)
        kit = PressKitPage(
            title=data["title"]["vi"],
            slug=content.EMBARGOED_KIT_SLUG,
            summary=data["summary"]["vi"],
            backgrounder=backgrounder(data),
            cover_image=article.hero_image,
            embargo_until=embargo_time(),
            pages=[("page", article)],
            fact_sheet=facts(data),
            contacts=contacts(data),
        )
        room.add_child(instance=kit)
        kit.save_revision().publish()
        log(f"embargoed press kit created (embargo until {kit.embargo_until:%Y-%m-%d %H:%M} UTC)")
        loader.ensure_translations(article, article_strings(article_data))
    missing = [(code, name, text) for name, code, text in loader.missing]
    for code in content.KIT_LANGUAGES:
        missing += ensure_translation(kit, code, kit_strings(data, content.EMBARGOED_KIT_SLUG, code))
    return missing


def ensure_pending_request(log):
    from .models import AccreditationRequest

    data = content.PENDING_REQUEST
    if AccreditationRequest.objects.filter(email=data["email"]).exists():
        return
    today = timezone.localdate()
    AccreditationRequest.objects.create(**data, visit_start=today + timedelta(days=30), visit_end=today + timedelta(days=36))
    log("pending accreditation request created")
