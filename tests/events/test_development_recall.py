"""Strategic developments in the phrasings short reports use that no trigger read before: a video
that shows what a group did (the deed is the happening, not the release), a haul seized with a
place told between the verb and the goods or weighed in one ton, boats seized, trenches and
fortifications, threats posted online, property damage with no one hurt told after a negation
("no one was hurt but ..."), people who came back with no destination told, outlets blocked or
ordered off air. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, sub-event type, the language pattern) -> reports; all Strategic developments
CASES: dict[tuple[str, str, str], list[str]] = {
    ("group_change", "Change to group/activity", "a video showing what a group did"): [
        "On 2 May 2022, a clip was posted online showing armed men of a gang giving out food boxes to families in Sinaloa de Leyva.",
        "On 4 May 2022, a video published by local media showed cartel members distributing groceries to residents of Uruapan.",
        "On 6 May 2022, a video emerged showing militiamen handing out aid packages to villagers near Bunia.",
    ],
    (
        "other",
        "Looting/property destruction",
        "a haul seized: place between verb and goods, one ton, boats",
    ): [
        "On 8 May 2022, the coast guard seized near the port of Santos (SP) 3 tonnes of cocaine hidden in a container.",
        "On 9 May 2022, police in Guayaquil seized 1 ton of marijuana hidden in a banana shipment.",
        "On 10 May 2022, the navy seized four speedboats carrying fuel off the coast of Falcon.",
    ],
    ("group_change", "Change to group/activity", "trenches, fortifications, bunkers"): [
        "On 11 May 2022, government forces dug trenches around the town of Marib.",
        "On 12 May 2022, rebels built fortifications on the outskirts of Kidal.",
        "On 13 May 2022, the militia constructed bunkers near the airport of Tripoli.",
    ],
    ("other", "Other", "threats posted or circulated"): [
        "On 14 May 2022, a gang posted videos online threatening shop owners in Tegucigalpa.",
        "On 15 May 2022, a militia uploaded messages on social networks warning residents of Goma.",
        "On 16 May 2022, a criminal group circulated messages in Celaya telling people to stay at home.",
    ],
    ("other", "Looting/property destruction", "damage after 'no one was hurt but'"): [
        "On 17 May 2022, a man set a parked car of a journalist alight in Athens; nobody was hurt but there was material damage.",
        "On 18 May 2022, unknown people broke the windows of a party office in Skopje. No one was injured but there was property damage.",
        "On 19 May 2022, a group smashed the door of a mosque in Malmo, leaving material damage.",
    ],
    ("other", "Other", "people who came back, no destination told"): [
        "On 20 May 2022, 85 Venezuelan migrants who had lived in Ecuador returned.",
        "On 21 May 2022, about 300 displaced families returned.",
        "On 22 May 2022, 60 refugees who had fled to Uganda returned; they were taken to a reception centre.",
    ],
    ("other", "Other", "outlets blocked, shut or ordered off air"): [
        "On 23 May 2022, the authorities blocked two news websites in Minsk.",
        "On 24 May 2022, the government shut down an opposition radio station in Bujumbura.",
        "On 25 May 2022, the regulator banned a television channel in Tbilisi.",
        "On 26 May 2022, the broadcasting authority in Kampala ordered a private television station, one of the largest in the country, to go off air.",
        "On 27 May 2022, the junta in Niamey forced a foreign broadcaster, which had reported on the coup, off the air.",
        "On 28 May 2022, the ministry in Harare ordered two community radio stations and a newspaper to be taken off air.",
    ],
}

ROWS = [(text, *labels[:2]) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "sub_event_type"), ROWS)
def test_development_is_found(text: str, kind: str, sub_event_type: str) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [
        (kind, "Strategic developments", sub_event_type)
    ]


#: the same words where they tell something else
OTHERS: list[tuple[str, tuple[str, str]]] = [
    # a group's own video that shows nothing done is its statement
    (
        "On 30 May 2022, Islamic State released a video in which a fighter threatened Syrian Kurds.",
        ("statement", "Other"),
    ),
    # returning fire is fighting, not coming back
    (
        "On 29 May 2022, soldiers returned fire when gunmen attacked their post in Djibo.",
        ("clash", "Armed clash"),
    ),
    # the negation before 'but' is its own clause's: the wounding is told
    (
        "On 31 May 2022, gunmen did not kill anyone but wounded three guards at a bank in Lagos.",
        ("attack", ""),
    ),
    # weapons seized from a vehicle: the arms are the haul, not the vehicle
    (
        "On 1 June 2022, soldiers seized three rifles and a grenade from a pickup truck near Gao.",
        ("seizure", ""),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_the_same_words_telling_something_else(text: str, expected: tuple[str, str]) -> None:
    events = api.extract(text, "t.txt")
    assert len(events) == 1
    kind, sub = expected
    assert events[0].kind == kind
    if sub:
        assert events[0].sub_event_type == sub
