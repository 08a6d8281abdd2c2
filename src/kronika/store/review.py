"""Review is data, not an edit: an append-only log of corrections laid over the records.

Every change an analyst makes is one entry (reviewer, time, field, before, after, note)
keyed by event id. What queries, exports and the API return is the extractor's record
with the reviewed values laid over it and ``reviewed: true``; the log keeps the
extractor's original as the first ``before`` of each field.

The overlay is *materialised*: writing a review updates the stored record and its query
columns in the same transaction, so every reader of the store (``kronika events``, the
incidents, the HTTP API) sees reviewed values without knowing about reviews. A rejected
event leaves the events table for ``reviews_rejected`` (it is not an event) and comes
back when confirmed.

Re-ingesting a changed document, or a new extractor version, writes fresh records.
`reconcile` then lays the log over them again: an event that kept its id gets its entries
back; one whose id changed is found again by document, evidence span and kind (the
extractor's kind when first reviewed), and the entries move to the new id; the rest are
listed by `unplaced`.

Fields a review may set: the record's own fields (see `FIELDS`), two composites
(``date`` = start, end, precision; ``location`` = place, admin1, country, country_code,
latitude, longitude, geo_precision) and ``status`` (``confirmed`` or ``rejected``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from kronika.errors import KronikaError
from kronika.record import (
    ACTOR_TYPES,
    ATTRIBUTIONS,
    DATE_PRECISIONS,
    GEO_PRECISIONS,
    KINDS,
    ROLES,
    WEAPONS,
    Event,
)
from kronika.store.database import _EVENT_COLUMNS, Store, _loc_columns
from kronika.store.incidents import event_dict

STATUSES = ("confirmed", "rejected")
CERTAINTIES = ("confirmed", "claimed", "suspected", "alleged", "denied", "unknown")
MAX_TEXT = 500
MAX_COUNT = 10_000_000
MAX_ACTORS = 50
MAX_NOTE = 2000


class ReviewError(KronikaError):
    """A review that cannot be recorded (unknown event or field, a value of the wrong type)."""


class NotFound(ReviewError):
    """No stored event (nor rejected one) has this id."""


# --- validating values ----------------------------------------------------------------


def _text(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise ReviewError(f"{name} must be a text of at most {MAX_TEXT} characters, or null")
        return value.strip() or None

    return check


def _choice(name: str, choices: tuple[str, ...], nullable: bool = False) -> Callable[[Any], Any]:
    def check(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if value not in choices:
            raise ReviewError(f"{name} must be one of {', '.join(choices)}")
        return str(value)

    return check


def _count(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise ReviewError(f"{name} must be a whole number from 0 to {MAX_COUNT}, or null")
        return value

    return check


def _flag(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> bool:
        if not isinstance(value, bool):
            raise ReviewError(f"{name} must be true or false")
        return value

    return check


def _degrees(name: str, limit: float) -> Callable[[Any], Any]:
    def check(value: Any) -> float | None:
        if value is None or value == "":
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = float("nan")
        if isinstance(value, bool) or not -limit <= number <= limit:
            raise ReviewError(f"{name} must be a number from -{limit:g} to {limit:g}, or null")
        return round(number, 6)

    return check


def _day(name: str) -> Callable[[Any], Any]:
    def check(value: Any) -> str | None:
        if value is None or value == "":
            return None
        try:
            if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReviewError(f"{name} must be a date YYYY-MM-DD, or null") from None

    return check


def _country_code(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value):
        raise ReviewError("country_code must be an ISO 3166-1 alpha-2 code (two letters), or null")
    return value.upper()


def _weapons(value: Any) -> list[str]:
    if not isinstance(value, list) or any(w not in WEAPONS for w in value):
        raise ReviewError(f"weapons must be a list of {', '.join(WEAPONS)}")
    return list(dict.fromkeys(value))


def _actors(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or len(value) > MAX_ACTORS:
        raise ReviewError(f"actors must be a list of at most {MAX_ACTORS} objects with a name")
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise ReviewError("each actor needs a name (text)")
        unknown = set(item) - {"name", "canonical", "role", "certainty", "type", "inter", "affiliation"}
        if unknown:
            raise ReviewError(f"unknown actor field(s): {', '.join(sorted(unknown))}")
        actor_type = _choice("actor type", ACTOR_TYPES, nullable=True)(item.get("type"))
        inter = item.get("inter")
        if inter is not None and (
            isinstance(inter, bool) or not isinstance(inter, int) or not 1 <= inter <= 8
        ):
            raise ReviewError("actor inter must be a code from 1 to 8, or null")
        out.append(
            {
                "name": _text("actor name")(item["name"]),
                "canonical": _text("actor canonical")(item.get("canonical")),
                "role": _choice("actor role", ROLES)(item.get("role", "other")),
                "certainty": _choice("actor certainty", CERTAINTIES)(item.get("certainty", "confirmed")),
                "type": actor_type,
                "inter": inter,
                "affiliation": _text("actor affiliation")(item.get("affiliation")),
            }
        )
    return out


#: the record fields a review may set, each with the check its value must pass
FIELDS: dict[str, Callable[[Any], Any]] = {
    "kind": _choice("kind", KINDS),
    "event_type": _text("event_type"),
    "sub_event_type": _text("sub_event_type"),
    "date_start": _day("date_start"),
    "date_end": _day("date_end"),
    "date_precision": _choice("date_precision", DATE_PRECISIONS),
    "date_text": _text("date_text"),
    "place": _text("place"),
    "admin1": _text("admin1"),
    "country": _text("country"),
    "country_code": _country_code,
    "latitude": _degrees("latitude", 90),
    "longitude": _degrees("longitude", 180),
    "geo_precision": _choice("geo_precision", GEO_PRECISIONS),
    "actors": _actors,
    "killed": _count("killed"),
    "killed_perpetrators": _count("killed_perpetrators"),
    "injured": _count("injured"),
    "arrested": _count("arrested"),
    "attribution": _choice("attribution", ATTRIBUTIONS),
    "claim_disputed": _flag("claim_disputed"),
    "weapons": _weapons,
    "interaction": _text("interaction"),
    "civilian_targeting": _flag("civilian_targeting"),
    "summary": _flag("summary"),
}

#: fields set together: one review entry, `before` and `after` are objects of these keys
COMPOSITES: dict[str, tuple[str, ...]] = {
    "date": ("date_start", "date_end", "date_precision"),
    "location": ("place", "admin1", "country", "country_code", "latitude", "longitude", "geo_precision"),
}


#: entries that say something about the event, not a value of its record
VERDICTS = ("status", "incident")


def reviewable_fields() -> list[str]:
    return [*FIELDS, *COMPOSITES, *VERDICTS]


def _incident_value(value: Any) -> Any:
    """`alone` (split the event out of its incident), `auto` (let the matcher decide again)
    or `{"with": EVENT_ID}` (put it in the incident of that event)."""
    if value in ("alone", "auto"):
        return value
    if (
        isinstance(value, dict)
        and set(value) == {"with"}
        and isinstance(value["with"], str)
        and re.fullmatch(r"[0-9A-Za-z_-]{1,64}", value["with"])
    ):
        return {"with": value["with"]}
    raise ReviewError('incident must be "alone", "auto" or {"with": EVENT_ID}')


def validate(field_name: str, value: Any) -> Any:
    """The value a review of `field_name` stores, or a ReviewError saying what is wrong."""
    if field_name == "status":
        return _choice("status", STATUSES)(value)
    if field_name == "incident":
        return _incident_value(value)
    if field_name in COMPOSITES:
        keys = COMPOSITES[field_name]
        if not isinstance(value, dict) or not value or set(value) - set(keys):
            raise ReviewError(f"{field_name} must be an object with some of: {', '.join(keys)}")
        return {k: FIELDS[k](value[k]) for k in keys if k in value}
    check = FIELDS.get(field_name)
    if check is None:
        raise ReviewError(
            f"field {field_name!r} cannot be reviewed; choose one of {', '.join(reviewable_fields())}"
        )
    return check(value)


# --- the log --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One change: who, when, which field, the value before and after, and why."""

    seq: int
    event_id: str
    reviewed_event_id: str
    document_id: str
    reviewer: str
    reviewed_at: str
    field: str
    before: Any
    after: Any
    note: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "event_id": self.event_id,
            "reviewed_event_id": self.reviewed_event_id,
            "document_id": self.document_id,
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at,
            "field": self.field,
            "before": self.before,
            "after": self.after,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Anchor:
    """How a reviewed event is found again when re-extraction changes its id."""

    document_id: str
    kind: str
    evidence: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, event: Event) -> Anchor:
        return cls(event.document_id, event.kind, tuple((e.start, e.end, e.text) for e in event.evidence))

    def score(self, event: Event) -> int:
        """How well `event` fits: characters of evidence overlapping, or the length of an
        identical evidence text elsewhere (the document changed around it); 0 = no fit."""
        if event.document_id != self.document_id or event.kind != self.kind:
            return 0
        best = 0
        for start, end, text in self.evidence:
            for ev in event.evidence:
                overlap = min(end, ev.end) - max(start, ev.start)
                if ev.text == text:
                    overlap = max(overlap, len(text))
                best = max(best, overlap)
        return best


_COLUMNS = (
    "seq, event_id, reviewed_event_id, document_id, reviewer, reviewed_at, field, before_value, after_value, "
    "note"
)


def _entry(row: tuple[Any, ...]) -> ReviewEntry:
    return ReviewEntry(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]), json.loads(row[8]), row[9]
    )


def has_log(store: Store) -> bool:
    """Whether the store has the review tables (a store opened read-only is not migrated)."""
    return "reviews" in store.conn.tables()


def entries(store: Store, event_id: str | None = None, reviewer: str | None = None) -> list[ReviewEntry]:
    """The log, oldest first: all of it, or one event's, or one reviewer's."""
    if not has_log(store):
        return []
    sql = f"SELECT {_COLUMNS} FROM reviews"
    clauses, params = [], []
    if event_id is not None:
        clauses.append("event_id = ?")
        params.append(event_id)
    if reviewer is not None:
        clauses.append("reviewer = ?")
        params.append(reviewer)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return [_entry(r) for r in store.conn.execute(sql + " ORDER BY seq", params)]


def status(log: Iterable[ReviewEntry]) -> str | None:
    """`confirmed`, `rejected`, `corrected` (fields changed, no verdict) or None (never reviewed)."""
    verdict = None
    any_entry = False
    for entry in log:
        any_entry = True
        if entry.field == "status":
            verdict = entry.after
    return verdict or ("corrected" if any_entry else None)


def original_values(log: Iterable[ReviewEntry]) -> dict[str, Any]:
    """The extractor's value of every field the log changed (the first `before`)."""
    out: dict[str, Any] = {}
    for entry in log:
        if entry.field in VERDICTS:
            continue
        if entry.field in COMPOSITES:
            for k, v in (entry.before or {}).items():
                out.setdefault(k, v)
        else:
            out.setdefault(entry.field, entry.before)
    return out


def overlay(event: Event, log: Iterable[ReviewEntry]) -> Event:
    """The record with every logged value laid over it, in order, and `reviewed` set."""
    row = event_dict(event)
    touched = False
    for entry in log:
        touched = True
        if entry.field in VERDICTS:
            continue
        if entry.field in COMPOSITES:
            row.update(entry.after)
        else:
            row[entry.field] = entry.after
    if touched:
        row["reviewed"] = True
    return Event.from_dict(row)


def _current(record: Event, field_name: str) -> Any:
    row = event_dict(record)
    if field_name in COMPOSITES:
        return {k: row[k] for k in COMPOSITES[field_name]}
    return row[field_name]


def _check_dates(event: Event) -> None:
    if event.date_start and event.date_end and event.date_start > event.date_end:
        raise ReviewError(
            f"date_start {event.date_start} would fall after date_end {event.date_end}; "
            "review the field `date` to set both at once"
        )


# --- reading and writing events --------------------------------------------------------


def _stored(store: Store, event_id: str) -> tuple[Event, bool] | None:
    """(record, rejected?) of an event in the events table or among the rejected."""
    row = store.conn.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
    if row:
        return Event.from_dict(json.loads(row[0])), False
    if not has_log(store):
        return None
    row = store.conn.execute("SELECT record FROM reviews_rejected WHERE event_id = ?", (event_id,)).fetchone()
    if row:
        return Event.from_dict(json.loads(row[0])), True
    return None


def find_event(store: Store, event_id: str) -> tuple[Event, str | None] | None:
    """The (reviewed) record of an event, rejected ones too, and its review status."""
    found = _stored(store, event_id)
    if found is None:
        return None
    return found[0], status(entries(store, event_id))


def _record_json(event: Event) -> str:
    return json.dumps(event_dict(event), ensure_ascii=False)


def _update(db: Any, event: Event) -> None:
    db.execute(
        "UPDATE events SET kind = ?, date_start = ?, date_end = ?, country = ?, country_code = ?, "
        "admin1 = ?, latitude = ?, longitude = ?, confidence = ?, actors = ?, record = ? WHERE event_id = ?",
        (*_loc_columns(event), _record_json(event), event.event_id),
    )


def _reject(db: Any, event: Event) -> None:
    state = db.execute(
        "SELECT sha256, extractor_version FROM documents WHERE document_id = ?", (event.document_id,)
    ).fetchone() or ("", "")
    db.execute("DELETE FROM reviews_rejected WHERE event_id = ?", (event.event_id,))
    db.execute(
        "INSERT INTO reviews_rejected(event_id, document_id, sha256, extractor_version, record) "
        "VALUES (?, ?, ?, ?, ?)",
        (event.event_id, event.document_id, state[0], state[1], _record_json(event)),
    )
    db.execute("DELETE FROM events WHERE event_id = ?", (event.event_id,))


def _restore(db: Any, event: Event) -> None:
    db.execute("DELETE FROM reviews_rejected WHERE event_id = ?", (event.event_id,))
    db.execute(
        f"INSERT INTO events({_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.event_id, event.document_id, *_loc_columns(event), _record_json(event)),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _anchor_of(db: Any, event_id: str, record: Event) -> tuple[str, str]:
    """(kind, evidence JSON) that re-anchor an event: its first review's, else the record's."""
    row = db.execute(
        "SELECT anchor_kind, anchor_evidence FROM reviews WHERE event_id = ? ORDER BY seq LIMIT 1",
        (event_id,),
    ).fetchone()
    if row:
        return row[0], row[1]
    anchor = Anchor.of(record)
    return anchor.kind, json.dumps([list(e) for e in anchor.evidence], ensure_ascii=False)


def write(
    store: Store,
    event_id: str,
    reviewer: str,
    field_name: str,
    value: Any,
    note: str | None = None,
    at: str | None = None,
) -> tuple[ReviewEntry, Event]:
    """Append one review entry and lay it over the stored record, in one transaction.

    `field_name` is a record field, a composite (`date`, `location`) or `status` with
    `confirmed` / `rejected`. Returns the entry and the record as it now reads.
    """
    if not reviewer or not reviewer.strip():
        raise ReviewError("a review needs a reviewer")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
        raise ReviewError(f"note must be a text of at most {MAX_NOTE} characters")
    after = validate(field_name, value)
    with store.transaction() as db:
        found = _stored(store, event_id)
        if found is None:
            raise NotFound(f"no event {event_id!r} in the store")
        record, rejected = found
        log = entries(store, event_id)
        if field_name == "status":
            before = status(log) if status(log) in STATUSES else None
        elif field_name == "incident":
            before = _incident_before(db, event_id, log)
            if isinstance(after, dict) and (
                after["with"] == event_id or _stored(store, after["with"]) is None
            ):
                raise ReviewError(f"no other event {after['with']!r} to put this one with")
            if before == after:
                raise ReviewError(f"incident is already {json.dumps(after)}")
        else:
            before = _current(record, field_name)
            if field_name in COMPOSITES:
                before = {k: before[k] for k in after}
            if before == after:
                raise ReviewError(f"{field_name} is already {json.dumps(after, ensure_ascii=False)}")
        kind, evidence = _anchor_of(db, event_id, record)
        seq = int(db.execute("SELECT coalesce(max(seq), 0) + 1 FROM reviews").fetchone()[0])
        entry = ReviewEntry(
            seq, event_id, event_id, record.document_id, reviewer.strip(), at or _now(),
            field_name, before, after, note or None,
        )  # fmt: skip
        new = overlay(record, [entry])
        _check_dates(new)
        db.execute(
            "INSERT INTO reviews(seq, event_id, reviewed_event_id, document_id, anchor_kind, "
            "anchor_evidence, reviewer, reviewed_at, field, before_value, after_value, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq, event_id, event_id, record.document_id, kind, evidence, entry.reviewer,
                entry.reviewed_at, field_name, json.dumps(before, ensure_ascii=False),
                json.dumps(after, ensure_ascii=False), entry.note,
            ),
        )  # fmt: skip
        now_rejected = after == "rejected" if field_name == "status" else rejected
        if rejected and not now_rejected:
            _restore(db, new)
        elif now_rejected:
            _reject(db, new)
        else:
            _update(db, new)
        store._bump_generation()
    return entry, new


# --- after re-extraction ---------------------------------------------------------------


@dataclass(slots=True)
class Reconciled:
    """What `reconcile` did: entries laid again over fresh records, chains moved to a new
    event id, and the events whose reviews it could not place."""

    reapplied: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Unplaced:
    event_id: str
    document_id: str
    kind: str
    evidence: str
    entries: int
    last_reviewed_at: str


def _chains(store: Store) -> list[tuple[str, str, str, str]]:
    """(event_id, document_id, anchor kind, anchor evidence JSON) of every reviewed event."""
    if not has_log(store):
        return []
    rows = store.conn.execute(
        "SELECT event_id, document_id, anchor_kind, anchor_evidence, seq FROM reviews ORDER BY seq"
    ).fetchall()
    seen: dict[str, tuple[str, str, str, str]] = {}
    for event_id, document_id, kind, evidence, _ in rows:
        seen.setdefault(event_id, (event_id, document_id, kind, evidence))
    return list(seen.values())


def _rejected_current(store: Store, event_id: str) -> bool:
    row = store.conn.execute(
        "SELECT r.sha256 = d.sha256 AND r.extractor_version = d.extractor_version "
        "FROM reviews_rejected r JOIN documents d ON d.document_id = r.document_id WHERE r.event_id = ?",
        (event_id,),
    ).fetchone()
    return bool(row and row[0])


def reconcile(store: Store) -> Reconciled:
    """Lay the review log over records that re-extraction wrote afresh; re-anchor the
    reviews of events whose id changed (same document, same kind, overlapping or identical
    evidence; each new event taken once, best fit first); report what cannot be placed."""
    done = Reconciled()
    chains = _chains(store)
    if not chains:
        return done
    keys = {c[0] for c in chains}
    by_document: dict[str, list[Event]] = {}

    def candidates(document_id: str) -> list[Event]:
        if document_id not in by_document:
            rows = store.conn.execute("SELECT record FROM events WHERE document_id = ?", (document_id,))
            by_document[document_id] = [
                e for e in (Event.from_dict(json.loads(r[0])) for r in rows) if e.event_id not in keys
            ]
        return by_document[document_id]

    with store.transaction() as db:
        for event_id, document_id, kind, evidence in chains:
            row = db.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
            if row:
                record = Event.from_dict(json.loads(row[0]))
                if record.reviewed:
                    continue
            elif _rejected_current(store, event_id):
                continue
            else:
                db.execute("DELETE FROM reviews_rejected WHERE event_id = ?", (event_id,))
                anchor = Anchor(
                    document_id, kind, tuple((int(s), int(e), str(t)) for s, e, t in json.loads(evidence))
                )
                pool = candidates(document_id)
                scored = sorted(((anchor.score(e), e.event_id, e) for e in pool), key=lambda t: (-t[0], t[1]))
                if not scored or scored[0][0] <= 0:
                    done.unplaced.append(event_id)
                    continue
                record = scored[0][2]
                pool.remove(record)
                db.execute("UPDATE reviews SET event_id = ? WHERE event_id = ?", (record.event_id, event_id))
                done.moved.append((event_id, record.event_id))
            log = entries(store, record.event_id)
            new = overlay(record, log)
            if status(log) == "rejected":
                _reject(db, new)
            else:
                _update(db, new)
            done.reapplied.append(record.event_id)
        if done.reapplied:
            store._bump_generation()
    return done


def unplaced(store: Store) -> list[Unplaced]:
    """Reviewed events that are neither stored nor among the rejected of their document's
    current version: their reviews wait (kept in the log) for an event to lay them on."""
    out = []
    for event_id, document_id, kind, evidence in _chains(store):
        if store.conn.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone():
            continue
        if _rejected_current(store, event_id):
            continue
        log = entries(store, event_id)
        spans = json.loads(evidence)
        out.append(
            Unplaced(event_id, document_id, kind, spans[0][2] if spans else "", len(log), log[-1].reviewed_at)
        )
    return out


# --- incidents: split and merge -----------------------------------------------------------


def _incident_before(db: Any, event_id: str, log: list[ReviewEntry]) -> Any:
    for entry in reversed(log):
        if entry.field == "incident":
            return entry.after
    return "auto"


def incident_choices(store: Store) -> dict[str, Any]:
    """event id → `alone` or the event id it must share an incident with, from the latest
    `incident` entry of each event (a target whose id changed is followed to its new id)."""
    if not has_log(store):
        return {}
    rows = store.conn.execute(
        "SELECT event_id, after_value FROM reviews WHERE field = 'incident' ORDER BY seq"
    ).fetchall()
    latest = {event_id: json.loads(after) for event_id, after in rows}
    moved = dict(
        store.conn.execute(
            "SELECT reviewed_event_id, event_id FROM reviews WHERE reviewed_event_id <> event_id"
        )
    )
    out: dict[str, Any] = {}
    for event_id, value in latest.items():
        if value == "alone":
            out[event_id] = "alone"
        elif isinstance(value, dict):
            out[event_id] = moved.get(value["with"], value["with"])
    return out


def regroup(groups: list[list[Event]], choices: dict[str, Any]) -> list[list[Event]]:
    """The matcher's groups with the reviewers' splits and merges applied: an event marked
    `alone` gets an incident of its own; one put `with` another joins that one's group."""
    if not choices:
        return groups
    home: dict[str, int] = {}
    out = [list(g) for g in groups]
    for i, group in enumerate(out):
        for event in group:
            home[event.event_id] = i
    for event_id, choice in sorted(choices.items()):
        if event_id not in home:
            continue
        i = home[event_id]
        event = next(e for e in out[i] if e.event_id == event_id)
        if choice == "alone":
            target = len(out)
            out.append([])
        elif choice in home and home[choice] != i:
            target = home[choice]
        else:
            continue
        out[i].remove(event)
        out[target].append(event)
        home[event_id] = target
    return [g for g in out if g]


def build_reviewed_incidents(store: Store, events: list[Event], config: Any) -> list[Any]:
    """`build_incidents` with the reviewers' splits and merges applied."""
    from kronika.store.incidents import cluster, reconcile

    groups = regroup(cluster(events, config), incident_choices(store))
    return sorted((reconcile(g, config) for g in groups), key=lambda i: i.incident_id)


# --- gold rows ------------------------------------------------------------------------

#: how far from the reviewed coordinates a prediction may lie, by the place's precision
RADIUS_KM = {"place": 30, "district": 60, "admin1": 250, "country": 800, "region": 1500}


def gold_row(event: Event, log: list[ReviewEntry]) -> dict[str, Any]:
    """A reviewed record as a row of the gold format `kronika eval` scores (shared/gold)."""
    located = event.latitude is not None and event.longitude is not None
    reviewers = sorted({e.reviewer for e in log})
    fields_changed = sorted({e.field for e in log if e.field not in VERDICTS})
    note = f"reviewed by {', '.join(reviewers)}"
    if fields_changed:
        note += f"; corrected {', '.join(fields_changed)}"
    notes = [e.note for e in log if e.note]
    if notes:
        note += f"; {' / '.join(dict.fromkeys(notes))}"
    named = [
        a.canonical or a.name
        for a in event.actors
        if a.role in ("perpetrator", "claimant") and (a.canonical or a.name)
    ]
    return {
        "gid": event.event_id,
        "doc": event.document_id,
        "kind": event.kind,
        "acled_event_type": event.event_type,
        "acled_sub_event_type": event.sub_event_type,
        "date_start": event.date_start,
        "date_end": event.date_end or event.date_start,
        "date_precision": event.date_precision,
        "place": event.place,
        "country": event.country,
        "lat": event.latitude if located else None,
        "lon": event.longitude if located else None,
        "radius_km": RADIUS_KM.get(event.geo_precision) if located else None,
        "killed": event.killed,
        "injured": event.injured,
        "is_actor": False,
        "attribution": None if event.attribution == "unknown" else event.attribution,
        "claim_disputed": event.claim_disputed,
        "optional": False,
        "actors": list(dict.fromkeys(named)),
        "note": note,
        "reviewed_at": log[-1].reviewed_at if log else None,
    }


def gold_rows(store: Store, document_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Every reviewed event that stands (confirmed or corrected, not rejected) as a gold
    row, by document and event id. Rejected events are left out: they are not events."""
    for event_id, doc, _, _ in sorted(_chains(store), key=lambda c: (c[1], c[0])):
        if document_id is not None and doc != document_id:
            continue
        row = store.conn.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if row is None:
            continue
        event = Event.from_dict(json.loads(row[0]))
        yield gold_row(event, entries(store, event_id))
