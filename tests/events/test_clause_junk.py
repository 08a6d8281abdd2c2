"""Junk sentences (reference lists, link trails, hashtag runs) give no clause, and the sentence test
that tries the ``junk_line`` cue alternative by alternative answers as the whole cue does, with
the speed gates on and off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import api, prefilter
from kronika.events import lexicon
from kronika.events.clauses import _junk_line, clauses

# written for this test: each kind of junk the cue names, and plain report sentences
SENTENCES = (
    "Militants attacked a checkpoint near the border on Monday, officials said.",
    "A1 Northern road 2.5 Km B2 Southern road 3 Km C3 Eastern road 4 Km",
    "Sources: reliefnet.org/report/1 newsdesk.com/item/2",
    "#peace #justice #ceasefire",
    "Only one tag here: #peace, in an ordinary sentence.",
    "The site example.org/page was cited once.",
    "Troops from the 3rd Brigade and the 5th Battalion clashed with rebels in 2021.",
    "",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_sentence_test_answers_as_the_whole_cue(sentence: str) -> None:
    with lexicon.language("en"):
        whole = lexicon.cue("junk_line").search(sentence) is not None
        assert _junk_line()(sentence) == whole
        with prefilter.ungated():
            assert _junk_line()(sentence) == whole


_PIECES = ("A1", "B22", "3.5", "Km", "road", "#tag", "#x-y", "site.org/a", "b.com/x", "org/", " ", "\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_generated_sentences_get_the_whole_cues_answer(pieces: list[str]) -> None:
    sentence = " ".join(pieces)
    with lexicon.language("en"):
        assert _junk_line()(sentence) == (lexicon.cue("junk_line").search(sentence) is not None)


def test_a_junk_sentence_gives_no_clause_and_its_neighbours_do() -> None:
    text = (
        "Rebels shelled the town on Monday.\n\n"
        "#peace #justice #ceasefire\n\n"
        "Two civilians were wounded in the shelling."
    )
    doc = api.process(text, "junk.txt")
    kept = [doc.text[c.start : c.end] for c in clauses(doc)]
    assert kept == ["Rebels shelled the town on Monday.", "Two civilians were wounded in the shelling."]


def test_a_heading_line_marks_the_clauses_under_it_as_background() -> None:
    """The last heading-like line before a sentence is its heading, as the sections' headings."""
    text = (
        "Raid on the northern market\n\n"
        "Gunmen raided the market on 3 May 2021, killing four people.\n\n"
        "Background\n\n"
        "The market was attacked before, in 2019.\n\n"
        "Attacks\n\n"
        "On 4 May 2021, gunmen burned a school."
    )
    doc = api.process(text, "headings.txt")
    marked = {doc.text[c.start : c.end]: c.background for c in clauses(doc)}
    assert marked["Gunmen raided the market on 3 May 2021, killing four people."] is False
    assert marked["The market was attacked before, in 2019."] is True
    assert marked["On 4 May 2021, gunmen burned a school."] is False
