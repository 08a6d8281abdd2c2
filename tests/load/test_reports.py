"""PDF and Word reports made for the tests: the prose in reading order, without furniture."""

from __future__ import annotations

import pytest

from kronika.api import extract, process_input
from kronika.errors import InputError
from kronika.load import load_bytes
from tests.load.reports import PARAGRAPHS, Layout, make_docx, make_pdf

SENTENCES = [s.strip() for p in PARAGRAPHS for s in p.split(". ") if s.strip()]


def _prose_in_order(text: str) -> None:
    flat = " ".join(text.split())
    positions = [flat.find(s.rstrip(".")) for s in SENTENCES]
    assert all(p >= 0 for p in positions), [s for s, p in zip(SENTENCES, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


LAYOUTS = {
    "plain": Layout(),
    "two columns": Layout(columns=2),
    "header, footer, page numbers, symbol": Layout(
        running_header="Kowara Flash Update",
        running_footer="Coordination office",
        page_numbers=True,
        symbol="S/2025/112",
    ),
    "hyphenated line ends": Layout(hyphenate=True),
    "two columns, hyphenated, furniture": Layout(
        columns=2,
        hyphenate=True,
        running_header="Kowara Flash Update",
        page_numbers=True,
        symbol="S/2025/112",
    ),
    "ruled table": Layout(table="ruled"),
    "unruled table": Layout(table="unruled"),
    "annex": Layout(annex=True),
    "letter-spaced title": Layout(spaced_title=True),
    "one page": Layout(pages=1),
    "words placed in pieces": Layout(split_words=True),
    "two columns, words in pieces": Layout(columns=2, split_words=True),
}


@pytest.mark.parametrize("spec", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_pdf_prose_comes_out_whole_and_in_order(spec: Layout) -> None:
    loaded = load_bytes(make_pdf(spec), "report.pdf")
    assert loaded.source_format == "pdf"
    _prose_in_order(loaded.text)
    for furniture in (
        "Kowara Flash Update",
        "Coordination office",
        "Page 1 of",
        "S/2025/112",
        "Orbeta",
        "Killed",
    ):
        assert furniture not in loaded.text
    assert loaded.published is not None and loaded.published.isoformat() == "2025-03-10"
    for start, end in loaded.pages:
        assert 0 <= start <= end <= len(loaded.text)


@pytest.mark.parametrize("kind", ["ruled", "unruled"])
def test_tables_are_kept_out_and_noted(kind: str) -> None:
    loaded = load_bytes(make_pdf(Layout(table=kind)), "t.pdf")
    assert "Dalmaro 7" not in " ".join(loaded.text.split())
    assert any("table" in n for n in loaded.notes)


def test_annex_is_kept_out_and_noted() -> None:
    loaded = load_bytes(make_pdf(Layout(annex=True)), "a.pdf")
    assert "Orbeta" not in loaded.text and any("annex" in n for n in loaded.notes)


def test_title_from_metadata_and_spaced_letters_rejoined() -> None:
    loaded = load_bytes(make_pdf(Layout(spaced_title=True)), "s.pdf")
    assert "FLASH UPDATE" in loaded.text or "FLASHUPDATENO.7" in loaded.text.replace(" ", "")
    assert loaded.title == "Flash Update No. 7"


def test_scanned_page_is_noted() -> None:
    loaded = load_bytes(make_pdf(Layout(pages=3, scanned_pages=[2])), "scan.pdf")
    assert any("page(s) 2" in n and "no text layer" in n for n in loaded.notes)


def test_pdf_without_text_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match="without a text layer") as err:
        load_bytes(make_pdf(Layout(pages=2, scanned_pages=[1, 2])), "scan.pdf")
    assert "\n" not in str(err.value)


def test_pdf_events_have_offsets_into_the_cleaned_text() -> None:
    doc = process_input(make_pdf(Layout(columns=2, hyphenate=True)), "r.pdf")
    assert doc.events
    for event in doc.events:
        for ev in event.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
    assert doc.published is not None and doc.published.isoformat() == "2025-03-10"


@pytest.mark.parametrize(
    ("options", "absent"),
    [
        ({}, ""),
        ({"table": True}, "Dalmaro 7"),
        ({"annex": True}, "Orbeta"),
        ({"header": "Weekly header"}, "Weekly header"),
    ],
)
def test_docx_prose(options: dict[str, object], absent: str) -> None:
    loaded = load_bytes(make_docx(**options), "r.docx")  # type: ignore[arg-type]
    assert loaded.source_format == "docx"
    _prose_in_order(loaded.text)
    assert loaded.text.startswith("# Weekly Security Report")
    if absent:
        assert absent not in " ".join(loaded.text.split())
    assert loaded.published is not None and loaded.published.isoformat() == "2025-03-10"


def test_docx_records_match_the_same_text() -> None:
    from_docx = extract(make_docx(), "r.docx")
    assert from_docx and all(e.document_id == "r.docx" for e in from_docx)


def test_date_from_the_running_header_when_no_date_line() -> None:
    spec = Layout(date_line="", running_header="Kowara Flash Update | 12 March 2025", pages=3)
    loaded = load_bytes(make_pdf(spec), "h.pdf")
    assert loaded.published is not None and loaded.published.isoformat() == "2025-03-12"
    assert "12 March 2025" not in loaded.text  # the header itself is furniture


def test_a_report_without_a_date_has_none() -> None:
    assert load_bytes(make_pdf(Layout(date_line="")), "n.pdf").published is None
