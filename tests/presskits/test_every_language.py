"""Issue 13, item 1 and 6: a reader of any language meets no Vietnamese they did not ask for, and
numbers written the way their language writes them, on the press pages and inside the kit's ZIP."""

import csv
import io
import re

import pytest
from wagtail.models import Page

from foreign_info.core import cldr
from tests.conftest import translate
from tests.presskits.accreditation_fixtures import form_data
from tests.presskits.conftest import kit_page
from tests.presskits.zipkit import build, check_archive

pytestmark = pytest.mark.django_db

# Letters only Vietnamese writes (not French's â, ê, ô): one of them in a Lao page is a leak.
VIETNAMESE = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯ]")
ERRORS = re.compile(r'<p class="error" id="[^"]*">(.*?)</p>', re.S)
SUMMARY = re.compile(r'<div class="error-summary".*?</div>', re.S)


def in_language(page, code, title):
    """A published translation of `page` (and of any parent still missing) into `code`."""
    existing = Page.objects.filter(translation_key=page.translation_key, locale__language_code=code).first()
    if existing:
        return existing.specific
    parent = page.get_parent().specific
    if parent.depth > 1 and not Page.objects.filter(translation_key=parent.translation_key, locale__language_code=code).exists():
        in_language(parent, code, f"{parent.title} ({code})")
    return translate(page, code, title=title)


@pytest.mark.parametrize(
    ("code", "required", "email", "cambodia", "laos"),
    [
        ("lo", "ຕ້ອງປ້ອນຂໍ້ມູນໃສ່ຊ່ອງນີ້.", "ກະລຸນາປ້ອນທີ່ຢູ່ອີເມວທີ່ຖືກຕ້ອງ.", "ກຳປູເຈຍ", "ລາວ"),
        ("km", "ត្រូវតែបំពេញប្រអប់នេះ។", "សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលដែលត្រឹមត្រូវ។", "កម្ពុជា", "ឡាវ"),
    ],
)
def test_khmer_and_lao_forms_answer_in_their_language_with_their_country_names(client, press_room, code, required, email, cambodia, laos):
    room = in_language(press_room, code, f"Press room {code}")
    url = room.get_url() + "accreditation/"
    page = client.get(url).content.decode()
    assert f">{cambodia}</option>" in page and f">{laos}</option>" in page
    assert "Campuchia" not in page and "Cambodia" not in page  # neither Vietnamese nor English names

    response = client.post(url, form_data(name="", outlet="", position="", email="not an e-mail", languages=None, consent=None, purpose=""))
    assert response.status_code == 200
    errors = " ".join(ERRORS.findall(response.content.decode()))
    assert required in errors and email in errors
    assert not VIETNAMESE.search(errors), errors
    assert "This field is required." not in errors  # nor English: the project's catalogue has it
    summary = SUMMARY.search(response.content.decode()).group(0)
    assert {"lo": ": ", "km": "៖ "}[code] + required in summary  # "label: error" with the language's colon


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ja", "13,030.5"), ("km", "13,030.5"), ("fr", "13\u202f030,5"), ("vi", "13.030,5"), ("ru", "13\xa0030,5"), ("en", "13,030.5")],
)
def test_fact_values_are_grouped_per_language_without_spurious_decimals(client, press_room, code, expected):
    facts = [("fact", {"label": "Diện tích", "value": "13030.5", "unit": "ha", "source": "Sở", "year": 2025})]
    kit = kit_page(press_room, facts=facts)
    page = kit if code == "vi" else in_language(kit, code, f"Kit {code}")
    html = client.get(page.get_url()).content.decode()
    assert f"<td>{expected} ha</td>" in html, re.findall(r"<td>[^<]*ha</td>", html)
    assert "13030,5000" not in html and "13,030.5000" not in html


def test_a_billion_in_french_is_one_and_a_half_not_fifteen_thousand(client, press_room):
    facts = [("fact", {"label": "Vốn", "value": "1.5", "unit": "tỷ USD", "source": "Sở", "year": 2025})]
    kit = in_language(kit_page(press_room, facts=facts), "fr", "Kit")
    assert "<td>1,5 tỷ USD</td>" in client.get(kit.get_url()).content.decode()


def test_zip_fact_sheet_numbers_follow_the_kit_language(press_room, tmp_path):
    facts = [("fact", {"label": "Diện tích", "value": "1238881.25", "unit": "ha", "source": "Sở", "year": 2025})]
    kit = in_language(kit_page(press_room, facts=facts), "fr", "Kit")
    archive, _manifest = check_archive(build(kit, tmp_path, language="fr"))
    rows = list(csv.reader(io.StringIO(archive.read("factsheet.csv").decode("utf-8-sig"))))
    assert rows[1][1] == "1\u202f238\u202f881,25" and rows[1][-1] == "1238881.25"
    assert "<td>1\u202f238\u202f881,25</td>" in archive.read("README.html").decode()


def test_format_number_drops_padding_and_keeps_real_decimals():
    assert cldr.format_number("210000.0000", "en") == "210,000"
    assert cldr.format_number("12.5000", "de") == "12,5"
    assert cldr.format_number("0.0625", "fr") == "0,0625"
    assert cldr.format_number("n/a", "fr") == "n/a"
    assert cldr.format_number(1238881, "lo") == "1.238.881"


@pytest.mark.parametrize(
    ("code", "speaks"),
    [
        ("vi", "Ngôn ngữ sử dụng: Tiếng Việt, Tiếng Anh và Tiếng Pháp"),
        ("fr", "Langues parlées : vietnamien, anglais et français"),
        ("zh-hans", "使用语言：越南语、英语和法语"),
        ("ja", "対応言語：ベトナム語、英語、フランス語"),
        ("km", "និយាយភាសា៖ វៀតណាម, អង់គ្លេស និង បារាំង"),
        ("lo", "ເວົ້າພາສາ: ຫວຽດນາມ, ອັງກິດ, ຝຣັ່ງ"),
    ],
)
def test_labels_keep_their_languages_colon_and_language_names_come_from_cldr(client, press_room, code, speaks):
    kit = kit_page(press_room)
    page = kit if code == "vi" else in_language(kit, code, f"Kit {code}")
    html = client.get(page.get_url()).content.decode()
    assert f'<span class="card-meta">{speaks}</span>' in html, re.findall(r'<span class="card-meta">[^<]*', html)
