"""Report files made for the tests (invented text): PDFs in the layouts NGO and UN reports use,
and Word documents. fpdf2 writes the PDFs line by line at chosen positions, so each layout
feature (two columns, running header and footer, page numbers, document symbols, words
hyphenated at line ends, tables, annexes, a scanned page) is present exactly as intended.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

#: invented report prose: each paragraph is a list of sentences
PARAGRAPHS = [
    "Armed men attacked the market in Kowara on 3 March 2025, killing four traders and wounding "
    "nine others. Local officials said the attackers arrived on motorcycles before dawn.",
    "On 5 March 2025, a roadside bomb struck a bus near Dalmaro, killing six passengers. Police "
    "said the device had been buried under the road overnight.",
    "Humanitarian partners reported that access to the northern districts remained restricted "
    "throughout the reporting period because of insecurity on the main supply routes.",
    "On 8 March 2025, soldiers clashed with fighters of a local militia outside Tessanu. The army "
    "said two soldiers were killed in the fighting, which lasted several hours.",
]


@dataclass
class Layout:
    columns: int = 1
    running_header: str = ""
    running_footer: str = ""
    page_numbers: bool = False
    symbol: str = ""
    title: str = "Flash Update No. 7"
    date_line: str = "Issued 10 March 2025"
    hyphenate: bool = False
    table: str = ""  # "", "ruled" or "unruled"
    annex: bool = False
    scanned_pages: list[int] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=lambda: list(PARAGRAPHS))
    pages: int = 2
    spaced_title: bool = False
    #: each long word drawn as two pieces a hair apart (as some PDF writers place text)
    split_words: bool = False


PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 60.0
SIZE = 10.0
LEADING = 13.0


def _wrap(pdf: object, text: str, width: float, hyphenate: bool) -> list[str]:
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}".strip()
        if pdf.get_string_width(trial) <= width:  # type: ignore[attr-defined]
            line = trial
            continue
        if hyphenate and len(word) >= 7 and word.isalpha():
            head = word[: len(word) // 2]
            if pdf.get_string_width(f"{line} {head}-") <= width:  # type: ignore[attr-defined]
                lines.append(f"{line} {head}-")
                line = word[len(word) // 2 :]
                continue
        lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


def _png(width: int = 40, height: int = 40) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (width, height), 200).save(out, format="PNG")
    return out.getvalue()


def make_pdf(spec: Layout) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
    pdf.set_auto_page_break(False)
    pdf.set_title(spec.title)
    pdf.set_font("helvetica", size=SIZE)
    body_w = PAGE_W - 2 * MARGIN
    gutter = 24.0
    col_w = body_w if spec.columns == 1 else (body_w - gutter) / 2
    lines: list[tuple[str, bool]] = []  # (text, paragraph end)
    for para in spec.paragraphs:
        wrapped = _wrap(pdf, para, col_w, spec.hyphenate)
        lines.extend((ln, i == len(wrapped) - 1) for i, ln in enumerate(wrapped))
    per_page = -(-len(lines) // spec.pages) if spec.pages else len(lines)
    per_col = -(-per_page // spec.columns)
    for page_no in range(1, spec.pages + 1):
        pdf.add_page()
        if page_no in spec.scanned_pages:
            pdf.image(io.BytesIO(_png()), x=MARGIN, y=MARGIN, w=200)
            continue
        pdf.set_font("helvetica", size=8)
        if spec.running_header:
            pdf.text(MARGIN, 40, spec.running_header)
        if spec.symbol:
            pdf.text(PAGE_W - MARGIN - pdf.get_string_width(spec.symbol), 52, spec.symbol)
        if spec.running_footer:
            pdf.text(MARGIN, PAGE_H - 30, spec.running_footer)
        if spec.page_numbers:
            label = f"Page {page_no} of {spec.pages}"
            pdf.text(PAGE_W - MARGIN - pdf.get_string_width(label), PAGE_H - 30, label)
        y = 110.0
        if page_no == 1:
            pdf.set_font("helvetica", style="B", size=16)
            title = " ".join(spec.title.upper()) if spec.spaced_title else spec.title
            pdf.text(MARGIN, y, title)
            pdf.set_font("helvetica", size=SIZE)
            y += 2 * LEADING
            if spec.date_line:
                pdf.text(MARGIN, y, spec.date_line)
                y += 2 * LEADING
        pdf.set_font("helvetica", size=SIZE)
        chunk = lines[(page_no - 1) * per_page : page_no * per_page]
        top = y
        for c in range(spec.columns):
            y = top
            x = MARGIN + c * (col_w + gutter)
            for text, ends in chunk[c * per_col : (c + 1) * per_col]:
                if spec.split_words:
                    _split_words(pdf, x, y, text)
                else:
                    pdf.text(x, y, text)
                y += LEADING * (1.8 if ends else 1)
        y = max(y, top) + LEADING
        if spec.table and page_no == 1:
            y = _table(pdf, y, spec.table)
    if spec.annex:
        pdf.add_page()
        pdf.set_font("helvetica", style="B", size=12)
        pdf.text(MARGIN, 110, "Annex I: Incidents recorded")
        pdf.set_font("helvetica", size=SIZE)
        pdf.text(MARGIN, 140, "Gunmen killed twelve villagers in Orbeta on 1 February 2025.")
    return bytes(pdf.output())


def _split_words(pdf: object, x: float, y: float, line: str) -> None:
    space = pdf.get_string_width(" ")  # type: ignore[attr-defined]
    for word in line.split(" "):
        pieces = [word[: len(word) // 2], word[len(word) // 2 :]] if len(word) >= 6 else [word]
        for piece in pieces:
            pdf.text(x, y, piece)  # type: ignore[attr-defined]
            x += pdf.get_string_width(piece) + 0.6  # type: ignore[attr-defined]
        x += space - 0.6


ROWS = [
    ("District", "Incidents", "Killed", "Injured"),
    ("Kowara", "12", "31", "40"),
    ("Dalmaro", "7", "15", "22"),
    ("Tessanu", "4", "9", "11"),
]


def _table(pdf: object, y: float, kind: str) -> float:
    widths = [140.0, 90.0, 90.0, 90.0]
    for row in ROWS:
        x = MARGIN
        for w, cell in zip(widths, row, strict=True):
            if kind == "ruled":
                pdf.rect(x, y - 11, w, 16)  # type: ignore[attr-defined]
            pdf.text(x + 4, y, cell)  # type: ignore[attr-defined]
            x += w
        y += 16
    return y + LEADING


def make_docx(
    paragraphs: list[str] | None = None,
    title: str = "Weekly Security Report",
    date_line: str = "Issued 10 March 2025",
    table: bool = False,
    header: str = "",
    annex: bool = False,
) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.add_heading(title, level=1)
    if date_line:
        document.add_paragraph(date_line)
    for i, para in enumerate(paragraphs if paragraphs is not None else PARAGRAPHS):
        document.add_paragraph(para)
        if table and i == 0:
            grid = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
            for r, row in enumerate(ROWS):
                for c, cell in enumerate(row):
                    grid.cell(r, c).text = cell
    if annex:
        document.add_heading("Annex I: Incidents recorded", level=1)
        document.add_paragraph("Gunmen killed twelve villagers in Orbeta on 1 February 2025.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
