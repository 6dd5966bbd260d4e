"""The quarterly report laid out as a PDF (fpdf2) the way Decree 30/2020/ND-CP sets a report:
letterhead in two columns (issuing body and number left, national name, motto and date right),
centred title and summary, the body, then recipients left and the signature block right.

Contract: `render_pdf(data, chart, fonts)` takes report.content()'s dict, the chart as PNG bytes
and report.pdf_fonts()'s dict: "serif" {style: TrueType path} for "", "B", "I", "BI",
"fallbacks" {script: {style: path}} for the scripts the serif lacks, "language"; returns the PDF
bytes (A4, Decree 30 margins). Fonts are shared across documents (core.pdf_fonts); Khmer and Lao
are shaped by HarfBuzz; lines in scripts written without spaces end at ICU line-break
opportunities, table cells included (core.pdf_text), so the text copies out as it was written.
"""

import io

from foreign_info.core import pdf_fonts, pdf_text

from .report import MARGINS, all_text

LEFT_COLUMN = 75  # mm: the issuing body's column; the rest of the line is the national name's.


def render_pdf(data, chart, fonts):
    from fpdf import FPDF

    class Report(pdf_text.ShapedTextDocument, FPDF):
        def header(self):
            # Decree 30: page numbers in Arabic figures, centred in the top margin, from page 2.
            if self.page_no() > 1:
                self.set_font("serif", "", 13)
                self.set_xy(self.l_margin, 10)
                self.cell(self.epw, 6, str(self.page_no()), align="C")
                self.set_xy(self.l_margin, self.t_margin)

    document = Report(format="A4", unit="mm")
    language = fonts["language"]
    document.set_lang(language)
    for style, path in fonts["serif"].items():
        pdf_fonts.add_font(document, "serif", path, style)
    face = pdf_text.CJK_FACE.get(language, pdf_text.DEFAULT_CJK_FACE)
    for script, styles in fonts["fallbacks"].items():
        for style, path in styles.items():
            pdf_fonts.add_font(document, script, path, style, face=face if str(path).endswith(".ttc") else 0)
    if fonts["fallbacks"]:
        document.set_fallback_fonts(list(fonts["fallbacks"]), exact_match=False)
    if {"khmer", "lao"} & set(fonts["fallbacks"]):
        document.set_text_shaping(True)  # Khmer and Lao are unreadable unshaped
    document.check_glyphs(all_text(data))
    document.set_margins(MARGINS["left"], MARGINS["top"], MARGINS["right"])
    document.set_auto_page_break(True, margin=MARGINS["bottom"])
    document.set_title(f"{data['title']}: {data['summary']}")
    document.add_page()
    width = document.epw
    left, top = document.l_margin, document.t_margin

    def line(text, style="", size=13, align="C", column=None, height=6):
        document.set_font("serif", style, size)
        document.multi_cell(column or width, height, pdf_text.wrap(document, text, column or width, language), align=align, new_x="LEFT", new_y="NEXT")

    # Letterhead, left: governing body, issuing body (bold, a short rule below), number.
    document.set_xy(left, top)
    if data["governing"]:
        line(data["governing"], size=12, column=LEFT_COLUMN)
    line(data["issuing"], "B", 12, column=LEFT_COLUMN)
    rule_y = document.get_y() + 0.5
    document.line(left + LEFT_COLUMN / 2 - 12, rule_y, left + LEFT_COLUMN / 2 + 12, rule_y)
    document.set_y(rule_y + 1.5)
    line(data["number"], size=13, column=LEFT_COLUMN)
    left_bottom = document.get_y()
    # Letterhead, right: national name, motto (underlined), place and date (italic).
    right_width = width - LEFT_COLUMN
    document.set_xy(left + LEFT_COLUMN, top)
    line(data["nation"], "B", 12, column=right_width)
    document.set_x(left + LEFT_COLUMN)
    line(data["motto"], "BU", 13, column=right_width)
    document.set_xy(left + LEFT_COLUMN, document.get_y() + 2)
    line(data["place_date"], "I", 13, column=right_width)
    document.set_xy(left, max(left_bottom, document.get_y()) + 6)

    line(data["title"], "B", 14, height=7)
    line(data["summary"], "B", 13)
    document.ln(3)
    line(data["period"], "", 13, align="J")

    for section in data["sections"]:
        document.ln(3)
        line(section["title"], "B", 13, align="L", height=7)
        if section["narrative"]:
            line(section["narrative"], "", 13, align="J")
        if section.get("chart"):
            document.image(io.BytesIO(chart), w=width)
        if section["rows"]:
            document.ln(2)
            widths = (2,) + (1,) * (len(section["columns"]) - 1)  # names need the room, figures do not
            cell_widths = [width * share / sum(widths) - document.line_width for share in widths]
            document.set_font("serif", "B", 12)
            headings = [pdf_text.wrap(document, str(column), cell, language) for column, cell in zip(section["columns"], cell_widths, strict=True)]
            document.set_font("serif", "", 12)
            with document.table(text_align="LEFT", col_widths=widths) as table:  # first row: bold headings, repeated per page
                table.row(headings)
                for row in section["rows"]:
                    table.row([pdf_text.wrap(document, str(value), cell, language) for value, cell in zip(row, cell_widths, strict=True)])

    # Recipients (left) and signature block (right) start on one line; keep them on one page.
    if document.get_y() > document.h - MARGINS["bottom"] - 60:
        document.add_page()
    document.ln(8)
    block_top = document.get_y()
    half = width / 2
    document.set_x(left)
    line(data["recipients_heading"], "BI", 12, align="L", column=half, height=5)
    for recipient in data["recipients"]:
        document.set_x(left)
        line(recipient, "", 11, align="L", column=half, height=5)
    document.set_xy(left + half, block_top)
    for position in data["signer_position"]:  # "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC" when a deputy signs
        document.set_x(left + half)
        line(position, "B", 13, column=half)
    document.set_xy(left + half, document.get_y() + 25)
    if data["signer_name"]:
        line(data["signer_name"], "B", 13, column=half)
    return bytes(document.output())
