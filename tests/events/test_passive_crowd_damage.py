"""A demonstration whose report tells property burnt, smashed or looted with no doer named is a
violent demonstration: the crowd's own damage; property that others damaged, or that the crowd
protests about, leaves it a protest. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type) -> reports
CASES: dict[tuple[str, str, str], list[str]] = {
    ("riot", "Riots", "Violent demonstration"): [
        "On 4 May 2021, inmates at the central prison in Gitega demonstrated over the lack of food. Mattresses were burnt and doors broken.",
        "On 5 May 2021, students protested in Kisangani over exam fees. Several cars were set on fire and a shop was looted.",
        "On 6 May 2021, traders demonstrated in Onitsha against the closure of the market. Tyres were burned on the main road.",
        "On 10 May 2021, detainees held a protest in the prison of Bouake; chairs were smashed and beds set on fire.",
        "On 11 May 2021, workers demonstrated at the mine in Kolwezi over unpaid wages. Two offices were badly damaged.",
    ],
    ("protest", "Protests", "Peaceful protest"): [
        "On 7 May 2021, residents protested in Goma after their houses were burned by rebels.",
        "On 9 May 2021, villagers marched in Beni; two cars were torched by unknown men that night.",
        "On 12 May 2021, farmers demonstrated in Mopti after their granaries were burned by gunmen.",
        "On 13 May 2021, nurses protested in Harare over unpaid wages.",
        "On 14 May 2021, students rallied in Dakar to demand the reopening of their school.",
    ],
}

ROWS = [(text, *labels) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type"), ROWS)
def test_property_damaged_in_a_demonstration_makes_it_violent(
    text: str, kind: str, event_type: str, sub_event_type: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]
