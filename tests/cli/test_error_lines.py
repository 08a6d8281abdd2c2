"""Each failure is said once, by its real cause: an input's own failure names the input; the
machine's failure (full disk, read-only store or output) stops the run with one line."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from kronika import api
from kronika.errors import InputError, KronikaError, RunError, failure_line, note, set_note_sink
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample-report.txt"


@pytest.mark.parametrize(
    "exc, expected",
    [
        (InputError("a.txt", "no such file"), "a.txt: no such file"),
        (KronikaError("not a usable store"), "a.txt: not a usable store"),
        (MemoryError(), "a.txt: out of memory"),
        (RecursionError(), "a.txt: input too deeply nested"),
        (ValueError("boom"), "a.txt: internal error (ValueError: boom)"),
        (OSError(errno.ENOENT, "No such file or directory"), "a.txt: internal error"),
    ],
)
def test_an_inputs_own_failure_names_the_input(exc: BaseException, expected: str) -> None:
    assert failure_line("a.txt", exc).startswith(expected)


@pytest.mark.parametrize(
    "exc, expected",
    [
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database or disk is full"), "disk holding the store is full"),
        (sqlite3.OperationalError("database is locked"), "locked by another process"),
        (OSError(errno.ENOSPC, "No space left on device", "/out/x.db"), "/out/x.db: No space left"),
        (OSError(errno.EROFS, "Read-only file system"), "Read-only file system"),
        (PermissionError(errno.EACCES, "Permission denied", "/c/x"), "/c/x: Permission denied"),
        (RunError("cannot write out.csv: Disk quota exceeded"), "Disk quota exceeded"),
    ],
)
def test_the_machines_failure_stops_the_run(exc: BaseException, expected: str) -> None:
    with pytest.raises(RunError, match=expected):
        failure_line("a.txt", exc)


def test_a_store_that_cannot_be_written_is_said_once_not_per_input(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def extract_file(path: str, published: object = None):
        calls.append(path)
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(api, "extract_file", extract_file)
    result = run_cli("extract", str(SAMPLE), str(SAMPLE), str(SAMPLE), "-q")
    assert result.code == 1
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "read-only" in lines[0] and "please report" not in lines[0]
    assert len(calls) == 1


def test_a_note_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[str] = []
    old = set_note_sink(seen.append)
    try:
        note("building something unique to this test")
        note("building something unique to this test")
    finally:
        set_note_sink(old)
    assert seen == ["kronika: note: building something unique to this test"]
