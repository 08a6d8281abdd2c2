"""Table corpora: JSON Lines, CSV and Parquet give the same documents; bad rows are reported
one by one and the other rows still run."""

from __future__ import annotations

import csv
import gzip
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import api
from kronika.corpora import Columns, is_table, read_table
from kronika.engines import Source
from kronika.errors import InputError

ROWS: list[dict[str, Any]] = [
    {
        "id": "wire-1",
        "text": "Gunmen killed four people at a market in Mosul on 2 May 2021, police said.",
        "url": "https://example.org/wire-1",
        "title": "Market attack",
        "published": "2021-05-03",
    },
    {
        "id": "wire-2",
        "text": "Police arrested six suspects in Kandahar on Monday, the ministry said.",
        "url": None,
        "title": None,
        "published": "2021-06-08T09:30:00Z",
    },
    {
        "id": 17,
        "text": "<html><body><p>A bomb exploded near a bus station in Aden on 1 March 2020, "
        "killing three people.</p></body></html>",
        "url": "https://example.org/17",
        "title": "Aden blast",
        "published": None,
    },
]


def write_table(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write rows in the format the file's ending names (gzip when it ends in .gz)."""
    name = path.name.removesuffix(".gz")
    if name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(
            [{k: (None if v is None else str(v)) for k, v in r.items()} for r in rows]
        )
        pq.write_table(table, path)
        return path
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8", newline="") as fh:
        if name.endswith((".csv", ".tsv")):
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t" if ".tsv" in name else ",")
            writer.writeheader()
            writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
        else:
            fh.writelines(json.dumps(r) + "\n" for r in rows)
    return path


def described(source: Source | InputError) -> tuple[Any, ...]:
    assert isinstance(source, Source), source
    return (source.document_id, source.data, source.published, source.title, source.origin)


SUFFIXES = [
    "rows.jsonl",
    "rows.ndjson",
    "rows.jsonl.gz",
    "rows.csv",
    "rows.csv.gz",
    "rows.tsv",
    "rows.parquet",
]


@pytest.mark.parametrize("name", SUFFIXES)
def test_every_table_format_gives_the_same_documents(tmp_path: Path, name: str) -> None:
    reference = [described(s) for s in read_table(write_table(tmp_path / "ref.jsonl", ROWS))]
    got = [described(s) for s in read_table(write_table(tmp_path / name, ROWS))]
    assert is_table(tmp_path / name)
    # the origin of a row without a URL names its own file and row
    assert [g[:4] for g in got] == [r[:4] for r in reference]
    assert got[0][4] == "https://example.org/wire-1"
    assert got[1][4] == f"{(tmp_path / name).resolve()}#row=2"
    assert got[1][2] == date(2021, 6, 8)
    assert got[2][0] == "17"


def test_a_row_extracts_as_its_text_would(tmp_path: Path) -> None:
    path = write_table(tmp_path / "rows.jsonl", ROWS[:2])
    from kronika.engines import SerialEngine

    got = [o.events for _, o in SerialEngine().run(read_table(path))]
    assert got == [api.extract(r["text"], r["id"], r["published"]) for r in ROWS[:2]]
    assert all(got)


@pytest.mark.parametrize(
    ("line", "cause"),
    [
        ("{not json", "not a JSON object"),
        ("[1, 2]", "not a JSON object"),
        ('{"id": "b", "text": null}', "no 'text' value"),
        ('{"id": "", "text": "Soldiers were killed."}', "no 'id' value"),
        ('{"id": "c", "text": 12}', "'text' is not text"),
        ('{"id": "d", "text": "Soldiers were killed.", "published": "last week"}', "is not YYYY-MM-DD"),
        ('{"id": "wire-1", "text": "Soldiers were killed."}', "already used by row 1"),
    ],
)
def test_a_bad_row_is_one_error_with_its_row_number(tmp_path: Path, line: str, cause: str) -> None:
    path = tmp_path / "bad.jsonl"
    good = [json.dumps(r) for r in ROWS[:2]]
    path.write_text("\n".join([good[0], line, good[1]]) + "\n", encoding="utf-8")
    got = list(read_table(path))
    assert [type(g).__name__ for g in got] == ["Source", "InputError", "Source"]
    assert str(got[1]).startswith(f"{path}: row 2: ") and cause in str(got[1])


def test_a_csv_row_with_more_fields_than_the_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        'id,text\na,"Troops fired on a crowd."\nb,one,two\nc,"A mine exploded."\n', encoding="utf-8"
    )
    got = list(read_table(path))
    assert [g.document_id if isinstance(g, Source) else "error" for g in got] == ["a", "error", "c"]
    assert "row 2: more fields" in str(got[1])


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.csv", "rows.parquet"])
def test_a_missing_column_is_one_error_naming_the_columns_there_are(tmp_path: Path, name: str) -> None:
    rows = [{"doc": r["id"], "body": r["text"]} for r in ROWS]
    path = write_table(tmp_path / name, rows)
    with pytest.raises(InputError, match=r"no 'id' column .*columns: doc, body.*--id-column"):
        list(read_table(path))
    renamed = list(read_table(path, Columns(id="doc", text="body")))
    assert [s.document_id for s in renamed if isinstance(s, Source)] == ["wire-1", "wire-2", "17"]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), min_size=1),
        min_size=1,
        max_size=5,
    )
)
def test_csv_and_jsonl_keep_any_text_exactly(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("any")
    rows = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)]
    for name in ("any.csv", "any.jsonl"):
        got = list(read_table(write_table(folder / name, rows)))
        assert [g.data.decode("utf-8") if isinstance(g, Source) else g for g in got] == texts
