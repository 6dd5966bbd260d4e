"""Files of a kit's ZIP that are written by hand: article PDFs in every script (read back with
pdftotext), contacts.vcf (parsed with vobject), subtitles as SRT, numbers in the fact sheet."""

import re
import subprocess
import unicodedata
from decimal import Decimal

import pytest
import vobject
from django.utils import translation

from foreign_info.media import subtitles
from foreign_info.presskits.contents import Contact, Fact
from foreign_info.presskits.zipbuild import pdf, tables, vcard
from tests.conftest import translate
from tests.presskits.conftest import kit_page
from tests.presskits.zipkit import build, check_archive

KHMER = "ពិធីបុណ្យកាហ្វេលើកទី៩ប្រារព្ធឡើងនៅក្រុងប៊ុនម៉ាធួត ដែលជារាជធានីកាហ្វេរបស់វៀតណាម។"
LAO = "ງານບຸນກາເຟຄັ້ງທີ 9 ຈະຈັດຂຶ້ນທີ່ເມືອງບວນມາທວດ ເຊິ່ງເປັນນະຄອນຫຼວງກາເຟຂອງຫວຽດນາມ."
VIETNAMESE = "Lễ hội cà phê Buôn Ma Thuột lần thứ 9 diễn ra từ ngày 10 đến 14 tháng 3 năm 2027."
CHINESE = "第九届邦美蜀咖啡节将于2027年3月10日至14日举行。"


def pdf_text(data, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeezed(text):
    """NFC, without whitespace (lines end anywhere); test_pdf_text.py checks the text exactly."""
    return re.sub(r"\s", "", unicodedata.normalize("NFC", text))


@pytest.mark.django_db
def test_article_pdfs_in_khmer_and_lao_give_their_text_back(press_room, section, article, tmp_path):
    translate(section, "km", title="ព័ត៌មានបរទេស")
    translate(press_room, "km", title="បន្ទប់សារព័ត៌មាន")
    translate(press_room, "lo", title="ຫ້ອງຂ່າວ")
    kit = kit_page(press_room, pages=[article], facts=[], contacts=[])
    for code, text in (("km", KHMER), ("lo", LAO)):
        translate(article, code, title=text[:20], standfirst=text, body=[("paragraph", f"<p>{text * 3}</p>")])
        translated_kit = translate(kit, code, title=text[:15])
        archive, _manifest = check_archive(build(translated_kit, tmp_path, language=code))
        extracted = squeezed(pdf_text(archive.read("articles/ca-phe.pdf"), tmp_path))
        assert squeezed(text * 3) in extracted, code
        assert f'<html lang="{code}">' in archive.read("articles/ca-phe.html").decode()


def test_pdf_renders_vietnamese_chinese_japanese_and_korean(tmp_path):
    for language, text in (
        ("vi", VIETNAMESE),
        ("zh-hans", CHINESE),
        ("ja", "コーヒー祭りがブオンマトゥオットで開かれる。"),
        ("ko", "부온마투옷에서 커피 축제가 열립니다."),
    ):
        data = pdf.render(language, text[:10], [("title", text[:10]), ("paragraph", text * 4)])
        assert squeezed(text * 4) in squeezed(pdf_text(data, tmp_path)), language
        fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True).stdout
        assert "Noto" in fonts and all(" yes " in line for line in fonts.splitlines()[2:]), fonts  # every font embedded


def test_pdf_fonts_can_be_overridden_and_a_missing_one_is_explained(settings, tmp_path):
    settings.PRESSKITS = {"PDF_FONTS": {"khmer": str(tmp_path / "missing.ttf")}}
    with pytest.raises(Exception, match="missing.ttf"):
        pdf.render("km", "x", [("paragraph", KHMER)])
    assert pdf.render("fr", "x", [("paragraph", "Café")]).startswith(b"%PDF")  # French needs no Khmer font


def contact(**fields):
    values = {
        "name": "Nguyễn Thị Hoa",
        "role": "Phát ngôn viên",
        "organisation": "Ban Tổ chức",
        "phone": "+84 262 3852 741",
        "email": "a@b.vn",
        "languages": ["vi", "zh-hans"],
    }
    return Contact(**(values | fields))


def test_vcard_escapes_folds_and_parses():
    long_role = "Trưởng ban, Ban Tổ chức Lễ hội Cà phê Buôn Ma Thuột; phụ trách báo chí quốc tế và khách mời ngoại giao"
    data = vcard.contacts_vcf([contact(role=long_role), contact(name="ສົມສັກ ວົງສະຫວັນ", email="", phone="")])
    raw = data.encode("utf-8")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no line ends inside a character
    assert b"\n" not in raw.replace(b"\r\n", b"")
    first, second = list(vobject.readComponents(data))
    assert first.version.value == "4.0" and first.fn.value == "Nguyễn Thị Hoa"
    assert first.title.value == long_role  # unfolded and unescaped again
    assert first.n.value.family == "Nguyễn" and first.n.value.given == "Thị Hoa"
    assert first.tel.value == "tel:+842623852741"
    assert [line.value for line in first.contents["lang"]] == ["vi", "zh-Hans"]
    assert second.fn.value == "ສົມສັກ ວົງສະຫວັນ" and "email" not in second.contents


def test_srt_round_trips_through_the_parser():
    cues = [subtitles.Cue(0.0, 1.25, "Tiếng cồng\nvang lên."), subtitles.Cue(61.5, 3725.0, "Hết.")]
    srt = subtitles.to_srt(cues)
    assert srt.startswith("1\r\n00:00:00,000 --> 00:00:01,250\r\n")
    assert "01:02:05,000" in srt
    assert subtitles.parse(srt.encode()) == cues


def test_fact_sheet_numbers_are_written_in_the_kit_language():
    facts = [Fact("Sản lượng", Decimal("550000.0000"), "tấn", "Sở", 2025), Fact("Tỉ lệ", Decimal("12.5000"), "%", "", None)]
    with translation.override("fr"):
        rows = tables.fact_rows(facts)
        csv_text = tables.factsheet_csv(facts)
    assert rows[0][1].replace("\u202f", " ").replace("\xa0", " ") == "550 000" and rows[1][1] == "12,5"
    assert csv_text.startswith("\ufeff") and "550000" in csv_text and "12.5" in csv_text
    with translation.override("en"):
        assert tables.fact_rows(facts)[0][1] == "550,000"
