"""Word (.docx) reports to text with python-docx; other ZIP files named for what they are.

The body's paragraphs are read in order: headings (Word's "Heading N" and "Title" styles)
become markdown "#" lines, list paragraphs "- " items, the rest paragraphs separated by a
blank line. Page headers and footers are separate parts and are not read; tables are kept
out of the prose (noted), and so is everything from an annex heading on. The report's
date comes from its opening lines (the header), else from the file's core properties.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date

from kronika.errors import InputError
from kronika.formats import layout

#: what a ZIP file holds, by a member's name, when it is not a Word document
_ZIP_KINDS = (
    ("xl/workbook.xml", "an Excel workbook; export the text (or a CSV of notes) first"),
    ("ppt/presentation.xml", "a PowerPoint file; save its text first"),
    ("content.xml", "an OpenDocument file; save it as DOCX or text first"),
)
#: Word documents read at most this many paragraphs
MAX_PARAGRAPHS = 200_000


@dataclass(frozen=True, slots=True)
class DocxText:
    text: str
    title: str
    published: date | None
    notes: tuple[str, ...]


def zip_kind(data: bytes, source: str) -> str:
    """ "docx" for a Word document; raises InputError naming any other ZIP file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(source, "a damaged ZIP file (or Word document); it cannot be opened") from None
    if "word/document.xml" in names:
        return "docx"
    for member, reason in _ZIP_KINDS:
        if member in names:
            raise InputError(source, reason)
    raise InputError(
        source, f"a ZIP archive of {len(names)} file(s); extract it and give kronika the files inside"
    )


def read_docx(data: bytes, source: str) -> DocxText:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputError(source, f"a damaged Word document ({type(exc).__name__})") from None
    notes: list[str] = []
    blocks: list[str] = []
    opening: list[str] = []
    tables = 0
    annex = False
    body = document.element.body
    for count, child in enumerate(body.iterchildren()):
        if count >= MAX_PARAGRAPHS:
            notes.append(f"{source}: only the first {MAX_PARAGRAPHS} paragraphs read")
            break
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "tbl":
            tables += 1
            continue
        if tag != "p":
            continue
        para = docx.text.paragraph.Paragraph(child, document)
        text = " ".join(para.text.split())
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        if len(opening) < 8:
            opening.append(text)
        if layout.is_page_number(text) or layout.is_symbol(text):
            continue
        if style.startswith("Heading") or style == "Title":
            if layout.is_annex_heading(text) and blocks:
                annex = True
                break
            level = 1 if style == "Title" else _level(style)
            blocks.append("#" * level + " " + text)
        elif style.startswith("List"):
            blocks.append("- " + text)
        else:
            if layout.is_annex_heading(text) and blocks and len(text.split()) <= 8:
                annex = True
                break
            blocks.append(text)
    if tables:
        notes.append(f"{source}: {tables} table(s) kept out of the prose")
    if annex:
        notes.append(f"{source}: the annex kept out of the prose")
    props = document.core_properties
    dated = layout.header_date([], opening)
    published = dated.published if dated else None
    title = (props.title or "").strip()
    text = "".join(
        ("\n" if block.startswith("- ") and i and blocks[i - 1].startswith("- ") else "\n\n" if i else "")
        + block
        for i, block in enumerate(blocks)
    )
    return DocxText(text, title, published, tuple(notes))


def _level(style: str) -> int:
    digits = "".join(ch for ch in style if ch.isdigit())
    return max(1, min(6, int(digits))) if digits else 2
