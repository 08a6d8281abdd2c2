"""After a correction only the incidents the corrected event can reach are re-clustered
(kronika.store.incremental), and the result always equals a full rebuild."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.record import Event
from kronika.store import IncidentConfig, Store, StoredDocument, update_incidents
from kronika.store import review as rv
from kronika.store.incremental import before_correction, rebuild_block, update_after_correction
from tests.store.generate import make_event

CONFIG = IncidentConfig()

#: (place, admin1, lat, lon): two towns 4 km apart and one far away, all in one country
TOWNS = (
    ("Gao", "Gao", 16.27, -0.04),
    ("Gao East", "Gao", 16.28, -0.005),
    ("Mopti", "Mopti", 14.49, -4.2),
)
#: sentences written for this test: each names a site the matcher compares
TEXTS = (
    "Gunmen attacked the market and killed traders.",
    "Gunmen attacked a checkpoint on the main road.",
    "A bomb went off near the market at noon.",
    "Fighters raided the army base overnight.",
)


def _store(path: Path, events: list[Event]) -> None:
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.document_id, []).append(e)
    with Store(path) as store:
        for doc, evs in sorted(by_doc.items()):
            text = "\n".join(e.evidence[0].text for e in evs)
            sha = hashlib.sha256(f"{doc}\n{text}".encode()).hexdigest()
            stored = StoredDocument(
                doc, f"/in/{doc}", sha, text, None, "2024-01-01T00:00:00+00:00", "t", "text", len(evs)
            )
            store.put_document(stored, evs)
        update_incidents(store, CONFIG)


def _event(doc: int, day: int, town: int, text: int, killed: int | None, kind: str, salt: int) -> Event:
    place, admin1, lat, lon = TOWNS[town]
    return make_event(
        f"outlet{doc}/r.txt", kind, f"2024-03-{day:02d}", None, "day", place, lat, lon, "place", admin1,
        "Mali", "ML", (), killed, None, (), TEXTS[text], 0.7, salt=str(salt),
    )  # fmt: skip


def _incidents(store: Store) -> dict[str, dict[str, Any]]:
    return {i.incident_id: i.to_dict() for i in store.incidents()}


def _full(store: Store) -> dict[str, dict[str, Any]]:
    built = rv.build_reviewed_incidents(store, list(store.events()), CONFIG)
    return {i.incident_id: i.to_dict() for i in built}


def _correct(
    store: Store, event_id: str, field: str, value: Any
) -> tuple[int | None, dict[str, Event | None]]:
    before = before_correction(store, [event_id])
    generation, _ = store.incidents_state()
    rv.write(store, event_id, "tester", field, value, None)
    return update_after_correction(store, CONFIG, before, generation), before


# --- a written case: one correction, one incident changes ---------------------------------


@pytest.fixture
def two_places(tmp_path: Path) -> tuple[Path, dict[str, Event]]:
    events = {
        "a1": _event(1, 5, 0, 0, 4, "attack", 1),  # the market attack in Gao, told by two outlets
        "a2": _event(2, 5, 0, 0, 4, "attack", 2),
        "b1": _event(1, 12, 2, 3, None, "clash", 3),  # the raid on the base in Mopti, two outlets
        "b2": _event(2, 12, 2, 3, None, "clash", 4),
    }
    path = tmp_path / "k.db"
    _store(path, list(events.values()))
    return path, events


def test_a_correction_changes_only_the_incident_of_the_corrected_event(two_places) -> None:
    path, ev = two_places
    with Store(path) as store:
        before = _incidents(store)
        assert len(before) == 2  # each story one incident of two sources
        mopti = next(i for i, row in before.items() if ev["b1"].event_id in row["members"])
        written, _ = _correct(
            store, ev["a1"].event_id, "date", {"date_start": "2024-03-25", "date_end": "2024-03-25"}
        )
        after = _incidents(store)
        assert after == _full(store)
        assert mopti in after and after[mopti] == before[mopti]  # untouched: same id, same record
        changed = set(before) ^ set(after)
        assert changed and mopti not in changed
        assert written == 2  # the Gao incident split in two: only those were written
        members = {m for i in changed & set(after) for m in after[i]["members"]}
        assert members == {ev["a1"].event_id, ev["a2"].event_id}


def test_a_corrected_date_joins_the_event_to_its_incident(tmp_path: Path) -> None:
    """A third outlet dated the Gao market attack a week late: alone until corrected."""
    late = _event(3, 12, 0, 0, 4, "attack", 5)
    events = [_event(1, 5, 0, 0, 4, "attack", 1), _event(2, 5, 0, 0, 4, "attack", 2), late]
    _store(tmp_path / "k.db", events)
    with Store(tmp_path / "k.db") as store:
        assert sorted(len(i["members"]) for i in _incidents(store).values()) == [1, 2]
        _correct(store, late.event_id, "date", _day(5))
        assert [len(i["members"]) for i in _incidents(store).values()] == [3]
        assert _incidents(store) == _full(store)


def test_the_block_of_a_correction_holds_what_the_event_reaches_before_and_after(two_places) -> None:
    path, ev = two_places
    with Store(path) as store:
        before = before_correction(store, [ev["a1"].event_id])
        generation, _ = store.incidents_state()
        # move one Gao report to Mopti, on its own day (a week before the Mopti reports)
        mopti = {"place": "Mopti", "admin1": "Mopti", "latitude": 14.49, "longitude": -4.2}
        rv.write(store, ev["a1"].event_id, "tester", "location", mopti, None)
        rebuilt = rebuild_block(store, before, CONFIG)
        assert rebuilt is not None
        old, _ = rebuilt
        assert len(old) == 1  # the Gao incident; the Mopti one is days apart, out of reach
        assert update_after_correction(store, CONFIG, before, generation) is not None
        assert _incidents(store) == _full(store)


def test_a_stale_store_is_rebuilt_whole(two_places) -> None:
    path, ev = two_places
    with Store(path) as store:
        before = before_correction(store, [ev["a1"].event_id])
        generation, _ = store.incidents_state()
        rv.write(store, ev["a1"].event_id, "tester", "killed", 9, None)
        rv.write(store, ev["b1"].event_id, "tester", "killed", 2, None)  # a second write it was not told of
        update_after_correction(store, CONFIG, before, generation)
        assert _incidents(store) == _full(store)
        assert store.incidents_state()[1].startswith(store.incidents_state()[0] + ":")


# --- the invariant: incremental equals a full rebuild, on generated stores -----------------

event_specs = st.lists(
    st.tuples(
        st.integers(0, 3),  # outlet
        st.integers(1, 4),  # day
        st.integers(0, 2),  # town
        st.integers(0, 3),  # text
        st.sampled_from([None, 2, 4]),  # killed
        st.sampled_from(["attack", "clash"]),
    ),
    min_size=2,
    max_size=9,
)


def _day(d: int) -> dict[str, str]:
    return {"date_start": f"2024-03-{d:02d}", "date_end": f"2024-03-{d:02d}"}


def _town(t: int) -> dict[str, Any]:
    return dict(zip(("place", "admin1", "latitude", "longitude"), TOWNS[t], strict=True))


corrections = st.one_of(
    st.tuples(st.just("date"), st.integers(1, 6).map(_day)),
    st.tuples(st.just("location"), st.integers(0, 2).map(_town)),
    st.tuples(st.just("killed"), st.sampled_from([None, 2, 4, 7])),
    st.tuples(st.just("kind"), st.sampled_from(["attack", "clash", "protest"])),
    st.tuples(st.just("status"), st.sampled_from(["rejected", "confirmed"])),
    st.tuples(st.just("incident"), st.just("alone")),
    st.tuples(st.just("incident"), st.integers(0, 8).map(lambda k: {"with": k})),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=event_specs, steps=st.lists(st.tuples(st.integers(0, 8), corrections), min_size=1, max_size=4))
def test_incremental_incidents_equal_a_full_rebuild(tmp_path_factory, monkeypatch, specs, steps) -> None:
    ingest = importlib.import_module("kronika.store.ingest")
    full_rebuilds: list[int] = []
    whole = ingest.update_incidents

    def counted(*args: Any, **kwargs: Any) -> Any:
        full_rebuilds.append(1)
        return whole(*args, **kwargs)

    events = [_event(*spec, salt=k) for k, spec in enumerate(specs)]
    ids = sorted({e.event_id for e in events})
    path = tmp_path_factory.mktemp("inc") / "k.db"
    _store(path, events)
    with Store(path) as store, monkeypatch.context() as patch:
        patch.setattr(ingest, "update_incidents", counted)
        for pick, (field, value) in steps:
            event_id = ids[pick % len(ids)]
            if field == "incident" and isinstance(value, dict):
                value = {"with": ids[value["with"] % len(ids)]}
            old = _incidents(store)
            try:
                _correct(store, event_id, field, value)
            except rv.ReviewError:
                continue  # no change to record (the same value, a merge with itself)
            new = _incidents(store)
            assert new == _full(store)
            # what changed holds the corrected event or was its incident before
            for incident_id in set(old) ^ set(new):
                row = old.get(incident_id) or new[incident_id]
                touched = set(row["members"])
                assert touched & _reachable(store, event_id, old, new), (incident_id, field, value)
    assert not full_rebuilds  # every correction re-clustered its block alone


def _reachable(store: Store, event_id: str, old: dict, new: dict) -> set[str]:
    """The corrected event and every event that shares an incident with it, before or after,
    or with those (a changed incident always sits next to the correction)."""
    out = {event_id}
    for _ in range(10):
        grown = set(out)
        for table in (old, new):
            for row in table.values():
                if set(row["members"]) & grown:
                    grown |= set(row["members"])
        if grown == out:
            break
        out = grown
    return out
