"""The commands through the runner: formats, exit codes, bad inputs, stdin, output files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from kronika.export import CSV_COLUMNS
from kronika.record import json_schema
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample-report.txt"


def test_schema_command_prints_the_json_schema(run_cli) -> None:
    result = run_cli("schema")
    assert result.code == 0
    assert json.loads(result.out) == json_schema()


def test_extract_jsonl_records_validate(run_cli) -> None:
    result = run_cli("extract", str(SAMPLE))
    assert result.code == 0, result.err
    validator = jsonschema.Draft202012Validator(json_schema())
    for line in result.out.splitlines():
        row = json.loads(line)
        assert validator.is_valid(row), row
        assert row["document_id"] == SAMPLE.name


def test_extract_csv_has_header_and_flattened_lists(run_cli) -> None:
    result = run_cli("extract", str(SAMPLE), "--format", "csv")
    assert result.code == 0, result.err
    reader = csv.DictReader(io.StringIO(result.out))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    for row in reader:
        assert "{" not in row["actors"]


def test_extract_geojson_is_a_feature_collection(run_cli) -> None:
    result = run_cli("extract", str(SAMPLE), "--format", "geojson")
    assert result.code == 0, result.err
    collection = json.loads(result.out)
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        geometry = feature["geometry"]
        assert geometry is None or geometry["type"] == "Point"


def test_extract_writes_output_file(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run_cli("extract", str(SAMPLE), "-o", str(out))
    assert result.code == 0, result.err
    assert result.out == ""
    assert out.exists()
    assert not (tmp_path / "events.jsonl.part").exists()


@pytest.mark.parametrize(
    "make_bad, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: _write(d / "blob.bin", bytes(range(256)) * 64), "binary"),
        (lambda d: _write(d / "big.txt", b"a" * (50 * 1024 * 1024 + 1)), "limit"),
    ],
)
def test_bad_input_is_one_line_and_others_still_processed(
    run_cli, tmp_path: Path, make_bad, message: str
) -> None:
    bad = make_bad(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli("extract", str(bad), str(good), "-o", str(out), "--quiet")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.strip()]
    assert len(errors) == 1 and message in errors[0] and errors[0].startswith("kronika: error:")
    assert "Traceback" not in result.err
    good_alone = run_cli("extract", str(good))
    assert out.read_text(encoding="utf-8") == good_alone.out


def test_clean_of_a_directory_is_a_one_line_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("clean", str(tmp_path))
    assert result.code == 1
    assert result.err.strip().startswith(f"kronika: error: {tmp_path}: is a directory")
    assert len(result.err.strip().splitlines()) == 1


def test_empty_file_gives_no_records_and_no_error(run_cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_cli("extract", str(empty))
    assert (result.code, result.out, result.err) == (0, "", "")


def test_directory_input_is_walked(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Nothing happened here.", encoding="utf-8")
    (tmp_path / "a" / "skip.png").write_bytes(b"\x89PNG\r\n")
    result = run_cli("clean", str(tmp_path / "a" / "one.txt"))
    assert result.code == 0
    walked = run_cli("extract", str(tmp_path / "a"))
    assert walked.code == 0, walked.err


@pytest.mark.parametrize(
    "args",
    [
        ("extract",),
        ("extract", "x.txt", "--format", "xml"),
        ("extract", "x.txt", "--published", "yesterday"),
        ("eval", "x.txt"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2_with_one_line(run_cli, args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def _run_module(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kronika", *args], input=stdin, capture_output=True, timeout=120
    )


def test_stdin_and_python_dash_m_entry_point() -> None:
    proc = _run_module("clean", "-", stdin=b"A short report.\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "A short report.\n"


def test_progress_bar_only_for_several_files_and_quiet_silences_it(tmp_path: Path) -> None:
    files = []
    for i in range(5):
        f = tmp_path / f"r{i}.txt"
        f.write_text(f"Report number {i}.", encoding="utf-8")
        files.append(str(f))
    noisy = _run_module("extract", *files)
    quiet = _run_module("extract", *files, "--quiet")
    few = _run_module("extract", *files[:2])
    assert noisy.returncode == quiet.returncode == few.returncode == 0
    assert b"doc" in noisy.stderr
    assert quiet.stderr == b"" and few.stderr == b""


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
