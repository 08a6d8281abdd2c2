"""The subject of a passive attack ("a soldier was shot by gunmen") is its target, also when
the trigger carries the auxiliary or stands second in "was shot and killed": an armed target
makes the attack a battle in ACLED terms, an unarmed one violence against civilians.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

#: event type -> reports of a passive attack
CASES: dict[str, list[str]] = {
    "Battles": [
        "On 3 May 2021, in Soyapango, a gang member was shot and killed by unidentified armed men.",
        "On 3 May 2021, a soldier was shot and killed by gunmen near Kaya.",
        "On 4 May 2021, a police officer was shot dead by gunmen in Celaya.",
        "On 5 May 2021, a gendarme was shot by unknown assailants in Tillaberi.",
        "On 7 May 2021, a police officer was shot and wounded by bandits near Bunia.",
    ],
    "Violence against civilians": [
        "On 3 May 2021, a farmer was shot and killed by gunmen near Kaya.",
        "On 6 May 2021, two traders were shot by gunmen in Maradi.",
        "On 8 May 2021, a schoolteacher was shot dead by unknown men in Tumaco.",
        "On 9 May 2021, three villagers were shot and injured by bandits near Gusau.",
        "On 10 May 2021, a taxi driver was stabbed and killed by assailants in Mombasa.",
    ],
}

ROWS = [(text, event_type) for event_type, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "event_type"), ROWS)
def test_a_passive_subject_is_the_target(text: str, event_type: str) -> None:
    assert [e.event_type for e in api.extract(text, "t.txt")] == [event_type]
