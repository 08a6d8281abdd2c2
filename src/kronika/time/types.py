"""The time layer: temporal expressions normalised to intervals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kronika.record import DatePrecision

#: precisions from the finest to the coarsest
FINENESS: dict[str, int] = {"day": 0, "days": 1, "month": 2, "season": 3, "year": 4, "unknown": 5}

#: how a Timex got its value
TimexKind = str  # "absolute", "completed", "deictic", "anaphoric", "name", "publication"


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression of the cleaned text and the interval it denotes.

    `start`/`end` are offsets into `Document.text`; `text == doc.text[start:end]`.
    """

    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: DatePrecision
    #: True when the value was computed from another date ("the following day", "on 28 April")
    anchored: bool = False
    #: index into `Document.timexes` of the expression this one was anchored to, if any
    anchor: int | None = None
    #: "absolute" (all calendar fields written), "completed" (year taken from the discourse),
    #: "deictic" (relative to the reference date: "yesterday", "on Monday"), "anaphoric"
    #: (relative to the last told date: "the following day"), "name" (a year inside a name:
    #: "the 2018 X collapse"), "publication" (the document's date, not written at the event)
    kind: TimexKind = "absolute"
    #: False for a date inside an aside, a name or a "since …" bound: it does not date the
    #: sentence's main event and is not a discourse anchor
    governing: bool = True

    def contains(self, other: Timex) -> bool:
        return self.date_start <= other.date_start and other.date_end <= self.date_end
