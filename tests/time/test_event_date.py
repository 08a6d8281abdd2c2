"""event_date: which expression dates the happening an event trigger tells."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.api import process
from kronika.document import Span
from kronika.time import event_date

D = date.fromisoformat

# passage, trigger word (its first occurrence after `after`, if given), published,
# expected date_start, date_end, precision (None: no date)
CASES = [
    # the date in the trigger's own clause
    (
        "On 20 August 2018, militants attacked a police post with knives.",
        "attacked",
        None,
        "2018-08-20",
        "2018-08-20",
        "day",
    ),
    (
        "Rebels attacked the base on 4 June 2016 before dawn.",
        "attacked",
        None,
        "2016-06-04",
        "2016-06-04",
        "day",
    ),
    # a date in a relative clause belongs to that clause
    (
        "A court convicted six men in May 2022 who had been arrested in August 2021.",
        "convicted",
        None,
        "2022-05-01",
        "2022-05-31",
        "month",
    ),
    (
        "A court convicted six men in May 2022 who had been arrested in August 2021.",
        "arrested",
        None,
        "2021-08-01",
        "2021-08-31",
        "month",
    ),
    (
        "The gunman, who had joined the group in 2013, shot nine students on 3 March 2015.",
        "shot",
        None,
        "2015-03-03",
        "2015-03-03",
        "day",
    ),
    (
        "The gunman, who had joined the group in 2013, shot nine students on 3 March 2015.",
        "joined",
        None,
        "2013-01-01",
        "2013-12-31",
        "year",
    ),
    # a year inside a name dates only that name
    (
        "In early January 2019 the group claimed the 2018 Harbin bridge collapse.",
        "claimed",
        None,
        "2019-01-01",
        "2019-01-10",
        "days",
    ),
    (
        "In early January 2019 the group claimed the 2018 Harbin bridge collapse.",
        "collapse",
        None,
        "2018-01-01",
        "2018-12-31",
        "year",
    ),
    # a date in a parenthesis about something else
    (
        "Troops killed the commander (born 5 May 1970) on 2 February 2019.",
        "killed",
        None,
        "2019-02-02",
        "2019-02-02",
        "day",
    ),
    # a finer date refines a coarser one told in the same clause
    (
        "Four months later, after the leader's death on 3 October 2019, fighters pledged allegiance "
        "on 29 November.",
        "pledged",
        None,
        "2019-11-29",
        "2019-11-29",
        "day",
    ),
    # the aside's own happening keeps its own date
    (
        "On 11 March 2020, the day after the killing of two guards, police raided the camp.",
        "killing",
        None,
        "2020-03-10",
        "2020-03-10",
        "day",
    ),
    (
        "On 11 March 2020, the day after the killing of two guards, police raided the camp.",
        "raided",
        None,
        "2020-03-11",
        "2020-03-11",
        "day",
    ),
    (
        "The group said on 8 May 2023 that it had ambushed a convoy two days prior.",
        "ambushed",
        None,
        "2023-05-06",
        "2023-05-06",
        "day",
    ),
    (
        "The group said on 8 May 2023 that it had ambushed a convoy two days prior.",
        "said",
        None,
        "2023-05-08",
        "2023-05-08",
        "day",
    ),
    # the discourse anchor: the last governing date before it in its paragraph
    (
        "On 14 July 2017 gunmen stormed a hotel. Nine guests died in the attack.",
        "died",
        None,
        "2017-07-14",
        "2017-07-14",
        "day",
    ),
    (
        "Since 2012 the group has grown. On 14 July 2017 gunmen stormed a hotel. Nine guests died.",
        "died",
        None,
        "2017-07-14",
        "2017-07-14",
        "day",
    ),
    # publication date for news; weekdays against it
    (
        "Gunmen stormed a hotel, killing nine guests.",
        "stormed",
        "2022-10-05",
        "2022-10-05",
        "2022-10-05",
        "day",
    ),
    (
        "Police arrested the driver on Monday evening.",
        "arrested",
        "2022-10-05",
        "2022-10-03",
        "2022-10-03",
        "day",
    ),
    # no date at all
    ("Gunmen stormed a hotel, killing nine guests.", "stormed", None, None, None, None),
    # "lasted N days" widens a day to the days it lasted
    (
        "On 24 March 2021 fighters attacked the town; the assault lasted three days.",
        "attacked",
        None,
        "2021-03-24",
        "2021-03-26",
        "days",
    ),
    # overnight spans
    (
        "Late Sunday night, 5 April 2015 through Monday morning, jets bombed two camps.",
        "bombed",
        None,
        "2015-04-05",
        "2015-04-06",
        "days",
    ),
    # a sentence-opening time frame dates the main clause
    (
        "Before dawn on 9 May 2018, soldiers surrounded the house.",
        "surrounded",
        None,
        "2018-05-09",
        "2018-05-09",
        "day",
    ),
    # a relative clause telling when the head happened
    (
        "The siege was a long conflict that began on 23 May 2017, between troops and militants.",
        "siege",
        None,
        "2017-05-23",
        "2017-05-23",
        "day",
    ),
    # a citation in brackets dates a sentence without its own date
    (
        "Earlier, the ministry had imposed sanctions on the network (Ministry website, March 10, 2021).",
        "sanctions",
        None,
        "2021-03-10",
        "2021-03-10",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "published", "start", "end", "precision"), CASES)
def test_event_date(
    text: str, trigger: str, published: str | None, start: str | None, end: str | None, precision: str | None
) -> None:
    doc = process(text, published=published, until="time")
    at = text.index(trigger)
    t = event_date(doc, Span(at, at + len(trigger)))
    if start is None:
        assert t is None
        return
    assert t is not None
    assert (t.date_start, t.date_end, t.precision) == (D(start), D(end), precision)


def test_event_date_across_paragraphs_uses_the_section() -> None:
    text = "On 2 June 2020 the town was seized.\n\nDuring the fighting, the rebels looted the bank."
    doc = process(text, until="time")
    at = text.index("looted")
    t = event_date(doc, Span(at, at + 6))
    assert t is not None and t.date_start == date(2020, 6, 2)


def test_event_date_of_a_publication_fallback_has_no_text() -> None:
    doc = process("Gunmen stormed a hotel.", published="2022-10-05", until="time")
    t = event_date(doc, Span(7, 14))
    assert t is not None and t.kind == "publication" and t.text == "" and t.start == t.end == 0


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Gunmen attacked the church on 2 May 2019, and on 5 May 2019 police arrested two men.",
            "arrested",
            date(2019, 5, 5),
        ),
        (
            "Gunmen attacked the church on 2 May 2019, and on 5 May 2019 police arrested two men.",
            "attacked",
            date(2019, 5, 2),
        ),
        ("Gunmen attacked the church; on 5 May 2019 police arrested two men.", "arrested", date(2019, 5, 5)),
    ],
)
def test_a_clause_boundary_keeps_dates_apart(text: str, trigger: str, expected: date) -> None:
    doc = process(text, until="time")
    at = text.index(trigger)
    t = event_date(doc, Span(at, at + len(trigger)))
    assert t is not None and t.date_start == expected


def test_a_news_lead_day_carries_across_sub_headings() -> None:
    text = (
        "Published 12 May 2023\n\nOn Thursday 11 May bombs hit two towns.\n\nNorth\n\n"
        "In the northern town a market was hit at noon.\n"
    )
    doc = process(text, until="time")
    at = text.index("hit at noon")
    t = event_date(doc, Span(at, at + 3))
    assert t is not None and t.date_start == date(2023, 5, 11)


def test_an_encyclopedia_section_does_not_inherit_another_sections_date() -> None:
    text = "History\n\nOn 3 May 2019 the group was founded.\n\nLegacy\n\nThe group attacked several towns.\n"
    doc = process(text, until="time")
    if len(doc.sections) < 2:
        pytest.skip("the segmenter finds no sections here")
    at = text.index("attacked")
    assert event_date(doc, Span(at, at + 8)) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a speech date dates the saying, and only stands in when nothing else dates the trigger
        (
            "On 9 May 2024 gunmen raided a village. Twelve people died, police said on Saturday.",
            "died",
            date(2024, 5, 9),
        ),
        (
            "On 9 May 2024 gunmen raided a village. Twelve people died, police said on Saturday.",
            "said",
            date(2024, 5, 11),
        ),
        ("Twelve people died in a raid, police said on Saturday.", "died", date(2024, 5, 11)),
        (
            "The group was listed by the United States on 2 May 2024 as a terrorist entity.",
            "listed",
            date(2024, 5, 2),
        ),
        ("The raid came a week after a truce was announced on 28 April.", "truce", date(2024, 4, 28)),
        ("The raid came a week after a truce was announced on 28 April.", "raid", date(2024, 5, 5)),
    ],
)
def test_speech_dates(text: str, trigger: str, expected: date) -> None:
    doc = process(text, published="2024-05-12", until="time")
    at = text.index(trigger)
    t = event_date(doc, Span(at, at + len(trigger)))
    assert t is not None and t.date_start == expected


def test_a_yearless_date_used_as_a_name_is_not_a_date() -> None:
    text = (
        "On 14 May 2021 police raided a flat. The arrest came after the September 11 attacks inquiry ended."
    )
    doc = process(text, until="time")
    assert not [t for t in doc.timexes if t.text.endswith("September 11")]
    at = text.index("arrest")
    t = event_date(doc, Span(at, at + 6))
    assert t is not None and t.date_start == date(2021, 5, 14)


@pytest.mark.parametrize("trigger", ["switching", "defected"])
def test_a_stretch_opened_and_closed_across_sentences(trigger: str) -> None:
    text = (
        "Starting in March 2016, local commanders began switching sides. By June 2016, most of them "
        "had defected to the rival group."
    )
    doc = process(text, until="time")
    at = text.index(trigger)
    t = event_date(doc, Span(at, at + len(trigger)))
    assert t is not None
    assert (t.date_start, t.date_end, t.precision) == (date(2016, 3, 1), date(2016, 6, 30), "month")


def test_a_bracket_holding_only_a_date_dates_its_sentence() -> None:
    text = "On 2 March 2024 a convoy was ambushed. Gunmen burned a clinic in the district (18 March)."
    doc = process(text, until="time")
    at = text.index("burned")
    t = event_date(doc, Span(at, at + 6))
    assert t is not None and t.date_start == date(2024, 3, 18)


WIRE_OWN_DATE = "KORA, Sep 2, 2021 (Wire) - Rebels shelled the port on 1 September 2021, officials said."
WIRE_UNDER_DATE_LINE = (
    "March 4, 2021 08:12 GMT\n\nKORA, Mar 4 (Wire) - Rebels shelled the port on Wednesday, officials said."
)
WIRE_WEEKDAY = "KORA, Lakeland, Sep 2, 2021 (Wire) - Rebels shelled the port late on Tuesday, officials said."
TITLE_OLDER_YEAR = (
    "Raids in the delta, 2019\n\nThe militia was founded in 2008.\n\n- On 3 May, gunmen raided a depot."
)
TITLE_LATER_YEAR = (
    "Raids in the delta, 2019\n\nIn 2021 the militia split.\n\n- On 3 May, gunmen raided a depot."
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(WIRE_OWN_DATE, "shelled", date(2021, 9, 1), id="the header date is not the event's"),
        pytest.param(WIRE_UNDER_DATE_LINE, "shelled", date(2021, 3, 3), id="an agency dateline is a header"),
        pytest.param(WIRE_WEEKDAY, "shelled", date(2021, 8, 31), id="a weekday counts from the dateline"),
        pytest.param(TITLE_OLDER_YEAR, "raided", date(2019, 5, 3), id="a title year over an older year"),
        pytest.param(TITLE_LATER_YEAR, "raided", date(2021, 5, 3), id="a later year over the title year"),
    ],
)
def test_headers_and_titles(text: str, trigger: str, expected: date) -> None:
    doc = process(text, until="time")
    at = text.index(trigger)
    t = event_date(doc, Span(at, at + len(trigger)))
    assert t is not None and t.date_start == expected


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [("arrested", date(2022, 10, 5)), ("bombing", date(2022, 10, 3))],
)
def test_a_possessive_date_dates_only_its_noun(trigger: str, expected: date) -> None:
    text = (
        "Police said a cousin of the driver was arrested in connection with Monday's bombing at the station."
    )
    doc = process(text, published="2022-10-05", until="time")
    at = text.index(trigger)
    t = event_date(doc, Span(at, at + len(trigger)))
    assert t is not None and t.date_start == expected


def test_a_n_day_siege_widens_its_day() -> None:
    text = "On 9 June 2022 gunmen began a three-day siege of the hotel."
    doc = process(text, until="time")
    at = text.index("siege")
    t = event_date(doc, Span(at, at + 5))
    assert t is not None and (t.date_start, t.date_end, t.precision) == (
        date(2022, 6, 9),
        date(2022, 6, 11),
        "days",
    )


def test_a_background_participle_does_not_date_the_main_clause() -> None:
    text = "The militia, founded in 2002, raided a camp near the border, officials said."
    doc = process(text, published="2024-05-10", until="time")
    at = text.index("raided")
    t = event_date(doc, Span(at, at + 6))
    assert t is not None and t.kind == "publication"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels shelled a depot, the army said on Friday. The shelling on Wednesday night hit a tank.",
            date(2024, 5, 8),
        ),
        ("Rebels shelled a depot, the army said on Friday. Talks are due on Monday.", date(2024, 5, 10)),
    ],
)
def test_a_reporting_date_gives_way_to_the_next_told_date(text: str, expected: date) -> None:
    doc = process(text, published="2024-05-11", until="time")
    at = text.index("shelled")
    t = event_date(doc, Span(at, at + 7))
    assert t is not None and t.date_start == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2024-05-09", date(2024, 5, 6)), (None, date(2024, 5, 6)), ("2024-06-30", date(2024, 6, 30))],
)
def test_a_headline_tells_the_leads_day(published: str | None, expected: date) -> None:
    text = (
        "Gunmen kill four at a market\n\nGunmen attacked a market in the north on 6 May 2024, killing four."
    )
    doc = process(text, published=published, until="time")
    at = text.index("kill")
    t = event_date(doc, Span(at, at + 4))
    assert t is not None and t.date_start == expected
