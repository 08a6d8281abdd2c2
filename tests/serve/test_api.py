"""The JSON API through the ASGI test client: filters, paging, formats, reviews, tokens, bad input."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from kronika.record import Event
from kronika.serve import create_app
from tests.serve.storefix import OTHER_TOKEN, TOKEN, TOKENS, build, find

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Event]]:
    path = tmp_path_factory.mktemp("serve") / "k.db"
    return path, build(path, extra=250)


@pytest.fixture(scope="module")
def client(store_path) -> TestClient:
    return TestClient(create_app(store_path[0], tokens=TOKENS), raise_server_exceptions=False)


@pytest.fixture
def fresh(tmp_path: Path) -> tuple[TestClient, dict[str, Event]]:
    """A client over a store of its own, for tests that write reviews."""
    events = build(tmp_path / "k.db")
    return TestClient(create_app(tmp_path / "k.db", tokens=TOKENS), raise_server_exceptions=False), events


def all_ids(client: TestClient, **params) -> list[str]:
    out, cursor = [], None
    for _ in range(100):
        got = client.get(
            "/api/events", params={**params, "limit": 1000, **({"cursor": cursor} if cursor else {})}
        )
        assert got.status_code == 200, got.text
        body = got.json()
        out += [e["event_id"] for e in body["events"]]
        cursor = body["next"]
        if not cursor:
            return out
    raise AssertionError("paging did not end")


def _in_bbox(e: Event, lo_lon, lo_lat, hi_lon, hi_lat) -> bool:
    return e.latitude is not None and lo_lon <= e.longitude <= hi_lon and lo_lat <= e.latitude <= hi_lat


FILTERS = [
    ({"country": "mali"}, lambda e: e.country == "Mali"),
    ({"country": "GE"}, lambda e: e.country_code == "GE"),
    ({"admin1": "Mopti"}, lambda e: e.admin1 == "Mopti"),
    ({"kind": ["arrest", "protest"]}, lambda e: e.kind in ("arrest", "protest")),
    ({"kind": "riot"}, lambda e: e.kind == "riot"),
    ({"actor": "gunm"}, lambda e: any("gunm" in a.name.casefold() for a in e.actors)),
    ({"since": "2023-03-10"}, lambda e: e.date_end is not None and e.date_end >= "2023-03-10"),
    ({"until": "2022-12-31"}, lambda e: e.date_start is not None and e.date_start <= "2022-12-31"),
    ({"since": "2023-03-01", "until": "2023-03-31"},
     lambda e: e.date_start is not None and "2023-03-01" <= e.date_start <= "2023-03-31"),
    ({"bbox": "-5,10,5,20"}, lambda e: _in_bbox(e, -5, 10, 5, 20)),
    ({"min_confidence": 0.7}, lambda e: e.confidence >= 0.7),
    ({"event_type": "explosions/remote violence"}, lambda e: e.event_type == "Explosions/Remote violence"),
    ({"sub_event_type": "Peaceful protest"}, lambda e: e.sub_event_type == "Peaceful protest"),
    ({"min_fatalities": 5}, lambda e: e.killed is not None and e.killed >= 5),
    ({"min_fatalities": 0}, lambda e: e.killed is not None),
    ({"q": "CHECKPOINT"}, lambda e: "checkpoint" in e.evidence[0].text),
    ({"q": "100%_"}, lambda e: False),
    ({"q": "village", "min_fatalities": 6},
     lambda e: "village" in e.evidence[0].text and (e.killed or 0) >= 6),
    ({"country": "Mali", "kind": "attack", "since": "2023-03-01"},
     lambda e: e.country == "Mali" and e.kind == "attack" and (e.date_end or "") >= "2023-03-01"),
]  # fmt: skip


@pytest.mark.parametrize(("params", "wanted"), FILTERS)
def test_every_filter_selects_what_it_says(client, store_path, params, wanted) -> None:
    events = store_path[1]
    assert sorted(all_ids(client, **params)) == sorted(e.event_id for e in events.values() if wanted(e))


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("date", lambda e: e.date_start),
        ("-date", lambda e: e.date_start),
        ("fatalities", lambda e: e.killed),
        ("-fatalities", lambda e: e.killed),
        ("confidence", lambda e: e.confidence),
        ("-country", lambda e: e.country),
        ("event_type", lambda e: e.event_type),
    ],
)
def test_paging_walks_every_event_once_in_sort_order(client, store_path, sort, key) -> None:
    events = store_path[1]
    seen, cursor = [], None
    for _ in range(200):
        params = {"sort": sort, "limit": 37, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        assert body["total"] == len(events)
        seen += body["events"]
        cursor = body["next"]
        if cursor is None:
            break
    assert sorted(e["event_id"] for e in seen) == sorted(events)
    values = [key(Event.from_dict(e)) for e in seen]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=sort.startswith("-"))
    assert values[len(present) :] == [None] * (len(values) - len(present))  # unknown values come last


def test_formats_geojson_and_acled(client, store_path) -> None:
    events = store_path[1]
    geo = client.get("/api/events", params={"format": "geojson", "country": "Mali"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    body = geo.json()
    assert body["type"] == "FeatureCollection" and body["total"] == len(body["features"]) == 3
    for feature in body["features"]:
        e = events[feature["id"]]
        assert feature["geometry"]["coordinates"] == [e.longitude, e.latitude]
    acled = client.get("/api/events", params={"format": "acled", "country": "Georgia", "sort": "date"})
    assert acled.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(acled.text)))
    assert [r["sub_event_type"] for r in rows] == ["Arrests", "Arrests", "Peaceful protest"]
    assert acled.headers["x-total-count"] == "3"


def test_event_detail_has_context_evidence_and_incident(client, store_path) -> None:
    events = store_path[1]
    bus = find(events, "bus at the northern checkpoint")
    body = client.get(f"/api/events/{bus.event_id}").json()
    assert body["event"] == bus.to_dict()
    doc = body["document"]
    (span,) = doc["evidence"]
    assert doc["text"][span["start"] - doc["start"] : span["end"] - doc["start"]] == span["text"]
    assert span["in_context"] and doc["document_id"] == "wire/a.txt"
    assert body["review"] == {"status": None, "entries": [], "original": {}}
    vigil, other = find(events, "vigil outside"), find(events, "organised a vigil")
    incident = client.get(f"/api/events/{vigil.event_id}").json()["incident"]
    assert incident["n_sources"] == 2 and [m["event_id"] for m in incident["members"]] == [other.event_id]


def test_incidents_and_documents(client, store_path) -> None:
    listing = client.get("/api/incidents", params={"country": "Georgia"}).json()
    assert listing["total"] == len(listing["incidents"]) >= 1
    one = listing["incidents"][0]
    detail = client.get(f"/api/incidents/{one['incident_id']}").json()
    assert {m["event_id"] for m in detail["members"]} == set(one["members"])
    doc = client.get("/api/documents/ngo/c.txt").json()  # an id with a slash
    assert doc["document_id"] == "ngo/c.txt" and "vigil" in doc["text"] and len(doc["events"]) == 2
    assert client.get("/api/documents/ngo/none.txt").status_code == 404


@pytest.mark.parametrize("by", ["day", "week", "month", "year", "country", "admin1", "type", "kind"])
def test_stats_add_up_to_the_filtered_total(client, by) -> None:
    body = client.get("/api/stats", params={"by": by, "country": "Mali"}).json()
    assert body["total"] == sum(b["events"] for b in body["buckets"]) == 3
    if by == "week":
        assert {b["key"] for b in body["buckets"]} == {"2023-03-06", "2023-03-20"}  # Mondays
    if by == "type":
        assert {b["key"] for b in body["buckets"]} == {
            "Violence against civilians", "Battles", "Explosions/Remote violence",
        }  # fmt: skip


def test_openapi_describes_the_api(client) -> None:
    spec = client.get("/api/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"kind", "country", "admin1", "actor", "since", "until", "bbox", "min_confidence"} <= params
    assert {
        "event_type",
        "sub_event_type",
        "min_fatalities",
        "q",
        "limit",
        "cursor",
        "sort",
        "format",
    } <= params
    assert "/api/events/{event_id}/review" in spec["paths"]


# --- reviews ----------------------------------------------------------------------------


def test_a_review_round_trip(fresh) -> None:
    client, events = fresh
    bus = find(events, "bus at the northern checkpoint")
    url = f"/api/events/{bus.event_id}/review"
    got = client.post(url, json={"field": "killed", "value": 7, "note": "hospital count"}, headers=AUTH)
    assert got.status_code == 200, got.text
    assert got.json()["entry"]["reviewer"] == "alice" and got.json()["event"]["killed"] == 7
    detail = client.get(f"/api/events/{bus.event_id}").json()
    assert detail["event"]["killed"] == 7 and detail["event"]["reviewed"] is True
    assert detail["review"]["original"] == {"killed": 6} and detail["review"]["status"] == "corrected"
    listed = client.get("/api/events", params={"min_fatalities": 7}).json()["events"]
    assert bus.event_id in {e["event_id"] for e in listed} and all(e["killed"] >= 7 for e in listed)
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events", params={"format": "acled"}).text)))
    assert [r["fatalities"] for r in rows if bus.event_id in r["event_id_cnty"]] == ["7"]
    other = client.post(url, json={"action": "confirm"}, headers={"Authorization": f"Bearer {OTHER_TOKEN}"})
    assert other.json()["status"] == "confirmed" and other.json()["entry"]["reviewer"] == "bruno"
    log = client.get("/api/reviews", params={"event_id": bus.event_id}).json()["entries"]
    assert [(e["reviewer"], e["field"]) for e in log] == [("alice", "killed"), ("bruno", "status")]


def test_reject_hides_and_confirm_restores(fresh) -> None:
    client, events = fresh
    vigil = find(events, "vigil")
    url = f"/api/events/{vigil.event_id}/review"
    assert client.post(url, json={"action": "reject", "note": "duplicate"}, headers=AUTH).status_code == 200
    assert vigil.event_id not in all_ids(client)
    assert client.get(f"/api/events/{vigil.event_id}").json()["review"]["status"] == "rejected"
    client.post(url, json={"action": "confirm"}, headers=AUTH)
    assert vigil.event_id in all_ids(client)


def test_location_and_date_corrections_move_the_event(fresh) -> None:
    client, events = fresh
    march = find(events, "river crossing")
    url = f"/api/events/{march.event_id}/review"
    loc = {"place": "Sévaré", "admin1": "Mopti", "latitude": 14.53, "longitude": -4.1}
    assert client.post(url, json={"field": "location", "value": loc}, headers=AUTH).status_code == 200
    date = {"date_start": "2023-04-01", "date_end": "2023-04-02", "date_precision": "days"}
    assert client.post(url, json={"field": "date", "value": date}, headers=AUTH).status_code == 200
    assert march.event_id in all_ids(client, since="2023-04-01", bbox="-4.2,14.5,-4,14.6")
    assert march.event_id not in all_ids(client, until="2023-03-31")


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong-token-000000"}, 401),
        ({"Authorization": f"Basic {TOKEN}"}, 401),
        ({"Authorization": f"Bearer {TOKEN}x"}, 401),
        ({"Authorization": f"Bearer {TOKEN[:-1]}"}, 401),
        ({"Authorization": "Bearer "}, 401),
        (AUTH, 200),
    ],
)
def test_writes_need_a_valid_token(fresh, headers, status) -> None:
    client, events = fresh
    bus = find(events, "bus at the northern checkpoint")
    got = client.post(f"/api/events/{bus.event_id}/review", json={"action": "confirm"}, headers=headers)
    assert got.status_code == status
    if status == 401:
        assert got.headers["www-authenticate"] == "Bearer" and "error" in got.json()
        assert client.get("/api/reviews").json()["total"] == 0


def test_a_server_without_tokens_is_read_only(store_path) -> None:
    client = TestClient(create_app(store_path[0]))
    some = next(iter(store_path[1]))
    got = client.post(f"/api/events/{some}/review", json={"action": "confirm"}, headers=AUTH)
    assert got.status_code == 401 and "read-only" in got.json()["error"]["message"]
    assert client.get("/api/meta").json()["writable"] is False


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"field": "killed", "value": -3}, 400, "whole number"),
        ({"field": "kind", "value": "party"}, 400, "kind must be one of"),
        ({"field": "event_id", "value": "x"}, 400, "cannot be reviewed"),
        ({"field": "killed"}, 400, "value"),
        ({"action": "confirm", "field": "killed", "value": 1}, 400, "not both"),
        ({"action": "delete"}, 400, "action"),
        ({"note": "just a note"}, 400, "field"),
        ({"field": "killed", "value": 1, "extra": True}, 400, "extra"),
        ({"field": "killed", "value": 1, "note": "x" * 5000}, 400, "note"),
    ],
)
def test_malformed_reviews_are_refused_with_a_json_error(fresh, body, status, message) -> None:
    client, events = fresh
    bus = find(events, "bus at the northern checkpoint")
    got = client.post(f"/api/events/{bus.event_id}/review", json=body, headers=AUTH)
    assert got.status_code == status
    assert message in got.json()["error"]["message"]
    assert client.get("/api/reviews").json()["total"] == 0


def test_review_of_an_unknown_event_is_404(fresh) -> None:
    client, _ = fresh
    got = client.post("/api/events/0000000000000000/review", json={"action": "confirm"}, headers=AUTH)
    assert got.status_code == 404


# --- malformed requests, limits, static files ----------------------------------------------

BAD = [
    ("/api/events", {"limit": 0}),
    ("/api/events", {"limit": 10**9}),
    ("/api/events", {"limit": "ten"}),
    ("/api/events", {"min_fatalities": "9" * 40}),
    ("/api/events", {"min_fatalities": -1}),
    ("/api/events", {"min_confidence": "nan"}),
    ("/api/events", {"min_confidence": 2}),
    ("/api/events", {"since": "2023-02-30"}),
    ("/api/events", {"until": "yesterday"}),
    ("/api/events", {"bbox": "1,2,3"}),
    ("/api/events", {"bbox": "200,0,210,10"}),
    ("/api/events", {"kind": "picnic"}),
    ("/api/events", {"sort": "event_id; DROP TABLE events"}),
    ("/api/events", {"format": "xml"}),
    ("/api/events", {"cursor": "not-a-cursor"}),
    ("/api/events", {"cursor": "WyJ4Il0"}),
    ("/api/events", {"q": "x" * 500}),
    ("/api/stats", {"by": "hour"}),
    ("/api/incidents", {"offset": -1}),
    ("/api/places", {"q": ""}),
]


@pytest.mark.parametrize(("path", "params"), BAD)
def test_malformed_parameters_are_400_with_a_json_error(client, path, params) -> None:
    got = client.get(path, params=params)
    assert got.status_code == 400, got.text
    error = got.json()["error"]
    assert error["status"] == 400 and error["message"] and "Traceback" not in got.text


@pytest.mark.parametrize(
    "value", ["' OR '1'='1", "x'); DROP TABLE events; --", "%", "_", "\\", "../../etc/passwd", "é́\u202e\x00"]
)
def test_injection_strings_are_just_text(client, store_path, value) -> None:
    for name in ("q", "country", "actor", "admin1", "event_type"):
        got = client.get("/api/events", params={name: value})
        assert got.status_code == 200 and got.json()["total"] == 0
    assert client.get("/api/meta").json()["events"] == len(store_path[1])


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/vendor/../../app.py",
        "/static//etc/passwd",
        "/api/events/..%2f..%2fetc",
        "/api/events/" + "a" * 200,
    ],
)
def test_no_path_traversal(client, path) -> None:
    got = client.get(path)
    assert got.status_code in (400, 404)
    assert "create_app" not in got.text and "root:" not in got.text


def test_request_body_and_page_size_limits(fresh) -> None:
    client, events = fresh
    bus = find(events, "bus at the northern checkpoint")
    big = {"field": "place", "value": "x" * 100_000}
    assert client.post(f"/api/events/{bus.event_id}/review", json=big, headers=AUTH).status_code == 413
    assert client.get("/api/events", params={"limit": 5001}).status_code == 400


def test_page_and_assets_are_served_with_a_strict_policy(client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in (
        "/static/app.js",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/markercluster/leaflet.markercluster.js",
        "/static/vendor/topojson/topojson-client.min.js",
        "/static/vendor/world-atlas/countries-50m.json",
    ):
        assert client.get(asset).status_code == 200, asset
    for page_text in (page.text, client.get("/static/app.js").text):
        assert "http://" not in page_text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in page_text


def test_no_cors_unless_configured(store_path) -> None:
    origin = {"Origin": "http://elsewhere.example"}
    plain = TestClient(create_app(store_path[0])).get("/api/meta", headers=origin)
    assert "access-control-allow-origin" not in plain.headers
    allowed = TestClient(create_app(store_path[0], cors_origins=["http://elsewhere.example"]))
    assert allowed.get("/api/meta", headers=origin).headers["access-control-allow-origin"] == origin["Origin"]


def test_unexpected_errors_are_json_without_a_traceback(store_path, monkeypatch) -> None:
    from kronika.serve import facets

    client = TestClient(create_app(store_path[0]), raise_server_exceptions=False)

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(facets, "page", broken)
    got = client.get("/api/events")
    assert got.status_code == 500
    assert got.json()["error"]["status"] == 500 and "secret" not in got.text and "Traceback" not in got.text


def test_loopback_host_check(store_path) -> None:
    client = TestClient(create_app(store_path[0], allowed_hosts=["127.0.0.1", "localhost"]))
    assert client.get("/api/meta", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/api/meta", headers={"Host": "attacker.example"}).status_code == 400


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(
        ["q", "country", "since", "until", "bbox", "limit", "min_fatalities", "cursor", "sort"]
    ),
    value=st.text(max_size=60),
)
def test_no_parameter_value_makes_a_server_error(client, name, value) -> None:
    got = client.get("/api/events", params={name: value})
    assert got.status_code in (200, 400), got.text


def test_split_and_merge_incidents(fresh) -> None:
    client, events = fresh
    vigil, other = find(events, "vigil outside"), find(events, "organised a vigil")
    bus, bomb = find(events, "bus at the northern checkpoint"), find(events, "car bomb")

    def incident(e) -> dict | None:
        return client.get(f"/api/events/{e.event_id}").json()["incident"]

    total = client.get("/api/incidents").json()["total"]
    assert incident(vigil)["n_sources"] == 2 and incident(bus)["n_sources"] == 1
    split = client.post(f"/api/events/{vigil.event_id}/review", json={"action": "split"}, headers=AUTH)
    assert split.status_code == 200 and split.json()["entry"]["before"] == "auto"
    assert incident(vigil)["n_sources"] == 1 and incident(other)["n_sources"] == 1
    assert client.get("/api/incidents").json()["total"] == total + 1
    merge = {"field": "incident", "value": {"with": bomb.event_id}, "note": "the same blast"}
    assert client.post(f"/api/events/{bus.event_id}/review", json=merge, headers=AUTH).status_code == 200
    assert [m["event_id"] for m in incident(bus)["members"]] == [bomb.event_id]
    assert client.get("/api/incidents").json()["total"] == total
    back = {"field": "incident", "value": "auto"}
    assert client.post(f"/api/events/{vigil.event_id}/review", json=back, headers=AUTH).status_code == 200
    assert incident(vigil)["n_sources"] == 2
    for bad in ({"with": vigil.event_id}, {"with": "0000000000000000"}, "together", {"with": 5}):
        got = client.post(
            f"/api/events/{vigil.event_id}/review", json={"field": "incident", "value": bad}, headers=AUTH
        )
        assert got.status_code == 400, bad


@pytest.mark.parametrize(
    ("name", "precision", "admin1"),
    [
        ("Bukidnon", "district", "Northern Mindanao"),
        ("Negros Occidental", "district", "Western Visayas"),
        ("Mombasa", "place", None),
        ("Borno", "admin1", "Borno"),
        ("Kenya", "country", None),
    ],
)
def test_places_names_each_gazetteer_level_as_records_do(
    client: TestClient, name: str, precision: str, admin1: str | None
) -> None:
    places = client.get("/api/places", params={"q": name}).json()["places"]
    first = next(p for p in places if p["geo_precision"] == precision)
    assert first["country_code"]
    if precision == "country":
        assert first["place"] is None
    else:
        assert first["place"] == name
    if admin1:
        assert first["admin1"] == admin1
