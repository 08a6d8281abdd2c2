"""Incidents across sources: the same real-world event told by several documents, once.

Two events *may* be the same incident when all of these hold (`compatible`):

- they come from different documents (merging within a document is assembly's job);
- their kinds are compatible (the same kind, or a pair listed in the configuration:
  attack~clash, attack~claim, clash~claim by default; an arrest only matches an arrest);
- their date intervals overlap, widened by `date_tolerance_days` on each side;
- their places agree: within `km_place`/`km_district` of each other when both are
  located to a place or district, the same admin1 when both name one, never two
  different countries; an event with no location at all matches nothing;
- nothing tells them apart. Two reports of one city on one day are *different* events
  when the named groups taking part differ (canonical actors in any role but the state's:
  one report's perpetrator is another's claimant, or the target of a raid), when their
  named targets differ, when the sites their evidence names
  differ (a church against a market: keyword groups in data/store/sites.txt), when the
  way their evidence says it was done differs (a shooting against a bombing or an arrest:
  data/store/modus.txt), or when their weapons differ. Each of these is compared only
  when both sides state it, and splits them only when they have nothing in common. Site
  words alone are tolerated (`tolerated_differences`) when the pair is firmly one place and
  day and shares another sign: sources word a site differently ("patrol", "checkpoint").

When a pair is only weakly placed in time or space (an interval wider than
`wide_interval_days`, or only a country in common) it must also share a positive sign:
a named actor, a site group, or the same stated death toll.

Clustering is complete-linkage and greedy: candidate pairs ("same") are merged closest
first (date gap, then distance, then ids) and two groups join only when no pair across
them is told apart ("apart"; a "maybe" pair, which only lacks a sign of its own, may join
through the others) and no document appears twice. The result depends only on the set
of events and the configuration, so incident ids (a hash of the member event ids) are
stable across runs and ingest orders.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from kronika.errors import KronikaError
from kronika.events.typing import is_generic_name
from kronika.record import Actor, Event, Evidence, stable_id

CountRule = Literal["min", "max", "median"]
_PRECISE_GEO = ("place", "district")
_GEO_RANK = {"place": 0, "district": 1, "admin1": 2, "country": 3, "region": 4, "unknown": 5}
_DATE_RANK = {"day": 0, "days": 1, "season": 2, "month": 3, "year": 4, "unknown": 5}
_ATTRIBUTION_RANK = {"confirmed": 0, "claimed": 1, "suspected": 2, "alleged": 3, "denied": 4, "unknown": 5}
#: the roles whose named actors say who took part (the state side is left out: the same
#: police force turns up at many events)
_PARTY_ROLES = frozenset({"perpetrator", "claimant", "target", "victim", "subject", "other"})
_TARGET_ROLES = frozenset({"target", "victim"})


@dataclass(frozen=True, slots=True)
class IncidentConfig:
    """Thresholds of incident matching; load from the `[incidents]` table of a TOML file."""

    date_tolerance_days: int = 1
    km_place: float = 25.0
    km_district: float = 60.0
    wide_interval_days: int = 31
    #: how many site words may disagree between two reports of one incident ("patrol" against
    #: "checkpoint") when place, day and another sign agree; named groups, targets and means never may
    tolerated_differences: int = 1
    compatible_kinds: tuple[tuple[str, str], ...] = (
        ("attack", "clash"),
        ("attack", "claim"),
        ("clash", "claim"),
    )
    #: which figure an incident reports when its sources disagree; the range is kept anyway
    count_rule: CountRule = "min"
    #: the kind an incident takes when its members tie, most preferred first
    kind_priority: tuple[str, ...] = (
        "attack",
        "clash",
        "seizure",
        "arrest",
        "legal_action",
        "designation",
        "allegiance",
        "group_change",
        "statement",
        "claim",
        "other",
    )

    @classmethod
    def from_toml(cls, path: str | Path) -> IncidentConfig:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise KronikaError(f"cannot read config {path}: {exc.strerror or exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise KronikaError(f"config {path} is not valid TOML: {exc}") from None
        table = data.get("incidents", data)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(table) - known)
        if unknown:
            raise KronikaError(f"config {path}: unknown incident setting(s) {', '.join(unknown)}")
        values: dict[str, Any] = dict(table)
        if "compatible_kinds" in values:
            values["compatible_kinds"] = tuple(tuple(pair) for pair in values["compatible_kinds"])
        if "kind_priority" in values:
            values["kind_priority"] = tuple(values["kind_priority"])
        if values.get("count_rule", "min") not in ("min", "max", "median"):
            raise KronikaError(f"config {path}: count_rule must be min, max or median")
        return cls(**values)

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]

    def kinds_compatible(self, a: str, b: str) -> bool:
        return a == b or (a, b) in self.compatible_kinds or (b, a) in self.compatible_kinds


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_NESTED = {
    "actors": tuple(f.name for f in fields(Actor)),
    "evidence": tuple(f.name for f in fields(Evidence)),
}


def event_dict(event: Event) -> dict[str, Any]:
    """`event.to_dict()` without `dataclasses.asdict`'s deep copy: several times faster,
    which matters when a store writes and rebuilds thousands of records."""
    row = {name: getattr(event, name) for name in _EVENT_FIELDS}
    for name, keys in _NESTED.items():
        row[name] = [{k: getattr(item, k) for k in keys} for item in row[name]]
    row["weapons"] = list(event.weapons)
    return row


#: the columns an incident adds to the event record's, in output order
INCIDENT_FIELDS: tuple[str, ...] = (
    "incident_id",
    "n_sources",
    "sources",
    "members",
    "member_documents",
    "count_rule",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "arrested_min",
    "arrested_max",
)


@dataclass(slots=True)
class Incident:
    """One real-world event and every source event that reports it.

    `record` holds the reconciled fields (its `event_id` is the incident id, its
    evidence the evidence of every member); counts follow `count_rule` and the
    `*_min`/`*_max` fields keep the range the sources gave.
    """

    incident_id: str
    record: Event
    members: list[str]
    member_documents: list[str]
    sources: list[str]
    count_rule: str = "min"
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    arrested_min: int | None = None
    arrested_max: int | None = None

    def to_dict(self) -> dict[str, Any]:
        row = event_dict(self.record)
        row["incident_id"] = self.incident_id
        row["n_sources"] = len(self.sources)
        row["sources"] = list(self.sources)
        row["members"] = list(self.members)
        row["member_documents"] = list(self.member_documents)
        row["count_rule"] = self.count_rule
        for name in ("killed", "injured", "arrested"):
            row[f"{name}_min"] = getattr(self, f"{name}_min")
            row[f"{name}_max"] = getattr(self, f"{name}_max")
        return row

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Incident:
        extra = {f.name for f in fields(cls)} - {"record"}
        return cls(record=Event.from_dict(row), **{k: row[k] for k in extra if k in row})


# --- features ----------------------------------------------------------------------------


#: keyword families compared between reports of one place and day (data/store/<name>.txt)
KEYWORD_FAMILIES = ("sites", "modus")


@cache
def keyword_groups(family: str) -> dict[str, tuple[str, ...]]:
    """A keyword family (data/store/<family>.txt): group name → its words."""
    text = resources.files("kronika").joinpath(f"data/store/{family}.txt").read_text(encoding="utf-8")
    groups: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, *words = line.rstrip("\n").split("\t")
            groups[name] = tuple(w.strip().casefold() for w in words if w.strip())
    return groups


def site_groups() -> dict[str, tuple[str, ...]]:
    """Sites and targets (a church, a market, a checkpoint...)."""
    return keyword_groups("sites")


@cache
def _keyword_index(family: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One whole-word pattern for every word of a family (longest first), and word → group."""
    group_of = {word: name for name, words in keyword_groups(family).items() for word in words}
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(group_of, key=lambda w: (-len(w), w))
    )
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), group_of


def keywords_in(text: str, family: str) -> frozenset[str]:
    """The groups of a keyword family that `text` names."""
    pattern, group_of = _keyword_index(family)
    return frozenset(group_of[" ".join(m.group(0).casefold().split())] for m in pattern.finditer(text))


def sites_of(event: Event) -> frozenset[str]:
    return keywords_in(" ".join(e.text for e in event.evidence), "sites")


def _names(event: Event, roles: frozenset[str]) -> frozenset[str]:
    return frozenset(
        (a.canonical or a.name).casefold()
        for a in event.actors
        if a.role in roles and a.canonical and not is_generic_name(a.canonical)  # not "Civilians (X)"
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _interval(event: Event) -> tuple[date, date] | None:
    """The event's date interval, or None when it has no (readable) date."""
    if not event.date_start:
        return None
    try:
        start = date.fromisoformat(event.date_start)
        end = date.fromisoformat(event.date_end or event.date_start)
    except ValueError:
        return None
    return start, max(start, end)


@dataclass(frozen=True, slots=True)
class _Features:
    """What matching looks at, computed once per event."""

    event: Event
    start: date
    end: date
    sites: frozenset[str]
    modus: frozenset[str]
    parties: frozenset[str]
    targets: frozenset[str]
    weapons: frozenset[str]

    @classmethod
    def of(cls, event: Event) -> _Features | None:
        interval = _interval(event)
        if interval is None:
            return None
        start, end = interval
        text = " ".join(e.text for e in event.evidence)
        return cls(
            event,
            start,
            end,
            keywords_in(text, "sites"),
            keywords_in(text, "modus"),
            _names(event, _PARTY_ROLES),
            _names(event, _TARGET_ROLES),
            frozenset(event.weapons),
        )


def _same_country(a: Event, b: Event) -> bool | None:
    """True/False when both name a country; None when one of them does not."""
    if a.country_code and b.country_code:
        return a.country_code.upper() == b.country_code.upper()
    if a.country and b.country:
        return a.country.casefold() == b.country.casefold()
    return None


def _place_check(a: Event, b: Event, config: IncidentConfig) -> tuple[bool, bool, float]:
    """(places agree, only weakly, distance in km or inf)."""
    country = _same_country(a, b)
    if country is False:
        return False, False, math.inf
    precise = a.geo_precision in _PRECISE_GEO and b.geo_precision in _PRECISE_GEO
    if precise and None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        limit = config.km_district if "district" in (a.geo_precision, b.geo_precision) else config.km_place
        return km <= limit, False, km
    if precise and a.place and b.place and a.place.casefold() != b.place.casefold():
        return False, False, math.inf  # two named places and no coordinates to compare them
    if a.admin1 and b.admin1:
        return a.admin1.casefold() == b.admin1.casefold(), False, math.inf
    if country is None:
        return False, False, math.inf
    return True, True, math.inf


Verdict = Literal["same", "maybe", "apart"]


def compatible(fa: _Features, fb: _Features, config: IncidentConfig) -> tuple[bool, float, float]:
    """Whether two events may be one incident, and their (date gap, distance) for ordering."""
    verdict, gap, km = judge(fa, fb, config)
    return verdict == "same", gap, km


def judge(fa: _Features, fb: _Features, config: IncidentConfig) -> tuple[Verdict, float, float]:
    """ "same" (they may be one incident), "apart" (they cannot), or "maybe": nothing tells them apart
    but they share no sign of their own; such a pair may sit in one incident that others join."""
    a, b = fa.event, fb.event
    if a.document_id == b.document_id or not config.kinds_compatible(a.kind, b.kind):
        return "apart", 0, 0
    tol = config.date_tolerance_days
    gap = max((fb.start - fa.end).days, (fa.start - fb.end).days, 0)
    if gap > tol:
        return "apart", 0, 0
    place_ok, place_weak, km = _place_check(a, b, config)
    if not place_ok:
        return "apart", 0, 0
    # What tells two events of one place and day apart: each field compared when both state it.
    differ = [
        name
        for name, x, y in (
            ("sites", fa.sites, fb.sites),
            ("weapons", fa.weapons, fb.weapons),
            ("modus", fa.modus, fb.modus),
            ("parties", fa.parties, fb.parties),
            ("targets", fa.targets, fb.targets),
        )
        if x and y and not x & y
    ]
    shared = _shared_signs(fa, fb)
    wide = max((fa.end - fa.start).days, (fb.end - fb.start).days) > config.wide_interval_days
    if (wide or place_weak) and not ({"sites", "parties", "killed"} & shared):
        return "apart", 0, 0
    if set(differ) - {"sites"}:
        return "apart", 0, 0  # other named groups, targets or means (a knife against a bomb): another event
    if differ:
        # one field two sources word differently ("patrol" against "checkpoint") is tolerated when the
        # place is precise, the days overlap and another sign is shared; two such fields are two events
        firm = not (wide or place_weak) and gap == 0 and km <= config.km_place
        if len(differ) > config.tolerated_differences or not firm:
            return "apart", 0, 0
        if not shared - set(differ):
            return "maybe", float(gap), km  # no conflict, but nothing to join them on by themselves
    return "same", float(gap), km


def _shared_signs(fa: _Features, fb: _Features) -> set[str]:
    """The fields two events positively share: a site, a means, a named party, a target, the toll."""
    a, b = fa.event, fb.event
    shared = {
        name
        for name, x, y in (
            ("sites", fa.sites, fb.sites),
            ("weapons", fa.weapons, fb.weapons),
            ("modus", fa.modus, fb.modus),
            ("parties", fa.parties, fb.parties),
            ("targets", fa.targets, fb.targets),
        )
        if x & y
    }
    if a.killed is not None and a.killed == b.killed:
        shared.add("killed")
    return shared


# --- clustering --------------------------------------------------------------------------


def cluster(events: Sequence[Event], config: IncidentConfig) -> list[list[Event]]:
    """Group events into incidents; every event lands in exactly one group."""
    ordered = sorted(events, key=lambda e: e.event_id)
    feats = [_Features.of(e) for e in ordered]
    dated = sorted((i for i, f in enumerate(feats) if f is not None), key=lambda i: (feats[i].start, i))  # type: ignore[union-attr]
    tol = config.date_tolerance_days
    pairs: list[tuple[float, float, int, int]] = []
    ok: dict[tuple[int, int], bool] = {}
    for pos, i in enumerate(dated):
        fi = feats[i]
        assert fi is not None
        for j in dated[pos + 1 :]:
            fj = feats[j]
            assert fj is not None
            if (fj.start - fi.end).days > tol:
                break
            verdict, gap, km = judge(fi, fj, config)
            key = (min(i, j), max(i, j))
            # a pair that only lacks a shared sign of its own may sit in one incident through others
            ok[key] = verdict != "apart"
            if verdict == "same":
                pairs.append((gap, km, *key))
    pairs.sort()
    group_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    for _, _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        docs_a = {ordered[x].document_id for x in a}
        if any(ordered[y].document_id in docs_a for y in b):
            continue
        if not all(ok.get((min(x, y), max(x, y)), False) for x in a for y in b):
            continue
        keep, gone = (gi, gj) if gi < gj else (gj, gi)
        members[keep] = sorted(members[keep] + members.pop(gone))
        for x in members[keep]:
            group_of[x] = keep
    return [[ordered[x] for x in group] for _, group in sorted(members.items())]


# --- reconciliation ----------------------------------------------------------------------


def _count(values: Iterable[int | None], rule: str) -> tuple[int | None, int | None, int | None]:
    stated = sorted(v for v in values if v is not None)
    if not stated:
        return None, None, None
    if rule == "max":
        chosen = stated[-1]
    elif rule == "median":
        chosen = stated[(len(stated) - 1) // 2]
    else:
        chosen = stated[0]
    return chosen, stated[0], stated[-1]


def _most_common(values: Iterable[str], priority: Sequence[str] = ()) -> str:
    counts = Counter(values)
    order = {v: i for i, v in enumerate(priority)}
    return min(counts, key=lambda v: (-counts[v], order.get(v, len(order)), v))


def reconcile(group: Sequence[Event], config: IncidentConfig) -> Incident:
    members = sorted(group, key=lambda e: e.event_id)
    ids = [e.event_id for e in members]
    incident_id = stable_id("incident", *ids)
    kinds: list[str] = [e.kind for e in members if e.kind != "claim"] or [e.kind for e in members]
    kind = _most_common(kinds, config.kind_priority)
    of_kind = [e for e in members if e.kind == kind]
    typed = [e for e in of_kind if e.event_type]
    etype = _most_common(f"{e.event_type}\x1f{e.sub_event_type or ''}" for e in typed) if typed else None

    def date_key(e: Event) -> tuple[int, int, str]:
        interval = _interval(e)
        width = (interval[1] - interval[0]).days if interval else 10**6
        return width, _DATE_RANK.get(e.date_precision, 9), e.event_id

    dated = [e for e in members if e.date_start]
    when = min(dated, key=date_key) if dated else members[0]
    place_counts = Counter(e.place for e in members if e.place)
    where = min(
        members,
        key=lambda e: (_GEO_RANK.get(e.geo_precision, 9), -place_counts.get(e.place or "", 0), e.event_id),
    )

    actors: dict[tuple[str, str], Actor] = {}
    for e in members:
        for a in e.actors:
            actors.setdefault(((a.canonical or a.name).casefold(), a.role), a)
    killed, killed_min, killed_max = _count((e.killed for e in members), config.count_rule)
    injured, injured_min, injured_max = _count((e.injured for e in members), config.count_rule)
    arrested, arrested_min, arrested_max = _count((e.arrested for e in members), config.count_rule)
    killed_perp, _, _ = _count((e.killed_perpetrators for e in members), config.count_rule)
    if killed is not None and killed_perp is not None:
        killed_perp = min(killed_perp, killed)
    confidence = 1.0
    for e in members:
        confidence *= 1.0 - max(0.0, min(1.0, e.confidence))
    evidence: list[Evidence] = [ev for e in members for ev in e.evidence]
    sources = sorted({e.document_id for e in members})
    record = replace(
        when,
        event_id=incident_id,
        document_id=sources[0],
        kind=kind,  # type: ignore[arg-type]
        event_type=etype.split("\x1f")[0] if etype else None,
        sub_event_type=(etype.split("\x1f")[1] or None) if etype else None,
        place=where.place,
        admin1=where.admin1,
        country=where.country,
        country_code=where.country_code,
        latitude=where.latitude,
        longitude=where.longitude,
        geo_precision=where.geo_precision,
        actors=[actors[k] for k in sorted(actors)],
        killed=killed,
        killed_perpetrators=killed_perp,
        injured=injured,
        arrested=arrested,
        attribution=min((e.attribution for e in members), key=_ATTRIBUTION_RANK.__getitem__),
        claim_disputed=any(e.claim_disputed for e in members),
        weapons=sorted({w for e in members for w in e.weapons}),
        evidence=evidence,
        confidence=round(1.0 - confidence, 4),
    )
    return Incident(
        incident_id=incident_id,
        record=record,
        members=ids,
        member_documents=[e.document_id for e in members],
        sources=sources,
        count_rule=config.count_rule,
        killed_min=killed_min,
        killed_max=killed_max,
        injured_min=injured_min,
        injured_max=injured_max,
        arrested_min=arrested_min,
        arrested_max=arrested_max,
    )


def build_incidents(events: Sequence[Event], config: IncidentConfig | None = None) -> list[Incident]:
    """Incidents of a set of events, sorted by id; deterministic for a set and a config."""
    config = config or IncidentConfig()
    return sorted((reconcile(g, config) for g in cluster(events, config)), key=lambda i: i.incident_id)


__all__ = [
    "Incident",
    "IncidentConfig",
    "build_incidents",
    "cluster",
    "compatible",
    "haversine_km",
    "reconcile",
    "site_groups",
    "sites_of",
]
