"""Rows in the columns of ACLED's public export, filled only from what a record states.

- ``event_date``: the day for a known day; for an interval, its middle day (ACLED codes
  a week or a month by a date inside it and says so in ``time_precision``).
- ``time_precision``: 1 a known day; 2 an interval of up to 31 days (a few days, part of a
  month, a month); 3 anything wider (a season of a year, a year).
- ``geo_precision``: 1 a place; 2 a district; 3 an admin1 region or a country.
- ``iso``: the ISO 3166 numeric code (pycountry); ``region``: ACLED's region of the
  country (data/store/acled_regions.tsv); ``disorder_type`` from ``event_type``
  (data/store/disorder_types.tsv).
- ``actor1``: the acting side (perpetrator, else claimant, else the security forces for
  an arrest or a seizure); ``actor2``: who was acted on (target, victim, subject).
  ``inter1``/``inter2`` only where a role implies ACLED's code (security forces 1,
  civilian victims 7); ``interaction`` when both are known.
- ``fatalities``: the stated count; empty (not 0) when no count is stated.
- ``source``: the document ids; ``notes``: the evidence text as written;
  ``timestamp``: when the row's documents were last ingested (Unix seconds).
- ``admin2``, ``admin3``, ``source_scale``, ``tags``: empty (records do not carry them).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

from kronika.record import Actor, Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

_GEO_PRECISION = {"place": 1, "district": 2, "admin1": 3, "country": 3}
_FORCES_ACT = frozenset({"arrest", "seizure", "legal_action", "designation"})
_INTER = {"security_force": 1, "authority": 1, "victim": 7}


def _table(name: str) -> dict[str, str]:
    text = resources.files("kronika").joinpath(f"data/store/{name}").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {key.strip(): value.strip() for key, value in rows}


@cache
def acled_regions() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → ACLED region."""
    return _table("acled_regions.tsv")


@cache
def disorder_types() -> dict[str, str]:
    """ACLED event_type → disorder_type."""
    return _table("disorder_types.tsv")


@cache
def _country(code: str) -> tuple[str, str] | None:
    """(alpha-3, numeric) of an ISO alpha-2 code."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    return (found.alpha_3, str(int(found.numeric))) if found else None


def _date_fields(e: Event) -> tuple[str, str, str]:
    if not e.date_start:
        return "", "", ""
    try:
        start = date.fromisoformat(e.date_start)
        end = date.fromisoformat(e.date_end or e.date_start)
    except ValueError:
        return "", "", ""
    width = (end - start).days
    precision = 1 if width <= 0 and e.date_precision == "day" else 2 if width <= 31 else 3
    day = start + timedelta(days=max(width, 0) // 2)
    return day.isoformat(), str(day.year), str(precision)


def _name(a: Actor) -> str:
    return a.canonical or a.name


def _sides(e: Event) -> tuple[list[Actor], list[Actor]]:
    """(the acting side, the side acted on), each in role order."""

    def of(*roles: str) -> list[Actor]:
        return [a for role in roles for a in e.actors if a.role == role]

    forces = of("security_force", "authority")
    if e.kind in _FORCES_ACT:
        return forces, of("subject", "target", "victim", "perpetrator")
    acting = of("perpetrator", "claimant")
    if not acting:
        return forces, of("target", "victim", "subject")
    return acting, of("target", "victim", "subject") + forces


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def acled_row(e: Event, sources: list[str] | None = None, timestamp: str | None = None) -> dict[str, Any]:
    """One ACLED-column row of a record; `sources` defaults to the record's document."""
    event_date, year, time_precision = _date_fields(e)
    acting, acted_on = _sides(e)
    side1, side2 = _unique([_name(a) for a in acting]), _unique([_name(a) for a in acted_on])
    inter1 = next((_INTER[a.role] for a in acting[:1] if a.role in _INTER), None)
    inter2 = next((_INTER[a.role] for a in acted_on[:1] if a.role in _INTER), None)
    codes = _country(e.country_code) if e.country_code else None
    stamp = ""
    if timestamp:
        try:
            stamp = str(int(datetime.fromisoformat(timestamp).timestamp()))
        except ValueError:
            stamp = ""
    row: dict[str, Any] = {
        "event_id_cnty": f"{codes[0]}{e.event_id}" if codes else e.event_id,
        "event_date": event_date,
        "year": year,
        "time_precision": time_precision,
        "disorder_type": disorder_types().get(e.event_type or "", ""),
        "event_type": e.event_type or "",
        "sub_event_type": e.sub_event_type or "",
        "actor1": side1[0] if side1 else "",
        "assoc_actor_1": "; ".join(side1[1:]),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": side2[0] if side2 else "",
        "assoc_actor_2": "; ".join(side2[1:]),
        "inter2": inter2 if inter2 is not None else "",
        "interaction": f"{min(inter1, inter2)}{max(inter1, inter2)}" if inter1 and inter2 else "",
        "civilian_targeting": "Civilian targeting" if e.event_type == "Violence against civilians" else "",
        "iso": codes[1] if codes else "",
        "region": acled_regions().get((e.country_code or "").upper(), ""),
        "country": e.country or "",
        "admin1": e.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": e.place or e.admin1 or e.country or "",
        "latitude": "" if e.latitude is None else e.latitude,
        "longitude": "" if e.longitude is None else e.longitude,
        "geo_precision": _GEO_PRECISION.get(e.geo_precision, ""),
        "source": "; ".join(sources if sources is not None else [e.document_id]),
        "source_scale": "",
        "notes": " ".join(ev.text.strip() for ev in e.evidence),
        "fatalities": "" if e.killed is None else e.killed,
        "tags": "",
        "timestamp": stamp,
    }
    return row
