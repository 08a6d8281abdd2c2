"""Incidents from real extraction: three reports of one shooting, one of a bombing that day.

The reports are written for this test. The store's part (partition, ids, sources) holds
whatever is extracted; the merge needs the extraction stages to find each attack with its
date and place, so it also guards them against regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.store import Store, ingest, plan

REPORTS = {
    "wire-a/2023-05-14-shooting.txt": (
        "Gunman kills three at church in Mosul\n\n"
        "MOSUL, Iraq, May 14, 2023 - A gunman opened fire on worshippers leaving a church in Mosul on "
        "Sunday, killing three people and wounding six, police said. The attacker was arrested.\n"
    ),
    "wire-b/shooting-mosul.txt": (
        "Church attack in northern Iraq\n\n"
        "At least four people were killed when a man shot at a congregation outside a church in the "
        "Iraqi city of Mosul on 14 May 2023, a local official said.\n"
    ),
    "ngo/bulletin-may-2023.txt": (
        "Monthly security bulletin, May 2023\n\n"
        "On 14 May, an armed man attacked a church in Mosul, Nineveh, killing three civilians.\n"
    ),
    "wire-a/2023-05-14-market.txt": (
        "Bomb hits Mosul market\n\n"
        "MOSUL, Iraq, May 14, 2023 - A roadside bomb exploded near a crowded market in Mosul on Sunday "
        "evening, killing two people, police said.\n"
    ),
}


@pytest.fixture
def store_path(store_target: str, tmp_path: Path) -> str:
    for name, text in REPORTS.items():
        path = tmp_path / "reports" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    db = store_target
    with Store(db) as store:
        summary = ingest(store, plan([tmp_path / "reports"]))
    assert (summary.added, summary.failed) == (4, 0)
    return db


def test_every_extracted_event_is_in_exactly_one_incident(store_path: str) -> None:
    with Store(store_path, readonly=True) as store:
        events = {e.event_id: e for e in store.events()}
        incidents = list(store.incidents())
    members = [m for i in incidents for m in i.members]
    assert sorted(members) == sorted(events)
    for incident in incidents:
        assert incident.sources == sorted({events[m].document_id for m in incident.members})
        assert len(incident.member_documents) == len(set(incident.member_documents))


def test_three_reports_of_one_shooting_merge_and_the_bombing_stays_apart(store_path: str) -> None:
    with Store(store_path, readonly=True) as store:
        incidents = [i for i in store.incidents() if i.record.kind in ("attack", "clash")]
    shooting = [i for i in incidents if "reports/ngo/bulletin-may-2023.txt" in i.sources]
    assert len(shooting) == 1
    assert set(shooting[0].sources) == {
        "reports/ngo/bulletin-may-2023.txt",
        "reports/wire-a/2023-05-14-shooting.txt",
        "reports/wire-b/shooting-mosul.txt",
    }
    assert shooting[0].record.killed == 3 and shooting[0].killed_max == 4
    market = [i for i in incidents if "reports/wire-a/2023-05-14-market.txt" in i.sources]
    assert len(market) == 1 and market[0].sources == ["reports/wire-a/2023-05-14-market.txt"]
