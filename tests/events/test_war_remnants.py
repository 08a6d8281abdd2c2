"""A mine or shell left from a war decades past that goes off is no attack: ACLED codes it a
strategic development (Other), told by a past decade or "decades ago"; a mine laid in the
conflict of the day stays remote violence. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (event type, sub-event type) -> reports of a mine going off
CASES: dict[tuple[str, str], list[str]] = {
    ("Strategic developments", "Other"): [
        "On 4 June 2021, two boys were killed by a mine planted during the 1990s near Kuito.",
        "On 5 June 2021, a herder lost a leg to a landmine laid decades ago near the border in Tete.",
        "On 6 June 2021, a mine left in the 1970s exploded under a tractor near Quang Tri, injuring the driver.",
        "On 7 June 2021, a woman was hurt by a landmine in a field where battles raged during the 1980s near Pailin.",
        "On 8 June 2021, a shepherd was killed near Bihac by a mine laid in the 1990s.",
    ],
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): [
        "On 8 June 2021, a landmine planted by rebels killed two soldiers near Kidal.",
        "On 9 June 2021, a roadside bomb struck a bus near Kabul, killing five people.",
        "On 10 June 2021, an IED planted by militants wounded three policemen near Mogadishu.",
        "On 11 June 2021, a landmine laid by the army killed a farmer in Hpakant.",
        "On 12 June 2021, a mine exploded under a truck near Gao, killing its driver.",
    ],
}

ROWS = [(text, *labels) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), ROWS)
def test_a_mine_from_a_past_war_is_no_attack(text: str, event_type: str, sub_event_type: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in api.extract(text, "t.txt")] == [
        (event_type, sub_event_type)
    ]
