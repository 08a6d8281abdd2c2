"""Bad input: a clear one-line InputError (or an empty result), never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kronika import load
from kronika.api import process_file
from kronika.errors import InputError


def _error(path: Path | str) -> str:
    with pytest.raises(InputError) as info:
        process_file(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_empty_file_is_an_empty_result(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = process_file(path)
    assert doc.text == "" and doc.sentences == [] and doc.events == []


def test_whitespace_only_file_is_an_empty_result(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\n \n\t\n")
    assert process_file(path).text == ""


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x00\x01\x02\x03binary\x00\x00" * 50, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (bytes(range(1, 9)) * 200, "binary"),
    ],
)
def test_binary_file(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    assert reason in _error(path)


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(load.MAX_BYTES + 1)  # sparse: no 50 MB written to disk
    assert "limit" in _error(path)


def test_file_just_under_a_lowered_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "MAX_BYTES", 64)
    path = tmp_path / "small.txt"
    path.write_text("A short report that fits.")
    assert process_file(path, until="clean").text == "A short report that fits."
    path.write_text("A longer report. " * 10)
    assert "limit" in _error(path)


def test_directory(tmp_path: Path) -> None:
    assert "directory" in _error(tmp_path)


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "nope.txt")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in _error(path)


def test_os_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "flaky.txt"
    path.write_text("text")

    def fail(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(5, os.strerror(5))

    monkeypatch.setattr(Path, "open", fail)
    assert os.strerror(5) in _error(path)


def test_cli_reports_bad_inputs_and_processes_the_rest(tmp_path: Path, run_cli) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Gunmen attacked a police post on 4 May 2019.")
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00\x01" * 100)
    result = run_cli("extract", str(good), str(blob), str(tmp_path / "missing.txt"), "--quiet")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert "blob.txt" in result.err and "missing.txt" in result.err
