"""Place mentions in sentences written for these tests → expected point, region and country."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from kronika.geo import recognise
from kronika.geo.types import PlaceMention

HERE = Path(__file__).parent


def _table(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def mention(sentence: str, toponym: str) -> PlaceMention | None:
    for m in recognise(sentence):
        if toponym in m.text or m.text in toponym:
            return m
    return None


PLACES = _table("cases_places.tsv")
TRAPS = _table("cases_traps.tsv")
ROLES = _table("cases_roles.tsv")


def test_tables_are_large_and_wide() -> None:
    assert len(PLACES) >= 150 - len(TRAPS)
    assert len(PLACES) + len(TRAPS) + len(ROLES) >= 150
    assert len({row[6] for row in PLACES if row[6]}) >= 30
    assert len(TRAPS) >= 20


@pytest.mark.parametrize(("sentence", "toponym", "lat", "lon", "radius", "admin1", "cc"), PLACES)
def test_place_resolves_within_radius(
    sentence: str, toponym: str, lat: str, lon: str, radius: str, admin1: str, cc: str
) -> None:
    m = mention(sentence, toponym)
    assert m is not None, f"{toponym!r} not recognised"
    assert sentence[m.start : m.end] == m.text
    p = m.place
    assert p.latitude is not None and p.longitude is not None
    d = km(p.latitude, p.longitude, float(lat), float(lon))
    assert d <= float(radius), f"{toponym}: {p} is {d:.0f} km off"
    if cc:
        assert p.country_code == cc
    if admin1:
        assert p.admin1 == admin1


@pytest.mark.parametrize(("sentence", "word"), TRAPS)
def test_trap_is_not_a_location(sentence: str, word: str) -> None:
    found = [m for m in recognise(sentence) if m.role == "location" and word in m.text]
    assert not found, f"{word!r} taken as a place: {found}"


@pytest.mark.parametrize(("sentence", "toponym", "role"), ROLES)
def test_role(sentence: str, toponym: str, role: str) -> None:
    m = mention(sentence, toponym)
    assert m is not None, f"{toponym!r} not recognised"
    assert m.role == role
