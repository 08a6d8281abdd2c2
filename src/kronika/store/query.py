"""The filters `kronika events` and `Store.events_df` accept, as one typed value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kronika.errors import KronikaError


@dataclass(frozen=True, slots=True)
class BBox:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    @classmethod
    def parse(cls, value: str) -> BBox:
        """`minlon,minlat,maxlon,maxlat` in WGS84 degrees."""
        try:
            parts = [float(p) for p in value.split(",")]
        except ValueError:
            parts = []
        if len(parts) != 4:
            raise KronikaError(f"bbox {value!r} is not minlon,minlat,maxlon,maxlat (four numbers)")
        box = cls(*parts)
        if not (-180 <= box.min_lon <= box.max_lon <= 180 and -90 <= box.min_lat <= box.max_lat <= 90):
            raise KronikaError(f"bbox {value!r}: need -180<=minlon<=maxlon<=180 and -90<=minlat<=maxlat<=90")
        return box


@dataclass(frozen=True, slots=True)
class Query:
    """Which records to return. Every filter given must hold (AND); a repeated kind is an OR.

    Dates select records whose interval overlaps [since, until]; records without a date
    are left out when a date filter is given. `country` matches the country name or its
    ISO code, `admin1` the region name, `actor` any part of an actor's name or canonical
    name; all case-insensitively.
    """

    kinds: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    since: date | None = None
    until: date | None = None
    actor: str | None = None
    bbox: BBox | None = None
    min_confidence: float = 0.0

    def where(self, spatial: bool = False) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters, for the events and incidents tables alike,
        in SQL both SQLite and PostgreSQL read. `spatial`: the table has a PostGIS `geom`
        column, whose index answers the bounding box."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.kinds:
            clauses.append(f"kind IN ({', '.join('?' for _ in self.kinds)})")
            params.extend(self.kinds)
        if self.country:
            clauses.append("(lower(country) = lower(?) OR lower(country_code) = lower(?))")
            params.extend([self.country, self.country])
        if self.admin1:
            clauses.append("lower(admin1) = lower(?)")
            params.append(self.admin1)
        if self.since is not None:
            clauses.append("date_end IS NOT NULL AND date_end >= ?")
            params.append(self.since.isoformat())
        if self.until is not None:
            clauses.append("date_start IS NOT NULL AND date_start <= ?")
            params.append(self.until.isoformat())
        if self.actor:
            # both sides casefolded: LIKE's case rules (which differ between SQLite and
            # PostgreSQL) never come into play
            clauses.append("actors LIKE ? ESCAPE '!'")
            needle = self.actor.casefold().replace("!", "!!").replace("%", "!%").replace("_", "!_")
            params.append(f"%{needle}%")
        if self.bbox is not None and spatial:
            clauses.append("geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)")
            params.extend([self.bbox.min_lon, self.bbox.min_lat, self.bbox.max_lon, self.bbox.max_lat])
        elif self.bbox is not None:
            clauses.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
            params.extend([self.bbox.min_lon, self.bbox.max_lon, self.bbox.min_lat, self.bbox.max_lat])
        if self.min_confidence > 0:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(clauses) or "1 = 1"), params


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise KronikaError(f"{option} {value!r} is not a date YYYY-MM-DD") from None
