"""Figures told in the sentences after an attack join it: wounded, totals, bodies found later.

Every report here is written for the test; none comes from a corpus document.
"""

from __future__ import annotations

import pytest

from kronika.api import extract

_LEAD = "On 14 October 2023, militants stormed a police post outside Bannu, killing three officers."


@pytest.mark.parametrize(
    ("follow", "killed", "injured"),
    [
        ("Nine were killed and 15 were left injured.", 9, 15),
        ("Seventeen others were hurt.", 3, 17),
        ("Six passers-by were seriously wounded.", 3, 6),
        ("A cleaner was also critically injured.", 3, 1),
        ("At least 14 people were wounded.", 3, 14),
        ("Scores were wounded.", 3, None),
        ("The death toll later rose to 10.", 10, None),
        ("Ten people died in total.", 10, None),
        ("The number of dead climbed to 10.", 10, None),
        # another source's figure is no rise of the toll: the conservative figure stands
        ("Local leaders put the number of dead at twenty.", 3, None),
        ("Two more bodies were found in a ditch the next day.", 5, None),
        ("The bodies of two more victims were recovered on Sunday.", 5, None),
    ],
)
def test_followup_figures_join_the_attack(follow: str, killed: int, injured: int | None) -> None:
    events = extract(f"{_LEAD} {follow}", "bannu.txt", "2023-10-20")
    assert [e.kind for e in events] == ["attack"]
    assert (events[0].killed, events[0].injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "On 14 October 2023, the new levy hurt traders in Bannu.",
        "On 14 October 2023, nobody was hurt when a wall fell in Bannu.",
    ],
)
def test_hurt_without_violence_is_no_attack(text: str) -> None:
    assert [e for e in extract(text, "bannu.txt", "2023-10-20") if e.kind in ("attack", "clash")] == []
