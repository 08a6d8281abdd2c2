"""A village placed by its region once ("near X, Region") is that village wherever the text names it
again, not a namesake the gazetteer knows in another region."""

from __future__ import annotations

import pytest

from kronika.geo import recognise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels shelled positions near Pisky, Donetsk. Monitors counted four blasts near Pisky.", "Pisky"),
        (
            "Fighters clashed in Naberezhne, Luhansk, on Monday. Shells later hit Naberezhne again.",
            "Naberezhne",
        ),
        ("Troops shelled Kruta Balka, Donetsk, at dawn. Two houses burned in Kruta Balka.", "Kruta Balka"),
        ("Gunmen raided Mandoli (Bandiagara, Mopti) at night. Residents fled Mandoli by morning.", "Mandoli"),
        (
            "Militias clashed near Gurbuz (Djugu, Ituri) on Sunday. Aid arrived in Gurbuz on Tuesday.",
            "Gurbuz",
        ),
    ],
)
def test_a_village_keeps_its_region(text: str, name: str) -> None:
    points = [(m.place.latitude, m.place.longitude) for m in recognise(text) if m.text == name]
    assert len(points) == 2
    assert points[0] == points[1]
