"""The place stage's data tables load, and every row points at something that exists."""

from __future__ import annotations

import pytest

from kronika.geo import lexicon
from kronika.geo.text import name_key


def test_admin1_aliases_point_at_known_regions() -> None:
    names = lexicon.admin1_names()
    missing = [
        (a, cc, code) for a, (cc, code, _) in lexicon.admin1_aliases().items() if (cc, code) not in names
    ]
    assert not missing


def test_admin2_rows_point_at_known_regions_and_have_points() -> None:
    names = lexicon.admin1_names()
    rows = lexicon.rows("admin2.tsv")
    assert len(rows) > 1000
    for cc, a1, name, lat, lon, cities, _aliases in rows:
        assert (cc, a1) in names, name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name
        assert int(cities) >= 1 and name.strip() == name and name


@pytest.mark.parametrize(
    "loader",
    [
        lexicon.admin1_names,
        lexicon.admin1_aliases,
        lexicon.country_aliases,
        lexicon.place_aliases,
        lexicon.macro_regions,
        lexicon.demonyms,
        lexicon.stopwords,
        lexicon.cues,
    ],
)
def test_loader_is_not_empty(loader) -> None:
    assert len(loader()) > 5


def test_country_codes_are_iso() -> None:
    import pycountry

    codes = set(lexicon.country_aliases().values()) | set(lexicon.demonyms().values())
    unknown = [cc for cc in codes if pycountry.countries.get(alpha_2=cc) is None and cc != "XK"]
    assert not unknown


def test_macro_regions_have_sane_points() -> None:
    for m in lexicon.macro_regions():
        assert -90 <= m.latitude <= 90 and -180 <= m.longitude <= 180 and m.radius_km > 0


def test_spatial_tables_are_sane() -> None:
    sp = lexicon.spatial()
    assert sp.units["km"] == 1.0 and sp.units["miles"] > 1.5
    assert all(0 <= b < 360 for b in sp.bearings.values())
    assert sp.bearings["south"] == 180 and sp.bearings["north-east"] == 45
    words = [*sp.road_heads, *sp.road_between, *sp.unknown_before, *sp.unknown_after, *sp.not_localities]
    assert all(w == w.lower() for w in words)


def test_cue_lists_are_lower_case() -> None:
    for name, words in lexicon.cues().items():
        assert all(w == w.lower() for w in words), name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mocímboa da Praia", "Mocimboa da Praia"),
        ("Bi’r al ‘Abd", "Bir al Abd"),
        ("Kabardino-Balkaria", "Kabardino Balkaria"),
        ("St. Petersburg", "St Petersburg"),
        ("Şanlıurfa", "Sanliurfa"),
    ],
)
def test_name_keys_fold_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_every_extra_place_names_its_source() -> None:
    rows = lexicon.rows("extra_places.tsv")
    assert rows
    assert all(len(row) >= 8 and row[7].strip() for row in rows)


@pytest.mark.parametrize(
    ("alias", "main"), [("Toungup", "Taungup"), ("Hpapun", "Papun"), ("Kiev", "Kyiv"), ("Kizljar", "Kizlyar")]
)
def test_spelling_variant_finds_the_gazetteer_town(alias: str, main: str) -> None:
    from kronika.geo.gazetteer import gazetteer

    assert any(e.name == main for e in gazetteer().lookup(name_key(alias)))
