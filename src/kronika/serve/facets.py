"""The API's query table and the SQL of a page.

`api_facets` holds, one row an event, the store's query columns (the same names, so the
store's `Query.where()` applies to it unchanged) plus what the API also filters and sorts
on — ACLED's types, the fatalities — with indexes for each (case-folded ones where the
filters compare case-insensitively; place and kind with the dates, so the usual
combinations are counted from an index alone). `api_text` holds the text `q` searches,
apart, so a search scans only text; `api_actor_names` the distinct actor names, so
`actor` scans names, not events, and finds the events through `api_actor_events`. Each row is stamped with
its document's ingest time and the event's last review, so `refresh` rewrites only the
rows whose record changed. A page is found in this one table, then its records are read
by id. All SQL here is parameterised and portable (no JSON functions); sort keys and
directions come from a fixed table, never from the request.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kronika.record import Event
from kronika.store import Query, Store
from kronika.store.database import _loc_columns

#: sort name → (SQL column, kind of its values); "-name" sorts descending
SORTS: dict[str, tuple[str, type]] = {
    "date": ("date_start", str),
    "fatalities": ("f_fatalities", int),
    "confidence": ("confidence", float),
    "country": ("country", str),
    "admin1": ("admin1", str),
    "kind": ("kind", str),
    "event_type": ("f_event_type", str),
}

_STAMP = (
    "d.ingested_at || ':' || CAST(coalesce((SELECT max(r.seq) FROM reviews r "
    "WHERE r.event_id = e.event_id), 0) AS TEXT)"
)


def fatalities(event: Event) -> int | None:
    return event.killed


def actor_names(event: Event) -> set[str]:
    """The case-folded names and canonical names of an event's actors (what `actor` matches)."""
    return {n.casefold() for a in event.actors for n in (a.name, a.canonical) if n}


def search_text(event: Event) -> str:
    """What `q` searches: the evidence, the place and the actors' names, case-folded."""
    parts = [ev.text for ev in event.evidence]
    parts += [p for p in (event.place, event.admin1, event.country) if p]
    parts += [n for a in event.actors for n in (a.name, a.canonical) if n]
    return "\n".join(parts).casefold()


def refresh(store: Store) -> int:
    """Bring `api_facets` up to date with the events; return how many rows were written."""
    generation = store.meta("events_generation") or "0"
    if store.meta("api_facets_generation") == generation:
        return 0
    rows = store.conn.execute(
        f"SELECT e.event_id, e.record, {_STAMP} FROM events e "
        "JOIN documents d ON d.document_id = e.document_id "
        "LEFT JOIN api_facets f ON f.event_id = e.event_id "
        f"WHERE f.event_id IS NULL OR f.f_stamp <> {_STAMP}"
    ).fetchall()
    with store.transaction() as db:
        for table in ("api_facets", "api_text", "api_actor_events"):
            db.execute(f"DELETE FROM {table} WHERE event_id NOT IN (SELECT event_id FROM events)")
            db.executemany(f"DELETE FROM {table} WHERE event_id = ?", [(r[0],) for r in rows])
        events = [Event.from_dict(json.loads(record)) for _, record, _ in rows]
        db.executemany(
            "INSERT INTO api_facets(event_id, document_id, kind, date_start, date_end, country, "
            "country_code, admin1, latitude, longitude, confidence, actors, f_event_type, "
            "f_sub_event_type, f_fatalities, f_stamp) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_facet_row(event, row[2]) for event, row in zip(events, rows, strict=True)],
        )
        db.executemany(
            "INSERT INTO api_text(event_id, f_text) VALUES (?, ?)",
            [(e.event_id, search_text(e)) for e in events],
        )
        pairs = sorted({(name, e.event_id) for e in events for name in actor_names(e)})
        db.executemany(
            "INSERT INTO api_actor_names(name) VALUES (?) ON CONFLICT (name) DO NOTHING",
            [(name,) for name in sorted({name for name, _ in pairs})],
        )
        db.executemany("INSERT INTO api_actor_events(name, event_id) VALUES (?, ?)", pairs)
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('api_facets_generation', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (generation,),
        )
    return len(rows)


def _facet_row(event: Event, stamp: str) -> tuple[Any, ...]:
    return (
        event.event_id,
        event.document_id,
        *_loc_columns(event),
        event.event_type,
        event.sub_event_type,
        fatalities(event),
        stamp,
    )


class BadCursor(ValueError):
    pass


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps(list(values), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, kind: type) -> tuple[Any, str]:
    """(sort value, event id) from a cursor this API handed out; BadCursor otherwise."""
    try:
        if len(cursor) > 1000:
            raise ValueError
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, last_id = json.loads(raw)
    except (ValueError, binascii.Error, TypeError):
        raise BadCursor("cursor is not one this API handed out") from None
    if not isinstance(last_id, str) or not (value is None or isinstance(value, kind | int)):
        raise BadCursor("cursor is not one this API handed out")
    return value, last_id


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The store's `Query` plus what the API adds: ACLED types, fatalities, text search."""

    query: Query = field(default_factory=Query)
    event_type: str | None = None
    sub_event_type: str | None = None
    min_fatalities: int | None = None
    q: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        # `actor` (any part of a name) is matched against the distinct names, then their
        # events by index, rather than against every event's names in turn
        where, params = replace(self.query, actor=None).where()
        clauses = [where]
        if self.query.actor:
            needle = self.query.actor.casefold().replace("!", "!!").replace("%", "!%").replace("_", "!_")
            clauses.append(
                "event_id IN (SELECT e.event_id FROM api_actor_events e WHERE e.name IN "
                "(SELECT n.name FROM api_actor_names n WHERE n.name LIKE ? ESCAPE '!'))"
            )
            params.append(f"%{needle}%")
        if self.event_type:
            clauses.append("lower(f_event_type) = lower(?)")
            params.append(self.event_type)
        if self.sub_event_type:
            clauses.append("lower(f_sub_event_type) = lower(?)")
            params.append(self.sub_event_type)
        if self.min_fatalities is not None:
            clauses.append("f_fatalities >= ?")
            params.append(self.min_fatalities)
        if self.q:
            escaped = self.q.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("event_id IN (SELECT event_id FROM api_text WHERE f_text LIKE ? ESCAPE '\\')")
            params.append(f"%{escaped}%")
        return " AND ".join(clauses), params


def page(
    store: Store, flt: EventFilter, sort: str, limit: int, cursor: str | None
) -> tuple[list[Event], str | None, int]:
    """One page of events: (records, the cursor of the next page or None, total matching).

    Keyset paging on (sort value, event id): a page costs the same however deep it is, and
    records added meanwhile do not shift the pages already handed out. Records without a
    value of the sort key come last in both directions.
    """
    descending = sort.startswith("-")
    key, kind = SORTS[sort.lstrip("-")]
    where, params = flt.where()
    total = int(store.conn.execute(f"SELECT count(*) FROM api_facets WHERE {where}", params).fetchone()[0])
    op, order = ("<", "DESC") if descending else (">", "ASC")
    if cursor:
        value, last_id = decode_cursor(cursor, kind)
        if value is None:
            where += f" AND {key} IS NULL AND event_id {op} ?"
            params = [*params, last_id]
        else:
            where += f" AND ({key} IS NULL OR {key} {op} ? OR ({key} = ? AND event_id {op} ?))"
            params = [*params, value, value, last_id]
    sql = (
        f"SELECT event_id, {key} FROM api_facets WHERE {where} "
        f"ORDER BY {key} {order} NULLS LAST, event_id {order} LIMIT ?"
    )
    rows = store.conn.execute(sql, [*params, limit + 1]).fetchall()
    events = records(store, [r[0] for r in rows[:limit]])
    following = None
    if len(rows) > limit:
        last = rows[limit - 1]
        following = encode_cursor([last[1], last[0]])
    return events, following, total


def records(store: Store, event_ids: list[str]) -> list[Event]:
    """The stored records of these events, in this order."""
    rows = store.rows_in("SELECT record FROM events WHERE event_id IN ({marks})", event_ids)
    found = {e.event_id: e for e in (Event.from_dict(json.loads(record)) for (record,) in rows)}
    return [found[i] for i in event_ids if i in found]


def count_by(store: Store, flt: EventFilter, expr: str) -> list[tuple[str | None, int, int]]:
    """(key, events, fatalities) grouped by a fixed SQL expression over the filtered events."""
    where, params = flt.where()
    sql = (
        f"SELECT {expr} AS k, count(*), coalesce(sum(f_fatalities), 0) FROM api_facets "
        f"WHERE {where} GROUP BY {expr} ORDER BY k NULLS LAST"
    )
    return [(k, int(n), int(f)) for k, n, f in store.conn.execute(sql, params)]
