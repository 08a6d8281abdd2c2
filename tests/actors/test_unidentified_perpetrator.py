"""Violence whose doer the text does not name has ACLED's 'Unidentified Armed Group (Country)'
as its perpetrator, marked as an unknown one; a named doer leaves it out."""

from __future__ import annotations

import pytest

from kronika import api

UNNAMED = [
    (
        "On 2 June 2024, a man was found shot dead beside a road near Monterrey.",
        "Unidentified Armed Group (Mexico)",
    ),
    (
        "On 3 June 2024, a roadside bomb hit a minibus near Kismayo, killing four passengers.",
        "Unidentified Armed Group (Somalia)",
    ),
    ("On 4 June 2024, two soldiers were killed in an ambush near Kidal.", "Unidentified Armed Group (Mali)"),
    (
        "On 5 June 2024, a shop owner was shot and killed in Guayaquil; the motive is unknown.",
        "Unidentified Armed Group (Ecuador)",
    ),
    (
        "On 6 June 2024, a landmine exploded under a tractor near Kandahar, injuring three farmers.",
        "Unidentified Armed Group (Afghanistan)",
    ),
]


@pytest.mark.parametrize(("text", "name"), UNNAMED)
def test_unnamed_doer_is_an_unidentified_armed_group(text: str, name: str) -> None:
    events = [e for e in api.extract(text, "t.txt") if e.kind in ("attack", "clash")]
    assert events, text
    doers = [a for a in events[0].actors if a.role == "perpetrator"]
    assert [(a.canonical, a.certainty, a.inter) for a in doers] == [(name, "unknown", 3)]


NAMED = [
    "On 7 June 2024, al-Shabaab militants ambushed a convoy near Afgoye, killing three soldiers.",
    "On 8 June 2024, police shot dead two robbery suspects in Nairobi.",
    "On 9 June 2024, a Russian missile strike hit a school in Kharkiv, killing two people.",
    "On 10 June 2024, gunmen killed four villagers near Gusau.",
    "On 11 June 2024, protesters clashed with police in Dakar.",
]


@pytest.mark.parametrize("text", NAMED)
def test_named_doer_needs_no_unknown_one(text: str) -> None:
    for event in api.extract(text, "t.txt"):
        assert not any(
            a.certainty == "unknown" and a.name == "unidentified armed group" for a in event.actors
        )
