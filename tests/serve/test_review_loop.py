"""The review loop end to end: ingest, correct through the API, read it back from the CLI
exports, and keep it through a re-ingest by a changed extractor."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from kronika.record import stable_id
from kronika.serve import create_app
from kronika.store.ingest import ingest_one
from tests.serve.storefix import TOKEN, TOKENS

#: the module, which the function `kronika.store.ingest` hides
ingest_module = sys.modules[ingest_one.__module__]

AUTH = {"Authorization": f"Bearer {TOKEN}"}

DOCS = {
    "north.txt": (
        "Gunmen kill five at village market\n\n"
        "KANO, May 3, 2024 - Gunmen on motorcycles attacked a market in the village of Gusau on "
        "Thursday, killing five traders and wounding eight others, police said.\n"
    ),
    "south.txt": (
        "Bomb hits checkpoint\n\n"
        "MOGADISHU, June 10, 2024 - A roadside bomb exploded near a police checkpoint in Mogadishu "
        "on Sunday, killing three officers, a police spokesman said. Al-Shabaab said it carried out "
        "the attack.\n"
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    root.mkdir()
    for name, text in DOCS.items():
        (root / name).write_text(text)
    return root


def _ingest(run_cli, folder: Path, db: Path) -> str:
    result = run_cli("ingest", str(folder), "--db", str(db), "-q")
    assert result.code == 0, result.err
    return result.err


def _review_first_attack(db: Path) -> tuple[str, int]:
    client = TestClient(create_app(db, tokens=TOKENS))
    events = client.get("/api/events", params={"q": "gusau", "kind": "attack"}).json()["events"]
    assert events, "the extractor found the market attack"
    event = events[0]
    new = (event["killed"] or 0) + 2
    got = client.post(
        f"/api/events/{event['event_id']}/review",
        json={"field": "killed", "value": new, "note": "local count"},
        headers=AUTH,
    )  # fmt: skip
    assert got.status_code == 200, got.text
    return event["event_id"], new


def _acled_fatalities(run_cli, db: Path, event_id: str) -> list[str]:
    out = run_cli("events", "--db", str(db), "-f", "acled").out
    return [r["fatalities"] for r in csv.DictReader(io.StringIO(out)) if event_id in r["event_id_cnty"]]


def test_a_review_reaches_the_cli_exports(run_cli, folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    _ingest(run_cli, folder, db)
    event_id, killed = _review_first_attack(db)
    assert _acled_fatalities(run_cli, db, event_id) == [str(killed)]
    rows = [json.loads(line) for line in run_cli("review", "export", "--db", str(db)).out.splitlines()]
    assert [(r["gid"], r["killed"], r["doc"]) for r in rows] == [(event_id, killed, "reports/north.txt")]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    scored = run_cli(
        "eval", str(folder / "north.txt"), "--gold", str(gold), "--json", "--published", "2024-05-03"
    )
    assert json.loads(scored.out)["field_counts"]["killed"] == "0/1"  # the correction measures the extractor
    log = [json.loads(line) for line in run_cli("review", "list", "--db", str(db)).out.splitlines()]
    assert [(e["reviewer"], e["field"], e["after"]) for e in log] == [("alice", "killed", killed)]


def _review_then_reingest(run_cli, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change):
    """Ingest, review one event, then ingest again with a new extractor version whose events
    pass through `change(document_id, events)`: (db, reviewed id, killed, ingest result)."""
    db = tmp_path / "k.db"
    _ingest(run_cli, folder, db)
    event_id, killed = _review_first_attack(db)
    original = ingest_module.extract_bytes

    def new_extractor(document_id, data, published):
        got = original(document_id, data, published)
        return replace(got, events=change(document_id, got.events))

    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "kronika next")
    monkeypatch.setattr(ingest_module, "extract_bytes", new_extractor)
    return db, event_id, killed, run_cli("ingest", str(folder), "--db", str(db))


@pytest.mark.parametrize("ids_change", [False, True])
def test_a_review_survives_a_new_extractor(
    run_cli, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ids_change: bool
) -> None:
    def new_events(document_id, events):
        if ids_change:
            return [replace(e, event_id=stable_id(e.event_id, "v2"), confidence=0.99) for e in events]
        return events

    db, event_id, killed, result = _review_then_reingest(run_cli, folder, tmp_path, monkeypatch, new_events)
    assert result.code == 0
    assert "2 replaced" in result.err
    assert ("moved to" in result.err) == ids_change
    rows = [json.loads(line) for line in run_cli("review", "export", "--db", str(db)).out.splitlines()]
    assert [r["killed"] for r in rows] == [killed]
    assert _acled_fatalities(run_cli, db, rows[0]["gid"]) == [str(killed)]
    assert (rows[0]["gid"] != event_id) == ids_change
    assert run_cli("review", "list", "--unplaced", "--db", str(db)).out == ""


def test_a_review_the_new_extractor_cannot_place_is_listed(
    run_cli, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drops_the_attack(document_id, events):
        return [e for e in events if "north" not in document_id or e.kind != "attack"]

    db, event_id, _, result = _review_then_reingest(run_cli, folder, tmp_path, monkeypatch, drops_the_attack)
    assert f"reviews of event {event_id} cannot be placed" in result.err
    (lost,) = [
        json.loads(line) for line in run_cli("review", "list", "--unplaced", "--db", str(db)).out.splitlines()
    ]
    assert lost["event_id"] == event_id and lost["document_id"] == "reports/north.txt" and lost["evidence"]
    kept = [json.loads(line) for line in run_cli("review", "list", "--db", str(db)).out.splitlines()]
    assert [e["event_id"] for e in kept] == [event_id]  # the log keeps it


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--db", "missing.db"], "no store at"),
        (["serve", "--db", "{db}", "--token", "short"], "at least"),
        (["review", "export", "--db", "missing.db"], "no store at"),
    ],
)
def test_cli_errors_are_one_line(run_cli, tmp_path: Path, folder: Path, args, message) -> None:
    db = tmp_path / "k.db"
    _ingest(run_cli, folder, db)
    monkey_args = [
        a.replace("{db}", str(db)).replace("missing.db", str(tmp_path / "missing.db")) for a in args
    ]
    result = run_cli(*monkey_args)
    assert result.code in (1, 2) and message in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
