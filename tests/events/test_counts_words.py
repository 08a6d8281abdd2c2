"""The words the count code reads around its grammar are data (``counts.json``, ``numbers.json``):
each list the code names exists and holds plain words, and each still does its job on sentences
written for this test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kronika.events import counts, lexicon

SOURCE = Path(counts.__file__).read_text(encoding="utf-8")
#: the word lists of counts.json the code names
NAMED = sorted(set(re.findall(r'_word(?:s|_pattern)\(\s*"([a-z_]+)"', SOURCE)))


def test_the_code_names_word_lists() -> None:
    assert len(NAMED) >= 10, NAMED


@pytest.mark.parametrize("name", NAMED)
def test_every_named_word_list_is_in_the_data(name: str) -> None:
    value = lexicon.counts()[name]
    assert isinstance(value, str) and value
    if name != "breakdown_np":  # a short phrase pattern, not a word list
        assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in value.split("|")), value


def test_number_words_for_the_grammar_are_data() -> None:
    numbers = lexicon.numbers()
    assert set(numbers["articles"]) <= set(numbers["units"])
    assert numbers["joiners"]
    assert any(v >= 100 for v in numbers["scales"].values())


def _facts(text: str) -> list[tuple[str, int, bool, bool]]:
    return [(f.category, f.value, f.perpetrator, f.additive) for f in counts.find_counts(text)]


# (sentence, the facts it must give): each leans on one of the word lists
CASES = [
    # coordinators and determiners: coordinated parts add up, a definite singular is one
    ("A farmer and his two sons were killed.", [("killed", 1, False, False), ("killed", 2, False, False)]),
    ("Gunmen killed a teacher and the driver.", [("killed", 1, False, False), ("killed", 1, False, False)]),
    (
        "Gunmen killed the teacher as well as two guards.",
        [("killed", 1, False, False), ("killed", 2, False, False)],
    ),
    # a definite plural tells no number: only the stated part counts
    ("The herders and three traders were killed.", [("killed", 3, False, False)]),
    # the breakdown noun phrase: no count
    ("Sixteen of the dead were women.", []),
    # additive words
    ("Three soldiers were also killed.", [("killed", 3, False, True)]),
    ("Another soldier died.", [("killed", 1, False, True)]),
    ("A fourth suspect was arrested.", [("arrested", 1, False, True)]),
    ("Another guard was wounded.", [("injured", 1, False, True)]),
    ("A suspect was arrested.", [("arrested", 1, False, False)]),
    # the states of "left N dead"
    ("The ambush left 3 dead and 7 wounded.", [("killed", 3, False, False), ("injured", 7, False, False)]),
    # names joined by the coordinator
    ("Police reported the deaths of Ali Bako, Omar Sani and Musa Dodo.", [("killed", 3, False, False)]),
    # the stretch after an active verb read for perpetrator nouns
    ("Troops killed 12 militants in the forest.", [("killed", 12, True, False)]),
    ("Militants killed 12 villagers and fled.", [("killed", 12, False, False)]),
    # "and himself" needs a killing verb
    (
        "The bomber blew himself up at the gate, killing 12 worshippers and himself.",
        [("killed", 12, False, False), ("killed", 1, True, False)],
    ),
    # numbers built from joiners and scales
    ("One hundred and twenty people were killed.", [("killed", 120, False, False)]),
    ("Two-dozen people were injured.", [("injured", 24, False, False)]),
    ("Two dozen people were injured.", [("injured", 24, False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_word_lists_do_their_job(text: str, expected: list[tuple[str, int, bool, bool]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("two hundred and five", 205), ("a dozen", 12), ("three thousand", 3000), ("half a dozen", 6)],
)
def test_number_words_parse(text: str, value: int) -> None:
    assert counts.parse_number(text) == value
    assert re.fullmatch(counts.num_pattern(), text, re.IGNORECASE)


def test_an_anchor_after_the_main_clause_scopes_its_figures() -> None:
    """'other_time_lead_skip' and 'clause_joiners': the figures after 'two days after' belong to
    the earlier happening up to the joined clause."""
    text = "Clashes broke out on Thursday, two days after gunmen killed nine and wounded four."
    facts = counts.find_counts(text)
    assert [f.value for f in facts] == [9, 4]
    anchor = text.index("two days")
    assert all(f.scope is not None and f.scope[0] == anchor for f in facts)
