"""Dating rules that failed on the held-out set (benchmarks/heldout): whole-pipeline checks.

Each case is a language rule, written in our own words; fix the rule, not the sentence.
"""

from __future__ import annotations

import pytest

import kronika

CASES = [
    pytest.param(
        "Attacks in Sulu, 2019\n\nThe group was formed in 2011 by former rebels.\n\n"
        "- On 4 June, gunmen shot dead two farmers in Patikul.\n",
        None,
        "attack",
        "2019-06-04",
        id="a title year frames undated timeline entries, not a background year",
    ),
    pytest.param(
        "AMMAN, Jan 5, 2024 (Reuters) - Islamic State militants attacked an army post in Deir ez-Zor "
        "province on 4 January 2024, killing six soldiers, a war monitor said.\n",
        None,
        "attack",
        "2024-01-04",
        id="the event's own date wins over the dateline",
    ),
    pytest.param(
        "DIYARBAKIR, Turkey, Aug 19, 2022 (Reuters) - PKK militants attacked a gendarmerie outpost in "
        "Lice late on Thursday, killing two soldiers, the defence ministry said.\n",
        None,
        "attack",
        "2022-08-18",
        id="a weekday in a wire resolves against the dateline",
    ),
    pytest.param(
        "BAMAKO, Mali, March 7 (Reuters) - Gunmen killed four traders in Mopti on Wednesday, a local "
        "official said. In January 2024 the same group burned a market in the region.\n",
        None,
        "attack",
        "2024-03-06",
        id="a dateline without a year takes the year the text states",
    ),
]


@pytest.mark.parametrize("text, published, kind, date_start", CASES)
def test_event_is_dated(text: str, published: str | None, kind: str, date_start: str) -> None:
    events = [e for e in kronika.extract(text, "t.txt", published) if e.kind == kind]
    assert [e.date_start for e in events] == [date_start], [
        (e.kind, e.date_start, e.date_text) for e in events
    ]


def test_a_reporting_date_does_not_date_the_happening() -> None:
    text = (
        "A drone strike killed three men near Marib, the group confirmed on Thursday. The strike late on "
        "Sunday hit a car carrying local commanders."
    )
    attacks = [e for e in kronika.extract(text, "t.txt", "2025-06-13") if e.kind == "attack"]
    assert [e.date_start for e in attacks] == ["2025-06-08"]
