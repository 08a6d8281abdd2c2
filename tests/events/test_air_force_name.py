"""An attack whose only sign of air power is a name ("an air force officer was shot") and that
is told with gunfire is no air strike; an air force that strikes or bombs stays one.
Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: is it an air strike -> reports
CASES: dict[bool, list[str]] = {
    False: [
        "On 4 May 2021, two members of the Air Force Intelligence were killed when gunmen opened fire on them near Daraa.",
        "On 5 May 2021, an air force officer was shot dead by gunmen in Quetta.",
        "On 6 May 2021, gunmen shot and wounded two air force technicians near Peshawar.",
        "On 10 May 2021, unknown men opened fire on an air force pilot outside his house in Kaduna.",
        "On 11 May 2021, a gunman shot dead an air force cadet at a market in Lahore.",
    ],
    True: [
        "On 7 May 2021, the air force struck militant positions near Miranshah, killing six.",
        "On 8 May 2021, the air force bombed a rebel camp near Ndele.",
        "On 9 May 2021, air force jets hit a convoy near Sirte.",
        "On 12 May 2021, an air strike killed four fighters near Marib.",
        "On 13 May 2021, a drone strike hit a vehicle near Jilib, killing two militants.",
    ],
}

ROWS = [(text, air) for air, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "air"), ROWS)
def test_an_air_force_named_is_no_air_strike(text: str, air: bool) -> None:
    subs = [e.sub_event_type for e in api.extract(text, "t.txt")]
    assert len(subs) == 1
    assert (subs[0] == "Air/drone strike") is air
