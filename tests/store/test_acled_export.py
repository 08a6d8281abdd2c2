"""The ACLED export codes a record the way ACLED would: normalised actors, inter codes and
interaction on every row, 0 fatalities when none are stated, a country on every placed row,
the outlet as source, crowd sizes as tags, notes written from the record, summaries out of
the sums, and one row a day for a several-day event."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.record import ACTOR_TYPES, INTER_CODES, KINDS, ROLES, Actor, Event, Evidence, stable_id
from kronika.store import Query, Store, StoredDocument, update_incidents
from kronika.store.acled import (
    AcledWriter,
    acled_columns,
    acled_regions,
    acled_rows,
    disorder_types,
    spread,
)
from kronika.store.acled import (
    settings as acled_settings,
)
from kronika.store.export import write_records
from kronika.store.incidents import IncidentConfig
from tests.conftest import SAMPLES

#: the words a generic actor is named by in the text: none may reach an ACLED name column
SURFACE = ("gunman", "gunmen", "people", "fighter", "attackers", "residents", "officers", "soldiers")


def record(
    kind: str = "attack",
    event_type: str | None = "Violence against civilians",
    sub_event_type: str | None = "Attack",
    actors: tuple[Actor, ...] = (),
    killed: int | None = None,
    start: str | None = "2022-08-14",
    end: str | None = None,
    precision: str = "day",
    country: str | None = "Kenya",
    code: str | None = "KE",
    place: str | None = "Garsen",
    geo: str = "place",
    lat: float | None = -2.27,
    lon: float | None = 40.12,
    evidence: str = "Our own invented sentence about the event.",
    **fields: object,
) -> Event:
    e = Event(
        event_id=stable_id(kind, start, place, evidence, killed, fields.get("summary")),
        document_id="reports/2022/garsen-report.txt",
        kind=kind,  # type: ignore[arg-type]
        event_type=event_type,
        sub_event_type=sub_event_type,
        date_start=start,
        date_end=end or start,
        date_precision=precision,  # type: ignore[arg-type]
        place=place,
        admin1="Tana River" if place else None,
        country=country,
        country_code=code,
        latitude=lat,
        longitude=lon,
        geo_precision=geo,  # type: ignore[arg-type]
        actors=list(actors),
        killed=killed,
        evidence=[Evidence("reports/2022/garsen-report.txt", 0, len(evidence), evidence)],
    )
    for name, value in fields.items():
        setattr(e, name, value)
    return e


def rows(*events: Event) -> list[dict[str, str]]:
    out = io.StringIO()
    writer = AcledWriter(out)
    for e in events:
        writer.write(e)
    writer.close()
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def one(e: Event) -> dict[str, str]:
    (row,) = rows(e)
    return row


GUNMAN = Actor("a gunman", None, "perpetrator")
PEOPLE = Actor("people", None, "victim")
POLICE = Actor("police officers", None, "security_force")
SOLDIERS = Actor("soldiers", None, "security_force")


@pytest.mark.parametrize(
    "e, expected",
    [
        (
            record(actors=(GUNMAN, PEOPLE), killed=3),
            ("Unidentified Armed Group (Kenya)", "3", "Civilians (Kenya)", "7", "37"),
        ),
        (
            record(
                kind="clash",
                event_type="Battles",
                sub_event_type="Armed clash",
                actors=(Actor("fighters", None, "perpetrator"), SOLDIERS),
            ),
            ("Unidentified Armed Group (Kenya)", "3", "Military Forces of Kenya", "1", "13"),
        ),
        (
            record(
                kind="arrest",
                event_type="Strategic developments",
                sub_event_type="Arrests",
                actors=(Actor("three men", None, "subject"), POLICE),
            ),
            ("Police Forces of Kenya", "1", "Civilians (Kenya)", "7", "17"),
        ),
        (
            record(actors=(Actor("al-Shabaab fighters", "al-Shabaab", "perpetrator"), PEOPLE)),
            ("al-Shabaab", "2", "Civilians (Kenya)", "7", "27"),
        ),
        (
            record(actors=(GUNMAN,)),
            ("Unidentified Armed Group (Kenya)", "3", "Civilians (Kenya)", "7", "37"),
        ),
        (
            record(kind="protest", event_type="Protests", sub_event_type="Peaceful protest"),
            ("Protesters (Kenya)", "6", "", "0", "60"),
        ),
        (
            record(
                kind="protest",
                event_type="Protests",
                sub_event_type="Protest with intervention",
                actors=(Actor("demonstrators", None, "perpetrator"), POLICE),
            ),
            ("Protesters (Kenya)", "6", "Police Forces of Kenya", "1", "16"),
        ),
        (
            record(
                kind="protest",
                event_type="Protests",
                sub_event_type="Excessive force against protesters",
                actors=(POLICE, Actor("people", None, "victim")),
                killed=2,
            ),
            ("Police Forces of Kenya", "1", "Protesters (Kenya)", "6", "16"),
        ),
        (
            record(kind="riot", event_type="Riots", sub_event_type="Mob violence", actors=(PEOPLE,)),
            ("Rioters (Kenya)", "5", "Civilians (Kenya)", "7", "57"),
        ),
        (
            record(actors=(GUNMAN, PEOPLE), country=None, code=None, place=None, lat=None, lon=None),
            ("Unidentified Armed Group", "3", "Civilians", "7", "37"),
        ),
    ],
    ids=[
        "generic-attack",
        "generic-battle",
        "arrest",
        "named-group",
        "victims-implied",
        "sole-protest",
        "protest-intervention",
        "excessive-force",
        "mob",
        "no-country",
    ],
)
def test_actors_are_normalised_with_inter_codes_when_the_record_has_no_typing(
    e: Event, expected: tuple[str, ...]
) -> None:
    row = one(e)
    got = (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"])
    assert got == expected
    for column in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
        assert not any(word in row[column].split() for word in SURFACE), row[column]


def test_the_codebooks_typing_wins_over_the_fallback() -> None:
    actors = (
        Actor("vigilantes", "Vigilante Militia (Kenya)", "perpetrator", type="identity militia", inter=4),
        Actor("herders", None, "victim", type="civilians", inter=7),
    )
    row = one(record(actors=actors, interaction="47"))
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Vigilante Militia (Kenya)",
        "4",
        "Civilians (Kenya)",
        "7",
    )
    assert row["interaction"] == "47"
    assert one(record(actors=actors, interaction="99"))["interaction"] == "99"


def test_the_inter_table_is_the_records() -> None:
    assert acled_settings()["inter"] == INTER_CODES
    assert set(acled_settings()["generic_names"]) >= set(ACTOR_TYPES)


@pytest.mark.parametrize("killed, expected", [(None, "0"), (0, "0"), (5, "5")])
def test_fatalities_are_0_when_none_are_stated(killed: int | None, expected: str) -> None:
    assert one(record(actors=(GUNMAN, PEOPLE), killed=killed))["fatalities"] == expected


def test_summaries_stay_out_of_the_rows_and_the_sums(capsys: pytest.CaptureFixture[str]) -> None:
    sites = [
        record(place=p, killed=k, evidence=f"Invented account {p}.") for p, k in (("Garsen", 4), ("Hola", 6))
    ]
    total = record(place=None, geo="country", lat=0.02, lon=37.9, killed=10, summary=True)
    written = rows(*sites, total)
    assert sum(int(r["fatalities"]) for r in written) == 10
    assert {r["event_id"] for r in written} == {e.event_id for e in sites}
    assert "1 summary record" in capsys.readouterr().err


@pytest.mark.parametrize(
    "start, end, killed, expected",
    [
        ("2022-08-14", "2022-08-16", 10, [4, 3, 3]),
        ("2022-08-14", "2022-08-15", 1, [1, 0]),
        ("2022-08-30", "2022-09-02", None, [0, 0, 0, 0]),
    ],
)
def test_a_several_day_event_is_one_row_a_day_carrying_its_id(
    start: str, end: str, killed: int | None, expected: list[int]
) -> None:
    e = record(
        kind="clash",
        event_type="Battles",
        sub_event_type="Armed clash",
        start=start,
        end=end,
        date_text="from the 14th to the 16th",
        precision="days",
        killed=killed,
        actors=(Actor("fighters", None, "perpetrator"), SOLDIERS),
    )
    written = rows(e)
    assert [int(r["fatalities"]) for r in written] == expected
    assert [r["time_precision"] for r in written] == ["1"] * len(expected)
    assert len({r["event_date"] for r in written}) == len(expected)
    assert written[0]["event_date"] == start and written[-1]["event_date"] == end
    assert {r["event_id"] for r in written} == {e.event_id}
    assert len({r["event_id_cnty"] for r in written}) == len(expected)
    assert all(e.event_id in r["event_id_cnty"] for r in written)


@given(st.integers(0, 10_000), st.integers(1, 31))
def test_spread_keeps_the_total_and_puts_the_remainder_first(total: int, n: int) -> None:
    parts = spread(total, n)
    assert sum(parts) == total and len(parts) == n
    assert max(parts[1:], default=parts[0]) == total // n
    assert parts[0] - total // n == total % n


@pytest.mark.parametrize(
    "precision, end, words, expected",
    [
        ("month", "2022-08-31", "in August", "3"),
        ("days", "2022-08-30", "from the 1st to the 30th", "3"),
        ("days", "2022-08-03", "between Monday and Wednesday", "2"),
        ("days", "2022-08-02", "late Monday night", "2"),
        ("days", "2022-08-07", "last weekend", "2"),
        ("days", "2022-08-03", None, "2"),
        ("day", None, "on Sunday", "1"),
    ],
)
def test_dates_that_are_not_several_known_days_stay_one_row(
    precision: str, end: str | None, words: str | None, expected: str
) -> None:
    e = record(start="2022-08-01" if end else "2022-08-14", end=end, precision=precision, date_text=words)
    assert one(e)["time_precision"] == expected


def test_a_placed_row_without_a_country_gets_the_country_at_its_point() -> None:
    e = record(place="Tana delta", geo="region", country=None, code=None, lat=-2.27, lon=40.12)
    row = one(e)
    assert (row["country"], row["iso"], row["region"]) == ("Kenya", "404", "Eastern Africa")
    assert row["event_id_cnty"].startswith("KEN")


@pytest.mark.parametrize(
    "code, ours, acled",
    [("CD", "Democratic Republic of the Congo", "Democratic Republic of Congo"), ("KE", "Kenya", "Kenya")],
)
def test_countries_go_by_acleds_names(code: str, ours: str, acled: str) -> None:
    row = one(record(actors=(GUNMAN, PEOPLE), country=ours, code=code))
    assert row["country"] == acled and row["actor2"] == f"Civilians ({acled})"


def test_source_is_the_outlet_never_the_file() -> None:
    assert one(record(source="Coast Courier"))["source"] == "Coast Courier"
    assert one(record())["source"] == ""


@pytest.mark.parametrize(
    "evidence, kind, expected",
    [
        ("About 300 protesters marched to the county offices on Monday.", "protest", "crowd size=about 300"),
        ("Thousands of students gathered outside the campus gates.", "protest", "crowd size=thousands"),
        ("A crowd of some 40 men set fire to two stalls.", "riot", "crowd size=some 40"),
        ("Traders closed their shops and marched to the market.", "protest", "crowd size=no report"),
        ("Gunmen killed 12 people in the village.", "attack", ""),
    ],
)
def test_tags_carry_a_crowd_size_where_stated(evidence: str, kind: str, expected: str) -> None:
    types = {"protest": ("Protests", "Peaceful protest"), "riot": ("Riots", "Mob violence")}
    event_type, sub = types.get(kind, ("Violence against civilians", "Attack"))
    row = one(record(kind=kind, event_type=event_type, sub_event_type=sub, evidence=evidence))
    assert row["tags"] == expected


def test_notes_are_written_from_the_record_not_copied() -> None:
    evidence = "An invented sentence: the gunman shot three people at the ferry crossing."
    e = record(actors=(GUNMAN, PEOPLE), killed=3, evidence=evidence, injured=2)
    note = one(e)["notes"]
    assert note.startswith("On 14 August 2022, Unidentified Armed Group (Kenya) attacked Civilians (Kenya)")
    assert "Garsen" in note and "3 killed" in note and "2 injured" in note
    assert evidence not in note and "gunman" not in note


def test_columns_are_acleds_in_order_then_the_event_id() -> None:
    columns = acled_columns()
    assert columns[:3] == ("event_id_cnty", "event_date", "year") and columns[-1] == "event_id"
    assert columns.index("inter1") < columns.index("actor2") < columns.index("interaction")
    assert set(one(record())) == set(columns)


def test_acled_data_tables_load_and_are_valid() -> None:
    import pycountry

    regions = acled_regions()
    assert len(regions) > 200
    assert all(pycountry.countries.get(alpha_2=c) or c == "XK" for c in regions)
    assert disorder_types()["Strategic developments"] == "Strategic developments"


def _actor(draw: st.DrawFn) -> Actor:
    canonical = draw(st.sampled_from([None, "Armed Group X", "Military Forces of Kenya"]))
    kind = draw(st.sampled_from([None, *ACTOR_TYPES]))
    return Actor(
        draw(st.sampled_from(["people", "a gunman", "police", "crowd", "students"])),
        canonical,
        draw(st.sampled_from(ROLES)),
        type=kind,  # type: ignore[arg-type]
        inter=INTER_CODES[kind] if kind else None,
    )


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_every_row_has_inter_codes_interaction_and_no_surface_actor(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(KINDS))
    actors = tuple(data.draw(st.lists(st.composite(_actor)(), max_size=4)))
    e = record(
        kind=kind,
        event_type=None,
        sub_event_type=None,
        actors=actors,
        killed=data.draw(st.none() | st.integers(0, 50)),
    )
    for row in acled_rows(e):
        assert row["inter1"] != "" and row["inter2"] != "" and row["interaction"] != ""
        assert row["fatalities"] == (e.killed or 0)
        for column in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
            assert not {"people", "gunman", "crowd", "students"} & set(row[column].split())


def test_incident_rows_name_the_outlets_of_their_documents(store_target: str) -> None:
    a = record(source="Coast Courier", killed=4, evidence="Invented report one.")
    a.document_id = "one.txt"
    b = record(source="Delta Times", killed=5, evidence="Invented report two.")
    b.document_id = "two.txt"
    with Store(store_target) as store:
        for e in (a, b):
            doc = StoredDocument(
                e.document_id,
                e.document_id,
                e.event_id * 4,
                "text",
                None,
                "2024-05-01T12:00:00+00:00",
                "test",
                "text",
                1,
            )
            store.put_document(doc, [e])
        update_incidents(store, IncidentConfig())
        out = io.StringIO()
        write_records(store, Query(), "acled", out, incidents=True)
    written = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(written) == 1
    assert set(written[0]["source"].split("; ")) == {"Coast Courier", "Delta Times"}
    assert written[0]["fatalities"] in ("4", "5")


def test_extract_writes_acled_rows(run_cli) -> None:
    result = run_cli("extract", str(SAMPLES / "sample-report.txt"), "-f", "acled")
    assert result.code == 0, result.err
    written = list(csv.DictReader(io.StringIO(result.out)))
    assert written and all(r["inter1"] and r["interaction"] and r["country"] for r in written)
    events = [
        json.loads(line) for line in run_cli("extract", str(SAMPLES / "sample-report.txt")).out.splitlines()
    ]
    assert {r["event_id"] for r in written} == {e["event_id"] for e in events if not e["summary"]}
