"""Round 2: which date a happening takes when the text tells several (background years,
"after the attack", reporting dates, datelines, live blogs) and the forms that name a
stretch of days ("between Monday and Thursday", "overnight", "days later")."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.api import process
from kronika.document import Span
from kronika.time import event_date

D = date.fromisoformat


def dated(text: str, trigger: str, published: str | None) -> tuple[str, date, date, str]:
    doc = process(text, published=published, until="time")
    start = text.index(trigger)
    t = event_date(doc, Span(start, start + len(trigger)))
    assert t is not None, f"{trigger!r} undated in {text!r}"
    assert doc.text[t.start : t.end] == t.text
    return t.text, t.date_start, t.date_end, t.precision


# passage, trigger (first occurrence), published, date_start, date_end, precision
EVENTS = [
    # 1. a background year does not become the year of later year-less dates
    (
        "Rebels raid river port\n\nRebels raided a river port on 12 March 2019, killing nine.\n\n"
        "In 2018 the same group burned a school. On 15 April rebels ambushed a patrol nearby.",
        "ambushed",
        None,
        "2019-04-15",
        "2019-04-15",
        "day",
    ),
    (
        "Insurgents stormed a prison on 9 May 2022. Back in 2016 they had tried the same. "
        "On 20 May they attacked a bank.",
        "attacked a bank",
        None,
        "2022-05-20",
        "2022-05-20",
        "day",
    ),
    (
        "2021 Lakeside ambush\n\nThe group first struck the area in 2015.\n\n"
        "On 4 June a convoy was ambushed on the lake road.",
        "ambushed",
        None,
        "2021-06-04",
        "2021-06-04",
        "day",
    ),
    # ... while a year in the same sentence still completes it
    (
        "Rebels raided a port on 12 March 2019. In 2018, on 15 April, they had burned a school.",
        "burned",
        None,
        "2018-04-15",
        "2018-04-15",
        "day",
    ),
    # 2. "two days after the attack" counts from the attack, not from the last date told
    (
        "A gunman attacked a church on 4 October 2020, killing 20. A suspect was detained on "
        "6 October and freed a week later. Two days after the attack, crowds blocked the road.",
        "blocked",
        None,
        "2020-10-06",
        "2020-10-06",
        "day",
    ),
    (
        "A suicide bomber struck a bus station on 10 July 2018. Police arrested a cousin on "
        "14 July. Three days after the bombing, the mayor resigned.",
        "resigned",
        None,
        "2018-07-13",
        "2018-07-13",
        "day",
    ),
    (
        "Bandits raided a farm on 1 August 2023; a second raid hit a school on 9 August. "
        "A day after the second raid, parents kept children home.",
        "kept",
        None,
        "2023-08-10",
        "2023-08-10",
        "day",
    ),
    # "the raid came a week after X": X a week before the raid, the raid keeps its date
    (
        "Gunmen seized 30 pupils from a school early Thursday. The raid came a week after "
        "bandits shot 12 farmers in a nearby state.",
        "shot",
        "2024-03-08",
        "2024-02-29",
        "2024-02-29",
        "day",
    ),
    (
        "Gunmen seized 30 pupils from a school early Thursday. The raid came a week after "
        "bandits shot 12 farmers in a nearby state.",
        "raid",
        "2024-03-08",
        "2024-03-07",
        "2024-03-07",
        "day",
    ),
    (
        "On 1 May 2023, gunmen attacked a quarry; two weeks later, police held six men. "
        "A month after the attack, the quarry reopened.",
        "reopened",
        None,
        "2023-06-01",
        "2023-06-30",
        "month",
    ),
    # a heading with a year frames its section; an appositive "agreed in March 2022" does not
    (
        "Northern insurgency\n\nBackground\n\nIn 2015 the movement took up arms.\n\n"
        "2019 offensive\n\nOn 4 March rebels overran a base.",
        "overran",
        None,
        "2019-03-04",
        "2019-03-04",
        "day",
    ),
    (
        "The truce, agreed in March 2022, collapsed on 3 June when militias shelled a depot.",
        "collapsed",
        None,
        "2022-06-03",
        "2022-06-03",
        "day",
    ),
    (
        "Chronology\n\nMarch 2020\n\nOn the 5th, gunmen burned a clinic. On the 9th, a mine hit a bus.",
        "hit a bus",
        None,
        "2020-03-09",
        "2020-03-09",
        "day",
    ),
    (
        "Weekly update\nReporting period: 1–7 June 2025\n\nOn Tuesday, armed men looted a clinic.",
        "looted",
        None,
        "2025-06-03",
        "2025-06-03",
        "day",
    ),
    (
        "Gunmen stormed a chapel during Sunday mass, killing 15.",
        "stormed",
        "2024-07-10",
        "2024-07-07",
        "2024-07-07",
        "day",
    ),
    (
        "Militants attack police post\n\nMilitants attacked a police post on 5 June 2019, killing four. "
        "In 2018 the group bombed a church in the town. Two days after the attack, troops held ten men.",
        "held",
        None,
        "2019-06-07",
        "2019-06-07",
        "day",
    ),
    (
        "Gunmen attacked a base on 3 May 2023. The offensive was launched two days after the attack.",
        "offensive",
        None,
        "2023-05-05",
        "2023-05-05",
        "day",
    ),
    (
        "Gunmen shot nine people in Ira on Tuesday, officials said.\n\nIt was the deadliest raid this year."
        "\n\nSeparately, a roadside bomb wounded two soldiers near the border.",
        "wounded",
        "2024-03-08",
        "2024-03-05",
        "2024-03-05",
        "day",
    ),
    (
        "Date: 14–15 August 2017\nTarget: police\n\nOn the first night, gunmen attacked three posts. "
        "The next day, they ambushed a convoy.",
        "ambushed",
        None,
        "2017-08-15",
        "2017-08-15",
        "day",
    ),
    (
        "Riots shook the city on 2 May 2022. On the first day of the curfew, troops shot two men.",
        "shot",
        None,
        "2022-05-02",
        "2022-05-02",
        "day",
    ),
    # 3. "later that year" / "the same year" after a year inside a name
    (
        "Four men were jailed over the 2018 ferry bombings. Later that year, the cell shot a judge.",
        "shot",
        "2022-05-01",
        "2018-01-01",
        "2018-12-31",
        "year",
    ),
    (
        "The 2016 stadium attack killed 40. The same year, the group kidnapped two engineers.",
        "kidnapped",
        "2022-05-01",
        "2016-01-01",
        "2016-12-31",
        "year",
    ),
    (
        "Troops shelled the valley on 3 May 2021. Later that year they withdrew. That month, "
        "medics counted 60 wounded.",
        "counted",
        None,
        "2021-05-01",
        "2021-05-31",
        "month",
    ),
    # 4. stretches of days
    (
        "Gunfire was heard between Monday and Thursday in the old town.",
        "Gunfire",
        "2024-03-08",
        "2024-03-04",
        "2024-03-07",
        "days",
    ),
    (
        "Shelling continued overnight in the eastern suburbs.",
        "Shelling",
        "2024-03-06",
        "2024-03-05",
        "2024-03-06",
        "days",
    ),
    (
        "At the weekend, militiamen burned a market.",
        "burned",
        "2024-03-06",
        "2024-03-02",
        "2024-03-03",
        "days",
    ),
    (
        "Rebels took the town on 2 May 2022. On the 15th they shot ten prisoners.",
        "shot",
        None,
        "2022-05-15",
        "2022-05-15",
        "day",
    ),
    (
        "Rebels took the town on 2 May 2022. Days later they looted the bank.",
        "looted",
        None,
        "2022-05-01",
        "2022-05-31",
        "month",
    ),
    (
        "Rebels took the town on 29 May 2022. Days later they looted the bank.",
        "looted",
        None,
        "2022-06-01",
        "2022-06-30",
        "month",
    ),
    (
        "Late last month, a bomb damaged the pipeline.",
        "damaged",
        "2024-03-07",
        "2024-02-21",
        "2024-02-29",
        "days",
    ),
    (
        "Fighters entered the city in mid-August 2021. By the end of the month, they held the airport.",
        "held",
        None,
        "2021-08-21",
        "2021-08-31",
        "days",
    ),
    (
        "Riots broke out on 30 December 2023 and lasted until 2 January.",
        "Riots",
        None,
        "2023-12-30",
        "2024-01-02",
        "days",
    ),
    (
        "In the past 24 hours, three guards were shot at the border.",
        "shot",
        "2024-03-20",
        "2024-03-19",
        "2024-03-20",
        "days",
    ),
    (
        "Over the last two weeks, gangs have kidnapped 50 travellers.",
        "kidnapped",
        "2024-03-20",
        "2024-03-06",
        "2024-03-20",
        "days",
    ),
    # 5. a dateline without a year; the lead's weekday counts from the dateline
    (
        "HERAT, March 7 (Wire) - A mine killed four deminers on Tuesday, officials said.\n\n"
        "A similar blast on 12 February 2024 wounded two.",
        "killed",
        None,
        "2024-03-05",
        "2024-03-05",
        "day",
    ),
    (
        "HERAT, March 7 (Wire) - A mine killed four deminers on Tuesday, officials said.",
        "killed",
        "2024-03-12",
        "2024-03-05",
        "2024-03-05",
        "day",
    ),
    (
        "Published 2 January 2024\n\nHERAT, Dec 30 (Wire) - A mine killed four deminers on Friday.",
        "killed",
        None,
        "2023-12-29",
        "2023-12-29",
        "day",
    ),
    (
        "Updated 8 March 2024\n\nHERAT, March 7 (Wire) - A mine killed four deminers on Tuesday.",
        "killed",
        None,
        "2024-03-05",
        "2024-03-05",
        "day",
    ),
    # 6. a reporting date gives way to the happening's own date
    (
        "Gunmen killed 14 herders near a well, the army confirmed on Thursday. The raid took "
        "place late on Monday.",
        "killed",
        "2024-03-08",
        "2024-03-04",
        "2024-03-04",
        "day",
    ),
    (
        "Militants burned two lorries on 3 March, officials said on Thursday.",
        "burned",
        "2024-03-08",
        "2024-03-03",
        "2024-03-03",
        "day",
    ),
    (
        "Officials on Thursday confirmed that gunmen had shot 20 herders. The raid happened on Monday night.",
        "shot",
        "2024-03-08",
        "2024-03-04",
        "2024-03-04",
        "day",
    ),
    (
        "The ministry announced on Wednesday that 15 soldiers died in an ambush.",
        "ambush",
        "2024-03-08",
        "2024-03-06",
        "2024-03-06",
        "day",
    ),
    (
        "In a statement on Wednesday, the front said its fighters had downed a drone on Sunday.",
        "downed",
        "2024-03-08",
        "2024-03-03",
        "2024-03-03",
        "day",
    ),
    # 7. live blogs: timed rows under a day heading take that day
    (
        "Live: unrest in the capital\n\n5 March 2024\n\n14:35 – Blasts were heard near the mint.\n\n"
        "6 March 2024\n\n09:10 – Troops retook the mint.",
        "Blasts",
        "2024-03-07",
        "2024-03-05",
        "2024-03-05",
        "day",
    ),
    (
        "Live updates\n\nTuesday 5 March\n\n2.35pm: Gunmen stormed a hotel.\n\nWednesday 6 March\n\n"
        "09:10 – Troops retook the hotel.",
        "retook",
        "2024-03-07",
        "2024-03-06",
        "2024-03-06",
        "day",
    ),
    # 8. others
    (
        "Weekly bulletin\nReporting period: 1–7 June 2025\n\nArmed men looted a clinic in the north.",
        "looted",
        None,
        "2025-06-01",
        "2025-06-07",
        "days",
    ),
    (
        "In late 2015 the group turned to kidnapping. In February it abducted 40 pupils.",
        "abducted",
        None,
        "2016-02-01",
        "2016-02-29",
        "month",
    ),
    (
        "A blast on 12 February 2024 wounded two guards at the depot.",
        "wounded",
        None,
        "2024-02-12",
        "2024-02-12",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "published", "start", "end", "precision"), EVENTS)
def test_event_takes_the_right_date(
    text: str, trigger: str, published: str | None, start: str, end: str, precision: str
) -> None:
    _, got_start, got_end, got_precision = dated(text, trigger, published)
    assert (got_start, got_end, got_precision) == (D(start), D(end), precision)


# an ordinal that is not a day of the month, an overnight that is not a night
NOT_DATES = [
    "Rebels took the town on 2 May 2022. It was the 15th century fort they wanted.",
    "Rebels took the town on 2 May 2022. On the 15th floor, snipers waited.",
    "The governor imposed an overnight curfew in the town.",
    "The Sunday mass was cancelled and Friday prayers were moved to the hall.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_ordinals_and_adjectives_are_not_dates(text: str) -> None:
    doc = process(text, until="time")
    tagged = [t.text for t in doc.timexes]
    assert not any("15th" in t or "overnight" in t.lower() or "day " in t for t in tagged), tagged


# passage, expression (first occurrence), published, date_start, date_end, precision
EXPRESSIONS = [
    (
        "A mine blew up the day before yesterday.",
        "the day before yesterday",
        "2024-03-20",
        "2024-03-18",
        "2024-03-18",
        "day",
    ),
    (
        "A mine blew up on Tuesday of last week.",
        "Tuesday of last week",
        "2024-03-20",
        "2024-03-12",
        "2024-03-12",
        "day",
    ),
    (
        "A mine blew up on Friday last week.",
        "Friday last week",
        "2024-03-20",
        "2024-03-15",
        "2024-03-15",
        "day",
    ),
    ("A mine blew up three weeks ago.", "three weeks ago", "2024-03-20", "2024-02-25", "2024-03-02", "days"),
    ("A mine blew up a few days ago.", "a few days ago", "2024-03-20", "2024-03-10", "2024-03-19", "days"),
    ("A mine blew up a fortnight ago.", "a fortnight ago", "2024-03-20", "2024-03-06", "2024-03-06", "day"),
    (
        "A mine blew up at the start of the month.",
        "the start of the month",
        "2024-03-20",
        "2024-03-01",
        "2024-03-10",
        "days",
    ),
    (
        "A mine blew up early next year, planners feared.",
        "early next year",
        "2024-03-20",
        "2025-01-01",
        "2025-04-30",
        "season",
    ),
    (
        "Rebels took the pass on 2 May 2022. A few days later they shelled the valley.",
        "A few days later",
        None,
        "2022-05-01",
        "2022-05-31",
        "month",
    ),
    (
        "Rebels took the pass on 2 May 2022. Weeks later they shelled the valley.",
        "Weeks later",
        None,
        "2022-05-01",
        "2022-05-31",
        "month",
    ),
    (
        "Rebels took the pass on 2 May 2022. A fortnight later they shelled the valley.",
        "A fortnight later",
        None,
        "2022-05-16",
        "2022-05-16",
        "day",
    ),
    ("A mine blew up a week ago today.", "a week ago today", "2023-06-10", "2023-06-03", "2023-06-03", "day"),
    ("The raid on Sept. 12 killed four.", "Sept. 12", "2023-09-20", "2023-09-12", "2023-09-12", "day"),
    (
        "Between late May and early June 2023, the militia burned 12 villages.",
        "Between late May and early June 2023",
        None,
        "2023-05-21",
        "2023-06-10",
        "days",
    ),
    (
        "Talks will resume on Monday next week.",
        "Monday next week",
        "2024-03-20",
        "2024-03-25",
        "2024-03-25",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "expression", "published", "start", "end", "precision"), EXPRESSIONS)
def test_expression_interval(
    text: str,
    expression: str,
    published: str | None,
    start: str | None,
    end: str | None,
    precision: str | None,
) -> None:
    doc = process(text, published=published, until="time")
    at = text.index(expression)
    found = [t for t in doc.timexes if t.start == at]
    if start is None:  # not an expression of its own here
        assert all(t.text != expression for t in doc.timexes)
        return
    assert found, [t.text for t in doc.timexes]
    t = found[0]
    assert t.text == expression
    assert (t.date_start, t.date_end, t.precision) == (D(start), D(end), precision)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took the town on 2 May 2022. On the 3rd attempt, troops broke through.",
        "Rebels took the town on 2 May 2022. By the 10th round of talks, nothing had changed.",
        "Rebels took the town on 2 May 2022. Soldiers from the 5th regiment fled.",
        "The 15th was quiet.",
    ],
)
def test_ordinals_that_are_not_days(text: str) -> None:
    doc = process(text, until="time")
    assert not [t.text for t in doc.timexes if t.text[-2:] in ("rd", "th") or "th " in t.text]
