"""The time layer: temporal expressions normalised to intervals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kronika.record import DatePrecision


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
