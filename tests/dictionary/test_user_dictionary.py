"""User dictionaries: an analyst's actors, places and non-places change the records without
editing the package; a bad file is one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika import api, dictionary

DICTIONARY = """
[[actor]]
name = "Kalma Youth Committee"
aliases = ["Kalma youth", "KYC"]
type = "political militia"

[[actor]]
name = "Night Watch of Tawila"
aliases = ["Tawila night watch"]
type = "identity militia"

[[place]]
name = "Kalma Camp"
aliases = ["Kalma"]
lat = 12.03
lon = 24.93
admin1 = "South Darfur"
country = "Sudan"

[[place]]
name = "Zamzam Camp"
lat = 13.50
lon = 25.28
country = "SD"

[not_places]
words = ["Kutum"]
"""


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        (
            "On 4 May 2024, KYC fighters attacked a police post in Nyala, killing two officers.",
            "Kalma Youth Committee",
            3,
        ),
        (
            "On 5 May 2024, the Kalma youth clashed with soldiers in Nyala, killing one.",
            "Kalma Youth Committee",
            3,
        ),
        (
            "On 6 May 2024, the Tawila night watch killed two herders near El Fasher.",
            "Night Watch of Tawila",
            4,
        ),
    ],
)
def test_user_actors_are_named_and_typed(user_file: Path, text: str, name: str, inter: int) -> None:
    without = {a.canonical for e in api.extract(text, "t.txt") for a in e.actors}
    assert name not in without
    actors = {
        a.canonical: a.inter for e in api.extract(text, "t.txt", dictionary=user_file) for a in e.actors
    }
    assert actors.get(name) == inter


@pytest.mark.parametrize(
    ("text", "place", "lat"),
    [
        ("On 4 May 2024, gunmen killed three people in Kalma.", "Kalma Camp", 12.03),
        ("On 5 May 2024, shelling hit Zamzam Camp, killing four people.", "Zamzam Camp", 13.5),
    ],
)
def test_user_places_place_the_event(user_file: Path, text: str, place: str, lat: float) -> None:
    events = api.extract(text, "t.txt", dictionary=user_file)
    assert [(e.place, e.country_code, e.latitude) for e in events] == [(place, "SD", lat)]


def test_a_word_that_is_no_place_here_places_nothing(user_file: Path) -> None:
    text = "On 4 May 2024, gunmen killed three people in Kutum."
    assert [e.place for e in api.extract(text, "t.txt")] == ["Kutum"]
    assert [e.place for e in api.extract(text, "t.txt", dictionary=user_file)] == [None]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[actor]]\nname = 'X'\ntype = 'gang'\n", "type 'gang' is not one of"),
        ("[[actor]]\ntype = 'rebel group'\n", "actor 1: 'name' must be a non-empty string"),
        ("[[place]]\nname = 'Y'\nlat = 95\nlon = 10\ncountry = 'SD'\n", "'lat' 95 is outside"),
        ("[[place]]\nname = 'Y'\nlat = 'north'\nlon = 10\ncountry = 'SD'\n", "'lat' must be a number"),
        (
            "[[actor]]\nname = 'X'\ntype = 'rebel group'\naliases = 'Z'\n",
            "expected a list of non-empty strings",
        ),
        ("[places]\n", "unknown section(s) places"),
        ("[[actor]\n", "not valid TOML"),
    ],
)
def test_a_bad_dictionary_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(dictionary.DictionaryError, match=None) as err:
        dictionary.load(str(path))
    assert message in str(err.value) and str(path) in str(err.value)


def test_the_cli_takes_a_dictionary_and_refuses_a_missing_one(
    user_file: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(dictionary.ENV, "")  # restored after the test: the option sets it for its run
    report = tmp_path / "r.txt"
    report.write_text("On 4 May 2024, KYC fighters attacked a police post in Kalma, killing two officers.\n")
    ok = run_cli("extract", str(report), "--dictionary", str(user_file), "-q")
    assert ok.code == 0
    record = json.loads(ok.out.splitlines()[0])
    assert record["place"] == "Kalma Camp"
    assert "Kalma Youth Committee" in {a["canonical"] for a in record["actors"]}
    missing = run_cli("extract", str(report), "--dictionary", str(tmp_path / "none.toml"), "-q")
    assert missing.code == 2 and "no such file" in missing.err and "Traceback" not in missing.err


def test_a_place_in_an_unknown_country_is_a_usage_error_before_any_text(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(dictionary.ENV, "")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[place]]\nname = 'Camp Y'\nlat = 1\nlon = 2\ncountry = 'Atlantis'\n", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("a.txt", "b.txt"):
        (reports / name).write_text("On 4 May 2024, gunmen killed three in Camp Y.\n", encoding="utf-8")
    for command in ("extract", "ingest"):
        extra = ["--db", str(tmp_path / "k.db")] if command == "ingest" else []
        result = run_cli(command, str(reports), *extra, "--dictionary", str(bad), "-q")
        assert result.code == 2, (command, result)
        lines = [line for line in result.err.splitlines() if "Atlantis" in line]
        assert len(lines) == 1 and str(bad) in lines[0], (command, result.err)
        assert "Traceback" not in result.err
