"""The publication date from a document's header, and the caller's date winning over it."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.api import process
from kronika.document import Document
from kronika.pipeline import Pipeline

BODY = "\nGunmen attacked a checkpoint on Sunday, killing two guards.\n"

# header, expected publication date (None: no dateline)
HEADERS = [
    ("KANDAL, March 19. /WIRE/ Police reported two arrests in 2019.", "2019-03-19"),
    ("Published 23 June 2024\nBy a staff reporter", "2024-06-23"),
    ("Updated 12:30 GMT, 4 March 2024", "2024-03-04"),
    ("2018-08-21 09:14", "2018-08-21"),
    ("The Wire Desk | Posted: May 24, 2017 9:41 AM | Last Updated: May 25, 2017", "2017-05-24"),
    ("Source :Wire   Date :26-Nov-2017", "2017-11-26"),
    ("Tuesday, 17 January 2017", "2017-01-17"),
    (" date 2019-04-22 Officials said a curfew was imposed.", "2019-04-22"),
    ("First published on Mon 5 Mar 2018 10.02 GMT", "2018-03-05"),
    ("Last modified: 8 October 2020", "2020-10-08"),
    ("March 3, 2021 at 10:15 a.m. EST", "2021-03-03"),
    ("KORA, Aug 26 (Wire) - Officials spoke to reporters in 2021.", "2021-08-26"),
    ("= Siege of the port =\nInfobox\n- Date: 3 January 2024\n- Location: the port", None),
    ("KORA, Lakeland, Sep 2, 2021 (Wire) - Rebels shelled the port.", "2021-09-02"),
    ("KORA, Lakeland, Sep 2 (Wire) - Rebels shelled the port. In May 2020 they had taken it.", "2020-09-02"),
    ("The form dated 18/02/2018 was signed by the mayor.", None),
    ("Harbour attack\nLocation: Port Ellis\nDate: 3 January 2024\nTarget: a ceremony", None),
    ("Wire story\nDate: 3 January 2024", "2024-01-03"),
    ("A long report on the events of 3 January 2024 in the port city, with no header at all.", None),
]


@pytest.mark.parametrize(("header", "expected"), HEADERS)
def test_dateline(header: str, expected: str | None) -> None:
    doc = process(header + BODY, until="time")
    if expected is None:
        assert doc.published is None and doc.published_source == ""
    else:
        assert doc.published == date.fromisoformat(expected)
        assert doc.published_source == "dateline"


def test_the_callers_date_wins_over_the_dateline() -> None:
    doc = process("Published 23 June 2024" + BODY, published="2024-06-25", until="time")
    assert doc.published == date(2024, 6, 25) and doc.published_source == "argument"
    sunday = next(t for t in doc.timexes if t.text == "Sunday")
    assert sunday.date_start == date(2024, 6, 23)


def test_metadata_date_wins_over_the_dateline() -> None:
    doc = Document("x", "Published 23 June 2024" + BODY)
    doc.published, doc.published_source = date(2024, 7, 1), "metadata"
    Pipeline.default(until="time")(doc)
    assert doc.published == date(2024, 7, 1) and doc.published_source == "metadata"


def test_dateline_anchors_weekdays() -> None:
    doc = process("Posted: May 24, 2017" + BODY, until="time")
    sunday = next(t for t in doc.timexes if t.text == "Sunday")
    assert sunday.date_start == date(2017, 5, 21)
