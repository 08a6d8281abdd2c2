"""PDF reports to text: the text layer, page by page, in reading order, without furniture.

pdfplumber (on pdfminer.six) gives each word with its box and font size. On each page:
tables (ruled ones pdfplumber finds, and runs of rows whose words stand in three or more
separated cells) are left out; the margins' lines are set aside; two columns are found
by a gutter that most lines leave empty, and each column region is read left column
first; lines are grouped into paragraphs by spacing and font size. Across pages, margin
lines that recur (running headers and footers), page numbers and document symbols are
dropped, and what follows an annex heading is kept out. A page without a text layer
(a scan) is noted; a PDF with none at all is refused with one line.
"""

from __future__ import annotations

import io
import itertools
import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kronika.errors import InputError
from kronika.formats import layout

#: the widest gap between two words of one cell, in ems: a wider one separates table cells
CELL_GAP_EMS = 2.0
#: a row of a table has at least this many cells
TABLE_CELLS = 3
#: the gutter between two columns is at least this many ems wide...
GUTTER_EMS = 1.0
#: ...and splits at least this share of a page's lines
GUTTER_SHARE = 0.3
#: a line spaced this many times the usual spacing below the one before starts a paragraph
PARAGRAPH_GAP = 1.45
#: a line in a font this much larger than the body's is a heading
HEADING_SIZE = 1.15
#: pages read at most (a report longer than this is cut, with a note)
MAX_PAGES = 2000


@dataclass(slots=True)
class _Line:
    words: list[dict[str, Any]]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


@dataclass(slots=True)
class _Page:
    number: int
    head: list[str] = field(default_factory=list)  # margin lines at the top
    foot: list[str] = field(default_factory=list)  # margin lines at the bottom
    #: body lines in reading order: (text, size, starts a paragraph)
    body: list[tuple[str, float, bool]] = field(default_factory=list)
    tables: int = 0


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    title: str
    published: date | None
    #: (start, end) of each page's text in `text`
    pages: tuple[tuple[int, int], ...]
    notes: tuple[str, ...]


def _lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words into lines: a word joins the line whose vertical middle it shares."""
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        middle = (w["top"] + w["bottom"]) / 2
        for line in reversed(lines[-3:]):
            if line.top - 0.5 <= middle <= line.bottom + 0.5:
                line.words.append(w)
                line.top, line.bottom = min(line.top, w["top"]), max(line.bottom, w["bottom"])
                line.x0, line.x1 = min(line.x0, w["x0"]), max(line.x1, w["x1"])
                line.size = max(line.size, float(w.get("size") or 0))
                break
        else:
            lines.append(_Line([w], w["top"], w["bottom"], w["x0"], w["x1"], float(w.get("size") or 0)))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    lines.sort(key=lambda line: line.top)
    return lines


def _cells(line: _Line) -> int:
    """How many cells a line's words stand in (gaps wider than CELL_GAP_EMS separate them)."""
    em = line.size or 10.0
    cells = 1
    for a, b in zip(line.words, line.words[1:], strict=False):
        if b["x0"] - a["x1"] > CELL_GAP_EMS * em:
            cells += 1
    return cells


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The x of a gutter between two columns, if most lines leave one empty."""
    if len(lines) < 4:
        return None
    best, best_split = None, 0
    for step in range(35, 66):
        x = width * step / 100
        split = 0
        crossing = 0
        for line in lines:
            em = line.size or 10.0
            left = [w for w in line.words if w["x1"] <= x]
            right = [w for w in line.words if w["x0"] >= x]
            if len(left) + len(right) < len(line.words):
                crossing += 1
            elif left and right and right[0]["x0"] - left[-1]["x1"] >= GUTTER_EMS * em:
                split += 1
        if split > best_split and crossing <= 0.25 * len(lines):
            best, best_split = x, split
    return best if best is not None and best_split >= max(3, GUTTER_SHARE * len(lines)) else None


def _split(line: _Line, x: float) -> tuple[_Line | None, _Line | None]:
    left = [w for w in line.words if w["x1"] <= x]
    right = [w for w in line.words if w["x0"] >= x]
    if len(left) + len(right) < len(line.words):
        return None, None  # crosses the gutter: a full-width line

    def part(words: list[dict[str, Any]]) -> _Line | None:
        if not words:
            return None
        return _Line(
            words,
            min(w["top"] for w in words),
            max(w["bottom"] for w in words),
            words[0]["x0"],
            words[-1]["x1"],
            max(float(w.get("size") or 0) for w in words),
        )

    return part(left), part(right)


def _reading_order(lines: list[_Line], width: float) -> list[list[_Line]]:
    """Runs of lines in reading order; each run is one column (or a full-width stretch)."""
    x = _gutter(lines, width)
    if x is None:
        return [lines]
    runs: list[list[_Line]] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def flush() -> None:
        for run in (left, right):
            if run:
                runs.append(list(run))
                run.clear()

    for line in lines:
        a, b = _split(line, x)
        if a is None and b is None:
            flush()
            runs.append([line])
            continue
        if a is not None:
            left.append(a)
        if b is not None:
            right.append(b)
    flush()
    return runs


def _drop_tables(lines: list[_Line]) -> tuple[list[_Line], int]:
    """Rows of unruled tables: two or more lines in a row standing in TABLE_CELLS cells or more."""
    rows = [_cells(line) >= TABLE_CELLS for line in lines]
    keep: list[_Line] = []
    tables = 0
    i = 0
    while i < len(lines):
        if rows[i]:
            j = i
            while j < len(lines) and rows[j]:
                j += 1
            if j - i >= 2:
                tables += 1
                i = j
                continue
        keep.append(lines[i])
        i += 1
    return keep, tables


def _paragraph_starts(run: list[_Line], body_size: float) -> list[tuple[str, float, bool]]:
    out: list[tuple[str, float, bool]] = []
    gaps = [b.top - a.top for a, b in itertools.pairwise(run) if b.top > a.top]
    # the usual line spacing: a low quantile, as paragraph and heading gaps are the wider ones
    usual = sorted(gaps)[len(gaps) // 4] if gaps else 0.0
    for i, line in enumerate(run):
        text = layout.join_spaced_letters(line.text)
        heading = line.size > body_size * HEADING_SIZE
        new = (
            i == 0
            or heading
            or run[i - 1].size > body_size * HEADING_SIZE
            or (usual > 0 and line.top - run[i - 1].top > usual * PARAGRAPH_GAP)
            or (line.x0 - run[i - 1].x0 > 1.5 * (line.size or 10.0))  # an indented first line
        )
        out.append((text, line.size, new))
    return out


def _read_page(page: Any, number: int) -> _Page:
    out = _Page(number)
    words = page.extract_words(x_tolerance=2, y_tolerance=2, extra_attrs=["size"])
    try:
        tables = [t.bbox for t in page.find_tables()]
    except Exception:
        tables = []
    if tables:

        def inside(w: dict[str, Any]) -> bool:
            return any(
                x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1 and t - 1 <= w["top"] and w["bottom"] <= b + 1
                for x0, t, x1, b in tables
            )

        words = [w for w in words if not inside(w)]
        out.tables += len(tables)
    height = float(page.height)
    margin = layout.margin_share() * height
    lines = _lines(words)
    body: list[_Line] = []
    for line in lines:
        if line.bottom <= margin:
            out.head.append(line.text)
        elif line.top >= height - margin:
            out.foot.append(line.text)
        else:
            body.append(line)
    sizes = [float(w.get("size") or 0) for line in body for w in line.words]
    body_size = statistics.median(sizes) if sizes else 10.0
    # table rows go first: their cells would otherwise look like columns
    body, tables_found = _drop_tables(body)
    out.tables += tables_found
    for run in _reading_order(body, float(page.width)):
        lines = _paragraph_starts(run, body_size)
        if lines and out.body and lines[0][0][:1].islower() and out.body[-1][0][-1:] not in ".!?:":
            lines[0] = (lines[0][0], lines[0][1], False)  # a sentence running on into the next column
        out.body.extend(lines)
    return out


def read_pdf(data: bytes, source: str) -> PdfText:
    """The prose of a PDF report; raises InputError for a PDF that cannot be read or has no text."""
    import pdfplumber

    notes: list[str] = []
    pages: list[_Page] = []
    scanned: list[int] = []
    broken: list[int] = []
    title = ""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = pdf.metadata or {}
            title = str(meta.get("Title") or "").strip()
            total = len(pdf.pages)
            for number, page in enumerate(pdf.pages[:MAX_PAGES], start=1):
                try:
                    read = _read_page(page, number)
                except Exception:
                    broken.append(number)
                    continue
                if not read.body and not read.head and not read.foot and page.images:
                    scanned.append(number)
                pages.append(read)
                page.flush_cache()
    except InputError:
        raise
    except Exception as exc:
        name = type(exc).__name__
        if any(word in f"{name} {exc}".casefold() for word in ("password", "encrypt")):
            raise InputError(source, "an encrypted PDF; remove the password first") from None
        raise InputError(source, f"a PDF kronika cannot read ({name}: {str(exc)[:80]})") from None
    if total > MAX_PAGES:
        notes.append(f"{source}: only the first {MAX_PAGES} of {total} pages read")
    if broken:
        listed = ", ".join(str(n) for n in broken[:10]) + (" …" if len(broken) > 10 else "")
        notes.append(f"{source}: page(s) {listed} are damaged and were not read")
    if not any(p.body for p in pages):
        if broken and not scanned:
            raise InputError(source, f"a damaged PDF: none of its {total} page(s) could be read")
        raise InputError(
            source, "a PDF without a text layer (a scan?); kronika reads no images, run OCR on it first"
        )
    if scanned:
        listed = ", ".join(str(n) for n in scanned[:10]) + (" …" if len(scanned) > 10 else "")
        notes.append(f"{source}: page(s) {listed} have no text layer (scanned?) and were not read")
    return _assemble(pages, title, source, notes)


def _assemble(pages: list[_Page], title: str, source: str, notes: list[str]) -> PdfText:
    repeated = layout.repeated_furniture([p.head + p.foot for p in pages])
    first = pages[0] if pages else _Page(1)
    dated = layout.header_date(first.head, [t for t, _, _ in first.body[:8]])
    all_text = " ".join(t for p in pages for t, _, _ in p.body)
    hyphenated = layout.hyphenated_words(all_text)
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    tables = 0
    annex_page = None
    for page in pages:
        tables += page.tables
        if annex_page is not None:
            break
        paragraphs: list[list[str]] = []
        kept_margin = [
            t
            for t in page.head + page.foot
            if t.strip()
            and layout.furniture_key(t) not in repeated
            and not layout.is_page_number(t)
            and not layout.is_symbol(t)
        ]
        for t in page.head:
            if t in kept_margin:
                paragraphs.append([t])
        for i, (text, _size, new) in enumerate(page.body):
            if layout.is_page_number(text) or layout.is_symbol(text):
                continue
            if layout.furniture_key(text) in repeated:
                continue
            if (
                new
                and layout.is_annex_heading(text)
                and (i == 0 or page.number > 1)
                and (pieces or paragraphs)
            ):
                annex_page = page.number
                break
            if new or not paragraphs:
                paragraphs.append([text])
            else:
                paragraphs[-1].append(text)
        for t in page.foot:
            if t in kept_margin:
                paragraphs.append([t])
        body = "\n\n".join(layout.join_lines(p, hyphenated) for p in paragraphs)
        if pieces and body:
            # a paragraph running on from the page before continues it
            last = pieces[-1].rstrip()
            joiner = "\n\n" if not last or last[-1] in '.!?:;"”’)' or body[:1].isupper() else " "
            pieces.append(joiner)
            pos += len(joiner)
        if annex_page is None or body:
            spans.append((pos, pos + len(body)))
        pieces.append(body)
        pos += len(body)
    if tables:
        notes.append(f"{source}: {tables} table(s) kept out of the prose")
    if annex_page is not None:
        notes.append(f"{source}: the annex from page {annex_page} on kept out of the prose")
    text = "".join(pieces)
    return PdfText(text, title, dated.published if dated else None, tuple(spans), tuple(notes))
