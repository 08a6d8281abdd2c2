"""The place index's cache: the first build says so in one line; an unwritable cache folder
is one line and a fallback to the temporary directory; nothing writable is one error line."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronika.errors import RunError, set_note_sink
from kronika.geo import gazetteer as gz


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return gz.build(tmp_path_factory.mktemp("built") / "small.sqlite", min_population=5_000_000)


@pytest.fixture
def notes(monkeypatch: pytest.MonkeyPatch, small_index: Path) -> Iterator[list[str]]:
    said: list[str] = []
    old = set_note_sink(said.append)
    # a copy of one small extract keeps the tests fast; the logic around the build is tested
    monkeypatch.setattr(gz, "build", lambda path: shutil.copyfile(small_index, path))
    gz.gazetteer.cache_clear()
    yield said
    set_note_sink(old)
    gz.gazetteer.cache_clear()


def _paths(monkeypatch: pytest.MonkeyPatch, cache: Path, fallback: Path) -> None:
    monkeypatch.setattr(gz, "index_path", lambda: cache / "index.sqlite")
    monkeypatch.setattr(gz, "fallback_path", lambda: fallback / "index.sqlite")


def _not_a_folder(tmp_path: Path) -> Path:
    """A path under a regular file: no folder can be made there, whoever runs the test."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker


def test_the_first_build_says_so_once_and_the_next_run_is_silent(
    notes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _paths(monkeypatch, tmp_path / "cache", tmp_path / "tmp")
    gaz = gz.gazetteer()
    assert Path(gaz.path) == tmp_path / "cache" / "index.sqlite"
    assert len(notes) == 1 and "building the place index" in notes[0] and str(tmp_path / "cache") in notes[0]
    gz.gazetteer.cache_clear()
    gz.gazetteer()
    assert len(notes) == 1


def test_an_unwritable_cache_is_one_line_and_falls_back(
    notes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = _not_a_folder(tmp_path)
    _paths(monkeypatch, blocker / "cache", tmp_path / "tmp")
    gaz = gz.gazetteer()
    assert Path(gaz.path) == tmp_path / "tmp" / "index.sqlite"
    assert gaz.lookup("kabul")
    assert [n for n in notes if "cannot write the cache folder" in n and "KRONIKA_CACHE" in n]
    assert len(notes) == 2


def test_nothing_writable_is_one_error_that_stops_the_run(
    notes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = _not_a_folder(tmp_path)
    _paths(monkeypatch, blocker / "cache", blocker / "tmp")
    with pytest.raises(RunError, match=r"cannot build the place index.*KRONIKA_CACHE"):
        gz.gazetteer()


def test_the_cli_names_the_cause_once(run_cli, notes: list[str], tmp_path: Path, monkeypatch) -> None:
    blocker = _not_a_folder(tmp_path)
    _paths(monkeypatch, blocker / "cache", blocker / "tmp")
    report = tmp_path / "r.txt"
    report.write_text("Gunmen killed two farmers near Garsen on Monday.\n", encoding="utf-8")
    result = run_cli("extract", str(report), str(report), "-q")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("kronika: error:")]
    assert len(errors) == 1 and "place index" in errors[0]
