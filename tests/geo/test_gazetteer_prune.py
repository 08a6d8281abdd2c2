"""A new place index build removes the indexes of other signatures (and files of builds that
died) once no process has used them for a while; the current index and unrelated files stay."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronika.errors import set_note_sink
from kronika.geo import gazetteer as gz

NOW = 1_900_000_000.0
OLD = NOW - gz.STALE_AFTER - 60
FRESH = NOW - 60


@pytest.mark.parametrize(
    ("name", "mtime", "removed"),
    [
        ("gazetteer-0123456789abcdef.sqlite", OLD, True),  # another signature, unused
        ("gazetteer-0123456789abcdef.sqlite", FRESH, False),  # another version still uses it
        ("gazetteer-current.sqlite", OLD, False),  # the index just built
        ("gazetteer-0123456789abcdef.sqlite.k2j3.tmp", OLD, True),  # a build that died
        ("gazetteer-0123456789abcdef.sqlite.k2j3.tmp", FRESH, False),  # a build under way
        ("part.x8w1.tmp", OLD, True),  # a worker's part of a build that died
        ("part.x8w1.tmp", FRESH, False),
        ("notes.txt", OLD, False),  # not ours
        ("gazetteer-backup.db", OLD, False),
        ("my-gazetteer-0123.sqlite", OLD, False),
    ],
)
def test_prune_removes_only_stale_files_of_other_builds(
    tmp_path: Path, name: str, mtime: float, removed: bool
) -> None:
    current = tmp_path / "gazetteer-current.sqlite"
    current.write_bytes(b"index")
    target = tmp_path / name
    target.write_bytes(b"x" * 10)
    os.utime(target, (mtime, mtime))
    files, size = gz.prune(tmp_path, current.name, now=NOW)
    assert target.exists() is not removed
    assert (files, size) == ((1, 10) if removed else (0, 0))
    assert current.exists()


def test_prune_leaves_folders_alone(tmp_path: Path) -> None:
    folder = tmp_path / "gazetteer-folder.sqlite"
    folder.mkdir()
    os.utime(folder, (OLD, OLD))
    assert gz.prune(tmp_path, "gazetteer-current.sqlite", now=NOW) == (0, 0)
    assert folder.is_dir()


@pytest.fixture
def notes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    said: list[str] = []
    old = set_note_sink(said.append)
    monkeypatch.setattr(gz, "build", lambda path: Path(path).write_bytes(b""))
    monkeypatch.setattr(gz, "Gazetteer", lambda path: path)
    monkeypatch.setattr(gz, "index_path", lambda: tmp_path / "cache" / "gazetteer-new.sqlite")
    gz.gazetteer.cache_clear()
    yield said
    set_note_sink(old)
    gz.gazetteer.cache_clear()


@pytest.mark.parametrize(("age", "pruned"), [(gz.STALE_AFTER + 60, True), (60, False)])
def test_a_build_prunes_and_says_so_in_one_line(
    notes: list[str], tmp_path: Path, age: float, pruned: bool
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    stale = cache / "gazetteer-old.sqlite"
    stale.write_bytes(b"x" * 2_000_000)
    when = stale.stat().st_mtime - age
    os.utime(stale, (when, when))
    gz.gazetteer()
    assert stale.exists() is not pruned
    said = [n for n in notes if "removed" in n]
    assert len(said) == int(pruned)
    if pruned:
        assert "1 older place index" in said[0] and "2 MB" in said[0] and str(cache) in said[0]


def test_opening_an_index_stamps_it_as_used(notes: list[str], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    index = cache / "gazetteer-new.sqlite"
    index.write_bytes(b"")
    long_ago = index.stat().st_mtime - 10 * gz.STALE_AFTER
    os.utime(index, (long_ago, long_ago))
    gz.gazetteer()
    assert index.stat().st_mtime > long_ago + gz.STALE_AFTER
    assert not notes  # no build, no note
