"""The group a document is about joins its events as a topic only where it belongs: a round-up
that names a group once, in one country's item, does not lend it to another country's items."""

from __future__ import annotations

import pytest

from kronika import api

ROUND_UPS = [
    # (round-up, the group's canonical name, the country of the item it must stay out of)
    (
        "Sudan\nOn 3 May 2024, RSF fighters shelled a market in El Fasher, killing 12 people.\n"
        "Chad\nOn 4 May 2024, gunmen killed three herders near Abeche.",
        "RSF: Rapid Support Forces",
        "Chad",
    ),
    (
        "Myanmar\nOn 5 May 2024, the Arakan Army attacked an outpost near Sittwe, killing four soldiers.\n"
        "Bangladesh\nOn 6 May 2024, unidentified men shot dead two traders in Teknaf.",
        "ULA/AA: United League of Arakan/Arakan Army",
        "Bangladesh",
    ),
    (
        "Mali\nOn 7 May 2024, JNIM militants attacked a convoy near Gao, killing five soldiers.\n"
        "Niger\nOn 8 May 2024, gunmen killed six villagers near Tillaberi.",
        "Jama'at Nasr al-Islam wal Muslimin",
        "Niger",
    ),
    (
        "Haiti\nOn 9 May 2024, Viv Ansanm gunmen burned houses in Port-au-Prince, killing four people.\n"
        "Dominican Republic\nOn 10 May 2024, gunmen shot dead a bus driver in Santiago de los Caballeros.",
        "Viv Ansanm",
        "Dominican Republic",
    ),
    (
        "Colombia\nOn 11 May 2024, ELN rebels attacked a police station in Arauca, wounding three officers.\n"
        "Ecuador\nOn 12 May 2024, gunmen killed two guards at a prison in Guayaquil.",
        "National Liberation Army (Colombia)",
        "Ecuador",
    ),
]


@pytest.mark.parametrize(("text", "group", "other_country"), ROUND_UPS)
def test_round_up_group_stays_in_its_item(text: str, group: str, other_country: str) -> None:
    events = api.extract(text, "t.txt")
    own = [e for e in events if any(a.canonical == group for a in e.actors)]
    assert own, [(e.country, [a.canonical for a in e.actors]) for e in events]
    assert all(e.country != other_country for e in own)
    assert any(e.country == other_country for e in events)


def test_story_subject_joins_events_abroad() -> None:
    """A group the text keeps naming is the story's subject: its events abroad keep it."""
    text = (
        "On 3 May 2024, the Islamic State claimed an attack in Kabul that killed six people. "
        "The Islamic State has expanded its reach. On 5 May 2024, police in Istanbul arrested four men."
    )
    arrests = [e for e in api.extract(text, "t.txt") if e.kind == "arrest"]
    assert arrests and any(a.canonical == "Islamic State" for a in arrests[0].actors)
