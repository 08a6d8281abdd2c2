"""Incidents after a correction: re-cluster only the candidate block the corrected events touch.

A full build compares every event with every other event of nearby days. A review changes one
event (its date, place, kind, counts, actors; a rejection removes it; a split or merge changes a
reviewer's choice), and only the incidents that event can reach can change. The matcher merges
events only along pairs it judges "same", so its groups never cross a connected part of the
"same" graph; the reviewers' splits and merges (`review.regroup`) only move events between the
groups their choices name. The **block** of a correction is therefore the smallest set of events
that holds

- the corrected events, as they are now and as they were (what the old version reached),
- every event joined to one of its members by a "same" pair, as the events are now,
- both ends of every reviewer's choice that has one end inside,
- every member of every stored incident with a member inside.

Outside the block nothing can differ from a full rebuild: no pair, choice or incident crosses
its edge, before or after. Inside it, `cluster` + `regroup` + `reconcile` on the block's events
alone give exactly the full rebuild's incidents of those events (the clustering orders pairs by
event id, which a subset keeps). Neighbours are found by a date-window query on the store,
so a correction reads the events of a few days, not the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from kronika.record import Event
from kronika.store.database import Store
from kronika.store.incidents import Incident, IncidentConfig, _Features, judge

#: a block larger than this is rebuilt with the whole store instead (one pass is cheaper)
MAX_BLOCK = 5000


def _window(store: Store, f: _Features, tol: int) -> list[Event]:
    """The stored events whose days come within `tol` days of `f`'s (any of them may pair)."""
    since = (f.start - timedelta(days=tol)).isoformat()
    until = (f.end + timedelta(days=tol)).isoformat()
    rows = store.conn.execute(
        "SELECT record FROM events WHERE date_start IS NOT NULL AND date_start <= ? "
        "AND (date_start >= ? OR coalesce(date_end, date_start) >= ?)",
        (until, since, since),
    ).fetchall()
    return [Event.from_dict(json.loads(r[0])) for r in rows]


def _neighbours(
    store: Store, event: Event, config: IncidentConfig, override: dict[str, Event | None]
) -> list[Event]:
    """The events `event` forms a "same" pair with, in the store with `override` laid over it
    (an id mapped to another version of that event, or to None: not there)."""
    fe = _Features.of(event)
    if fe is None:
        return []  # an event without a date pairs with nothing
    found = {e.event_id: e for e in _window(store, fe, config.date_tolerance_days)}
    for event_id, version in override.items():
        found.pop(event_id, None)
        if version is not None:
            found[event_id] = version  # judged below like the others; out of the window it is apart
    out = []
    for other in found.values():
        if other.event_id == event.event_id:
            continue
        fo = _Features.of(other)
        if fo is not None and judge(fe, fo, config)[0] == "same":
            out.append(other)
    return out


def _reach(
    store: Store, seeds: Iterable[Event], config: IncidentConfig, override: dict[str, Event | None]
) -> set[str]:
    """The ids of the events joined to `seeds` through "same" pairs (their connected parts)."""
    seen: set[str] = set()
    todo = list(seeds)
    while todo:
        event = todo.pop()
        if event.event_id in seen:
            continue
        seen.add(event.event_id)
        if len(seen) > MAX_BLOCK:
            break
        todo.extend(n for n in _neighbours(store, event, config, override) if n.event_id not in seen)
    return seen


def _stored(store: Store, ids: Iterable[str]) -> dict[str, Event]:
    """The stored records of these events (the ones not stored are left out), by id."""
    rows = store.rows_in("SELECT record FROM events WHERE event_id IN ({marks})", sorted(ids))
    events = (Event.from_dict(json.loads(record)) for (record,) in rows)
    return {e.event_id: e for e in events}


def _incidents_with(store: Store, ids: Iterable[str]) -> dict[str, set[str]]:
    """incident id → its member ids, for every stored incident with a member in `ids`."""
    sql = "SELECT DISTINCT incident_id FROM incident_members WHERE event_id IN ({marks})"
    found = sorted({row[0] for row in store.rows_in(sql, sorted(ids))})
    out: dict[str, set[str]] = {}
    sql = "SELECT incident_id, event_id FROM incident_members WHERE incident_id IN ({marks})"
    for incident_id, event_id in store.rows_in(sql, found):
        out.setdefault(incident_id, set()).add(event_id)
    return out


def block(
    store: Store,
    before: Mapping[str, Event | None],
    config: IncidentConfig,
    choices: Mapping[str, Any],
) -> tuple[set[str], set[str]] | None:
    """(the event ids of the block, the stored incidents inside it) of a correction of the events
    `before` names (each id with its record before the correction, None when it was not stored:
    a rejected event confirmed again); the store holds them as they are now. None when the block
    grew past `MAX_BLOCK` (rebuild everything)."""
    changed = set(before)
    now = _stored(store, changed)
    # what the old versions reached, in the store as it was (the old versions in place of the new)
    ids = _reach(store, [e for e in before.values() if e is not None], config, dict(before))
    ids |= changed
    incidents: dict[str, set[str]] = {}
    while True:
        grown = set(ids)
        current = _stored(store, grown)
        grown |= _reach(store, [*current.values(), *now.values()], config, {})
        for event_id, target in choices.items():  # a reviewer's split or merge with one end inside
            if target == "alone":
                continue
            if event_id in grown or target in grown:
                grown |= {event_id, target}
        incidents = _incidents_with(store, grown)
        for members in incidents.values():
            grown |= members
        if len(grown) > MAX_BLOCK:
            return None
        if grown == ids:
            return ids, set(incidents)
        ids = grown


def rebuild_block(
    store: Store, before: Mapping[str, Event | None], config: IncidentConfig
) -> tuple[set[str], list[Incident]] | None:
    """(the stored incidents to drop, the incidents to put in their place) after a correction of
    the events `before`; None when a full rebuild is due instead."""
    from kronika.store.incidents import cluster, reconcile
    from kronika.store.review import incident_choices, regroup

    choices = incident_choices(store)
    found = block(store, before, config, choices)
    if found is None:
        return None
    ids, old = found
    events = list(_stored(store, ids).values())  # rejected events are no longer stored
    inside = {k: v for k, v in choices.items() if k in ids}
    groups = regroup(cluster(events, config), inside)
    return old, sorted((reconcile(g, config) for g in groups), key=lambda i: i.incident_id)


def before_correction(store: Store, event_ids: Iterable[str]) -> dict[str, Event | None]:
    """The stored records of the events a correction is about to change (None for an event not
    in the events table: a rejected one), for `update_after_correction`."""
    ids = list(event_ids)
    stored = _stored(store, ids)
    return {event_id: stored.get(event_id) for event_id in ids}


def update_after_correction(
    store: Store, config: IncidentConfig, before: Mapping[str, Event | None], generation: str
) -> int | None:
    """Bring the incidents up to date after one correction of the events `before` names, made
    when the events' generation was `generation`: only the block is re-clustered when the stored
    incidents were current before it and nothing else was written since; otherwise (or when the
    block is too large) everything is rebuilt. Returns how many incidents were written."""
    from kronika.store.ingest import update_incidents

    now, built_from = store.incidents_state()
    fingerprint = config.fingerprint()
    if built_from == f"{generation}:{fingerprint}" and now == str(int(generation) + 1):
        rebuilt = rebuild_block(store, before, config)
        if rebuilt is not None:
            old, new = rebuilt
            if store.swap_incidents(old, new, generation, now, fingerprint):
                return len(new)
    return update_incidents(store, config)
