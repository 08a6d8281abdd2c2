"""Queries and exports: filters, jsonl/csv/geojson/acled/parquet, stats, the DataFrame API."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kronika.errors import KronikaError
from kronika.store import Query, Store, StoredDocument, update_incidents
from kronika.store.acled import acled_columns
from kronika.store.incidents import IncidentConfig
from kronika.store.query import BBox
from tests.store.generate import make_event

CHURCH = "A gunman opened fire at a church in the town, killing four worshippers."


def sample_events() -> dict[str, list]:
    return {
        "wire-a.txt": [
            make_event("wire-a.txt", text=CHURCH, killed=4, actors=(("Islamic State", "claimant"),)),
            make_event(
                "wire-a.txt",
                kind="arrest",
                day="2021-06-10",
                place="Makhachkala",
                lat=42.98,
                lon=47.5,
                admin1="Dagestan",
                country="Russia",
                code="RU",
                confidence=0.9,
                actors=(("FSB", "security_force"), ("two brothers", "subject")),
            ),
        ],
        "wire-b.txt": [make_event("wire-b.txt", text=CHURCH, killed=6, lat=36.35)],
        "page.html": [
            make_event(
                "page.html",
                kind="clash",
                day="2019-01-01",
                end="2019-12-31",
                precision="year",
                place=None,
                lat=None,
                lon=None,
                geo="country",
                admin1=None,
                country="Nigeria",
                code="NG",
            ),
            make_event(
                "page.html",
                day=None,
                place=None,
                lat=None,
                lon=None,
                geo="unknown",
                admin1=None,
                country=None,
                code=None,
                confidence=0.2,
            ),
        ],
    }


@pytest.fixture
def db(store_target: str) -> str:
    """A small store of known events, on each backend."""
    path = store_target
    with Store(path) as store:
        for doc_id, events in sample_events().items():
            stored = StoredDocument(
                doc_id,
                doc_id,
                f"sha-{doc_id}",
                "text",
                None,
                "2024-05-01T12:00:00+00:00",
                "test",
                "text",
                len(events),
            )
            store.put_document(stored, events)
        update_incidents(store, IncidentConfig())
    return path


def ids(store: Store, query: Query) -> set[str]:
    return {e.document_id + ":" + e.kind for e in store.events(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            Query(),
            {
                "wire-a.txt:attack",
                "wire-a.txt:arrest",
                "wire-b.txt:attack",
                "page.html:clash",
                "page.html:attack",
            },
        ),
        (Query(kinds=("arrest", "clash")), {"wire-a.txt:arrest", "page.html:clash"}),
        (Query(country="ru"), {"wire-a.txt:arrest"}),
        (Query(country="Iraq", admin1="nineveh"), {"wire-a.txt:attack", "wire-b.txt:attack"}),
        (
            Query(
                since=__import__("datetime").date(2019, 6, 1), until=__import__("datetime").date(2020, 1, 1)
            ),
            {"page.html:clash"},
        ),
        (Query(actor="islamic"), {"wire-a.txt:attack"}),
        (Query(bbox=BBox(40, 30, 50, 45)), {"wire-a.txt:attack", "wire-a.txt:arrest", "wire-b.txt:attack"}),
        (Query(bbox=BBox(47, 42, 48, 43)), {"wire-a.txt:arrest"}),
        (Query(min_confidence=0.8), {"wire-a.txt:arrest"}),
    ],
)
def test_filters(db: str, query: Query, expected: set[str]) -> None:
    with Store(db, readonly=True) as store:
        assert ids(store, query) == expected


def test_the_two_church_reports_are_one_incident(db: str) -> None:
    with Store(db, readonly=True) as store:
        incidents = list(store.incidents())
    assert len(incidents) == 4
    church = next(i for i in incidents if len(i.sources) == 2)
    assert church.sources == ["wire-a.txt", "wire-b.txt"]
    assert (church.record.killed, church.killed_min, church.killed_max) == (4, 4, 6)


@pytest.mark.parametrize("value", ["1,2,3", "a,b,c,d", "10,0,5,1", "0,-95,1,1"])
def test_bad_bbox_is_a_clear_error(value: str) -> None:
    with pytest.raises(KronikaError, match="bbox"):
        BBox.parse(value)


@pytest.mark.parametrize("incidents", [False, True])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "acled", "text"])
def test_every_text_format_writes_every_record(db: str, run_cli, fmt: str, incidents: bool) -> None:
    result = run_cli("events", "--db", str(db), "--format", fmt, *(["--incidents"] if incidents else []))
    assert result.code == 0, result.err
    expected = 4 if incidents else 5
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.out.splitlines()]
        assert len(rows) == expected
        if incidents:
            assert all("incident_id" in r and "killed_min" in r for r in rows)
    elif fmt == "geojson":
        features = json.loads(result.out)["features"]
        assert len(features) == expected
        assert all(f["geometry"] is None or f["geometry"]["type"] == "Point" for f in features)
    elif fmt == "text":
        assert len(result.out.splitlines()) == 1 + expected
    else:
        rows = list(csv.DictReader(io.StringIO(result.out)))
        assert len(rows) == expected
        if fmt == "acled":
            assert tuple(rows[0]) == acled_columns()


@pytest.mark.parametrize("incidents", [False, True])
def test_parquet_round_trip(db: str, tmp_path: Path, run_cli, incidents: bool) -> None:
    import pandas as pd

    out = tmp_path / "events.parquet"
    result = run_cli(
        "events",
        "--db",
        str(db),
        "--format",
        "parquet",
        "-o",
        str(out),
        *(["--incidents"] if incidents else []),
    )
    assert result.code == 0, result.err
    frame = pd.read_parquet(out)
    assert len(frame) == (4 if incidents else 5)
    assert "incident_id" in frame.columns if incidents else "event_id" in frame.columns


def test_parquet_to_stdout_is_refused(db: str, run_cli) -> None:
    result = run_cli("events", "--db", str(db), "--format", "parquet")
    assert result.code == 1 and "-o" in result.err


def test_dataframe_api(db: str) -> None:
    with Store(db, readonly=True) as store:
        events = store.events_df(country="Iraq")
        incidents = store.incidents_df()
    assert sorted(events["document_id"]) == ["wire-a.txt", "wire-b.txt"]
    assert list(incidents.columns[:2]) == ["event_id", "document_id"]
    assert incidents["n_sources"].max() == 2


def test_stats_counts_by_year_country_and_kind(db: str, run_cli) -> None:
    result = run_cli("stats", "--db", str(db))
    assert result.code == 0
    assert result.out.startswith("5 events from 3 documents")
    lines = [line.split() for line in result.out.splitlines()]
    assert ["2020", "2"] in lines and ["Russia", "1"] in lines and ["attack", "3"] in lines
    assert ["(unknown)", "1"] in lines
    incidents = run_cli("stats", "--db", str(db), "--incidents")
    assert incidents.out.startswith("4 incidents")


def test_querying_a_missing_store_is_an_error(tmp_path: Path, run_cli) -> None:
    result = run_cli("events", "--db", str(tmp_path / "nope.db"))
    assert result.code == 1 and "no store" in result.err
    assert not (tmp_path / "nope.db").exists()


def test_stale_incidents_are_noted(db: str, run_cli) -> None:
    with Store(db) as store:
        stored = StoredDocument(
            "late.txt", "late.txt", "1" * 64, "t", None, "2024-05-02T00:00:00", "v", "text", 1
        )
        store.put_document(stored, [make_event("late.txt")])
    result = run_cli("events", "--db", str(db), "--incidents")
    assert result.code == 0 and "predate" in result.err
    assert "predate" not in run_cli("events", "--db", str(db)).err


def test_dataframes_without_pandas_are_a_clear_error(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "pandas", None)
    with Store(db, readonly=True) as store, pytest.raises(KronikaError, match=r"kronika\[data\]"):
        store.events_df()
