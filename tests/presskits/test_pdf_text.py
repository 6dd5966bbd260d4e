"""Kit PDFs read and copy right in all nine languages: what pdftotext extracts is the source text
itself, only cut into lines (no zero-width space, no space inside a word), lines end at ICU
line-break opportunities (never inside a Khmer or Lao syllable), a wrapped caption keeps its size,
and the fonts are parsed once for any number of PDFs."""

import io
import subprocess

import pytest
from fpdf import fonts as fpdf_fonts
from pypdf import PdfReader
from pypdf.generic import ContentStream

from foreign_info.core import pdf_fonts
from foreign_info.core.words import line_breaks
from foreign_info.presskits.zipbuild import pdf

# One sentence per language, repeated in a paragraph long enough to wrap over several lines.
SENTENCES = {
    "vi": "Lễ hội cà phê Buôn Ma Thuột lần thứ 9 diễn ra từ ngày 10 đến 14 tháng 3 năm 2027 tại thủ phủ cà phê Việt Nam.",
    "en": "The ninth Buon Ma Thuot Coffee Festival takes place from 10 to 14 March 2027 in the capital of Vietnamese coffee.",
    "fr": "La neuvième fête du café de Buôn Ma Thuột se tient du 10 au 14 mars 2027 dans la capitale du café vietnamien.",
    "ru": "Девятый фестиваль кофе в Буонметхуоте пройдёт с 10 по 14 марта 2027 года в столице вьетнамского кофе.",
    "zh-hans": "第九届邦美蜀咖啡节将于2027年3月10日至14日在越南咖啡之都举行，多乐省人民热情欢迎各国朋友。",
    "ja": "第9回バンメトート・コーヒー祭りは2027年3月10日から14日まで、ベトナムのコーヒーの都で開かれます。",
    "ko": "제9회 부온마투옷 커피 축제가 2027년 3월 10일부터 14일까지 베트남 커피의 수도에서 열립니다.",
    "km": "ពិធីបុណ្យកាហ្វេលើកទី៩ប្រារព្ធឡើងនៅក្រុងប៊ុនម៉ាធួត ដែលជារាជធានីកាហ្វេរបស់វៀតណាម។ ប្រជាជនខេត្តដាក់ឡាក់ស្វាគមន៍ភ្ញៀវទេសចរពីគ្រប់ប្រទេស។",
    "lo": "ງານບຸນກາເຟຄັ້ງທີ 9 ຈະຈັດຂຶ້ນທີ່ເມືອງບວນມາທວດ ເຊິ່ງເປັນນະຄອນຫຼວງກາເຟຂອງຫວຽດນາມ. ສາທາລະນະລັດປະຊາທິປະໄຕປະຊາຊົນລາວເອກະພາບກັບການຮ່ວມມື.",
}


def extracted_lines(data, tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def line_ends(source_blocks, lines):
    """Checks that `lines` are the blocks' text cut into lines, nothing added or changed (a space
    where a line ends may go); returns, per block, the offsets where its lines end."""
    ends = [[] for _block in source_blocks]
    block, position = 0, 0
    for line in lines:
        if position == len(source_blocks[block]):
            block, position = block + 1, 0
        text = source_blocks[block]
        if position and text[position] == " ":
            position += 1
        assert text.startswith(line, position), f"{line!r} is not the text at {position}: {text[position : position + len(line)]!r}"
        position += len(line)
        ends[block].append(position)
    assert (block, position) == (len(source_blocks) - 1, len(source_blocks[-1])), "text missing from the PDF"
    return ends


@pytest.mark.parametrize("language", list(SENTENCES))
def test_pdftotext_gives_the_source_text_back_cut_at_line_break_opportunities(language, tmp_path):
    paragraph = " ".join([SENTENCES[language]] * 3)
    caption = SENTENCES[language]
    blocks = [("title", SENTENCES[language][:12].strip()), ("paragraph", paragraph), ("caption", caption)]
    data = pdf.render(language, blocks[0][1], blocks)
    lines = extracted_lines(data, tmp_path)
    assert not any("\u200b" in line for line in lines)
    ends = line_ends([text for _kind, text in blocks], lines)
    assert len(ends[1]) >= 3, "the paragraph wraps"
    for (_kind, text), block_ends in zip(blocks, ends, strict=True):
        allowed = set(line_breaks(text, language))
        for end in block_ends:
            assert end in allowed or (text[end : end + 1] == " " and end + 1 in allowed), (language, text[max(0, end - 5) : end], text[end : end + 5])


def drawn_sizes(data):
    """The font size each text-showing operator of the first page is drawn at, following the
    graphics state (q/Q) the way a viewer does; None where no font is set."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    font, saved, sizes = None, [], []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            saved.append(font)
        elif operator == b"Q":
            font = saved.pop()
        elif operator == b"Tf":
            font = float(operands[1])
        elif operator in (b"Tj", b"TJ"):
            sizes.append(font)
    return sizes


@pytest.mark.parametrize("language", ["km", "lo", "ja", "vi"])
def test_a_wrapped_caption_keeps_its_size(language):
    # After a lead (12 pt), a caption (9 pt) whose lines start in the script's font and in Latin.
    caption = " ".join([SENTENCES[language]] * 2) + "\n2027 " + SENTENCES[language] + "\nNguyễn Văn A / TTXVN"
    sizes = drawn_sizes(pdf.render(language, "x", [("lead", SENTENCES[language][:8]), ("caption", caption)]))
    lead = sizes.count(pdf.SIZES["lead"])
    assert lead and sizes == [pdf.SIZES["lead"]] * lead + [pdf.SIZES["caption"]] * (len(sizes) - lead), sizes


def test_fonts_are_parsed_once_for_any_number_of_pdfs(monkeypatch):
    parsed = []
    original = fpdf_fonts.TTFFont.__init__

    def counting(self, fpdf, font_file_path, *args, **kwargs):
        parsed.append(str(font_file_path))
        original(self, fpdf, font_file_path, *args, **kwargs)

    monkeypatch.setattr(fpdf_fonts.TTFFont, "__init__", counting)
    pdf_fonts.forget()
    for _time in range(2):
        pdf.render("km", "x", [("paragraph", SENTENCES["km"] + " " + SENTENCES["vi"])])
    assert sorted(parsed) == sorted({pdf.font_paths()["latin"], pdf.font_paths()["khmer"]})
