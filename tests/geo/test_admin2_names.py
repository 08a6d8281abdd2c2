"""Second-level units are indexed under the bare name reporting uses, not GeoNames' designator
prefix ("Province du Seno" → "Seno", "Partido de Tigre" → "Tigre")."""

from __future__ import annotations

import pytest

from kronika.geo import lexicon
from kronika.geo.gazetteer import gazetteer
from kronika.geo.text import name_key


@pytest.mark.parametrize(
    ("name", "cc"),
    [
        ("Seno", "BF"),
        ("Oudalan", "BF"),
        ("Kossi", "BF"),
        ("Nayala", "BF"),
        ("Boulgou", "BF"),
        ("Sanmatenga", "BF"),
    ],
)
def test_bare_name_finds_the_unit(name: str, cc: str) -> None:
    entries = gazetteer().lookup(name_key(name))
    assert any(e.kind == "admin2" and e.cc == cc for e in entries)


def test_no_unit_keeps_a_designator_prefix() -> None:
    prefixes = ("Province du ", "Province de ", "Province des ", "Departement de ", "Partido de ", "Powiat ")
    names = [row[2] for row in lexicon.rows("admin2.tsv")]
    assert names
    assert not [n for n in names if n.startswith(prefixes)]
