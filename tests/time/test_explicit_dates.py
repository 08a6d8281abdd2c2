"""Explicit calendar expressions in context → (start, end, interval, precision)."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.api import process
from kronika.time.types import Timex


def timexes(text: str, published: str | None = None) -> list[Timex]:
    doc = process(text, published=published, until="time")
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    return doc.timexes


def the_timex(text: str, expression: str, published: str | None = None) -> Timex:
    start = text.index(expression)
    found = [t for t in timexes(text, published) if t.start == start]
    assert found, f"no expression at {start} in {text!r}"
    return found[0]


D = date.fromisoformat

# sentence, expression as tagged, date_start, date_end, precision
FULL_DATES = [
    (
        "Gunmen stormed the market on 18 February 2018 in the afternoon.",
        "18 February 2018",
        "2018-02-18",
        "2018-02-18",
        "day",
    ),
    (
        "Gunmen stormed the market on February 18, 2018, witnesses said.",
        "February 18, 2018",
        "2018-02-18",
        "2018-02-18",
        "day",
    ),
    (
        "The convoy was hit on Feb. 18, 2018 near the border.",
        "Feb. 18, 2018",
        "2018-02-18",
        "2018-02-18",
        "day",
    ),
    (
        "It happened on the 18th of February 2018, police said.",
        "the 18th of February 2018",
        "2018-02-18",
        "2018-02-18",
        "day",
    ),
    ("Report filed 2018-02-18 by the field office.", "2018-02-18", "2018-02-18", "2018-02-18", "day"),
    ("The incident log of 18.02.2018 lists two blasts.", "18.02.2018", "2018-02-18", "2018-02-18", "day"),
    ("The form dated 18/02/2018 was signed by the mayor.", "18/02/2018", "2018-02-18", "2018-02-18", "day"),
    ("The entry of 21/04/19 lists one blast.", "21/04/19", "2019-04-21", "2019-04-21", "day"),
    (
        "The US form dated 02/18/2018 was signed by the mayor.",
        "02/18/2018",
        "2018-02-18",
        "2018-02-18",
        "day",
    ),
    ("The raid began on Sept. 3, 2019 before dawn.", "Sept. 3, 2019", "2019-09-03", "2019-09-03", "day"),
    ("The raid began on 3 Sept 2019 before dawn.", "3 Sept 2019", "2019-09-03", "2019-09-03", "day"),
    ("Troops withdrew on 1st March 2020 after talks.", "1st March 2020", "2020-03-01", "2020-03-01", "day"),
    ("Troops withdrew on March 1st, 2020 after talks.", "March 1st, 2020", "2020-03-01", "2020-03-01", "day"),
    (
        "Troops withdrew on Sunday, 1 March 2020 after talks.",
        "Sunday, 1 March 2020",
        "2020-03-01",
        "2020-03-01",
        "day",
    ),
    ("The court sat on 12-Jan-2021 in closed session.", "12-Jan-2021", "2021-01-12", "2021-01-12", "day"),
    ("The memo was filed 2021-01-12 14:20 by the desk.", "2021-01-12", "2021-01-12", "2021-01-12", "day"),
    (
        "A ceasefire was agreed on 29 February 2016 in the capital.",
        "29 February 2016",
        "2016-02-29",
        "2016-02-29",
        "day",
    ),
    ("The militia attacked on 7 JULY 2011 at night.", "7 JULY 2011", "2011-07-07", "2011-07-07", "day"),
    (
        "An IED exploded on December 31, 1999 near the bridge.",
        "December 31, 1999",
        "1999-12-31",
        "1999-12-31",
        "day",
    ),
]

MONTHS_AND_YEARS = [
    (
        "The group expanded in October 2016 into the south.",
        "October 2016",
        "2016-10-01",
        "2016-10-31",
        "month",
    ),
    ("The group expanded in Oct. 2016 into the south.", "Oct. 2016", "2016-10-01", "2016-10-31", "month"),
    (
        "The group expanded in February, 2020 into the south.",
        "February, 2020",
        "2020-02-01",
        "2020-02-29",
        "month",
    ),
    ("The movement was founded in 2009 by clerics.", "2009", "2009-01-01", "2009-12-31", "year"),
    ("Violence rose during 2013 across the province.", "2013", "2013-01-01", "2013-12-31", "year"),
    ("The cell had been dismantled by 2017, officials said.", "2017", "2017-01-01", "2017-12-31", "year"),
    ("Attacks continued throughout 1998 in the valley.", "1998", "1998-01-01", "1998-12-31", "year"),
    ("The bombing of 1983 is still remembered.", "1983", "1983-01-01", "1983-12-31", "year"),
    ("Insurgents were active in the 1990s along the coast.", "1990s", "1990-01-01", "1999-12-31", "year"),
]

PARTS = [
    ("The town fell by end-March 2020 after a siege.", "end-March 2020", "2020-03-21", "2020-03-31", "days"),
    ("Early in 2016 the cell began recruiting.", "Early in 2016", "2016-01-01", "2016-04-30", "season"),
    (
        "The unit left at the start of 2016 for the coast.",
        "the start of 2016",
        "2016-01-01",
        "2016-03-31",
        "season",
    ),
    (
        "In early January 2019, the group issued a claim.",
        "early January 2019",
        "2019-01-01",
        "2019-01-10",
        "days",
    ),
    (
        "Fighting resumed in mid-March 2021 near the dam.",
        "mid-March 2021",
        "2021-03-11",
        "2021-03-20",
        "days",
    ),
    (
        "Fighting resumed in mid March 2021 near the dam.",
        "mid March 2021",
        "2021-03-11",
        "2021-03-20",
        "days",
    ),
    ("Fighting resumed in late May 2021 near the dam.", "late May 2021", "2021-05-21", "2021-05-31", "days"),
    (
        "Fighting resumed at the end of March 2022 near the dam.",
        "the end of March 2022",
        "2022-03-21",
        "2022-03-31",
        "days",
    ),
    (
        "Fighting resumed at the beginning of June 2022.",
        "the beginning of June 2022",
        "2022-06-01",
        "2022-06-10",
        "days",
    ),
    (
        "Fighting resumed in the first week of April 2022.",
        "the first week of April 2022",
        "2022-04-01",
        "2022-04-07",
        "days",
    ),
    ("Fighting resumed in late February 2023.", "late February 2023", "2023-02-21", "2023-02-28", "days"),
    ("The cell was broken up in late 2022 by police.", "late 2022", "2022-09-01", "2022-12-31", "season"),
    ("The cell was broken up in early 2019 by police.", "early 2019", "2019-01-01", "2019-04-30", "season"),
    ("The cell was broken up in mid-2015 by police.", "mid-2015", "2015-05-01", "2015-08-31", "season"),
    (
        "Raids intensified in the summer of 2016 in the north.",
        "the summer of 2016",
        "2016-06-01",
        "2016-08-31",
        "season",
    ),
    ("Raids intensified in spring 2017 in the north.", "spring 2017", "2017-03-01", "2017-05-31", "season"),
    (
        "Raids intensified in the autumn of 2018 in the north.",
        "the autumn of 2018",
        "2018-09-01",
        "2018-11-30",
        "season",
    ),
    (
        "Raids intensified in the winter of 2018 in the north.",
        "the winter of 2018",
        "2018-12-01",
        "2019-02-28",
        "season",
    ),
    (
        "Arrests doubled in the first half of 2020 nationwide.",
        "the first half of 2020",
        "2020-01-01",
        "2020-06-30",
        "season",
    ),
    (
        "Arrests doubled in the second half of 2020 nationwide.",
        "the second half of 2020",
        "2020-07-01",
        "2020-12-31",
        "season",
    ),
    (
        "Arrests doubled in the third quarter of 2021 nationwide.",
        "the third quarter of 2021",
        "2021-07-01",
        "2021-09-30",
        "season",
    ),
    (
        "Arrests doubled by the end of 2021 nationwide.",
        "the end of 2021",
        "2021-10-01",
        "2021-12-31",
        "season",
    ),
]

RANGES = [
    ("A siege on March 2-3 2024 left four dead.", "March 2-3 2024", "2024-03-02", "2024-03-03", "days"),
    ("A siege on 2–3 March 2024 left four dead.", "2–3 March 2024", "2024-03-02", "2024-03-03", "days"),
    ("A siege on March 2–3, 2024 left four dead.", "March 2–3, 2024", "2024-03-02", "2024-03-03", "days"),
    (
        "Clashes took place between 12 and 14 May 2023 in the hills.",
        "between 12 and 14 May 2023",
        "2023-05-12",
        "2023-05-14",
        "days",
    ),
    (
        "Clashes took place from 12 to 14 May 2023 in the hills.",
        "from 12 to 14 May 2023",
        "2023-05-12",
        "2023-05-14",
        "days",
    ),
    (
        "Shelling went on during the night of 21 to 22 April 2022.",
        "the night of 21 to 22 April 2022",
        "2022-04-21",
        "2022-04-22",
        "days",
    ),
    (
        "Shelling went on from 30 April to 2 May 2022 in the town.",
        "from 30 April to 2 May 2022",
        "2022-04-30",
        "2022-05-02",
        "days",
    ),
    (
        "Shelling went on from April 30 to May 2, 2022 in the town.",
        "from April 30 to May 2, 2022",
        "2022-04-30",
        "2022-05-02",
        "days",
    ),
    (
        "Defections grew from November 2014 to February 2015 in the region.",
        "from November 2014 to February 2015",
        "2014-11-01",
        "2015-02-28",
        "month",
    ),
    (
        "Defections grew between March and May 2019 in the region.",
        "between March and May 2019",
        "2019-03-01",
        "2019-05-31",
        "month",
    ),
    ("The insurgency (2009–2013) displaced thousands.", "2009–2013", "2009-01-01", "2013-12-31", "year"),
    (
        "The insurgency lasted from 2009 to 2013 in the delta.",
        "from 2009 to 2013",
        "2009-01-01",
        "2013-12-31",
        "year",
    ),
    (
        "The bombing campaign of 28 December 2019 – 3 January 2020 killed dozens.",
        "28 December 2019 – 3 January 2020",
        "2019-12-28",
        "2020-01-03",
        "days",
    ),
    (
        "Late Saturday night, 4 May 2019 through Sunday morning, jets struck the camp.",
        "Late Saturday night, 4 May 2019 through Sunday morning",
        "2019-05-04",
        "2019-05-05",
        "days",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expression", "start", "end", "precision"), FULL_DATES + MONTHS_AND_YEARS + PARTS + RANGES
)
def test_explicit_expression(sentence: str, expression: str, start: str, end: str, precision: str) -> None:
    t = the_timex(sentence, expression)
    assert (t.start, t.end) == (sentence.index(expression), sentence.index(expression) + len(expression))
    assert (t.date_start, t.date_end, t.precision) == (D(start), D(end), precision)
    assert t.kind == "absolute"


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Logged 05/22/2017 and 05/06/2017 by the desk.", "05/06/2017", "2017-05-06"),
        ("Logged 22/05/2017 and 05/06/2017 by the desk.", "05/06/2017", "2017-06-05"),
        ("Logged 05/06/2017 by the desk.", "05/06/2017", "2017-06-05"),
    ],
)
def test_numeric_dates_follow_the_documents_order(text: str, expression: str, expected: str) -> None:
    t = the_timex(text, expression)
    assert t.date_start == D(expected) and t.precision == "day"


def test_a_timeline_under_year_headings() -> None:
    text = (
        "Timeline\n\n=== 2015 ===\nMarch – militants seized the port.\n5 June: a convoy was ambushed.\n2016\n"
    )
    got = [(t.text, t.date_start, t.date_end, t.precision) for t in timexes(text)]
    assert got == [
        ("2015", D("2015-01-01"), D("2015-12-31"), "year"),
        ("March", D("2015-03-01"), D("2015-03-31"), "month"),
        ("5 June", D("2015-06-05"), D("2015-06-05"), "day"),
        ("2016", D("2016-01-01"), D("2016-12-31"), "year"),
    ]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("On June 1, 2000 people marched on the palace.", "June 1"),
        ("On 1 June 2000 people marched.", "1 June"),
    ],
)
def test_a_count_after_a_day_is_not_its_year(text: str, expression: str) -> None:
    t = the_timex(text, expression, published="2024-06-14")
    assert t.text == expression and t.date_start == D("2024-06-01")
