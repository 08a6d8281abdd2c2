"""Year-less day/month numbers that head a bulletin entry ("04/11 - Town: ...") are dates."""

from __future__ import annotations

import pytest

import kronika
from kronika.api import process

PERIOD = "WEEKLY SECURITY NOTE\nPeriod covered: 1 - 7 March 2024\n\n"

# document, the expression as tagged, date it resolves to
HEADS = [
    pytest.param(
        PERIOD + "05/03 - Gao: a mine hit a lorry, killing two.\n", "05/03", "2024-03-05", id="slash dash"
    ),
    pytest.param(
        PERIOD + "- 06.03: Kidal: gunmen stole cattle.\n", "06.03", "2024-03-06", id="bullet dot colon"
    ),
    pytest.param(PERIOD + "* 02/03 – Mopti: a market burned.\n", "02/03", "2024-03-02", id="star en dash"),
    pytest.param(
        PERIOD + "On 04/03, soldiers clashed with rebels in Tessit.\n",
        "On 04/03",
        "2024-03-04",
        id="after on",
    ),
    pytest.param(
        "Report for 10-16 December 2023\n\n12/15 - Kaduna: bandits abducted a farmer.\n",
        "12/15",
        "2023-12-15",
        id="month first when the day is above 12",
    ),
]


@pytest.mark.parametrize(("text", "expression", "day"), HEADS)
def test_entry_head_is_a_day_of_the_period(text: str, expression: str, day: str) -> None:
    doc = process(text, until="time")
    start = text.index(expression)
    found = [t for t in doc.timexes if t.start == start]
    assert found and doc.text[found[0].start : found[0].end] == expression
    assert str(found[0].date_start) == day and found[0].precision == "day"


NOT_HEADS = [
    pytest.param("Mix 3/4 of the flour - then bake it.", "3/4", id="fraction at a line start"),
    pytest.param("The home side won 2/1 in the final.", "2/1", id="score in running text"),
    pytest.param("The camp holds 1/3 of the displaced, officials said.", "1/3", id="share in running text"),
]


@pytest.mark.parametrize(("text", "words"), NOT_HEADS)
def test_a_fraction_is_no_entry_head(text: str, words: str) -> None:
    doc = process(text, published="2024-06-14", until="time")
    start = text.index(words)
    assert [t.text for t in doc.timexes if t.start < start + len(words) and start < t.end] == []


def test_entries_of_a_bulletin_take_their_own_heads() -> None:
    text = (
        PERIOD + "BURKINA FASO\n\n"
        "02/03 - Dori: gunmen killed four herders near the town.\n\n"
        "MALI\n\n"
        "06/03 - Gao: a roadside bomb wounded three soldiers.\n"
    )
    days = sorted(str(e.date_start) for e in kronika.extract(text, "b.txt") if e.kind == "attack")
    assert days == ["2024-03-02", "2024-03-06"]


# sentence, the event's date span (published 2025-06-12, a Thursday)
NIGHTS = [
    pytest.param(
        "Gunmen attacked a camp for displaced people overnight from Tuesday to Wednesday, killing nine.",
        ("2025-06-10", "2025-06-11"),
        id="overnight from one named day to the next",
    ),
    pytest.param(
        "Gunmen attacked a camp for displaced people overnight between Monday and Tuesday, killing nine.",
        ("2025-06-09", "2025-06-10"),
        id="overnight between two named days",
    ),
    pytest.param(
        "Gunmen attacked a camp for displaced people overnight, killing nine, officials said.",
        ("2025-06-11", "2025-06-12"),
        id="a bare overnight is the night before the report",
    ),
]


@pytest.mark.parametrize(("sentence", "span"), NIGHTS)
def test_the_named_night_dates_an_overnight_attack(sentence: str, span: tuple[str, str]) -> None:
    (event,) = [e for e in kronika.extract(sentence, "n.txt", "2025-06-12") if e.kind == "attack"]
    assert (str(event.date_start), str(event.date_end)) == span


def test_an_entry_head_keeps_the_entry_before_from_placing_it() -> None:
    text = PERIOD + "02/03 - Gao: a roadside bomb hit a lorry, killing two drivers.\n\n"
    text += "05/03 - Unidentified gunmen on motorbikes shot dead a village chief and his son.\n"
    places = {str(e.date_start): e.place for e in kronika.extract(text, "e.txt") if e.kind == "attack"}
    assert places == {"2024-03-02": "Gao", "2024-03-05": None}
