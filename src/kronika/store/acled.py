"""Rows in the columns of ACLED's public export, coded from what a record states.

The tables live in ``data/store/``: the column order (``acled_columns.txt``), actor types,
inter codes, generic actor names, note clauses and crowd words (``acled.json``), ACLED's
region of each country (``acled_regions.tsv``) and the disorder type of each event type
(``disorder_types.tsv``). After ACLED's columns comes ``event_id``: the kronika record (or
incident) the row was coded from.

- Actors: ``actor1`` is the acting side, ``actor2`` the side acted on, each with its
  ``inter`` code; further actors of a side go to ``assoc_actor_*``. Names are normalised,
  never the text's words: an actor's canonical name where it has one, else ACLED's name for
  its type ("Civilians (Kenya)", "Police Forces of Kenya", "Unidentified Armed Group
  (Kenya)"). The type is the record's ``actors[].type`` / ``inter`` where the codebook
  filled it, else derived from the actor tables' category and the actor's role. A protest
  is acted by protesters and a riot by rioters even when the text names no crowd; a
  violence-against-civilians event has civilians on the other side.
- ``inter1``, ``inter2``, ``interaction`` on every row: ``inter2`` is 0 when there is no
  second side and ``interaction`` the two codes, lower first ("17"; "60" for a sole
  protest), unless the record carries its own ``interaction``.
- Dates: ``time_precision`` 1 a known day, 2 a span of up to a week, 3 wider. An event the
  record dates to a span of several days (``date_precision`` "days") is written as one row
  a day, as ACLED codes it; its fatalities are shared equally over the days, the remainder
  on the first day. Every row of it carries the record's id (``event_id``, and
  ``event_id_cnty`` with the day's number after it).
- ``fatalities`` is the stated count, 0 when none is stated. Summary records (a total over
  events also recorded one by one) are not written, so sums over the rows do not count
  those deaths twice; the writer says how many it left out.
- Geography: ``geo_precision`` 1 a place, 2 a district, 3 a region or a country. A placed
  row whose record has no country (a place in a region spanning countries) gets the
  country at its coordinates, from the gazetteer. Countries go by ACLED's names
  (``acled_countries.tsv``: "Democratic Republic of Congo", "Palestine").
- ``source``: the outlet(s); ``notes``: one sentence written from the record (date, who
  did what to whom, where, counts, claims), never the text's words; ``tags``: a protest's
  or riot's crowd size as the evidence states it ("crowd size=no report" otherwise);
  ``timestamp``: when the row's documents were last ingested (Unix seconds).
- ``admin2``, ``admin3``, ``source_scale``: empty (records do not carry them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

from kronika.record import Actor, Event


def _data(name: str) -> str:
    return resources.files("kronika").joinpath(f"data/store/{name}").read_text(encoding="utf-8")


def _table(name: str) -> dict[str, str]:
    rows = (
        line.split("\t") for line in _data(name).splitlines() if line.strip() and not line.startswith("#")
    )
    return {key.strip(): value.strip() for key, value in rows}


@cache
def acled_columns() -> tuple[str, ...]:
    """ACLED's export columns in its order, then `event_id`."""
    names = [line.strip() for line in _data("acled_columns.txt").splitlines()]
    return (*(n for n in names if n and not n.startswith("#")), "event_id")


@cache
def settings() -> dict[str, Any]:
    return dict(json.loads(_data("acled.json")))


@cache
def acled_regions() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → ACLED region."""
    return _table("acled_regions.tsv")


@cache
def acled_country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → ACLED's name of the country, where it differs from the gazetteer's."""
    return _table("acled_countries.tsv")


@cache
def disorder_types() -> dict[str, str]:
    """ACLED event_type → disorder_type."""
    return _table("disorder_types.tsv")


def __getattr__(name: str) -> Any:
    if name == "ACLED_COLUMNS":  # the module constant older callers import
        return acled_columns()
    raise AttributeError(name)


@cache
def _country(code: str) -> tuple[str, str] | None:
    """(alpha-3, numeric) of an ISO alpha-2 code."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    return (found.alpha_3, str(int(found.numeric))) if found else None


@cache
def _country_at(lat: float, lon: float) -> tuple[str, str] | None:
    """(ISO alpha-2, name) of the country at a point, from the gazetteer's nearest place."""
    from kronika.geo.gazetteer import gazetteer

    gaz = gazetteer()
    code = gaz.country_at(lat, lon)
    if not code:
        return None
    entry = gaz.country(code)
    return code, entry.name if entry else code


# --- actors ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an event as ACLED codes it: the actor names in order and the first's inter."""

    names: tuple[str, ...]
    inter: int

    @property
    def actor(self) -> str:
        return self.names[0] if self.names else ""

    @property
    def associated(self) -> str:
        return "; ".join(self.names[1:])


def _words(name: str) -> set[str]:
    low = name.casefold()
    words = set(re.findall(r"[\w'-]+", low))
    return words | {w for w in _multiword() if w in low}


@cache
def _multiword() -> tuple[str, ...]:
    s = settings()
    return tuple(w for key in ("police_words", "protester_words", "rioter_words") for w in s[key] if " " in w)


@cache
def _category(name: str) -> str | None:
    """What the actor tables call the actor this name names, if they know it."""
    from kronika.actors import find_actors

    found = find_actors(name)
    return max(found, key=lambda m: m.end - m.start).category if found else None


def actor_type(a: Actor, e: Event) -> str | None:
    """The ACLED actor type of `a` in `e`: the record's own, else derived (see the module doc)."""
    if a.type:
        return a.type
    s = settings()
    if a.inter:
        by_code = {code: name for name, code in s["inter"].items()}
        if a.inter in by_code:
            return str(by_code[a.inter])
    words = _words(a.canonical or a.name)
    if words & set(s["protester_words"]):
        return "protesters"
    if words & set(s["rioter_words"]):
        return "rioters"
    category = _category(a.canonical or a.name)
    if category in s["category_types"]:
        return str(s["category_types"][category])
    if words & set(s["police_words"]):
        return "state forces"
    table = s["role_types"] if a.canonical else s["generic_role_types"]
    found = table.get(a.role)
    if found is None and a.role == "target" and e.event_type in s["civilian_event_types"]:
        return "civilians"
    return str(found) if found else None


def _generic_name(kind: str, country: str | None) -> str:
    template = str(settings()["generic_names"][kind])
    if country:
        return template.format(country=country)
    return template.replace(" ({country})", "").replace(" of {country}", "")


def actor_name(a: Actor, kind: str, country: str | None) -> str:
    """The ACLED name: the canonical name, else ACLED's name for an actor of that type."""
    if a.canonical:
        return a.canonical
    if kind == "state forces" and _words(a.name) & set(settings()["police_words"]):
        return _generic_name("police", country)
    return _generic_name(kind, country)


def _inter(a: Actor | None, kind: str) -> int:
    if a is not None and a.inter:
        return int(a.inter)
    return int(settings()["inter"][kind])


_FORCES_ACT = frozenset({"arrest", "seizure", "legal_action", "designation"})
_ACTING = ("perpetrator", "claimant")
_ACTED_ON = ("target", "victim", "subject")
_FORCES = ("security_force", "authority")


def sides(e: Event) -> tuple[Side, Side | None]:
    """(the acting side, the side acted on or None), with ACLED names and inter codes."""
    typed = [(a, actor_type(a, e)) for a in e.actors]
    typed = [(a, t) for a, t in typed if t]

    def of(*roles: str) -> list[tuple[Actor, str]]:
        return [(a, t) for role in roles for a, t in typed if a.role == role]

    forces, acting, acted_on = of(*_FORCES), of(*_ACTING), of(*_ACTED_ON)
    if e.kind in _FORCES_ACT:
        first, second = forces, acted_on + acting
    elif e.kind in ("protest", "riot"):
        # the crowd acts, its organisers beside it; who intervenes or is attacked is acted on
        crowd = "protesters" if e.kind == "protest" else "rioters"
        crowd_actors = [(a, t) for a, t in typed if t == crowd]
        organisers = [(a, t) for a, t in acting if t not in (crowd, "state forces")]
        first = (crowd_actors or [(Actor(crowd, role="perpetrator"), crowd)]) + organisers
        others = forces + [(a, t) for a, t in acting if t == "state forces"] + acted_on
        # a protest's own dead and hurt are protesters, not a civilian side
        second = [(a, t) for a, t in others if t != crowd and not (e.kind == "protest" and t == "civilians")]
    elif acting:
        first, second = acting, acted_on + forces
    else:
        first, second = forces, acted_on
    if not first:
        table = settings()["kind_actor1"]
        if second and e.kind not in table:
            first, second = second, []
        else:
            default = table.get(e.kind, table["default"])
            first = [(Actor(default, role="perpetrator"), default)]
    if e.event_type in settings()["civilian_event_types"] and not any(t == "civilians" for _, t in second):
        second = [(Actor("civilians", role="victim"), "civilians"), *second]
    if e.sub_event_type in settings()["forces_first"] and any(t == "state forces" for _, t in second):
        first, second = second, first
    first_names = _unique(actor_name(a, t, e.country) for a, t in first)
    second_names = [
        n for n in _unique(actor_name(a, t, e.country) for a, t in second) if n not in first_names
    ]
    side1 = Side(tuple(first_names), _inter(first[0][0], first[0][1])) if first else Side((), 0)
    if not second_names:
        return side1, None
    lead = next((a, t) for a, t in second if actor_name(a, t, e.country) == second_names[0])
    return side1, Side(tuple(second_names), _inter(*lead))


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def interaction(e: Event, side1: Side, side2: Side | None) -> str:
    """The record's interaction if set, else the two inter codes, lower first ("60" sole)."""
    if e.interaction:
        return e.interaction
    if not side1.inter:
        return ""
    if side2 is None:
        return f"{side1.inter}0"
    low, high = sorted((side1.inter, side2.inter))
    return f"{low}{high}"


# --- dates -------------------------------------------------------------------------------


def _interval(e: Event) -> tuple[date, date] | None:
    if not e.date_start:
        return None
    try:
        start = date.fromisoformat(e.date_start)
        end = date.fromisoformat(e.date_end or e.date_start)
    except ValueError:
        return None
    return (start, end) if end >= start else (start, start)


def days_of(e: Event) -> list[date]:
    """The days an event is written on: each day of a span of several days that the date
    words give as its duration ("2-4 March"), else none (an uncertain window is one row)."""
    span = _interval(e)
    if span is None or e.date_precision != "days" or not e.date_text:
        return []
    words = set(re.findall(r"[a-z]+", e.date_text.casefold()))
    if words & set(settings()["no_split_words"]):
        return []
    n = (span[1] - span[0]).days + 1
    if not 2 <= n <= int(settings()["split_days"]):
        return []
    return [span[0] + timedelta(days=i) for i in range(n)]


def spread(total: int, n: int) -> list[int]:
    """`total` over `n` days as ACLED spreads it: an equal share each, the remainder on the first."""
    share, rest = divmod(total, n)
    return [share + rest, *([share] * (n - 1))]


def _date_fields(e: Event) -> tuple[str, str, str]:
    span = _interval(e)
    if span is None:
        return "", "", ""
    start, end = span
    width = (end - start).days
    if width == 0 and e.date_precision == "day":
        precision = 1
    else:
        precision = 2 if width < int(settings()["week_days"]) else 3
    day = start + timedelta(days=width // 2)
    return day.isoformat(), str(day.year), str(precision)


def _when(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def _date_phrase(e: Event, day: date | None) -> str:
    if day is not None:
        return f"On {_when(day)}"
    span = _interval(e)
    if span is None:
        return "On an unknown date"
    start, end = span
    if start == end:
        return f"On {_when(start)}"
    if e.date_precision == "month":
        return f"In {start:%B} {start.year}"
    if e.date_precision == "year":
        return f"In {start.year}"
    return f"Between {_when(start)} and {_when(end)}"


# --- notes and tags ----------------------------------------------------------------------


@cache
def _crowd_pattern() -> re.Pattern[str]:
    from kronika.events.counts import num_pattern

    s = settings()
    nouns = "|".join(re.escape(n) for n in sorted(s["crowd_nouns"], key=len, reverse=True))
    quantity = rf"(?:(?:{s['crowd_qualifiers']})\s+)?(?:{s['crowd_vague']}|{num_pattern()})"
    of = s["crowd_of"]
    return re.compile(
        rf"\b(?P<q>{quantity})\s+(?:(?:{of})\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|\b(?:{s['crowd_words']})\s+(?:{of})\s+(?P<q2>{quantity})\b",
        re.IGNORECASE,
    )


def crowd_size(e: Event) -> str | None:
    """The crowd size the evidence states ("about 2,000", "hundreds"), as written, else None."""
    for ev in e.evidence:
        m = _crowd_pattern().search(ev.text[:2000])
        if m:
            return " ".join((m.group("q") or m.group("q2")).split()).lower()
    return None


def tags(e: Event) -> str:
    if e.kind not in ("protest", "riot"):
        return ""
    return f"crowd size={crowd_size(e) or 'no report'}"


def _counts_sentence(killed: int | None, e: Event, n_days: int) -> str:
    parts = []
    if killed:
        parts.append(f"{killed} killed")
    if e.injured:
        parts.append(f"{e.injured} injured")
    if e.arrested:
        parts.append(f"{e.arrested} arrested")
    if not parts:
        return ""
    text = ", ".join(parts)
    if n_days > 1 and killed is not None:
        text += f" (of {e.killed or 0} killed over {n_days} days)"
    return f" Reported: {text}."


def notes(
    e: Event,
    side1: Side,
    side2: Side | None,
    day: date | None = None,
    n_days: int = 1,
    killed: int | None = None,
) -> str:
    """One short account written from the record (never the text's own sentences); for one
    day of a several-day event, `killed` is that day's share."""
    s = settings()["notes"]
    templates = s.get(e.sub_event_type or "") or s.get(e.kind) or s["other"]
    a1 = side1.actor or "An unidentified actor"
    clause = (templates[0] if side2 else templates[1]).format(a1=a1, a2=side2.actor if side2 else "")
    where = ", ".join(x for x in _unique([e.place or "", e.admin1 or "", e.country or ""]) if x)
    sentence = f"{_date_phrase(e, day)}, {clause}" + (f" in {where}" if where else "") + "."
    if n_days > 1 and day is not None and (span := _interval(e)):
        sentence += f" Day {(day - span[0]).days + 1} of {n_days} ({_when(span[0])} to {_when(span[1])})."
    sentence += _counts_sentence(e.killed if n_days <= 1 else killed, e, n_days)
    claimants = _unique(a.canonical or "" for a in e.actors if a.role == "claimant")
    if e.attribution == "claimed" and claimants:
        sentence += f" {' and '.join(claimants)} claimed responsibility"
        sentence += " (the claim is disputed)." if e.claim_disputed else "."
    if e.kind in ("protest", "riot"):
        sentence += f" [size={crowd_size(e) or 'no report'}]"
    return sentence


# --- rows --------------------------------------------------------------------------------


def _stamp(timestamp: str | None) -> str:
    if not timestamp:
        return ""
    try:
        return str(int(datetime.fromisoformat(timestamp).timestamp()))
    except ValueError:
        return ""


def _geography(e: Event) -> tuple[str, str]:
    """(country_code, country as ACLED names it), from the coordinates when the record has none."""
    code, name = (e.country_code or "").upper(), e.country or ""
    if not code and e.latitude is not None and e.longitude is not None:
        code, name = _country_at(round(e.latitude, 2), round(e.longitude, 2)) or ("", name)
    return code, acled_country_names().get(code, name)


_GEO_PRECISION = {"place": 1, "district": 2, "admin1": 3, "country": 3, "region": 3}


def acled_rows(
    e: Event,
    sources: list[str] | None = None,
    timestamp: str | None = None,
    row_id: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The ACLED rows of a record: one, or one a day for a several-day event.

    `sources` are outlet names (default: the record's own `source`); `row_id` the id the
    rows carry (default: the record's `event_id`)."""
    country_code, country = _geography(e)
    if country and country != e.country:
        e = _with_country(e, country_code, country)
    codes = _country(country_code) if country_code else None
    side1, side2 = sides(e)
    event_id = row_id or e.event_id
    outlets = _unique(sources if sources is not None else [e.source or ""])
    violent = e.event_type in settings()["violent_event_types"]
    civilians = e.civilian_targeting or (violent and side2 is not None and side2.inter == 7)
    base: dict[str, Any] = {
        "event_id_cnty": f"{codes[0]}{event_id}" if codes else event_id,
        "disorder_type": disorder_types().get(e.event_type or "", ""),
        "event_type": e.event_type or "",
        "sub_event_type": e.sub_event_type or "",
        "actor1": side1.actor,
        "assoc_actor_1": side1.associated,
        "inter1": side1.inter or "",
        "actor2": side2.actor if side2 else "",
        "assoc_actor_2": side2.associated if side2 else "",
        "inter2": side2.inter if side2 else 0,
        "interaction": interaction(e, side1, side2),
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": codes[1] if codes else "",
        "region": acled_regions().get(country_code, ""),
        "country": country,
        "admin1": e.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": e.place or e.admin1 or country or "",
        "latitude": "" if e.latitude is None else e.latitude,
        "longitude": "" if e.longitude is None else e.longitude,
        "geo_precision": _GEO_PRECISION.get(e.geo_precision, ""),
        "source": "; ".join(outlets),
        "source_scale": "",
        "tags": tags(e),
        "timestamp": _stamp(timestamp),
        "event_id": event_id,
    }
    days = days_of(e)
    if not days:
        event_date, year, precision = _date_fields(e)
        yield {
            **base,
            "event_date": event_date,
            "year": year,
            "time_precision": precision,
            "notes": notes(e, side1, side2),
            "fatalities": e.killed or 0,
        }
        return
    for i, (day, killed) in enumerate(zip(days, spread(e.killed or 0, len(days)), strict=True)):
        yield {
            **base,
            "event_id_cnty": f"{base['event_id_cnty']}-{i + 1}",
            "event_date": day.isoformat(),
            "year": str(day.year),
            "time_precision": "1",
            "notes": notes(e, side1, side2, day, len(days), killed),
            "fatalities": killed,
        }


def _with_country(e: Event, code: str, name: str) -> Event:
    copy = Event.from_dict(e.to_dict())
    copy.country_code, copy.country = code, name
    return copy


def acled_row(e: Event, sources: list[str] | None = None, timestamp: str | None = None) -> dict[str, Any]:
    """The first ACLED row of a record (the only one unless it spans several days)."""
    return next(acled_rows(e, sources, timestamp))


class AcledWriter:
    """Writes records as ACLED rows (CSV with a header); summaries are counted, not written."""

    def __init__(self, out: Any) -> None:
        import csv

        self.out = out
        self.table = csv.DictWriter(out, fieldnames=list(acled_columns()), lineterminator="\n")
        self.table.writeheader()
        self.count = 0
        self.rows = 0
        self.summaries = 0

    def write(
        self,
        e: Event,
        sources: list[str] | None = None,
        timestamp: str | None = None,
        row_id: str | None = None,
    ) -> None:
        if e.summary:
            self.summaries += 1
            return
        for row in acled_rows(e, sources, timestamp, row_id):
            self.table.writerow(row)
            self.rows += 1
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.summaries:
            from kronika.errors import note

            note(
                f"{self.summaries} summary record(s) left out of the ACLED rows: each totals events "
                "written one by one, so its deaths would count twice"
            )
        self.out.flush()
