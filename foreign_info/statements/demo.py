"""Demo: an official statement and a correction of a false claim in the Đắk Lắk section, in
Vietnamese with English and French translations; the other languages wait in the urgent lane, so
the queues show its countdown. Idempotent and offline."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from foreign_info.core.languages import SOURCE_LANGUAGE
from foreign_info.publishing.demo.loader import SECTION_SLUG
from foreign_info.publishing.demo.translate import translate_instance
from foreign_info.publishing.models import SectionPage

from .models import StatementPage

STATEMENTS = [
    {
        "slug": "thong-cao-le-hoi-ca-phe-2027",
        "kind": StatementPage.Kind.STATEMENT,
        "hours_ago": 20,
        "title": {
            "vi": "Thông cáo về Lễ hội Cà phê Buôn Ma Thuột lần thứ 9",
            "en": "Statement on the 9th Buôn Ma Thuột Coffee Festival",
            "fr": "Communiqué sur la 9e Fête du café de Buôn Ma Thuột",
        },
        "standfirst": {
            "vi": "Lễ hội diễn ra từ ngày 10 đến 14 tháng 3 năm 2027 tại thành phố Buôn Ma Thuột.",
            "en": "The festival takes place from 10 to 14 March 2027 in Buôn Ma Thuột city.",
            "fr": "La fête a lieu du 10 au 14 mars 2027 dans la ville de Buôn Ma Thuột.",
        },
        "issued_by": {"vi": "Ủy ban nhân dân tỉnh Đắk Lắk", "en": "Đắk Lắk Provincial People's Committee", "fr": "Comité populaire de la province de Đắk Lắk"},
        "body": {
            "vi": "Ban tổ chức mời phóng viên trong nước và quốc tế đăng ký tác nghiệp trước ngày 1 tháng 3.",
            "en": "The organisers invite domestic and international reporters to apply for accreditation before 1 March.",
            "fr": "Les organisateurs invitent les journalistes nationaux et étrangers à demander leur accréditation avant le 1er mars.",
        },
    },
    {
        "slug": "cai-chinh-thong-tin-cam-tuoi-ca-phe",
        "kind": StatementPage.Kind.CORRECTION,
        "hours_ago": 2,
        "title": {
            "vi": "Cải chính: tỉnh không cấm tưới cà phê trong mùa khô",
            "en": "Correction: the province has not banned watering coffee in the dry season",
            "fr": "Rectificatif : la province n’a pas interdit l’arrosage du café en saison sèche",
        },
        "standfirst": {
            "vi": "Thông tin lan truyền trên mạng xã hội về lệnh cấm tưới cà phê là sai sự thật.",
            "en": "Reports on social networks of a ban on watering coffee are false.",
            "fr": "Les informations diffusées sur les réseaux sociaux sur une interdiction d’arroser le café sont fausses.",
        },
        "issued_by": {
            "vi": "Sở Thông tin và Truyền thông tỉnh Đắk Lắk",
            "en": "Đắk Lắk Department of Information and Communications",
            "fr": "Service de l’information et de la communication de Đắk Lắk",
        },
        "claim": {
            "vi": "Tỉnh Đắk Lắk cấm nông dân tưới cà phê từ tháng 2 đến tháng 4.",
            "en": "Đắk Lắk province bans farmers from watering coffee from February to April.",
            "fr": "La province de Đắk Lắk interdit aux agriculteurs d’arroser le café de février à avril.",
        },
        "claim_appeared_in": {"vi": "Một bài đăng trên mạng xã hội", "en": "A post on a social network", "fr": "Une publication sur un réseau social"},
        "claim_author": {"vi": "Trang tin không chính thức", "en": "An unofficial news page", "fr": "Une page d’information non officielle"},
        "body": {
            "vi": "Tỉnh chỉ khuyến cáo tưới tiết kiệm và điều tiết nước tại các hồ chứa; không có lệnh cấm nào được ban hành.",
            "en": "The province only advises sparing irrigation and regulates water in its reservoirs; no ban has been issued.",
            "fr": "La province recommande seulement un arrosage économe et régule l’eau de ses réservoirs ; aucune interdiction n’a été prise.",
        },
        "evidence": {
            "vi": "Công văn hướng dẫn tưới tiết kiệm của Sở Nông nghiệp",
            "en": "The Department of Agriculture's guidance on sparing irrigation",
            "fr": "La note du Service de l’agriculture sur l’arrosage économe",
        },
    },
]
TEXT_FIELDS = ("title", "standfirst", "issued_by", "body", "claim", "claim_appeared_in", "claim_author", "evidence")


def load(log):
    section = SectionPage.objects.filter(slug=SECTION_SLUG, locale__language_code=SOURCE_LANGUAGE).first()
    if section is None:
        return []
    missing = []
    for data in STATEMENTS:
        page = StatementPage.objects.filter(slug=data["slug"], locale=section.locale).first()
        if page is None:
            page = section.add_child(instance=build(data))
            page.save_revision().publish()
            log(f"statement {data['slug']} created")
        for code in ("en", "fr"):
            if page.has_translation(Locale.objects.get(language_code=code)):
                continue
            strings = {data[field][SOURCE_LANGUAGE]: data[field][code] for field in TEXT_FIELDS if field in data}
            strings[data["slug"]] = data["slug"]
            _translated, untranslated = translate_instance(page, code, strings)
            missing.extend((code, str(page), text) for text in untranslated)
    return missing


def build(data):
    vi = SOURCE_LANGUAGE
    page = StatementPage(
        title=data["title"][vi],
        slug=data["slug"],
        kind=data["kind"],
        standfirst=data["standfirst"][vi],
        issued_by=data["issued_by"][vi],
        date=timezone.now() - timedelta(hours=data["hours_ago"]),
        body=[("paragraph", f"<p>{data['body'][vi]}</p>")],
    )
    if data["kind"] == StatementPage.Kind.CORRECTION:
        page.claim = data["claim"][vi]
        page.claim_appeared_in = data["claim_appeared_in"][vi]
        page.claim_author = data["claim_author"][vi]
        page.claim_date = timezone.localdate() - timedelta(days=1)
        page.rating = StatementPage.Rating.FALSE
        page.evidence = [("evidence", {"label": data["evidence"][vi], "url": ""})]
    return page
