"""Relative and year-less expressions, each with the reference it is anchored to."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.api import process
from kronika.time.types import Timex

D = date.fromisoformat


def resolve(text: str, expression: str, published: str | None) -> tuple[Timex, list[Timex]]:
    doc = process(text, published=published, until="time")
    start = text.rindex(expression)
    found = [t for t in doc.timexes if t.start == start]
    assert found, f"{expression!r} not tagged in {text!r}: {[t.text for t in doc.timexes]}"
    t = found[0]
    assert t.text == expression and doc.text[t.start : t.end] == expression
    return t, doc.timexes


# passage, expression (its last occurrence), published, anchor text (None: the publication
# date), date_start, date_end, precision
RELATIVE = [
    # anchored to the explicit date of the event being told
    (
        "On 3 May 2021 rebels shelled the port. The following day they withdrew.",
        "The following day",
        None,
        "3 May 2021",
        "2021-05-04",
        "2021-05-04",
        "day",
    ),
    (
        "On 3 May 2021 rebels shelled the port. On the next day they withdrew.",
        "On the next day",
        None,
        "3 May 2021",
        "2021-05-04",
        "2021-05-04",
        "day",
    ),
    (
        "On 3 May 2021 rebels shelled the port. The previous day they had warned residents.",
        "The previous day",
        None,
        "3 May 2021",
        "2021-05-02",
        "2021-05-02",
        "day",
    ),
    (
        "The town fell on 9 June 2014. A day later the governor fled.",
        "A day later",
        None,
        "9 June 2014",
        "2014-06-10",
        "2014-06-10",
        "day",
    ),
    (
        "The town fell on 9 June 2014. Two days later the governor fled.",
        "Two days later",
        None,
        "9 June 2014",
        "2014-06-11",
        "2014-06-11",
        "day",
    ),
    (
        "The group said on 19 September 2024 that it had ambushed a patrol five days prior.",
        "five days prior",
        None,
        "19 September 2024",
        "2024-09-14",
        "2024-09-14",
        "day",
    ),
    (
        "The video appeared on 2 July 2019. 4 months later, a second one followed.",
        "4 months later",
        None,
        "2 July 2019",
        "2019-11-01",
        "2019-11-30",
        "month",
    ),
    (
        "He was captured in November 2019 and was extradited the next year.",
        "the next year",
        None,
        "November 2019",
        "2020-01-01",
        "2020-12-31",
        "year",
    ),
    (
        "He was captured in November 2019 and was extradited the following year.",
        "the following year",
        None,
        "November 2019",
        "2020-01-01",
        "2020-12-31",
        "year",
    ),
    (
        "The cell was formed on 12 March 2016; three weeks later it struck.",
        "three weeks later",
        None,
        "12 March 2016",
        "2016-04-02",
        "2016-04-02",
        "day",
    ),
    (
        "Talks failed on 1 August 2020. The same day, shelling resumed.",
        "The same day",
        None,
        "1 August 2020",
        "2020-08-01",
        "2020-08-01",
        "day",
    ),
    (
        "Police moved in on 20 May 2022, the day after the hostage-taking at the bank.",
        "the day after",
        None,
        "20 May 2022",
        "2022-05-19",
        "2022-05-19",
        "day",
    ),
    (
        "The port was retaken on 5 April 2021 (i.e., 12 days after the rebels entered it).",
        "12 days after",
        None,
        "5 April 2021",
        "2021-03-24",
        "2021-03-24",
        "day",
    ),
    (
        "In early January 2019 the group made a claim, and struck again the following day.",
        "the following day",
        None,
        "early January 2019",
        "2019-01-02",
        "2019-01-11",
        "days",
    ),
    (
        "Militants overran the town on 12 and 13 August 2021. Two days later the army returned.",
        "Two days later",
        None,
        "12 and 13 August 2021",
        "2021-08-15",
        "2021-08-15",
        "day",
    ),
    (
        "The siege began on 12 October 2019. Gunmen, who had trained since 2017, held out until "
        "the next morning.",
        "the next morning",
        None,
        "12 October 2019",
        "2019-10-13",
        "2019-10-13",
        "day",
    ),
    (
        "On 2 May 2019 the court freed two men, who had been arrested in 2016 and charged "
        "the following year.",
        "the following year",
        None,
        "2016",
        "2017-01-01",
        "2017-12-31",
        "year",
    ),
    (
        "Gunmen raided the market on 13 March 2023, and six of them died, the army said on Tuesday. "
        "In a separate incident the same day, a bomb hit a convoy.",
        "the same day",
        None,
        "13 March 2023",
        "2023-03-13",
        "2023-03-13",
        "day",
    ),
    (
        "Rebels ambushed a patrol on 17 May 2021.\n\nThe state had declared victory in June 2019.\n\n"
        "The group claimed the ambush the next day.",
        "the next day",
        None,
        "17 May 2021",
        "2021-05-18",
        "2021-05-18",
        "day",
    ),
    (
        "Troops entered the town on 3 May 2021. Later in the day, a mine killed two soldiers.",
        "Later in the day",
        None,
        "3 May 2021",
        "2021-05-03",
        "2021-05-03",
        "day",
    ),
    (
        "Troops entered the town on 3 May 2021. That evening, a mine killed two soldiers.",
        "That evening",
        None,
        "3 May 2021",
        "2021-05-03",
        "2021-05-03",
        "day",
    ),
    (
        "Rebels took the port on 8 May 2019. The previous Sunday they had cut the road.",
        "The previous Sunday",
        "2024-06-14",
        "8 May 2019",
        "2019-05-05",
        "2019-05-05",
        "day",
    ),
    (
        "Rebels took the port on 8 May 2019. The following Sunday the army struck back.",
        "The following Sunday",
        "2024-06-14",
        "8 May 2019",
        "2019-05-12",
        "2019-05-12",
        "day",
    ),
    # anchored to the publication date
    (
        "Gunmen killed four farmers yesterday, police said.",
        "yesterday",
        "2023-06-14",
        None,
        "2023-06-13",
        "2023-06-13",
        "day",
    ),
    (
        "Troops arrived in the district this morning.",
        "this morning",
        "2023-06-14",
        None,
        "2023-06-14",
        "2023-06-14",
        "day",
    ),
    (
        "Two mortar rounds hit the base last night.",
        "last night",
        "2023-06-14",
        None,
        "2023-06-13",
        "2023-06-13",
        "day",
    ),
    (
        "The suspect was detained on Sunday in a raid.",
        "Sunday",
        "2023-06-14",
        None,
        "2023-06-11",
        "2023-06-11",
        "day",
    ),
    (
        "The suspect was detained last Thursday in a raid.",
        "last Thursday",
        "2023-06-14",
        None,
        "2023-06-08",
        "2023-06-08",
        "day",
    ),
    (
        "The suspect was detained last Wednesday in a raid.",
        "last Wednesday",
        "2023-06-14",
        None,
        "2023-06-07",
        "2023-06-07",
        "day",
    ),
    (
        "The suspect was detained on Wednesday in a raid.",
        "Wednesday",
        "2023-06-14",
        None,
        "2023-06-14",
        "2023-06-14",
        "day",
    ),
    (
        "The court will rule on Friday on the appeal.",
        "Friday",
        "2023-06-14",
        None,
        "2023-06-16",
        "2023-06-16",
        "day",
    ),
    (
        "The court will rule next Monday on the appeal.",
        "next Monday",
        "2023-06-14",
        None,
        "2023-06-19",
        "2023-06-19",
        "day",
    ),
    (
        "Police detained the driver on Monday evening near the station.",
        "Monday evening",
        "2023-06-14",
        None,
        "2023-06-12",
        "2023-06-12",
        "day",
    ),
    (
        "Officials condemned Monday night's bombing at the stadium.",
        "Monday night's",
        "2023-06-14",
        None,
        "2023-06-12",
        "2023-06-12",
        "day",
    ),
    (
        "Clashes erupted along the border last week.",
        "last week",
        "2023-06-14",
        None,
        "2023-06-05",
        "2023-06-11",
        "days",
    ),
    (
        "Two soldiers were killed earlier this month in the north.",
        "earlier this month",
        "2023-06-14",
        None,
        "2023-06-01",
        "2023-06-30",
        "month",
    ),
    (
        "The militia was disbanded last year by decree.",
        "last year",
        "2023-06-14",
        None,
        "2022-01-01",
        "2022-12-31",
        "year",
    ),
    (
        "The hostages were freed three days ago after talks.",
        "three days ago",
        "2023-06-14",
        None,
        "2023-06-11",
        "2023-06-11",
        "day",
    ),
    (
        "The gunman opened fire on New Year's Eve at a bar.",
        "New Year's Eve",
        "2024-01-09",
        None,
        "2023-12-31",
        "2023-12-31",
        "day",
    ),
    (
        "The rally was banned last March after riots.",
        "last March",
        "2023-06-14",
        None,
        "2023-03-01",
        "2023-03-31",
        "month",
    ),
    (
        "Clashes erupted over the weekend in the capital.",
        "over the weekend",
        "2023-06-14",
        None,
        "2023-06-10",
        "2023-06-11",
        "days",
    ),
    (
        "Clashes erupted last weekend in the capital.",
        "last weekend",
        "2023-06-14",
        None,
        "2023-06-10",
        "2023-06-11",
        "days",
    ),
    (
        "Bombs hit three churches during Easter Sunday services.",
        "Easter Sunday",
        "2019-04-23",
        None,
        "2019-04-21",
        "2019-04-21",
        "day",
    ),
    (
        "Police raided a flat on Good Friday in the north.",
        "Good Friday",
        "2024-04-02",
        None,
        "2024-03-29",
        "2024-03-29",
        "day",
    ),
    (
        "The two suspects will appear before a judge later this week.",
        "later this week",
        "2023-06-14",
        None,
        "2023-06-14",
        "2023-06-18",
        "days",
    ),
    (
        "Looking back: rebels took the port on Friday, 1 March 2019. On Sunday, they shelled the airport.",
        "Sunday",
        "2024-06-14",
        "Friday, 1 March 2019",
        "2019-03-03",
        "2019-03-03",
        "day",
    ),
    (
        "Militants seized the bridge on 4 May 2020. On Saturday, troops pushed them back.",
        "Saturday",
        None,
        "4 May 2020",
        "2020-05-09",
        "2020-05-09",
        "day",
    ),
    # no publication date: the first explicit day of the text is the reference
    (
        "Jets struck the camp on Sunday, 5 April 2015. Last Thursday, gunmen had killed 40 people.",
        "Last Thursday",
        None,
        "Sunday, 5 April 2015",
        "2015-04-02",
        "2015-04-02",
        "day",
    ),
]

# passage, year-less expression (its last occurrence), published, date_start, date_end, precision
COMPLETED = [
    (
        "The militia, founded in 2002, raided a camp on 3 May.",
        "3 May",
        "2024-05-10",
        "2024-05-03",
        "2024-05-03",
        "day",
    ),
    (
        "The militia was set up in 2002 and raided a camp on 3 May.",
        "3 May",
        "2024-05-10",
        "2024-05-03",
        "2024-05-03",
        "day",
    ),
    (
        "The militia raided a camp on 3 March 2019. On 5 March, it struck again.",
        "5 March",
        "2024-05-10",
        "2019-03-05",
        "2019-03-05",
        "day",
    ),
    (
        "On 22 April 2024 gunmen attacked a patrol. On 28 April, a post was bombed.",
        "28 April",
        None,
        "2024-04-28",
        "2024-04-28",
        "day",
    ),
    (
        "The branch was announced on 2 September 2015. In a video released in September, its leader spoke.",
        "September",
        None,
        "2015-09-01",
        "2015-09-30",
        "month",
    ),
    (
        "The leader died on 27 October 2019. New pledges were shown on 29 November.",
        "29 November",
        None,
        "2019-11-29",
        "2019-11-29",
        "day",
    ),
    (
        "The convictions came in May 2022. In December, another suspect was detained.",
        "December",
        None,
        "2022-12-01",
        "2022-12-31",
        "month",
    ),
    (
        "A bomb exploded on 30 December 2018. On 2 January, a second device was found.",
        "2 January",
        None,
        "2019-01-02",
        "2019-01-02",
        "day",
    ),
    (
        "On August 26 a suicide bomber struck the airport gate.",
        "August 26",
        "2021-08-28",
        "2021-08-26",
        "2021-08-26",
        "day",
    ),
    (
        "Riots broke out on 30 December, the ministry said.",
        "30 December",
        "2021-01-04",
        "2020-12-30",
        "2020-12-30",
        "day",
    ),
    (
        "On Sunday 21 April a series of blasts hit churches.",
        "Sunday 21 April",
        "2019-04-22",
        "2019-04-21",
        "2019-04-21",
        "day",
    ),
    (
        "The siege began in 2017. Between 12 and 14 May, troops cleared the old town.",
        "Between 12 and 14 May",
        None,
        "2017-05-12",
        "2017-05-14",
        "days",
    ),
    (
        "The offensive began in March 2020. By late May, the town was retaken.",
        "late May",
        None,
        "2020-05-21",
        "2020-05-31",
        "days",
    ),
    (
        "The ceasefire held through 2016. Fighting returned in mid-July.",
        "mid-July",
        None,
        "2016-07-11",
        "2016-07-20",
        "days",
    ),
    (
        "= 2016 Harbour attack =\nOn 14 July a truck drove into the crowd.",
        "14 July",
        None,
        "2016-07-14",
        "2016-07-14",
        "day",
    ),
    (
        "Explosions shook the city on 14 March 2011. On the night of 21 to 22 April, rockets fell.",
        "the night of 21 to 22 April",
        None,
        "2011-04-21",
        "2011-04-22",
        "days",
    ),
]


@pytest.mark.parametrize(("text", "expression", "published", "anchor", "start", "end", "precision"), RELATIVE)
def test_relative_expression(
    text: str,
    expression: str,
    published: str | None,
    anchor: str | None,
    start: str,
    end: str,
    precision: str,
) -> None:
    t, all_timexes = resolve(text, expression, published)
    assert (t.date_start, t.date_end, t.precision) == (D(start), D(end), precision)
    assert t.anchored
    if anchor is None:
        assert t.anchor is None
    else:
        assert t.anchor is not None and all_timexes[t.anchor].text == anchor


@pytest.mark.parametrize(("text", "expression", "published", "start", "end", "precision"), COMPLETED)
def test_year_completed_from_discourse(
    text: str, expression: str, published: str | None, start: str, end: str, precision: str
) -> None:
    t, _ = resolve(text, expression, published)
    assert (t.date_start, t.date_end, t.precision) == (D(start), D(end), precision)
    assert t.kind == "completed" and t.anchored


def test_relative_expression_without_any_reference_is_dropped() -> None:
    doc = process("Gunmen attacked the village yesterday.", until="time")
    assert doc.timexes == []
