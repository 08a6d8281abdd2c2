"""User dictionaries: an analyst's own actor aliases, places and non-places, in a TOML file.

    [[actor]]
    name = "Kalma Camp Youth Committee"   # the name records carry (canonical)
    aliases = ["Kalma youth", "KCYC"]       # how texts name it (all-capital aliases match case-sensitively)
    type = "political militia"              # ACLED actor type (see kronika.record.ACTOR_TYPES)

    [[place]]
    name = "Kalma Camp"                     # a place GeoNames lacks: a village, a camp, a neighbourhood
    aliases = ["Kalma"]
    lat = 12.03
    lon = 24.93
    admin1 = "South Darfur"                 # optional
    country = "Sudan"                       # a country name or ISO 3166 alpha-2 code

    [not_places]
    words = ["Hope", "Unity"]               # words the gazetteer knows that are not places here

The file is passed as ``kronika extract --dictionary FILE`` (or ``ingest``), as
``api.extract(..., dictionary=...)``, or in the ``KRONIKA_DICTIONARY`` environment variable
(which worker processes inherit). The package itself is never edited.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tomllib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kronika.errors import KronikaError
from kronika.record import ACTOR_TYPES

if TYPE_CHECKING:
    from kronika.geo.gazetteer import Entry, Gazetteer

ENV = "KRONIKA_DICTIONARY"
#: the actor layer's category for each ACLED actor type a user names
_CATEGORY = {
    "state forces": "state_force",
    "civilians": "civilian",
    "protesters": "civilian",
    "rioters": "civilian",
}


class DictionaryError(KronikaError):
    """A user dictionary that cannot be read; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class UserActor:
    name: str
    aliases: tuple[str, ...]
    type: str

    @property
    def category(self) -> str:
        return _CATEGORY.get(self.type, "armed_group")


@dataclass(frozen=True, slots=True)
class UserPlace:
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    admin1: str | None
    country: str


@dataclass(frozen=True, slots=True)
class UserDictionary:
    path: str
    actors: tuple[UserActor, ...] = ()
    places: tuple[UserPlace, ...] = ()
    not_places: tuple[str, ...] = ()

    def actor_type(self, canonical: str | None) -> str | None:
        return next((a.type for a in self.actors if a.name == canonical), None)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DictionaryError(f"{where}: expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _text(row: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = row.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DictionaryError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _number(row: dict[str, Any], key: str, where: str, bound: float) -> float:
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise DictionaryError(f"{where}: '{key}' must be a number")
    if abs(value) > bound:
        raise DictionaryError(f"{where}: '{key}' {value} is outside -{bound}..{bound}")
    return float(value)


def parse(data: dict[str, Any], path: str) -> UserDictionary:
    """A dictionary from parsed TOML; every problem is one `DictionaryError` naming its entry."""
    unknown = set(data) - {"actor", "place", "not_places"}
    if unknown:
        raise DictionaryError(
            f"{path}: unknown section(s) {', '.join(sorted(unknown))} (actor, place, not_places)"
        )
    actors = []
    for i, row in enumerate(data.get("actor", []), start=1):
        where = f"{path}: actor {i}"
        name = _text(row, "name", where) or ""
        kind = _text(row, "type", where) or ""
        if kind not in ACTOR_TYPES:
            raise DictionaryError(f"{where}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
        aliases = _strings(row.get("aliases", []), f"{where} aliases")
        actors.append(UserActor(name, tuple(dict.fromkeys((name, *aliases))), kind))
    places = []
    for i, row in enumerate(data.get("place", []), start=1):
        where = f"{path}: place {i}"
        name = _text(row, "name", where) or ""
        aliases = _strings(row.get("aliases", []), f"{where} aliases")
        places.append(
            UserPlace(
                name,
                tuple(dict.fromkeys((name, *aliases))),
                _number(row, "lat", where, 90),
                _number(row, "lon", where, 180),
                _text(row, "admin1", where, required=False),
                _text(row, "country", where) or "",
            )
        )
    words = data.get("not_places", {})
    not_places = _strings(words.get("words", []), f"{path}: not_places words") if words else ()
    return UserDictionary(path, tuple(actors), tuple(places), not_places)


@cache
def load(path: str) -> UserDictionary:
    """Read a dictionary file once; a missing or malformed file is one clear `DictionaryError`."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DictionaryError(f"dictionary {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"dictionary {path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise DictionaryError(f"dictionary {path}: not valid TOML ({exc})") from None
    return parse(data, path)


_ACTIVE: ContextVar[UserDictionary | None] = ContextVar("kronika_user_dictionary", default=None)


def active() -> UserDictionary | None:
    """The dictionary in use: the one set around this run (`use`), else ``$KRONIKA_DICTIONARY``."""
    set_here = _ACTIVE.get()
    if set_here is not None:
        return set_here
    path = os.environ.get(ENV)
    return load(path) if path else None


@contextlib.contextmanager
def use(dictionary: UserDictionary | str | os.PathLike[str] | None) -> Iterator[None]:
    """Read the texts of the block with `dictionary` (a loaded one or a path); None changes nothing."""
    if dictionary is None:
        yield
        return
    loaded = dictionary if isinstance(dictionary, UserDictionary) else load(os.fspath(dictionary))
    token = _ACTIVE.set(loaded)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


# --- the geo hook --------------------------------------------------------------------------------


class UserGazetteer:
    """The gazetteer with the user's places first and the user's non-places removed; every
    other question goes to the gazetteer it wraps."""

    def __init__(self, base: Gazetteer, dictionary: UserDictionary) -> None:
        from kronika.geo.text import name_key

        self._base = base
        self._stop = {name_key(w) for w in dictionary.not_places}
        self._places: dict[str, list[Entry]] = {}
        for i, place in enumerate(dictionary.places, start=1):
            entry = self._entry(-i, place)
            for alias in place.aliases:
                self._places.setdefault(name_key(alias), []).append(entry)

    def _entry(self, pid: int, place: UserPlace) -> Entry:
        from kronika.geo.gazetteer import Entry
        from kronika.geo.text import name_key

        cc = place.country.upper() if re.fullmatch(r"[A-Za-z]{2}", place.country) else ""
        if not cc:
            cc = next((e.cc for e in self._base.lookup(name_key(place.country)) if e.kind == "country"), "")
        if not cc:
            raise DictionaryError(f"place {place.name!r}: unknown country {place.country!r}")
        a1 = ""
        if place.admin1:
            regions = [
                e for e in self._base.lookup(name_key(place.admin1)) if e.kind == "admin1" and e.cc == cc
            ]
            a1 = regions[0].a1 if regions else ""
        return Entry(pid, place.name, "city", cc, a1, place.lat, place.lon, 10**9, None, True)

    def lookup(self, key: str) -> tuple[Entry, ...]:
        if key in self._stop:
            return ()
        return tuple(self._places.get(key, ())) + self._base.lookup(key)

    def has_prefix(self, key: str) -> bool:
        return any(k.startswith(key) for k in self._places) or self._base.has_prefix(key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)


def gazetteer_for(base: Gazetteer) -> Gazetteer:
    """`base`, or `base` with the active dictionary's places and non-places."""
    dictionary = active()
    if dictionary is None or not (dictionary.places or dictionary.not_places):
        return base
    return _wrapped(base, dictionary)  # type: ignore[return-value]


@cache
def _wrapped(base: Gazetteer, dictionary: UserDictionary) -> UserGazetteer:
    return UserGazetteer(base, dictionary)


def check(dictionary: UserDictionary) -> UserDictionary:
    """`dictionary`, once its places are known to the gazetteer's countries and regions: an
    unknown country is a `DictionaryError` now, before any text is read (it needs the place
    index, so only a dictionary with places pays for it)."""
    if dictionary.places:
        from kronika.geo.gazetteer import gazetteer

        try:
            _wrapped(gazetteer(), dictionary)
        except DictionaryError as exc:
            raise DictionaryError(f"{dictionary.path}: {exc}") from None
    return dictionary
