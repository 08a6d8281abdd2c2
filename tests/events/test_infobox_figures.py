"""Infobox figures: a fallback for the page's main attack when its prose states no figure.

Every page here is written for the test; none comes from a corpus document.
"""

from __future__ import annotations

import pytest

from kronika.api import extract
from kronika.events.assemble import _infobox_figure

_PAGE = """= 2019 Dosso market bombing =

Infobox
- Title: 2019 Dosso market bombing
- Location: Dosso, Niger
- Date: 14 August 2019
{box}
- Perpetrators: Boko Haram

The 2019 Dosso market bombing was a suicide attack on a market in Dosso, Niger, on 14 August 2019{lede}.
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("34 (including four attackers)", (34, 4)),
        ("103 (+2 suicide bombers)", (105, 2)),
        ("12 (+2 perpetrators)", (14, 2)),
        ("56+", (56, None)),
        ("at least 9", (9, None)),
        ("8 (including the bomber)", (8, 1)),
        ("dozens", None),
        ("Unknown", None),
    ],
)
def test_infobox_figure_values(value: str, expected: tuple[int, int | None] | None) -> None:
    assert _infobox_figure(value) == expected


@pytest.mark.parametrize(
    ("box", "lede", "killed", "perp", "injured"),
    [
        ("- Fatalities: 21 (including two attackers)\n- Injuries: 40+", "", 21, 2, 40),
        ("- Deaths: 17 (+1 suicide bomber)\n- Injured: 33", "", 18, 1, 33),
        # prose wins over the box for the figures it states
        ("- Deaths: 30\n- Injuries: 50", ", killing 25 people and wounding 45", 25, None, 45),
        ("- Deaths: 30\n- Injuries: dozens", ", killing 25 people", 25, None, None),
        ("- Deaths: 30\n- Injuries: 12", ", killing 25 people", 25, None, 12),
    ],
)
def test_infobox_fills_unstated_figures(
    box: str, lede: str, killed: int, perp: int | None, injured: int | None
) -> None:
    events = [e for e in extract(_PAGE.format(box=box, lede=lede), "dosso.txt") if e.kind == "attack"]
    assert len(events) == 1
    event = events[0]
    assert (event.killed, event.killed_perpetrators, event.injured) == (killed, perp, injured)
    assert "Boko Haram" in [a.name for a in event.actors]


def test_infobox_alone_makes_no_event() -> None:
    page = "= Dosso =\n\nInfobox\n- Title: Dosso\n- Deaths: 30\n- Injuries: 12\n\nDosso is a town in Niger.\n"
    assert extract(page, "town.txt") == []
