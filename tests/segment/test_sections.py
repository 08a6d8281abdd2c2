"""Paragraphs and sections: headings of every kind start a section that keeps their words."""

from __future__ import annotations

import pytest

from kronika.api import process


def _headings(text: str) -> list[str]:
    doc = process(text, "t.txt", until="segment")
    for section in doc.sections:
        if section.heading_span is not None:
            assert doc.text[section.heading_span.start : section.heading_span.end] == section.heading
    return [s.heading for s in doc.sections]


@pytest.mark.parametrize(
    "text, headings",
    [
        (
            "Report title\n\nSome prose here.\n\nHistory in Sampleland\n\nMore prose.",
            ["Report title", "History in Sampleland"],
        ),
        ("Some prose here.\n\n== Aftermath ==\nMore prose.", ["", "Aftermath"]),
        ("= Title =\n\n==Background==\n\nProse.", ["Title", "Background"]),
        ("Intro prose.\n\n## Reactions\n\nMore.", ["", "Reactions"]),
        ("Some prose here.\n\nOverview\n- First point.\n- Second point.", ["", "Overview"]),
        ("A title line at the top\nProse starts at once. It goes on.", ["A title line at the top"]),
        ("Prose only, no heading at all.", [""]),
        ("Prose line one.\nShort label\nMore prose follows here.", [""]),
        ("Prose.\n\nThis short line ends with a stop.\n\nMore.", [""]),
        ("", [""]),
    ],
)
def test_headings(text: str, headings: list[str]) -> None:
    assert _headings(text) == headings


def test_sections_tile_the_text_and_sentences_know_their_section() -> None:
    text = "Intro prose.\n\nFirst Part\n\nA sentence in part one.\n\nSecond Part\n\nA sentence in part two."
    doc = process(text, "t.txt", until="segment")
    assert doc.sections[0].start == 0 and doc.sections[-1].end == len(doc.text)
    for a, b in zip(doc.sections, doc.sections[1:], strict=False):
        assert a.end == b.start
    sentence = next(s for s in doc.sentences if doc.text[s.start : s.end] == "A sentence in part two.")
    assert doc.sections[sentence.section].heading == "Second Part"
    assert doc.section_at(sentence.start).heading == "Second Part"


@pytest.mark.parametrize(
    "text, paragraphs",
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One line.\nAnother line.", ["One line.", "Another line."]),
        (
            "A sentence that runs on\nand on in lower case.",
            ["A sentence that runs on\nand on in lower case."],
        ),
        ("- Key: value\n- Other: thing", ["- Key: value", "- Other: thing"]),
    ],
)
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    doc = process(text, "t.txt", until="segment")
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == paragraphs


def test_list_item_sentences_start_after_the_bullet() -> None:
    doc = process("Infobox\n- Date: 3 May 2020\n- Place: Sampletown", "t.txt", until="segment")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Infobox",
        "Date: 3 May 2020",
        "Place: Sampletown",
    ]


def test_a_hard_wrapped_bulletin() -> None:
    """An invented NGO bulletin: capitals headings, wrapped bullets and prose, a page number."""
    from pathlib import Path

    from kronika.api import process_file

    doc = process_file(Path(__file__).parent / "wrapped_bulletin.txt", until="segment")
    headings = [s.heading for s in doc.sections]
    assert headings == ["SITUATION REPORT No. 14", "HIGHLIGHTS", "SITUATION OVERVIEW", "Displacement"]
    sentences = [" ".join(doc.text[s.start : s.end].split()) for s in doc.sentences]
    assert "The authorities said 30 people were arrested in connection with the attacks." in sentences
    assert "The U.S. Embassy condemned the attack." in sentences
    assert "Lt. Col. J. R. Mensah, a spokesman for the army, said troops had been deployed." in sentences
    assert any(
        s.startswith("According to local sources") and s.endswith("5 a.m. and opened fire on residents.")
        for s in sentences
    )
    assert "Page 2" not in doc.text
