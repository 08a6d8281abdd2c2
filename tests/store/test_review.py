"""The review log: corrections laid over the records, kept through re-extraction."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.record import Evidence
from kronika.store import Query, Store, StoredDocument, update_incidents
from kronika.store import review as rv
from kronika.store.export import write_records
from kronika.store.incidents import IncidentConfig
from kronika.store.review import ReviewError
from tests.store.generate import make_event

MARKET = "Two men with rifles shot at traders in the market square, wounding three."
BRIDGE = "A roadside bomb went off beside the river bridge, killing a driver."


def _doc(doc_id: str, text: str, sha: str = "0" * 64, version: str = "test") -> StoredDocument:
    return StoredDocument(doc_id, doc_id, sha, text, None, "2024-05-01T12:00:00+00:00", version, "text", 2)


def _events(doc_id: str, text: str, salt: str = "", shift: int = 0, bridge_kind: str = "attack"):
    market = make_event(doc_id, text=MARKET, injured=3, salt=salt)
    bridge = make_event(doc_id, kind=bridge_kind, text=BRIDGE, killed=1, day="2020-03-07", salt=salt)
    a, b = text.index(MARKET), text.index(BRIDGE)
    market.evidence = [Evidence(doc_id, a, a + len(MARKET), MARKET)]
    bridge.evidence = [Evidence(doc_id, b, b + len(BRIDGE), BRIDGE)]
    del shift
    return [market, bridge]


TEXT = f"Report.\n{MARKET}\n{BRIDGE}\n"


@pytest.fixture
def store(store_target: str):
    """A store of two events, once on SQLite and once on PostgreSQL (`pytest -m postgres`)."""
    with Store(store_target) as s:
        s.put_document(_doc("wire.txt", TEXT), _events("wire.txt", TEXT))
        update_incidents(s, IncidentConfig())
        yield s


def _by_text(store: Store, text: str):
    return next(e for e in store.events() if e.evidence and e.evidence[0].text == text)


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [
        ("killed", 5, lambda e: e.killed),
        ("killed", "7", lambda e: e.killed),
        ("kind", "clash", lambda e: e.kind),
        ("event_type", "Battles", lambda e: e.event_type),
        ("attribution", "claimed", lambda e: e.attribution),
        ("weapons", ["firearm"], lambda e: e.weapons),
        ("date", {"date_start": "2020-03-01", "date_end": "2020-03-02", "date_precision": "days"},
         lambda e: {"date_start": e.date_start, "date_end": e.date_end, "date_precision": e.date_precision}),
        ("location", {"place": "Tikrit", "admin1": "Salah ad Din", "latitude": 34.6, "longitude": 43.68},
         lambda e: {"place": e.place, "admin1": e.admin1, "latitude": e.latitude, "longitude": e.longitude}),
        ("actors", [{"name": "Local police", "role": "security_force"}],
         lambda e: [(a.name, a.role) for a in e.actors]),
    ],
)  # fmt: skip
def test_a_correction_is_what_every_reader_sees(store: Store, field, value, read) -> None:
    event = _by_text(store, MARKET)
    before = rv.validate(field, value)
    entry, new = rv.write(store, event.event_id, "ana", field, value, note="checked the text")
    stored = next(e for e in store.events() if e.event_id == event.event_id)
    expected = before if not isinstance(before, list) or field == "weapons" else [
        (a["name"], a["role"]) for a in before
    ]  # fmt: skip
    assert read(stored) == read(new) == expected
    assert stored.reviewed and new.reviewed
    assert entry.reviewer == "ana" and entry.note == "checked the text" and entry.after == before
    assert rv.original_values([entry])  # the extractor's value is kept as `before`


def test_the_log_keeps_the_extractors_original_and_every_step(store: Store) -> None:
    event = _by_text(store, MARKET)
    rv.write(store, event.event_id, "ana", "injured", 4)
    rv.write(store, event.event_id, "ben", "injured", 5, note="hospital figure")
    log = rv.entries(store, event.event_id)
    assert [(e.reviewer, e.before, e.after) for e in log] == [("ana", 3, 4), ("ben", 4, 5)]
    assert rv.original_values(log) == {"injured": 3}
    assert rv.status(log) == "corrected"


def test_query_columns_follow_the_review(store: Store) -> None:
    event = _by_text(store, MARKET)
    rv.write(store, event.event_id, "ana", "location", {"country": "Syria", "country_code": "SY"})
    assert {e.event_id for e in store.events(Query(country="SY"))} == {event.event_id}
    rv.write(store, event.event_id, "ana", "kind", "clash")
    assert {e.event_id for e in store.events(Query(kinds=("clash",)))} == {event.event_id}


def test_acled_export_returns_the_reviewed_value(store: Store) -> None:
    event = _by_text(store, BRIDGE)
    rv.write(store, event.event_id, "ana", "killed", 9)
    out = io.StringIO()
    write_records(store, Query(), "acled", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["fatalities"] for r in rows if event.event_id in r["event_id_cnty"]] == ["9"]


def test_rejected_events_leave_queries_and_come_back_when_confirmed(store: Store) -> None:
    event = _by_text(store, BRIDGE)
    rv.write(store, event.event_id, "ana", "status", "rejected", note="a drill, not an attack")
    assert event.event_id not in {e.event_id for e in store.events()}
    found = rv.find_event(store, event.event_id)
    assert found is not None and found[1] == "rejected"
    rv.write(store, event.event_id, "ana", "status", "confirmed")
    assert event.event_id in {e.event_id for e in store.events()}
    assert rv.find_event(store, event.event_id)[1] == "confirmed"  # type: ignore[index]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("killed", -1, "whole number"),
        ("killed", 10**12, "whole number"),
        ("killed", True, "whole number"),
        ("kind", "picnic", "kind must be one of"),
        ("latitude", 91, "latitude"),
        ("longitude", "east", "longitude"),
        ("date_start", "2020-13-01", "date"),
        ("date_start", "2021-01-01", "after date_end"),
        ("event_id", "x", "cannot be reviewed"),
        ("evidence", [], "cannot be reviewed"),
        ("status", "maybe", "status must be one of"),
        ("actors", [{"role": "victim"}], "name"),
        ("actors", [{"name": "x", "role": "hero"}], "actor role"),
        ("location", {"planet": "Mars"}, "location must be an object"),
        ("injured", 3, "already"),
    ],
)
def test_bad_reviews_are_refused_and_leave_no_trace(store: Store, field, value, message) -> None:
    event = _by_text(store, MARKET)
    with pytest.raises(ReviewError, match=message):
        rv.write(store, event.event_id, "ana", field, value)
    assert rv.entries(store) == []
    assert _by_text(store, MARKET) == event


def test_unknown_event_is_not_found(store: Store) -> None:
    with pytest.raises(rv.NotFound):
        rv.write(store, "nope", "ana", "killed", 1)


def test_reviews_survive_re_extraction_with_the_same_ids(store: Store) -> None:
    event = _by_text(store, MARKET)
    rv.write(store, event.event_id, "ana", "injured", 8)
    store.put_document(_doc("wire.txt", TEXT, version="v2"), _events("wire.txt", TEXT))
    assert _by_text(store, MARKET).injured == 3  # a fresh record, before reconciling
    done = rv.reconcile(store)
    assert done.reapplied == [event.event_id] and not done.moved and not done.unplaced
    assert _by_text(store, MARKET).injured == 8
    assert rv.reconcile(store).reapplied == []  # idempotent


def test_reviews_move_to_the_new_id_by_document_evidence_and_kind(store: Store) -> None:
    market, bridge = _by_text(store, MARKET), _by_text(store, BRIDGE)
    rv.write(store, market.event_id, "ana", "injured", 8)
    rv.write(store, bridge.event_id, "ana", "status", "rejected")
    changed = "A new headline.\n\n" + TEXT  # the offsets shift, the ids change
    store.put_document(_doc("wire.txt", changed, sha="1" * 64), _events("wire.txt", changed, salt="v2"))
    done = rv.reconcile(store)
    new_market = _by_text(store, MARKET)
    assert new_market.event_id != market.event_id and new_market.injured == 8 and new_market.reviewed
    assert (market.event_id, new_market.event_id) in done.moved
    assert BRIDGE not in {e.evidence[0].text for e in store.events()}  # still rejected
    assert rv.unplaced(store) == []
    assert [e.event_id for e in rv.entries(store, new_market.event_id)] == [new_market.event_id]
    assert rv.entries(store, new_market.event_id)[0].reviewed_event_id == market.event_id


def test_reviews_that_cannot_be_placed_are_listed_and_kept(store: Store) -> None:
    bridge = _by_text(store, BRIDGE)
    rv.write(store, bridge.event_id, "ana", "killed", 2)
    # the new extractor calls it a clash: same evidence, another kind, another id
    store.put_document(
        _doc("wire.txt", TEXT, version="v2"), _events("wire.txt", TEXT, "v2", bridge_kind="clash")
    )
    done = rv.reconcile(store)
    assert done.unplaced == [bridge.event_id]
    (lost,) = rv.unplaced(store)
    assert (lost.event_id, lost.document_id, lost.kind, lost.evidence, lost.entries) == (
        bridge.event_id, "wire.txt", "attack", BRIDGE, 1,
    )  # fmt: skip
    assert len(rv.entries(store)) == 1


def test_gold_rows_are_scored_by_kronika_eval(store: Store) -> None:
    from kronika.evaluate import score

    market, bridge = _by_text(store, MARKET), _by_text(store, BRIDGE)
    rv.write(store, market.event_id, "ana", "status", "confirmed")
    rv.write(store, bridge.event_id, "ana", "killed", 2)
    rows = list(rv.gold_rows(store))
    assert [r["gid"] for r in rows] == sorted([market.event_id, bridge.event_id])
    preds = [e.to_dict() for e in store.events()]
    result = score(preds, rows)
    assert result.matched == 2 and result.field_counts["killed"] == "1/1"
    original = [
        replace(e, killed=1 if e.event_id == bridge.event_id else e.killed).to_dict() for e in store.events()
    ]
    assert score(original, rows).field_counts["killed"] == "0/1"  # the correction measures the extractor


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=500), min_size=1, max_size=6))
def test_the_stored_record_is_the_overlay_of_the_log(tmp_path_factory, values) -> None:
    path = tmp_path_factory.mktemp("h") / "k.db"
    with Store(path) as s:
        s.put_document(_doc("w.txt", TEXT), _events("w.txt", TEXT))
        event = _by_text(s, MARKET)
        for v in values:
            with contextlib.suppress(ReviewError):  # the same value twice in a row is no change
                rv.write(s, event.event_id, "ana", "killed", v)
        stored = _by_text(s, MARKET)
        assert stored == rv.overlay(event, rv.entries(s, event.event_id))
        assert stored.killed == values[-1]
        assert json.dumps(rv.original_values(rv.entries(s))) in ('{"killed": null}', "{}")


@pytest.mark.parametrize(
    ("groups", "choices", "expected"),
    [
        ([["a", "b"], ["c"]], {}, [["a", "b"], ["c"]]),
        ([["a", "b"], ["c"]], {"a": "alone"}, [["b"], ["c"], ["a"]]),
        ([["a", "b"], ["c"]], {"c": "a"}, [["a", "b", "c"]]),
        ([["a", "b"], ["c"]], {"c": "b", "a": "alone"}, [["b", "c"], ["a"]]),
        ([["a", "b"], ["c"]], {"c": "gone"}, [["a", "b"], ["c"]]),
        ([["a", "b"], ["c"]], {"zz": "alone"}, [["a", "b"], ["c"]]),
    ],
)
def test_regroup_applies_splits_and_merges(groups, choices, expected) -> None:
    made = {i: make_event(f"{i}.txt", text=f"Event {i} happened.") for g in groups for i in g}
    ids = {k: (made[k].event_id if k in made else k) for k in {*choices, *choices.values()}}
    out = rv.regroup([[made[i] for i in g] for g in groups], {ids[k]: ids[v] for k, v in choices.items()})
    assert [[e.document_id.split(".")[0] for e in g] for g in out] == expected
