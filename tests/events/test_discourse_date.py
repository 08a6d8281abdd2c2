"""An undated event takes its discourse's date or is dropped; only a text that dates nothing at
all (a short note) reports its events undated.

Every report here is written for the test; none comes from a corpus document.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.api import extract

_PAGE = """= Raids in Oromia =

The raids of 2021 were carried out on 6 July 2021.

== Arrests ==
{body}
"""


@pytest.mark.parametrize(
    ("body", "kind", "date_start"),
    [
        (
            "Soldiers killed four fighters near Nekemte. Later police arrested two suspects in Adama.",
            "arrest",
            "2021-07-06",
        ),
        (
            "On 9 July 2021, police arrested five suspects in Adama.",
            "arrest",
            "2021-07-09",
        ),
    ],
)
def test_undated_event_takes_the_discourse_date(body: str, kind: str, date_start: str) -> None:
    events = [e for e in extract(_PAGE.format(body=body), "oromia.txt") if e.kind == kind]
    assert [e.date_start for e in events] == [date_start]


def test_a_text_without_any_date_reports_its_event_undated() -> None:
    events = extract("Police arrested two suspects in Adama.", "nodate.txt")
    assert [(e.kind, e.date_start, e.date_precision) for e in events] == [("arrest", None, "unknown")]


_SENTENCES = [
    "Gunmen killed three farmers near Nekemte.",
    "Police arrested two suspects in Adama.",
    "A roadside bomb wounded six soldiers near Gimbi.",
    "Troops seized rifles and ammunition in Ambo.",
    "On 4 March 2022, militants attacked a bus near Dembi Dolo.",
    "The group claimed responsibility for the attack.",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4))
def test_no_record_has_a_null_date_when_the_text_dates_anything(sentences: list[str]) -> None:
    text = " ".join(sentences)
    dated_text = "2022" in text
    for event in extract(text, "mix.txt"):
        if dated_text:
            assert event.date_start is not None
            assert event.date_end is not None
        else:
            assert (event.date_start, event.date_end, event.date_precision) == (None, None, "unknown")
