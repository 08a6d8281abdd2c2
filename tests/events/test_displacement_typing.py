"""People displaced by a fight that the clause names only as the cause of their flight: with
no one killed or hurt, ACLED codes the displacement (Strategic developments / Other), not the
fight; a fight told as the happening stays a battle when people flee it too.
Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type) -> reports
CASES: dict[tuple[str, str, str], list[str]] = {
    ("other", "Strategic developments", "Other"): [
        "On 5 June 2021, heavy fighting between FARDC and M23 forced thousands of residents of Rutshuru to flee.",
        "On 6 June 2021, a gunfight between soldiers and rebels near Bindoy forced some 500 villagers to leave their homes.",
        "On 4 June 2021, a battle between the army and the KNLA near Hpapun forced about 300 villagers to flee.",
        "On 14 June 2021, heavy fighting between the army and the TNLA forced about 400 villagers of Kyaukme to flee.",
        "On 17 June 2021, a clash between the military and the NPA in Las Navas prompted about 90 households to flee.",
    ],
    ("clash", "Battles", "Armed clash"): [
        "On 9 June 2021, soldiers clashed with rebels near Beni, killing four; hundreds fled the fighting.",
        "On 10 June 2021, the army clashed with militants near Kidal.",
        "On 11 June 2021, troops and rebels fought near Bunia, and residents fled the area.",
        "On 12 June 2021, heavy fighting between the army and the TNLA near Kyaukme left three soldiers dead and forced villagers to flee.",
        "On 13 June 2021, troops clashed with ADF rebels near Oicha, wounding two of them.",
        "On 14 June 2021, about 90 households fled after a clash between the military and the NPA in Las Navas.",
    ],
}

ROWS = [(text, *labels) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type"), ROWS)
def test_a_displacement_caused_by_fighting_is_the_event(
    text: str, kind: str, event_type: str, sub_event_type: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]
