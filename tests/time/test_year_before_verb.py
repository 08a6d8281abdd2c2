"""A year right after a month is the date's year even when a verb follows ("in September 2022
killed about 100"); a number before a plain noun ("in March 2000 people marched") stays a count."""

from __future__ import annotations

import pytest

from kronika.api import process

# sentence, the expression as tagged, date_start, precision
CASES = [
    pytest.param(
        "Fighting along the border in September 2022 killed around 100 people.",
        "September 2022",
        "2022-09-01",
        "month",
        id="month year before killed",
    ),
    pytest.param(
        "The bombing on June 4, 2019 wounded 40 people at the market.",
        "June 4, 2019",
        "2019-06-04",
        "day",
        id="month day year before wounded",
    ),
    pytest.param(
        "Floods in May 2021 displaced thousands of families.",
        "May 2021",
        "2021-05-01",
        "month",
        id="month year before displaced",
    ),
    pytest.param(
        "In March 2000 people marched through the old town.",
        "March",
        "2025-03-01",
        "month",
        id="a count before a noun is no year",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "start", "precision"), CASES)
def test_the_year_after_a_month(sentence: str, expression: str, start: str, precision: str) -> None:
    doc = process(sentence, published="2025-07-16", until="time")
    found = [t for t in doc.timexes if t.start == sentence.index(expression)]
    assert found and found[0].text == expression
    assert (str(found[0].date_start), found[0].precision) == (start, precision)
