"""A crowd arrests no one: people seized, held or detained by villagers, residents or a mob are
the crowd's victims (mob violence); held by the police or soldiers, an arrest.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type) -> reports
CASES: dict[tuple[str, str, str], list[str]] = {
    ("riot", "Riots", "Mob violence"): [
        "On 5 May 2021, a suspected thief was detained by residents in Kisumu and handed to the police.",
        "On 7 May 2021, three men were seized by a mob in Mzuzu after a child went missing.",
        "On 8 May 2021, a man was captured by locals in Goma and threatened with burning.",
        "On 12 May 2021, two strangers were captured by villagers near Ilesa.",
        "On 13 May 2021, a herder was detained by community members in Bauchi overnight.",
    ],
    ("arrest", "Strategic developments", "Arrests"): [
        "On 9 May 2021, two men were arrested by police in Kisumu.",
        "On 10 May 2021, soldiers detained five suspects in Gao.",
        "On 11 May 2021, a journalist was detained by the police in Harare.",
        "On 14 May 2021, gendarmes arrested a trader in Dori.",
        "On 15 May 2021, three activists were detained by security forces in Bamako.",
    ],
}

ROWS = [(text, *labels) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type"), ROWS)
def test_a_crowd_that_seizes_people_is_a_mob(
    text: str, kind: str, event_type: str, sub_event_type: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]
