"""The quarterly report as an editable DOCX (python-docx), laid out like the PDF (report_pdf):
A4 with Decree 30/2020/ND-CP margins, Times New Roman 13 pt, a borderless two-column letterhead,
centred title and summary, sections with narrative and tables, recipients and signature block.

Contract: `render_docx(data, chart, fonts)` takes report.content()'s dict, the chart PNG and
report.pdf_fonts()'s dict, of which only "language" is read: the DOCX names Times New Roman and
the reader's word processor sets it (or a metric-compatible substitute), and for a report in
Chinese, Japanese or Korean names Noto Serif CJK of that language as the East Asian font, in
Khmer or Lao Noto Serif Khmer or Lao as the complex-script font (Word's slots for those
scripts), the faces the PDF uses; returns the DOCX bytes.
"""

import io

from .report import MARGINS

FONT = "Times New Roman"
EAST_ASIAN = {"zh-hans": "Noto Serif CJK SC", "ja": "Noto Serif CJK JP", "ko": "Noto Serif CJK KR"}
COMPLEX_SCRIPT = {"km": "Noto Serif Khmer", "lo": "Noto Serif Lao"}


def paragraph(container, text, bold=False, italic=False, underline=False, size=13, align="center"):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    item = container.add_paragraph()
    item.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    item.paragraph_format.space_after = Pt(0)
    run = item.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    run.font.size = Pt(size)
    return item


def set_font(document, language=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    for name in ("Normal", "Table Grid"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(13)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN.get(language, FONT))
        fonts.set(qn("w:cs"), COMPLEX_SCRIPT.get(language, FONT))


def page_numbers(section):
    """Decree 30: the page number centred in the top margin, from the second page on."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "2"
    run.append(shown)
    field.append(run)
    number._p.append(field)


def render_docx(data, chart, fonts=None):
    from docx import Document
    from docx.shared import Mm

    document = Document()
    document.core_properties.title = f"{data['title']}: {data['summary']}"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS["top"]), Mm(MARGINS["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS["left"]), Mm(MARGINS["right"])
    set_font(document, (fonts or {}).get("language"))
    page_numbers(section)

    head = document.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.width, right.width = Mm(75), Mm(90)
    left.paragraphs[0]._element.getparent().remove(left.paragraphs[0]._element)
    right.paragraphs[0]._element.getparent().remove(right.paragraphs[0]._element)
    if data["governing"]:
        paragraph(left, data["governing"], size=12)
    paragraph(left, data["issuing"], bold=True, size=12)
    paragraph(left, data["number"])
    paragraph(right, data["nation"], bold=True, size=12)
    paragraph(right, data["motto"], bold=True, underline=True)
    paragraph(right, data["place_date"], italic=True)

    paragraph(document, "")
    paragraph(document, data["title"], bold=True, size=14)
    paragraph(document, data["summary"], bold=True)
    paragraph(document, data["period"], align="justify")
    for part in data["sections"]:
        paragraph(document, part["title"], bold=True, align="left")
        if part["narrative"]:
            paragraph(document, part["narrative"], align="justify")
        if part.get("chart"):
            document.add_picture(io.BytesIO(chart), width=Mm(160))
        if part["rows"]:
            table = document.add_table(rows=0, cols=len(part["columns"]))
            table.style = "Table Grid"
            for index, row in enumerate([part["columns"], *part["rows"]]):
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = str(value)
                    if index == 0:
                        cell.paragraphs[0].runs[0].bold = True

    paragraph(document, "")
    foot = document.add_table(rows=1, cols=2)
    left, right = foot.rows[0].cells
    left.paragraphs[0]._element.getparent().remove(left.paragraphs[0]._element)
    right.paragraphs[0]._element.getparent().remove(right.paragraphs[0]._element)
    paragraph(left, data["recipients_heading"], bold=True, italic=True, size=12, align="left")
    for recipient in data["recipients"]:
        paragraph(left, recipient, size=11, align="left")
    for position in data["signer_position"]:  # "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC" when a deputy signs
        paragraph(right, position, bold=True)
    for _blank in range(4):
        paragraph(right, "")
    paragraph(right, data["signer_name"], bold=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
