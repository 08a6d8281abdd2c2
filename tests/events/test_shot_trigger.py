"""'shot' with a counted object is an attack; a counted object that is not people is not.

Every report here is written for the test; none comes from a corpus document.
"""

from __future__ import annotations

import pytest

from kronika.api import extract


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("On 8 May 2024, a gunman shot four diners, two fatally, at a restaurant in Mombasa.", 2, 2),
        ("On 8 May 2024, a man entered a bakery in Mombasa. He shot three customers, one fatally.", 1, 2),
        ("On 8 May 2024, a gunman shot 5 people at a bus stop in Mombasa, killing two of them.", 2, None),
        (
            "On 8 May 2024, gunmen opened fire on a minibus near Mombasa. Four more bodies were found later.",
            4,
            None,
        ),
    ],
)
def test_shot_with_counted_victims_is_an_attack(text: str, killed: int, injured: int | None) -> None:
    events = extract(text, "shot.txt", "2024-05-10")
    assert [e.kind for e in events] == ["attack"]
    assert (events[0].killed, events[0].injured) == (killed, injured)
    assert "firearm" in events[0].weapons


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2024, soldiers shot two rounds into the air in Mombasa to disperse a crowd of fans.",
        "On 8 May 2024, a film crew shot three videos at the harbour in Mombasa.",
    ],
)
def test_shot_of_things_is_no_event(text: str) -> None:
    assert [e for e in extract(text, "shot.txt", "2024-05-10") if e.kind == "attack"] == []
