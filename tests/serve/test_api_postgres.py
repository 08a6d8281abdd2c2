"""The API over a PostgreSQL store: the same answers as over SQLite (`pytest -m postgres`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from kronika.serve import create_app
from tests.serve.storefix import TOKEN, TOKENS, build, find
from tests.store.pgserver import postgres_bindir, running_server

pytestmark = pytest.mark.postgres
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[TestClient, dict]]]:
    pytest.importorskip("psycopg")
    if postgres_bindir() is None:
        pytest.fail("no PostgreSQL server installed (apt-get install postgresql); .ci/run installs it")
    with running_server() as server:
        out = {}
        for name, target in (
            ("sqlite", str(tmp_path_factory.mktemp("s") / "k.db")),
            ("postgresql", server.create()),
        ):
            events = build(target, extra=120)
            out[name] = (TestClient(create_app(target, tokens=TOKENS)), events)
        yield out


QUERIES = [
    {"country": "mali"},
    {"kind": ["arrest", "protest"], "sort": "date"},
    {"since": "2023-03-10", "sort": "-fatalities"},
    {"bbox": "-5,10,5,20"},
    {"event_type": "battles"},
    {"min_fatalities": 3, "sort": "confidence"},
    {"q": "village", "limit": 7},
    {"actor": "gunm", "sort": "-country"},
]


@pytest.mark.parametrize("params", QUERIES)
def test_pages_are_the_same_on_both_backends(stores, params) -> None:
    pages = {}
    for name, (client, _) in stores.items():
        seen, cursor = [], None
        for _ in range(100):
            got = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})})
            assert got.status_code == 200, got.text
            seen += [e["event_id"] for e in got.json()["events"]]
            cursor = got.json()["next"]
            if not cursor:
                break
        pages[name] = seen
    assert pages["sqlite"] == pages["postgresql"] and pages["sqlite"]


@pytest.mark.parametrize("by", ["week", "country", "type"])
def test_stats_are_the_same_on_both_backends(stores, by) -> None:
    answers = [client.get("/api/stats", params={"by": by}).json() for client, _ in stores.values()]
    assert answers[0] == answers[1]


def test_a_review_round_trip_on_postgresql(stores) -> None:
    client, events = stores["postgresql"]
    bus = find(events, "bus at the northern checkpoint")
    got = client.post(
        f"/api/events/{bus.event_id}/review", json={"field": "killed", "value": 9}, headers=AUTH
    )
    assert got.status_code == 200, got.text
    detail = client.get(f"/api/events/{bus.event_id}").json()
    assert detail["event"]["killed"] == 9 and detail["review"]["original"] == {"killed": 6}
    assert bus.event_id in {
        e["event_id"] for e in client.get("/api/events", params={"min_fatalities": 9}).json()["events"]
    }
    vigil = find(events, "vigil outside")
    assert (
        client.post(
            f"/api/events/{vigil.event_id}/review", json={"action": "split"}, headers=AUTH
        ).status_code
        == 200
    )
    assert client.get(f"/api/events/{vigil.event_id}").json()["incident"]["n_sources"] == 1
