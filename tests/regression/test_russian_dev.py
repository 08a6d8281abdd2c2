"""The Russian development set scored end to end (the documents stay in ../shared)."""

from __future__ import annotations

import csv

import pytest

from kronika import api
from kronika.evaluate import score_records
from tests.conftest import GOLD, SHARED

CORPUS_RU = SHARED / "corpus-ru"
RU_GOLD = GOLD / "ru-dev.events.jsonl"


def _published() -> dict[str, str]:
    with open(CORPUS_RU / "SOURCES.tsv", encoding="utf-8", newline="") as fh:
        return {r["file"]: (r.get("published") or "").strip() for r in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.slow
def test_russian_dev_set_meets_the_acceptance_bar() -> None:
    if not RU_GOLD.exists():
        pytest.skip("the Russian development set is not beside this checkout")
    published = _published()
    rows = []
    for path in sorted(CORPUS_RU.glob("*.txt")):
        events = api.extract_file(path, published=published.get(path.name) or None)
        rows.extend(e.to_dict() for e in events)
    score = score_records(rows, RU_GOLD)
    assert score.f1 >= 0.80
    assert all((score.fields[f] or 0) >= 0.85 for f in ("date", "place", "kind"))


@pytest.mark.parametrize(
    "name",
    [
        "gorlovka-strikes-2024.dnrnews.txt",
        "kizlyar-district-kto-2017.mir24.txt",
        "nalchik-is-member-arrest-2019.nac.txt",
    ],
)
def test_every_record_of_a_russian_report_is_in_the_contract(name: str) -> None:
    if not RU_GOLD.exists():
        pytest.skip("the Russian development set is not beside this checkout")
    doc = api.process_file(CORPUS_RU / name, published=_published()[name])
    assert doc.language == "ru" and doc.events
    for event in doc.events:
        assert event.language == "ru" and event.event_type and event.date_start
        assert event.place is None or event.place.isascii()
        for ev in event.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
