"""Invariants of the store under any sequence of document writes (hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.store import IncidentConfig, Store, StoredDocument, update_incidents
from kronika.store.incidents import event_dict
from tests.store.generate import make_event

writes = st.lists(
    st.tuples(
        st.sampled_from(["a.txt", "b.txt", "c/d.txt", "e.html"]),
        st.lists(st.tuples(st.sampled_from(["attack", "clash", "arrest"]), st.integers(0, 5)), max_size=4),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None)
@given(writes)
def test_the_store_holds_exactly_the_last_write_of_each_document(sequence: list) -> None:
    model: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "k.db") as store:
        for version, (doc_id, specs) in enumerate(sequence):
            events = [make_event(doc_id, kind=kind, salt=str(salt)) for kind, salt in specs]
            doc = StoredDocument(
                doc_id, doc_id, f"{version:064d}", "x", None, "2024-01-01", "v", "text", len(events)
            )
            store.put_document(doc, events)
            model[doc_id] = {e.event_id for e in events}
        update_incidents(store, IncidentConfig())
        stored: dict[str, set[str]] = {d.document_id: set() for d in store.documents()}
        for event in store.events():
            stored[event.document_id].add(event.event_id)
        n_events = store.count("events")
        members = sorted(r[0] for r in store.conn.execute("SELECT event_id FROM incident_members"))
        counted = dict(store.conn.execute("SELECT document_id, n_events FROM documents").fetchall())
    assert stored == model
    assert n_events == sum(len(v) for v in model.values())
    assert members == sorted(e for v in model.values() for e in v)
    assert counted == {k: len(v) for k, v in model.items()}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["attack", "clash", "arrest"]),
    st.lists(
        st.tuples(st.text(max_size=8), st.sampled_from(["perpetrator", "target", "victim"])), max_size=3
    ),
    st.lists(st.sampled_from(["firearm", "knife", "explosive"]), max_size=2),
    st.text(max_size=30),
    st.none() | st.integers(0, 500),
)
def test_the_fast_record_dict_equals_to_dict(
    kind: str, actors: list, weapons: list, text: str, killed
) -> None:
    event = make_event(
        "a.txt", kind=kind, actors=tuple(actors), weapons=tuple(weapons), text=text, killed=killed
    )
    assert event_dict(event) == event.to_dict()
