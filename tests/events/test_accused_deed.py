"""A deed someone is accused or suspected of is not the happening a clause tells: the arrest of
a man accused of kidnapping is an arrest, a crowd beating a suspected thief is mob violence.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type) -> reports whose accused deed is violent
CASES: dict[tuple[str, str, str], list[str]] = {
    ("arrest", "Strategic developments", "Arrests"): [
        "On 5 June 2021, police in Mombasa arrested a man accused of kidnapping a boy.",
        "On 8 June 2021, soldiers detained two youths suspected of attacking a checkpoint near Goma.",
        "On 9 June 2021, gendarmes in Dori arrested three men suspected of killing a trader.",
        "On 11 June 2021, police in Eldoret arrested a teacher suspected of assaulting a pupil.",
        "On 12 June 2021, officers in Kano detained a herder accused of abducting two girls.",
    ],
    ("riot", "Riots", "Mob violence"): [
        "On 5 June 2021, a woman accused of kidnapping a boy was beaten by villagers in Kasese.",
        "On 3 June 2021, a man suspected of raping a girl was lynched by residents in Kibuye.",
        "On 6 June 2021, two men accused of abducting a girl were beaten to death by an angry crowd in Gulu.",
        "On 7 June 2021, a youth suspected of stabbing a trader was beaten up by locals in Kisumu.",
        "On 10 June 2021, a man accused of kidnapping a child was attacked by a mob in Mbale.",
    ],
}

ROWS = [(text, *labels) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type"), ROWS)
def test_an_accused_deed_does_not_type_the_event(
    text: str, kind: str, event_type: str, sub_event_type: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]


@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2021, gunmen kidnapped a priest in Kaduna.",
        "On 6 June 2021, suspected bandits abducted four farmers near Zamfara.",
        "On 7 June 2021, unknown men killed a trader accused by no one in Dori.",
    ],
)
def test_a_deed_told_as_happening_still_types_it(text: str) -> None:
    (event,) = api.extract(text, "t.txt")
    assert event.event_type == "Violence against civilians"
