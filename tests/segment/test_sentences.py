"""Sentence boundaries: abbreviations, initials, decimals and ellipses do not end a sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.api import process


def _sentences(text: str) -> list[str]:
    doc = process(text, "t.txt", until="segment")
    return [doc.text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops arrived. Calm returned.", ["Troops arrived.", "Calm returned."]),
        (
            "The U.S. Department of State said so. It acted.",
            ["The U.S. Department of State said so.", "It acted."],
        ),
        ("Aid came from the U.S. The fighting went on.", ["Aid came from the U.S.", "The fighting went on."]),
        ("On Jan. 5 and Feb. 12 the town was shelled.", ["On Jan. 5 and Feb. 12 the town was shelled."]),
        ("Lt. Col. Jane Roe and Gen. John Doe met.", ["Lt. Col. Jane Roe and Gen. John Doe met."]),
        (
            "Mr. Sample and Dr. Example spoke at St. Mary's church.",
            ["Mr. Sample and Dr. Example spoke at St. Mary's church."],
        ),
        ("The bomb was made by J. R. Smith in a garage.", ["The bomb was made by J. R. Smith in a garage."]),
        (
            "At 8.45am a blast hit. Rounds of 5.45x39mm were found.",
            ["At 8.45am a blast hit.", "Rounds of 5.45x39mm were found."],
        ),
        ("It began at 9 a.m. and ended at noon.", ["It began at 9 a.m. and ended at noon."]),
        ("It began at 9 a.m. The police came later.", ["It began at 9 a.m.", "The police came later."]),
        ("Room No. 4 was hit.", ["Room No. 4 was hit."]),
        ("He said... the town fell. Then calm.", ["He said... the town fell.", "Then calm."]),
        ("They waited … Smith Street was closed.", ["They waited … Smith Street was closed."]),
        ("Was it planned? Nobody knows!", ["Was it planned?", "Nobody knows!"]),
        ('"Leave now." Then they fled.', ['"Leave now."', "Then they fled."]),
        ("He said it (twice.) Then he left.", ["He said it (twice.)", "Then he left."]),
        (
            "The video was released by the group. 4 months later it split.",
            ["The video was released by the group.", "4 months later it split."],
        ),
        (
            "Fighting in the city, i.e. the old town, went on.",
            ["Fighting in the city, i.e. the old town, went on."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_lines_of_a_line_per_paragraph_text_are_sentences() -> None:
    text = "Headline without a stop\nA report sentence. Another one.\nA caption without a stop\nLast line."
    assert _sentences(text) == [
        "Headline without a stop",
        "A report sentence.",
        "Another one.",
        "A caption without a stop",
        "Last line.",
    ]


def test_hard_wrapped_prose_is_joined_into_sentences() -> None:
    text = (
        "Gunmen attacked a police station in the north of the country on\n"
        "Tuesday night and killed four officers, the interior ministry said in\n"
        "a statement. Two attackers were arrested after a chase through the\n"
        "market.\n"
    )
    sentences = _sentences(text)
    assert len(sentences) == 2
    assert sentences[1].startswith("Two attackers") and sentences[1].endswith("market.")


def test_sentence_at_finds_the_sentence() -> None:
    doc = process("First one here. Second one here.\n\nThird.", "t.txt", until="segment")
    assert doc.sentence_at(0) == 0
    assert doc.sentence_at(20) == 1
    assert doc.sentence_at(15) is None  # the space between sentences
    assert doc.sentence_at(len(doc.text) - 1) == 2
    assert doc.sentence_at(10_000) is None


words = st.sampled_from(
    [
        "Troops",
        "arrived",
        "in",
        "U.S.",
        "Jan.",
        "5",
        "8.45am",
        "the",
        "Mr.",
        "town.",
        "...",
        "\n",
        "\n\n",
        "Gen.",
        "It",
        "?",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, max_size=50).map(" ".join))
def test_sentences_are_ordered_disjoint_and_index_the_text(text: str) -> None:
    doc = process(text, "t.txt", until="segment")
    previous_end = 0
    for sentence in doc.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(doc.text)
        chunk = doc.text[sentence.start : sentence.end]
        assert chunk == chunk.strip()
        assert 0 <= sentence.paragraph < len(doc.paragraphs)
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
        assert doc.sections[sentence.section].start <= sentence.start < doc.sections[sentence.section].end
        previous_end = sentence.end
    # every word of the text is in some sentence
    covered = " ".join(doc.text[s.start : s.end] for s in doc.sentences)
    assert covered.split() == doc.text.split()
