"""Each named step of the event stage, on its own: clauses, triggers, the background filter,
attachment of date and place, roles, claims, frames and splits."""

from __future__ import annotations

from datetime import date

import pytest

from kronika import api
from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events.attach import attach_date, attach_place
from kronika.events.background import scope_clause
from kronika.events.claims import clause_attribution
from kronika.events.clauses import Clause, clauses
from kronika.events.frames import analyse_clause, read_clause
from kronika.events.roles import perpetrator_side
from kronika.events.triggers import find_hits

PUBLISHED = "2024-05-10"


def _doc(text: str) -> Document:
    return api.process(text, "t.txt", PUBLISHED, until="actors")


def _clause(doc: Document, needle: str) -> Clause:
    at = doc.text.index(needle)
    return next(c for c in clauses(doc) if c.start <= at < c.end)


# --- clauses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a bus in Kano; two passengers died.", 2),
        ("Gunmen attacked a bus in Kano. Police arrived later.", 2),
        ("Gunmen attacked a bus in Kano on Monday.", 1),
    ],
)
def test_sentences_are_cut_into_clauses_at_semicolons(text: str, expected: int) -> None:
    doc = _doc(text)
    found = clauses(doc)
    assert len(found) == expected
    assert all(doc.text[c.start : c.end].strip() == doc.text[c.start : c.end] for c in found)


def test_back_matter_gives_no_clause() -> None:
    doc = _doc("A bomb exploded in Kano on 3 May 2024.\n\n== References ==\n\nA bomb exploded in Kaduna.")
    assert [doc.text[c.start : c.end] for c in clauses(doc)] == ["A bomb exploded in Kano on 3 May 2024."]


# --- triggers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family", "reference"),
    [
        ("a car bomb exploded near the market", "violent", False),
        ("the attack was condemned", "violent", True),
        ("police arrested four men", "arrest", False),
        ("the group claimed responsibility", "claim", False),
        ("another attack was reported", "violent", False),
    ],
)
def test_triggers_carry_family_and_reference(text: str, family: str, reference: bool) -> None:
    hits = [h for h in find_hits(text) if h.trigger.family == family]
    assert hits
    assert hits[0].reference is reference


@pytest.mark.parametrize(
    "text",
    [
        "militants did not attack the base",
        "the group plans to attack the base",
        "police carried out a controlled explosion of the device",
    ],
)
def test_negated_planned_and_non_event_triggers_are_dropped(text: str) -> None:
    assert not [h for h in find_hits(text) if h.trigger.family == "violent"]


# --- background filter ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept_before"),
    [
        ("It was the deadliest attack since 2019, when a bomb killed 21 people.", "since 2019"),
        ("It was the worst blast since 2015, when gunmen stormed a hotel.", "since 2015"),
    ],
)
def test_comparison_cuts_the_clause(text: str, kept_before: str) -> None:
    doc = _doc(text)
    clause = clauses(doc)[0]
    scope = scope_clause(doc, clause, doc.text[clause.start : clause.end], find_hits(doc.text))
    cut = doc.text.index(kept_before) + len(kept_before)
    assert scope.compared is not None
    assert all(h.start < cut for h in scope.hits)
    assert not scope.told(cut + 5)


# --- argument attachment: date and place ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "day", "own"),
    [
        ("Gunmen attacked a bus near Kano on 3 May 2024.", "attacked", date(2024, 5, 3), True),
        ("On 4 May 2024 a bomb exploded at a market in Kano.", "exploded", date(2024, 5, 4), True),
    ],
)
def test_attach_date_takes_the_clause_date(text: str, trigger: str, day: date, own: bool) -> None:
    doc = _doc(text)
    at = doc.text.index(trigger)
    when, is_own = attach_date(doc, _clause(doc, trigger), Span(at, at + len(trigger)), False)
    assert when is not None and when.date_start == day
    assert is_own is own


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Gunmen attacked a bus near Kano on 3 May 2024.", "attacked", "Kano"),
        ("A bomb exploded at a market in Peshawar on 3 May 2024.", "exploded", "Peshawar"),
    ],
)
def test_attach_place_takes_the_clause_place(text: str, trigger: str, place: str) -> None:
    doc = _doc(text)
    at = doc.text.index(trigger)
    where, own = attach_place(doc, _clause(doc, trigger), Span(at, at + len(trigger)))
    assert where is not None and where.name == place
    assert own


# --- roles and claims ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Soldiers attacked a rebel camp near Gao.", "state"),
        ("Gunmen attacked a police post near Gao.", "nonstate"),
    ],
)
def test_perpetrator_side(text: str, side: str) -> None:
    doc = _doc(text)
    clause = clauses(doc)[0]
    hit = next(h for h in find_hits(doc.text) if h.trigger.family == "violent")
    actors = [a for a in doc.actors if clause.start <= a.start < clause.end]
    assert perpetrator_side(doc.text[clause.start : clause.end], clause.start, hit, actors) == side


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Al-Shabaab claimed responsibility for the attack.", "claimed"),
        ("No group has claimed responsibility for the attack.", "unknown"),
    ],
)
def test_clause_attribution(text: str, value: str) -> None:
    doc = _doc(text)
    groups = [a for a in doc.actors if a.category == "armed_group"]
    assert clause_attribution(doc.text, groups) == value


# --- frames and splits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Gunmen killed four villagers in Kano on 3 May 2024.", ["attack"]),
        ("Police arrested two suspects in Kano on 3 May 2024.", ["arrest"]),
        ("Gunmen killed four villagers in Kano and police arrested two of them.", ["attack"]),
        ("Al-Shabaab said it was behind the bombing.", ["attack"]),
    ],
)
def test_frames_of_one_clause(text: str, kinds: list[str]) -> None:
    doc = _doc(text)
    assert [m.kind for m in analyse_clause(doc, clauses(doc)[0])] == kinds


def test_reading_a_clause_groups_triggers_by_family() -> None:
    doc = _doc("Gunmen attacked a bus in Kano and police arrested three men.")
    reading = read_clause(doc, clauses(doc)[0])
    assert set(reading.by_family) == {"violent", "arrest"}


def test_coordinated_towns_split_into_one_frame_each() -> None:
    doc = _doc("On 3 May 2024 suicide bombers struck mosques in Kano and Maiduguri, killing 12.")
    mentions = analyse_clause(doc, clauses(doc)[0])
    assert [m.place.name for m in mentions if m.place] == ["Kano", "Maiduguri"]
    assert [sum(f.value for f in m.counts if f.category == "killed") for m in mentions] == [12, 0]


# --- language-keyed data ------------------------------------------------------------------


def test_unknown_language_reads_english_data() -> None:
    assert lexicon.supported("xx") == "en"
    with lexicon.language("xx") as lang:
        assert lang == "en"
        assert lexicon.triggers()


def test_every_language_folder_has_the_data_files() -> None:
    for lang in lexicon.languages():
        for name in ("triggers.json", "cues.json", "counts.json", "numbers.json", "targets.json"):
            assert lexicon.load(name, lang)
