"""`kronika serve --dictionary FILE`: the user dictionary is shown at /api/dictionary and read by
every extraction (POST /api/extract) and place search (/api/places) of the server; a bad one
stops the start with one line and exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from kronika import dictionary
from kronika.serve import create_app
from tests.dictionary.test_user_dictionary import DICTIONARY
from tests.serve.storefix import TOKEN, TOKENS, build

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(autouse=True)
def _no_env_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    # only what a test passes counts; `--dictionary` sets the variable for its run, and
    # monkeypatch puts it back (an unset variable it found stays unset) after the test
    monkeypatch.setenv(dictionary.ENV, "")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve-dict") / "k.db"
    build(path)
    return path


@pytest.fixture(scope="module")
def user_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dict") / "mine.toml"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def with_dict(db: Path, user_file: Path) -> TestClient:
    return TestClient(create_app(db, tokens=TOKENS, dictionary=user_file), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def without(db: Path) -> TestClient:
    return TestClient(create_app(db, tokens=TOKENS), raise_server_exceptions=False)


def test_the_dictionary_endpoint_shows_its_entries_not_the_servers_folders(with_dict: TestClient) -> None:
    body = with_dict.get("/api/dictionary").json()
    assert body["name"] == "mine.toml"
    assert {a["name"]: a["type"] for a in body["actors"]} == {
        "Kalma Youth Committee": "political militia",
        "Night Watch of Tawila": "identity militia",
    }
    kalma = next(p for p in body["places"] if p["name"] == "Kalma Camp")
    assert kalma["aliases"] == ["Kalma Camp", "Kalma"] and kalma["latitude"] == 12.03
    assert body["not_places"] == ["Kutum"]
    assert "/" not in str(body)  # no path of the server's disk


def test_meta_names_the_dictionary(with_dict: TestClient, without: TestClient) -> None:
    assert with_dict.get("/api/meta").json()["dictionary"] == "mine.toml"
    assert without.get("/api/meta").json()["dictionary"] is None


def test_without_a_dictionary_the_endpoint_says_so(without: TestClient) -> None:
    assert without.get("/api/dictionary").json() == {
        "name": None,
        "actors": [],
        "places": [],
        "not_places": [],
    }


def test_the_environment_variable_is_the_default(
    db: Path, user_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(dictionary.ENV, str(user_file))
    client = TestClient(create_app(db), raise_server_exceptions=False)
    assert client.get("/api/dictionary").json()["name"] == "mine.toml"


# (text, what the record carries with the dictionary and not without): written for this test
EXTRACTIONS = [
    (
        "On 4 May 2024, KYC fighters attacked a police post in Nyala, killing two officers.",
        lambda e: "Kalma Youth Committee" in {a["canonical"] for a in e["actors"]},
    ),
    (
        "On 6 May 2024, the Tawila night watch killed two herders near El Fasher.",
        lambda e: any(a["canonical"] == "Night Watch of Tawila" and a["inter"] == 4 for a in e["actors"]),
    ),
    (
        "On 4 May 2024, gunmen killed three people in Kalma.",
        lambda e: (e["place"], e["country_code"], e["latitude"]) == ("Kalma Camp", "SD", 12.03),
    ),
    (
        "On 5 May 2024, shelling hit Zamzam Camp, killing four people.",
        lambda e: e["place"] == "Zamzam Camp" and e["latitude"] == 13.5,
    ),
    ("On 4 May 2024, gunmen killed three people in Kutum.", lambda e: e["place"] is None),
]


@pytest.mark.parametrize(("text", "carries"), EXTRACTIONS)
def test_extraction_reads_the_dictionary(
    with_dict: TestClient, without: TestClient, text: str, carries
) -> None:
    got = with_dict.post("/api/extract", json={"text": text, "document_id": "pasted.txt"}, headers=AUTH)
    assert got.status_code == 200, got.text
    events = got.json()["events"]
    assert events and all(e["document_id"] == "pasted.txt" for e in events)
    assert any(carries(e) for e in events)
    assert got.json()["dictionary"] == "mine.toml"
    plain = without.post("/api/extract", json={"text": text}, headers=AUTH).json()["events"]
    assert not any(carries(e) for e in plain)


def test_extraction_takes_the_publication_date(with_dict: TestClient) -> None:
    text = "Gunmen killed three people in Kalma on Tuesday."
    body = {"text": text, "published": "2024-05-09"}
    events = with_dict.post("/api/extract", json=body, headers=AUTH).json()["events"]
    assert [e["date_start"] for e in events] == ["2024-05-07"]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        ({"text": "Gunmen killed three people in Kalma."}, {}, 401),
        ({"text": "Gunmen killed three people in Kalma."}, {"Authorization": "Bearer wrong"}, 401),
        ({"text": ""}, AUTH, 400),
        ({"text": "x", "published": "yesterday"}, AUTH, 400),
        ({"text": "x", "store": True}, AUTH, 400),
    ],
)
def test_extraction_refuses_bad_requests(with_dict: TestClient, body, headers, status: int) -> None:
    got = with_dict.post("/api/extract", json=body, headers=headers)
    assert got.status_code == status
    assert set(got.json()) == {"error"}


def test_place_search_offers_the_users_places_first_and_never_its_non_places(
    with_dict: TestClient, without: TestClient
) -> None:
    first = with_dict.get("/api/places", params={"q": "Kalma"}).json()["places"][0]
    assert (first["place"], first["country_code"], first["latitude"]) == ("Kalma Camp", "SD", 12.03)
    assert first["admin1"] == "South Darfur"
    assert without.get("/api/places", params={"q": "Kutum"}).json()["places"]
    assert with_dict.get("/api/places", params={"q": "Kutum"}).json()["places"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[actor]]\nname = 'X'\ntype = 'gang'\n", "type 'gang' is not one of"),
        ("[[actor]\n", "not valid TOML"),
        ("[[place]]\nname = 'Y'\nlat = 1\nlon = 2\ncountry = 'Atlantis'\n", "unknown country 'Atlantis'"),
    ],
)
def test_a_bad_dictionary_stops_the_start(
    db: Path, tmp_path: Path, run_cli, content: str, message: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(dictionary.DictionaryError, match=message):
        create_app(db, dictionary=bad)
    result = run_cli("serve", "--db", str(db), "--dictionary", str(bad))
    assert result.code == 2, result
    assert message in result.err and "Traceback" not in result.err
    assert len([line for line in result.err.splitlines() if message in line]) == 1


def test_serve_refuses_a_missing_dictionary(db: Path, tmp_path: Path, run_cli) -> None:
    result = run_cli("serve", "--db", str(db), "--dictionary", str(tmp_path / "none.toml"))
    assert result.code == 2 and "no such file" in result.err and "Traceback" not in result.err
