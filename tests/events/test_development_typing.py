"""Strategic developments told in the forms short reports use: gerunds of taking ("taking away
food"), aid handed out in any tense, forces moved to secure an area, fighters joining a group,
people fleeing or coming back, property set on fire or fire-bombed by a few people with no one
hurt. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, sub-event type, the language pattern) -> reports; all Strategic developments
CASES: dict[tuple[str, str, str], list[str]] = {
    ("other", "Looting/property destruction", "taking away, in any form"): [
        "On 3 March 2021, bandits raided several shops in Gusau, taking away food and phones.",
        "On 5 March 2021, militants entered the village of Dar and were taking away livestock when residents fled.",
        "On 7 March 2021, gunmen raided a clinic in Bunia and carted away medicine.",
        "On 9 March 2021, the rebels raided homes in Kalehe and made off with goats and radios.",
        "On 11 March 2021, fighters stormed a warehouse in Mekele and took the fuel away.",
    ],
    ("other", "Looting/property destruction", "fire-bombs or arson on property, no crowd, no one hurt"): [
        "On 4 June 2021, two men on a motorbike threw Molotov cocktails at a pharmacy in Leon. No one was injured.",
        "On 6 June 2021, unknown people hurled petrol bombs at a car dealership in Tijuana overnight; neither deaths nor injuries were reported.",
        "On 8 June 2021, a gang threw Molotov cocktails at three parked buses in Cancun, causing material damage.",
        "On 10 June 2021, four delivery trucks of a dairy firm were set on fire by armed men in Ercilla. Nobody was hurt.",
        "On 12 June 2021, masked men torched two excavators of a construction company near Tirua; no casualties were reported.",
    ],
    ("group_change", "Change to group/activity", "aid handed out, forces moved, fighters joining"): [
        "On 3 April 2021, members of a cartel were delivering food packages to families in Culiacan.",
        "On 5 April 2021, a gang handed out groceries to residents of Cite Soleil.",
        "On 7 April 2021, a unit of gendarmes was moved to secure the border area near Kousseri.",
        "On 9 April 2021, twelve policemen and four militiamen joined the Taliban in Faryab.",
        "On 11 April 2021, two hundred fighters joined the Arakan Army near Paletwa.",
    ],
    ("other", "Other", "people fleeing or coming back"): [
        "On 3 May 2021, more than 300 villagers from Mae Wa fled their homes to the town of Hpapun.",
        "On 5 May 2021, 150 migrants returned from Colombia to the town of San Antonio.",
        "On 7 May 2021, fighting near Tumba forced 900 villagers to flee their homes.",
        "On 9 May 2021, about 60 families arrived in the camp of Kaya after leaving their village.",
        "On 11 May 2021, 200 refugees returned home to the district of Yei.",
    ],
}

ROWS = [(text, *labels[:2]) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "sub_event_type"), ROWS)
def test_development_is_detected_and_typed(text: str, kind: str, sub_event_type: str) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [
        (kind, "Strategic developments", sub_event_type)
    ]
