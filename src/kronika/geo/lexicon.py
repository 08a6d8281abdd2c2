"""Loaders of the place stage's language data (src/kronika/data/geo/), each read once."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kronika.geo.text import name_key


def data_path(name: str) -> Path:
    return Path(str(resources.files("kronika") / "data" / "geo" / name))


def rows(name: str) -> list[list[str]]:
    with data_path(name).open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return rows[1:]  # header


@dataclass(frozen=True, slots=True)
class Macro:
    name: str
    latitude: float
    longitude: float
    radius_km: float
    aliases: tuple[str, ...]


@cache
def admin1_names() -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) → region name."""
    return {(cc, code): name for cc, code, name in rows("admin1_names.tsv")}


@cache
def admin1_aliases() -> dict[str, tuple[str, str, str]]:
    """name key → (country code, admin1 code, canonical name) for hand-kept region names."""
    return {name_key(alias): (cc, code, canon) for alias, cc, code, canon in rows("admin1_aliases.tsv")}


@cache
def country_aliases() -> dict[str, str]:
    """name key → ISO country code for names that ISO and GeoNames lack."""
    return {name_key(alias): cc for alias, cc in rows("country_aliases.tsv")}


@cache
def place_aliases() -> dict[str, str]:
    """name key → the gazetteer name it is a spelling of (transliteration variants)."""
    return {name_key(alias): target for alias, target in rows("place_aliases.tsv")}


@cache
def macro_regions() -> tuple[Macro, ...]:
    out = []
    for row in rows("macro_regions.tsv"):
        name, lat, lon, radius, aliases = ([*row, ""])[:5]
        alias_list = tuple(a for a in aliases.split("|") if a)
        out.append(Macro(name, float(lat), float(lon), float(radius), alias_list))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Theatre:
    """A mission or force that reports from one theatre (theatres.tsv)."""

    phrase: str
    country_code: str
    #: the macro-region of its area of operations, or None when that is the whole country
    area: Macro | None


@cache
def theatres() -> tuple[Theatre, ...]:
    macros = {m.name: m for m in macro_regions()}
    out = []
    for row in rows("theatres.tsv"):
        phrase, cc, area = ([*row, ""])[:3]
        out.append(Theatre(phrase, cc, macros[area] if area else None))
    return tuple(out)


@cache
def theatre_pattern() -> re.Pattern[str]:
    """Any theatre phrase as whole words, longest first."""
    phrases = sorted((t.phrase for t in theatres()), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, phrases))})(?![\w-])")


@cache
def demonyms() -> dict[str, str]:
    """name key of a nationality/demonym → country code (a hint, never a place)."""
    return {name_key(word): cc for word, cc in rows("demonyms.tsv")}


@cache
def cues() -> dict[str, tuple[str, ...]]:
    """Word lists that steer recognition and roles (see cues.json)."""
    raw = json.loads(data_path("cues.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)}


@cache
def dateline() -> re.Pattern[str]:
    """A news dateline at a paragraph's start: "NAIROBI, Oct 8 (Reuters) - "."""
    raw = json.loads(data_path("cues.json").read_text(encoding="utf-8"))
    return re.compile(raw["dateline"], re.MULTILINE)


@cache
def stopwords() -> frozenset[str]:
    """Name keys that are never a place on their own (common words, given names)."""
    lines = data_path("stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(name_key(w) for w in lines if w.strip() and not w.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names: a place name right after one is a surname ("Michael Jordan")."""
    lines = data_path("given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@dataclass(frozen=True, slots=True)
class Spatial:
    """Words of relative and linear place phrases (spatial.json)."""

    #: unit word → kilometres per unit
    units: dict[str, float]
    #: bearing word → degrees clockwise from north
    bearings: dict[str, float]
    road_heads: tuple[str, ...]
    road_between: tuple[str, ...]
    unknown_before: tuple[str, ...]
    unknown_after: frozenset[str]
    not_localities: frozenset[str]
    #: "Turkish drones", "Russian missiles": a nationality that strikes from abroad
    force_nouns: tuple[str, ...]
    #: "sixty kilometres", "a few miles"
    numbers: dict[str, float]


@cache
def spatial() -> Spatial:
    """Distances, bearings, road heads and unknown-locality cues (see spatial.json)."""
    raw = json.loads(data_path("spatial.json").read_text(encoding="utf-8"))
    return Spatial(
        units={k: float(v) for k, v in raw["distance_units"].items()},
        bearings={k: float(v) for k, v in raw["bearings"].items()},
        road_heads=tuple(raw["road_heads"]),
        road_between=tuple(raw["road_between"]),
        unknown_before=tuple(raw["unknown_locality_before"]),
        unknown_after=frozenset(raw["unknown_locality_after"]),
        not_localities=frozenset(raw["not_localities"]),
        force_nouns=tuple(raw["foreign_force_nouns"]),
        numbers={k: float(v) for k, v in raw["number_words"].items()},
    )
