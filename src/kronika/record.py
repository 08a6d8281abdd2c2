"""The event record: the one definition of what kronika writes.

Field names and types follow ``shared/spec/event-record.md``; outside tools read them.
`json_schema()` derives the JSON Schema from these dataclasses, so the schema and the
records cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_origin, get_type_hints

Kind = Literal[
    "attack",
    "clash",
    "protest",
    "riot",
    "arrest",
    "legal_action",
    "seizure",
    "claim",
    "allegiance",
    "group_change",
    "designation",
    "statement",
    "other",
]
DatePrecision = Literal["day", "days", "month", "season", "year", "unknown"]
GeoPrecision = Literal["place", "district", "admin1", "country", "region", "unknown"]
Role = Literal[
    "perpetrator", "target", "security_force", "victim", "claimant", "authority", "subject", "other"
]
Certainty = Literal["confirmed", "claimed", "suspected", "alleged", "denied", "unknown"]
Attribution = Literal["claimed", "suspected", "alleged", "confirmed", "denied", "unknown"]
Weapon = Literal["firearm", "knife", "explosive", "grenade", "vehicle", "fire", "other"]
ActorType = Literal[
    "state forces",
    "rebel group",
    "political militia",
    "identity militia",
    "rioters",
    "protesters",
    "civilians",
    "external/other forces",
]

KINDS: tuple[str, ...] = get_args(Kind)
DATE_PRECISIONS: tuple[str, ...] = get_args(DatePrecision)
GEO_PRECISIONS: tuple[str, ...] = get_args(GeoPrecision)
ROLES: tuple[str, ...] = get_args(Role)
ATTRIBUTIONS: tuple[str, ...] = get_args(Attribution)
WEAPONS: tuple[str, ...] = get_args(Weapon)
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)
#: ACLED's inter code of each actor type (1 state forces ... 8 external/other forces)
INTER_CODES: dict[str, int] = {name: code for code, name in enumerate(ACTOR_TYPES, start=1)}


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    canonical: str | None = None
    role: Role = "other"
    certainty: Certainty = "confirmed"
    #: ACLED actor type ("state forces", "rebel group", ... see ACTOR_TYPES) and its inter code
    type: ActorType | None = None
    inter: int | None = None
    #: the group this actor belongs to (canonical name), as the text states it or as the alias
    #: table knows it ("ISWAP" → "Islamic State"); a parent the text does not name stays here,
    #: not among the event's actors
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    document_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    event_id: str
    document_id: str
    kind: Kind
    event_type: str | None = None
    sub_event_type: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision = "unknown"
    date_text: str | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision = "unknown"
    actors: list[Actor] = field(default_factory=list)
    killed: int | None = None
    killed_perpetrators: int | None = None
    injured: int | None = None
    arrested: int | None = None
    attribution: Attribution = "unknown"
    claim_disputed: bool = False
    weapons: list[Weapon] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    #: ACLED interaction code of the two sides, the lower inter code first ("17", "12"); null if one-sided
    interaction: str | None = None
    civilian_targeting: bool = False
    #: a total over events that are also recorded one by one; kept out of sums
    summary: bool = False
    language: str = "en"
    source: str | None = None
    extractor_version: str = ""
    reviewed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Event:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in row.items() if k in known}
        values["actors"] = [Actor(**a) for a in row.get("actors") or []]
        values["evidence"] = [Evidence(**e) for e in row.get("evidence") or []]
        values["weapons"] = list(row.get("weapons") or [])
        return cls(**values)


def consistent_counts(event: Event) -> Event:
    """Counts that agree: the perpetrators killed are part of `killed`, so `killed` is at least
    their number (a figure for the perpetrators alone makes it that figure)."""
    perp, killed = event.killed_perpetrators, event.killed
    if perp is not None and (killed is None or perp > killed):
        return dataclasses.replace(event, killed=max(killed or 0, perp))
    return event


def unique_events(events: list[Event]) -> list[Event]:
    """One record per event id: a record repeated whole is kept once; two different records
    that share an id are refused loudly, as storing one would lose the other."""
    from kronika.errors import KronikaError

    seen: dict[str, Event] = {}
    out: list[Event] = []
    for event in events:
        earlier = seen.get(event.event_id)
        if earlier is None:
            seen[event.event_id] = event
            out.append(event)
        elif earlier != event:
            raise KronikaError(
                f"{event.document_id}: two different records share the event id {event.event_id} "
                "(a kronika bug; please report it with this input)"
            )
    return out


def stable_id(*parts: object) -> str:
    """A short deterministic id from the parts that identify a record."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


# --- JSON Schema -------------------------------------------------------------------------

_DESCRIPTIONS = {
    "event_id": "stable: the same input and configuration give the same id",
    "document_id": "the input's name (file name by default)",
    "date_start": "YYYY-MM-DD, start of the interval the event falls in",
    "date_end": "YYYY-MM-DD, end of the interval; equal to date_start for a known day",
    "date_text": "the words that gave the date, as written",
    "place": "the most precise place, canonical name",
    "admin1": "first-level region",
    "country_code": "ISO 3166-1 alpha-2",
    "killed": "all stated deaths, perpetrators included; null when no count is stated",
    "killed_perpetrators": "of `killed`, the perpetrators",
    "evidence": "character offsets into the cleaned document text, and that text",
    "confidence": "the extractor's own estimate, 0..1",
}


def _schema_for(tp: Any) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin is Literal:
        return {"type": "string", "enum": list(get_args(tp))}
    if origin in (types.UnionType, typing.Union):
        options = [a for a in get_args(tp) if a is not type(None)]
        inner = _schema_for(options[0]) if len(options) == 1 else {"anyOf": [_schema_for(o) for o in options]}
        if "type" in inner and isinstance(inner["type"], str):
            inner = dict(inner, type=[inner["type"], "null"])
            if "enum" in inner:
                inner["enum"] = [*inner["enum"], None]
            return inner
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is list:
        return {"type": "array", "items": _schema_for(get_args(tp)[0])}
    if dataclasses.is_dataclass(tp):
        return _object_schema(tp)
    return {
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
    }[tp]


def _object_schema(cls: type) -> dict[str, Any]:
    hints = get_type_hints(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        prop = _schema_for(hints[f.name])
        if f.name in _DESCRIPTIONS and cls is Event:
            prop["description"] = _DESCRIPTIONS[f.name]
        props[f.name] = prop
    if cls is Event:
        props["date_start"]["pattern"] = props["date_end"]["pattern"] = r"^\d{4}-\d{2}-\d{2}$"
        props["confidence"].update(minimum=0, maximum=1)
        for count in ("killed", "killed_perpetrators", "injured", "arrested"):
            props[count]["minimum"] = 0
    return {"type": "object", "properties": props, "required": [f.name for f in dataclasses.fields(cls)]}


def json_schema() -> dict[str, Any]:
    schema = _object_schema(Event)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://kronika.invalid/schema/event-record.json",
        "title": "kronika event record",
        **schema,
    }
