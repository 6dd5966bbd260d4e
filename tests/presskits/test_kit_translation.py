"""Press kits and the press room go through the translation workflow like articles: jobs per target
language, queues and the matrix, and segments for every text a reader sees, none for numbers or
phone numbers."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail_localize.models import StringSegment, TranslationSource

from foreign_info.core.languages import TARGET_LANGUAGES
from foreign_info.presskits.models import PressKitPage
from foreign_info.translation.jobs import is_section_source, section_of
from foreign_info.translation.models import TranslationJob
from tests import factories
from tests.conftest import publish, translate
from tests.presskits.conftest import kit_page
from tests.translation.conftest import team  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_kit(press_room, article):
    document = get_document_model().objects.create(title="Tờ gấp", file=ContentFile(b"%PDF-1.4", name="to-gap.pdf"))
    kit = kit_page(press_room, pages=[article], photos=[factories.ImageFactory()])
    kit.documents = [("document", {"document": document, "title": "Tờ gấp giới thiệu lễ hội"})]
    return publish(kit)


def segment_texts(page):
    source = TranslationSource.objects.get(object_id=page.translation_key, specific_content_type=ContentType.objects.get_for_model(page.specific_class))
    return set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))


def test_a_kit_two_levels_down_belongs_to_its_section(section, press_room, full_kit):
    assert section_of(full_kit).pk == section.pk
    assert section_of(press_room).pk == section.pk
    assert is_section_source(full_kit)
    assert not is_section_source(translate(full_kit, "fr", title="Festival du café"))  # translations are not sources


def test_publishing_a_vietnamese_kit_creates_one_job_per_target_language(press_room, full_kit):
    for page in (press_room, full_kit):
        jobs = TranslationJob.objects.filter(source_page=page)
        assert sorted(jobs.values_list("target_locale__language_code", flat=True)) == sorted(TARGET_LANGUAGES)
        assert all(job.total_segments > 0 for job in jobs)


def test_kit_segments_are_its_texts_not_its_numbers_or_phone_numbers(full_kit):
    texts = segment_texts(full_kit)
    expected = {
        "Lễ hội cà phê Buôn Ma Thuột 2027",  # title
        "Lễ hội cà phê lần thứ 9 diễn ra từ ngày 10 đến 14 tháng 3.",  # summary
        "Chú thích 1",  # photo caption
        "Buôn Ma Thuột",  # photo place
        "Diện tích cà phê",  # fact label
        "ha",  # unit
        "tấn",
        "Sở Nông nghiệp",  # source
        "Nguyễn Thị Hoa",  # contact name
        "Phát ngôn viên",  # role
        "Ban Tổ chức Lễ hội",  # organisation
        "Tờ gấp giới thiệu lễ hội",  # document title
    }
    assert expected <= texts, expected - texts
    assert any("thủ phủ" in text for text in texts)  # the backgrounder's rich text
    for number in ("210000", "210000.0000", "550000", "2025", "+84 262 3852 741", "baochi@daklak.gov.vn"):
        assert number not in texts


def test_press_room_texts_are_segments(press_room):
    assert {"Phòng báo chí", "Tài liệu cho phóng viên nước ngoài."} <= segment_texts(press_room)


def test_queues_and_matrix_show_kits(full_kit, team, client):  # noqa: F811 (the translation tests' fixture)
    client.force_login(team["translator_en"])
    queue = reverse("translation:queue", args=["en"])
    assert full_kit.title in client.get(queue).content.decode()
    kit_type = ContentType.objects.get_for_model(PressKitPage)
    filtered = client.get(queue, {"page_type": kit_type.pk})
    assert filtered.status_code == 200
    html = filtered.content.decode()
    assert full_kit.title in html and "Cà phê Buôn Ma Thuột vươn ra thế giới" not in html
    client.force_login(team["lead"])
    assert full_kit.title in client.get(reverse("translation:matrix")).content.decode()
