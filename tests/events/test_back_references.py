"""A riot, protest or arrest told again by a definite noun or an attributive participle refers
back ("that riot", "the detained men"); it opens no new event, even when the happening it points
to was only compared with; the attackers' fires are part of their attack. A movement under a
schedule ("is due to withdraw") or a cumulative displacement ("have fled ... since") is no
happening. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.events.triggers import find_hits

PUBLISHED = "2025-04-20"


@pytest.mark.parametrize(
    ("text", "word", "reference"),
    [
        ("Officials later blamed a banned party for that riot.", "riot", True),
        ("Nobody has been charged over the protest so far.", "protest", True),
        ("Hundreds of students protested outside the ministry.", "protested", False),
        ("The family of one of the arrested teachers said he was ill.", "arrested", True),
        ("Police arrested four teachers in Gulu.", "arrested", False),
        ("The police detained two men in Gulu.", "detained", False),
    ],
)
def test_back_reference_hits(text: str, word: str, reference: bool) -> None:
    hits = [h for h in find_hits(text) if text[h.start : h.end] == word]
    assert hits, word
    assert hits[0].reference is reference


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On 14 April 2025, soldiers arrested six traders in Gulu. "
            "A relative of one of the detained traders said they had done nothing wrong.",
            ["arrest"],
        ),
        (
            "On 14 April 2025, gunmen killed three farmers near Gulu, police said. "
            "It was the worst violence in the district since a riot at the market in 2019. "
            "The mayor blamed youth gangs for that riot.",
            ["attack"],
        ),
        (
            "On 14 April 2025, hundreds of traders rioted in the market of Gulu, torching stalls. "
            "The mayor blamed youth gangs for the riot.",
            ["riot"],
        ),
    ],
)
def test_back_reference_opens_no_event(text: str, kinds: list[str]) -> None:
    assert sorted(e.kind for e in api.extract(text, "t.txt", PUBLISHED)) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On 14 April 2025, gunmen killed two guards at a depot near Gulu. "
            "A foreign training mission is due to withdraw from the country next year.",
            ["attack"],
        ),
        (
            "On 14 April 2025, gunmen killed two guards at a depot near Gulu. "
            "Some 200,000 people have fled their homes since the revolt began.",
            ["attack"],
        ),
        (
            "On 14 April 2025, rebels withdrew from the town of Gulu without a fight, officials said.",
            ["other"],
        ),
        (
            "The convoy was delayed due to an ambush near Gulu on 14 April 2025 that killed two drivers.",
            ["attack"],
        ),
    ],
)
def test_planned_or_cumulative_movement_is_no_event(text: str, kinds: list[str]) -> None:
    assert sorted(e.kind for e in api.extract(text, "t.txt", PUBLISHED)) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On 14 April 2025, gunmen killed nine herders in a raid on a hamlet near Gulu, police said. "
            "The gunmen arrived on Sunday night and burned about thirty huts before leaving.",
            ["attack"],
        ),
        (
            "On 14 April 2025, gunmen killed nine herders in a raid on a hamlet near Gulu. "
            "The raiders also set fire to a grain store.",
            ["attack"],
        ),
        ("On 14 April 2025, unknown men set fire to twelve houses in Gulu, police said.", ["other"]),
    ],
)
def test_attackers_arson_is_part_of_their_attack(text: str, kinds: list[str]) -> None:
    assert sorted(e.kind for e in api.extract(text, "t.txt", PUBLISHED)) == kinds
