"""A short note that gives no year still reports its event: dated from the publication date
when one is given, else undated (date_precision "unknown") with a lower confidence."""

from __future__ import annotations

import pytest

from kronika import api

NOTES = [
    ("Police fired tear gas at protesters in Nairobi on Tuesday.", "protest"),
    ("On 3 May, soldiers clashed with rebels near Beni.", "clash"),
    ("Gunmen abducted twelve passengers on the road to Kaduna.", "attack"),
    ("Rioters burned tyres and blocked the main road in Port-au-Prince.", "riot"),
    ("Police arrested five members of a gang in Guayaquil.", "arrest"),
]


@pytest.mark.parametrize(("text", "kind"), NOTES)
def test_a_note_without_a_year_yields_an_undated_record(text: str, kind: str) -> None:
    events = api.extract(text, "note.txt")
    assert [e.kind for e in events] == [kind]
    undated = events[0]
    assert (undated.date_start, undated.date_end, undated.date_precision) == (None, None, "unknown")
    dated = api.extract(text, "note.txt", "2024-05-10")
    assert [e.kind for e in dated] == [kind]
    assert dated[0].date_start is not None and dated[0].date_precision != "unknown"
    assert undated.confidence < dated[0].confidence


def test_an_undated_aside_of_a_dated_report_stays_out() -> None:
    text = (
        "On 3 May 2024, militants attacked an army post near Mopti, killing four soldiers.\n\n"
        "Gunmen have also abducted traders on the roads of the region."
    )
    assert [e.date_start for e in api.extract(text, "r.txt")] == ["2024-05-03"]
