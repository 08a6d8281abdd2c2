"""Incidents across sources: the same event from several documents merges; distinct ones stay apart."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.errors import KronikaError
from kronika.store.incidents import (
    KEYWORD_FAMILIES,
    IncidentConfig,
    build_incidents,
    haversine_km,
    keyword_groups,
    keywords_in,
)
from tests.store.generate import make_event

CHURCH = "A gunman opened fire on worshippers outside the church, killing four."
CHURCH_2 = "Four people died when an attacker shot at a congregation leaving Sunday service at the cathedral."
MARKET = "A bomb went off in the central market, killing three shoppers."


def pair(a: dict, b: dict) -> int:
    """How many incidents two events (given as make_event keyword sets) become."""
    events = [make_event("wire-a.txt", **a), make_event(b.pop("doc", "wire-b.txt"), **b)]
    return len(build_incidents(events))


MERGE_CASES = [
    ("same attack, same day, same city", {}, {}),
    ("two points of one city", {}, {"lat": 36.36, "lon": 43.16}),
    ("claim reported the next day", {}, {"kind": "claim", "day": "2020-03-06"}),
    ("attack and clash are compatible", {"kind": "clash"}, {}),
    (
        "month-precise page against a dated wire, same site",
        {"day": "2020-03-01", "end": "2020-03-31", "precision": "month", "text": CHURCH},
        {"text": CHURCH_2},
    ),
    ("same site keyword in different words", {"text": CHURCH}, {"text": CHURCH_2}),
    ("one side names a site, the other does not", {"text": CHURCH}, {}),
    ("one town named twice, no coordinates", {"lat": None, "lon": None}, {"lat": None, "lon": None}),
    (
        "admin1-level place against a located town",
        {"geo": "admin1", "place": None, "lat": None, "lon": None},
        {},
    ),
    (
        "year-precise but the same toll",
        {"day": "2020-01-01", "end": "2020-12-31", "precision": "year", "killed": 4},
        {"killed": 4},
    ),
    (
        "one group as perpetrator and as raid target, one police force",
        {"kind": "clash", "actors": (("Islamic State", "target"), ("FSB", "security_force"))},
        {"actors": (("Islamic State", "perpetrator"),)},
    ),
    (
        "shared perpetrator",
        {"actors": (("Islamic State", "perpetrator"),)},
        {"actors": (("Islamic State", "claimant"),)},
    ),
    (
        "a complex attack told two ways that overlap",
        {"text": "Gunmen opened fire before a bomb exploded."},
        {"text": "The blast killed two."},
    ),
    ("overlapping weapons", {"weapons": ("firearm", "explosive")}, {"weapons": ("firearm",)}),
]

APART_CASES = [
    ("same day, same city, church against market", {"text": CHURCH}, {"text": MARKET}),
    ("arrest only with arrest", {"kind": "arrest"}, {}),
    ("seizure is not an attack", {"kind": "seizure"}, {}),
    ("same document", {}, {"doc": "wire-a.txt"}),
    ("three days apart", {}, {"day": "2020-03-08"}),
    ("two cities 180 km apart", {}, {"place": "Kirkuk", "lat": 35.47, "lon": 44.39}),
    (
        "different groups in different roles",
        {"kind": "clash", "actors": (("Islamic State", "target"), ("police", "security_force"))},
        {"actors": (("al-Qaeda", "perpetrator"), ("police", "security_force"))},
    ),
    (
        "different perpetrators",
        {"actors": (("Islamic State", "perpetrator"),)},
        {"actors": (("al-Qaeda", "perpetrator"),)},
    ),
    (
        "different named targets",
        {"actors": (("St Mary church", "target"),)},
        {"actors": (("Central Bank", "target"),)},
    ),
    (
        "a shooting and a bombing in the evidence words",
        {"text": "Gunmen opened fire on shoppers, killing two."},
        {"text": "A car bomb exploded in the town, killing two."},
    ),
    (
        "an arrest misread as an attack, told by its words",
        {"text": "Police detained three suspects in the town."},
        {"text": "Gunmen opened fire on shoppers, killing two."},
    ),
    ("knife against explosive", {"weapons": ("knife",)}, {"weapons": ("explosive",)}),
    (
        "different countries",
        {},
        {
            "country": "Syria",
            "code": "SY",
            "geo": "country",
            "place": None,
            "lat": None,
            "lon": None,
            "admin1": None,
        },
    ),
    (
        "two named towns of one region, no coordinates",
        {"lat": None, "lon": None},
        {"place": "Tal Afar", "lat": None, "lon": None},
    ),
    (
        "different admin1 at admin1 level",
        {"geo": "admin1", "lat": None, "lon": None},
        {"geo": "admin1", "lat": None, "lon": None, "admin1": "Anbar"},
    ),
    (
        "year-precise with nothing in common",
        {"day": "2020-01-01", "end": "2020-12-31", "precision": "year"},
        {},
    ),
    ("no date", {"day": None}, {"day": None}),
    (
        "no location at all",
        {
            "country": None,
            "code": None,
            "admin1": None,
            "place": None,
            "lat": None,
            "lon": None,
            "geo": "unknown",
        },
        {},
    ),
]


@pytest.mark.parametrize(("why", "a", "b"), MERGE_CASES, ids=[c[0] for c in MERGE_CASES])
def test_same_event_from_two_sources_merges(why: str, a: dict, b: dict) -> None:
    assert pair(dict(a), dict(b)) == 1, why


@pytest.mark.parametrize(("why", "a", "b"), APART_CASES, ids=[c[0] for c in APART_CASES])
def test_distinct_events_stay_apart(why: str, a: dict, b: dict) -> None:
    assert pair(dict(a), dict(b)) == 2, why


def test_three_wires_and_an_encyclopedia_become_one_incident_and_a_market_bombing_stays_apart() -> None:
    church = [
        make_event("wire-a.txt", text=CHURCH, killed=4, injured=5),
        make_event("wire-b.txt", text=CHURCH_2, killed=5, injured=None, lat=36.35),
        make_event(
            "wire-c.txt",
            kind="claim",
            text="The group said it attacked the church.",
            actors=(("Islamic State", "claimant"),),
            day="2020-03-06",
        ),
        make_event(
            "encyclopedia.html",
            text=CHURCH_2,
            day="2020-03-01",
            end="2020-03-31",
            precision="month",
            place=None,
            lat=None,
            lon=None,
            geo="admin1",
            killed=6,
        ),
    ]
    market = [
        make_event("wire-a.txt", text=MARKET, killed=3),
        make_event("wire-d.txt", text=MARKET, killed=3),
    ]
    incidents = build_incidents(church + market)
    assert len(incidents) == 2
    big = max(incidents, key=lambda i: len(i.members))
    assert sorted(big.sources) == ["encyclopedia.html", "wire-a.txt", "wire-b.txt", "wire-c.txt"]
    assert sorted(big.members) == sorted(e.event_id for e in church)
    record = big.record
    assert record.kind == "attack"
    assert (record.date_start, record.date_end, record.date_precision) == ("2020-03-05", "2020-03-05", "day")
    assert (record.place, record.geo_precision) == ("Mosul", "place")
    assert (record.killed, big.killed_min, big.killed_max) == (4, 4, 6)
    assert (record.injured, big.injured_min, big.injured_max) == (5, 5, 5)
    assert {ev.document_id for ev in record.evidence} == set(big.sources)
    assert [a.canonical for a in record.actors] == ["Islamic State"]


@pytest.mark.parametrize(("rule", "expected"), [("min", 4), ("max", 9), ("median", 6)])
def test_count_rule_is_configurable_and_the_range_is_kept(rule: str, expected: int) -> None:
    events = [make_event(f"d{i}.txt", killed=k) for i, k in enumerate((6, 4, 9))]
    (incident,) = build_incidents(events, IncidentConfig(count_rule=rule))  # type: ignore[arg-type]
    assert incident.record.killed == expected
    assert (incident.killed_min, incident.killed_max) == (4, 9)


def test_config_loads_from_toml_and_changes_matching(tmp_path: Path) -> None:
    path = tmp_path / "kronika.toml"
    path.write_text("[incidents]\ndate_tolerance_days = 3\ncompatible_kinds = [['attack', 'seizure']]\n")
    config = IncidentConfig.from_toml(path)
    assert config.date_tolerance_days == 3
    events = [make_event("a.txt"), make_event("b.txt", day="2020-03-08")]
    assert len(build_incidents(events, config)) == 1
    assert len(build_incidents(events)) == 2
    assert config.fingerprint() != IncidentConfig().fingerprint()


@pytest.mark.parametrize(
    "content", ["[incidents]\nno_such_setting = 1\n", "not toml [", "count_rule = 'mean'\n"]
)
def test_bad_config_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(KronikaError):
        IncidentConfig.from_toml(path)


@pytest.mark.parametrize("family", KEYWORD_FAMILIES)
def test_keyword_families_load_and_no_word_is_in_two_groups(family: str) -> None:
    groups = keyword_groups(family)
    assert len(groups) >= 5 and all(groups.values())
    words = [w for ws in groups.values() for w in ws]
    assert len(words) == len(set(words)), "a word in two groups"
    assert all(w == w.strip().casefold() for w in words)
    for name, ws in groups.items():
        assert all(keywords_in(f"They said: {w.upper()}.", family) == {name} for w in ws)


@pytest.mark.parametrize(
    ("text", "family", "expected"),
    [
        (CHURCH, "sites", {"church"}),
        ("Nothing named here.", "sites", set()),
        ("a blast near the police  station", "sites", {"police"}),
        ("Gunmen opened fire, then a car bomb exploded.", "modus", {"shooting", "explosion"}),
        ("Two men were detained after the stabbing.", "modus", {"arrest", "stabbing"}),
        ("The shotgun and the bombastic speech.", "modus", set()),
    ],
)
def test_keywords_in(text: str, family: str, expected: set[str]) -> None:
    assert keywords_in(text, family) == expected


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((36.34, 43.13), (36.34, 43.13), 0.0),
        ((0.0, 0.0), (0.0, 1.0), 111.2),
        ((51.5, -0.13), (48.86, 2.35), 343.0),
    ],
)
def test_haversine(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=1.5)


DAYS = ["2020-03-04", "2020-03-05", "2020-03-06", "2020-03-20"]
TEXTS = [CHURCH, CHURCH_2, MARKET, "Gunmen attacked the town."]


@st.composite
def event_sets(draw: st.DrawFn) -> list:
    n = draw(st.integers(1, 12))
    return [
        make_event(
            f"doc{draw(st.integers(0, 4))}.txt",
            kind=draw(st.sampled_from(["attack", "clash", "claim", "arrest"])),
            day=draw(st.sampled_from(DAYS)),
            lat=36.3 + draw(st.integers(0, 3)) * 0.2,
            text=draw(st.sampled_from(TEXTS)),
            killed=draw(st.none() | st.integers(0, 9)),
            salt=str(i),
        )
        for i in range(n)
    ]


@settings(max_examples=60, deadline=None)
@given(event_sets(), st.randoms(use_true_random=False))
def test_incidents_partition_events_and_do_not_depend_on_order(events: list, rnd: random.Random) -> None:
    unique = list({e.event_id: e for e in events}.values())
    incidents = build_incidents(unique)
    members = [m for i in incidents for m in i.members]
    assert sorted(members) == sorted(e.event_id for e in unique)
    for incident in incidents:
        assert len(set(incident.member_documents)) == len(incident.member_documents)
        stated = [e.killed for e in unique if e.event_id in incident.members and e.killed is not None]
        assert incident.record.killed == (min(stated) if stated else None)
    shuffled = list(unique)
    rnd.shuffle(shuffled)
    assert [i.to_dict() for i in build_incidents(shuffled)] == [i.to_dict() for i in incidents]


def test_an_unreadable_date_does_not_break_the_rebuild() -> None:
    bad = make_event("a.txt")
    bad.date_start, bad.date_end = "2020-02-30", "not a date"
    incidents = build_incidents([bad, make_event("b.txt")])
    assert sorted(len(i.members) for i in incidents) == [1, 1]
