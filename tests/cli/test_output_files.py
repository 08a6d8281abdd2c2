"""Output files are atomic: a failing destination leaves the final name as it was, an
interrupted run leaves whole records of the inputs done, and each says one line."""

from __future__ import annotations

import errno
import io
import json
import os
import threading
from pathlib import Path

import pytest

from kronika import api
from kronika.errors import RunError
from kronika.export import atomic_output, atomic_path
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample-report.txt"
OLD = "previous contents\n"


def _only_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("kronika: error:") and "Traceback" not in err
    return lines[0]


class _FillingFile(io.StringIO):
    """A file whose disk fills after `room` characters."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, text: str) -> int:
        if self.tell() + len(text) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(text)


@pytest.mark.parametrize("room", [0, 300])
def test_a_full_disk_is_one_line_and_leaves_the_old_file(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text(OLD, encoding="utf-8")
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: object, **kwargs: object):
        real_fdopen(fd).close()
        return _FillingFile(room)

    monkeypatch.setattr("kronika.export.os.fdopen", fdopen)
    result = run_cli("extract", str(SAMPLE), str(SAMPLE), "-o", str(out), "-q")
    assert result.code == 1
    assert "No space left on device" in _only_error_line(result.err)
    assert out.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


def test_an_unwritable_folder_is_one_line(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("kronika.export.tempfile.mkstemp", refuse)
    result = run_cli("extract", str(SAMPLE), "-o", str(tmp_path / "events.csv"), "-f", "csv")
    assert result.code == 1
    assert "Permission denied" in _only_error_line(result.err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "make_target, expected",
    [
        (lambda d: d, "is a folder"),
        (lambda d: d / "no-such-folder" / "events.jsonl", "does not exist"),
    ],
    ids=["folder", "missing-parent"],
)
def test_a_bad_destination_is_one_line_before_any_work(
    run_cli, tmp_path: Path, make_target, expected
) -> None:
    result = run_cli("extract", str(SAMPLE), "-o", str(make_target(tmp_path)))
    assert result.code == 1
    assert expected in _only_error_line(result.err)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_an_interrupted_run_keeps_the_whole_records_of_inputs_done(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for f in (first, second):
        f.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    alone = tmp_path / "alone.out"
    assert run_cli("extract", str(first), "-f", fmt, "-o", str(alone)).code == 0
    real = api.extract_file

    def extract_file(path: str, published: object = None):
        if Path(path).name == "b.txt":
            raise KeyboardInterrupt
        return real(path, published=published)

    monkeypatch.setattr(api, "extract_file", extract_file)
    out = tmp_path / "both.out"
    result = run_cli("extract", str(first), str(second), "-f", fmt, "-o", str(out), "-q")
    assert result.code == 130
    assert out.read_text(encoding="utf-8") == alone.read_text(encoding="utf-8")
    if fmt == "geojson":
        json.loads(out.read_text(encoding="utf-8"))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_written_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_output(str(target)) as out:
        out.write("x\n")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_symlinked_output_stays_a_link(tmp_path: Path) -> None:
    real, link = tmp_path / "real.txt", tmp_path / "link.txt"
    real.write_text(OLD, encoding="utf-8")
    link.symlink_to(real)
    with atomic_output(str(link)) as out:
        out.write("new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"


def test_atomic_path_removes_the_temporary_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "t.parquet"
    with pytest.raises(ValueError), atomic_path(str(target)) as tmp:
        tmp.write_bytes(b"half")
        raise ValueError("writer failed")
    assert list(tmp_path.iterdir()) == []


def test_a_special_file_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []

    def read() -> None:
        with open(fifo, encoding="utf-8") as fh:
            received.append(fh.read())

    reader = threading.Thread(target=read)
    reader.start()
    with atomic_output(str(fifo)) as out:
        out.write("through the pipe\n")
    reader.join(timeout=30)
    assert received == ["through the pipe\n"]
    assert not fifo.is_file()


def test_run_error_type_is_what_the_destination_raises(tmp_path: Path) -> None:
    with pytest.raises(RunError, match="is a folder"), atomic_output(str(tmp_path)):
        pass
