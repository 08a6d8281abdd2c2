"""`kronika extract` and `kronika ingest` over table corpora; records out as a Parquet dataset."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kronika import api
from kronika.corpora import read_records
from kronika.record import Event
from tests.corpora.test_tables import ROWS, write_table


def records(out: str) -> list[Event]:
    return [Event.from_dict(json.loads(line)) for line in out.splitlines()]


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.csv", "rows.parquet"])
def test_extract_reads_a_table_one_document_a_row(tmp_path: Path, run_cli, name: str) -> None:
    path = write_table(tmp_path / name, ROWS)
    result = run_cli("extract", str(path), "-q")
    assert result.code == 0, result.err
    got = records(result.out)
    expected = [e for r in ROWS for e in api.process(r["text"], str(r["id"]), r["published"]).events]
    assert [e.event_id for e in got] == [e.event_id for e in expected]
    assert {e.document_id for e in got} == {"wire-1", "wire-2", "17"}


def test_bad_rows_are_reported_and_the_others_still_run(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps(ROWS[0]), "{oops", json.dumps({"id": "x", "text": None}), json.dumps(ROWS[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("extract", str(path), "-q")
    assert result.code == 1
    errors = result.err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"kronika: error: {path}: row 2: ")
    assert errors[1] == f"kronika: error: {path}: row 3: no 'text' value"
    assert {e.document_id for e in records(result.out)} == {"wire-1", "wire-2"}


def test_renamed_columns_are_named_by_options(tmp_path: Path, run_cli) -> None:
    rows = [{"uid": r["id"], "body": r["text"], "date": r["published"]} for r in ROWS]
    path = write_table(tmp_path / "renamed.jsonl", rows)
    plain = run_cli("extract", str(path), "-q")
    assert plain.code == 1 and "no 'id' column" in plain.err and "--id-column" in plain.err
    named = run_cli(
        "extract",
        str(path),
        "-q",
        "--id-column",
        "uid",
        "--text-column",
        "body",
        "--published-column",
        "date",
    )
    assert named.code == 0, named.err
    assert named.out == run_cli("extract", str(write_table(tmp_path / "rows.jsonl", ROWS)), "-q").out


def test_parquet_output_is_partitioned_by_year_and_country(tmp_path: Path, run_cli) -> None:
    path = write_table(tmp_path / "rows.jsonl", ROWS)
    jsonl = records(run_cli("extract", str(path), "-q").out)
    out = tmp_path / "records"
    result = run_cli("extract", str(path), "-q", "-f", "parquet", "-o", str(out))
    assert result.code == 0, result.err
    back = read_records(out)
    key = lambda e: e.event_id  # noqa: E731
    assert sorted(back, key=key) == sorted(jsonl, key=key)
    parts = {p.relative_to(out).parts[:2] for p in out.rglob("*.parquet")}
    expected = {
        (f"year={e.date_start[:4]}", f"country={e.country}") for e in jsonl if e.date_start and e.country
    }
    assert expected and expected <= parts
    # running again replaces the dataset; a folder that is not one is refused
    assert run_cli("extract", str(path), "-q", "-f", "parquet", "-o", str(out)).code == 0
    assert len(read_records(out)) == len(jsonl)
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    refused = run_cli("extract", str(path), "-q", "-f", "parquet", "-o", str(other))
    assert refused.code == 1 and "not a kronika Parquet dataset" in refused.err
    assert (other / "keep.txt").read_text() == "mine"
    assert run_cli("extract", str(path), "-q", "-f", "parquet").code == 1


def test_ingest_stores_each_row_under_its_id(tmp_path: Path, run_cli) -> None:
    path = write_table(tmp_path / "rows.csv", ROWS)
    db = tmp_path / "k.db"
    first = run_cli("ingest", str(path), "--db", str(db), "-q")
    assert first.code == 0, first.err
    with sqlite3.connect(db) as con:
        stored = dict(con.execute("SELECT document_id, path FROM documents").fetchall())
    assert stored == {
        "wire-1": "https://example.org/wire-1",
        "wire-2": f"{path.resolve()}#row=2",
        "17": "https://example.org/17",
    }
    again = run_cli("ingest", str(path), "--db", str(db))
    assert "0 added, 0 replaced, 3 unchanged" in again.err
    changed = [dict(ROWS[0], text=ROWS[0]["text"].replace("four", "five")), *ROWS[1:]]
    write_table(path, changed)
    assert "0 added, 1 replaced, 2 unchanged" in run_cli("ingest", str(path), "--db", str(db)).err


def test_ingest_refuses_a_row_whose_id_another_input_has(tmp_path: Path, run_cli) -> None:
    (tmp_path / "wire-1").write_text("Rebels attacked a convoy near Beni on 2 May 2021.", encoding="utf-8")
    path = write_table(tmp_path / "rows.jsonl", ROWS)
    result = run_cli("ingest", str(tmp_path / "wire-1"), str(path), "--db", str(tmp_path / "k.db"), "-q")
    assert result.code == 1
    assert "id 'wire-1' is already the id of" in result.err
    with sqlite3.connect(tmp_path / "k.db") as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
