"""Place parsed expressions on the calendar, left to right, using the discourse so far.

The `Resolver` keeps the expressions already resolved: a date without a year takes the
year of the last told date (or of the publication date in news), "the following day"
counts from the last governing date, and "on Monday" or "yesterday" count from the
reference date: the publication date, or else the last explicit day told before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from kronika.record import DatePrecision
from kronika.time import dates
from kronika.time.grammar import Parsed, alternation
from kronika.time.lexicon import lexicon
from kronika.time.types import FINENESS, Timex

#: what "two days after" is after: "the attack", "Sunday's bombing", "the deadly raid"
_NOUN_AFTER = re.compile(r"\s+(?:the|that|this|[A-Z]\w+['’]s)\s+(?P<w1>[A-Za-z]+)(?:\s+(?P<w2>[A-Za-z]+))?")
_APPOSITION = re.compile(r"[\s,(]*(?:(?i:i\.\s?e\.|e\.\s?g\.|that\s+is),?\s*)?$")
#: a day told this long before publication is history, not the news of the day
_RETROSPECTIVE = timedelta(days=14)
#: a span short enough that "two days later" counts from its edge ("12 and 13 August")
_SHORT = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class Place:
    """Where an expression stands in the discourse."""

    paragraph: int
    sentence: int
    governing: bool
    #: start offset of the aside the expression sits in, -1 in the main clause
    aside: int = -1
    #: start offset of the section (under a heading) the expression sits in
    section: int = 0


@dataclass(frozen=True, slots=True)
class Value:
    start: date
    end: date
    precision: DatePrecision
    kind: str = "absolute"
    anchor: int | None = None
    #: the value dates a happening told in passing ("came a week after bandits killed …")
    aside: bool = False


class Resolver:
    def __init__(
        self,
        text: str,
        published: date | None,
        title_year: int | None = None,
        bounds: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        #: (start, end) of each sentence, by sentence index, to find what "after the attack" names
        self.bounds = bounds or []
        self.published = published
        #: the year a title names ("2016 Harbour attack"), for year-less dates told before any year
        self.title_year = title_year
        self.timexes: list[Timex] = []
        self.places: list[Place] = []
        #: "N days after <something>" not settled by an apposition: index → parsed
        self.relational: dict[int, Parsed] = {}

    # --- the discourse so far ---------------------------------------------------------------

    def _last(self, governing_only: bool, test: object = None, names: bool = False) -> int | None:
        for i in range(len(self.timexes) - 1, -1, -1):
            t = self.timexes[i]
            if (
                (t.kind == "name" and not names)
                or t.kind == "publication"
                or t.precision == "unknown"
                or (governing_only and not t.governing)
            ):
                continue
            if test is None or test(t):  # type: ignore[operator]
                return i
        return None

    def _year_base(self, place: Place) -> tuple[date, int | None, bool] | None:
        """The date a year-less expression takes its year from: (date, anchor index, is publication)."""

        def has_year(t: Timex) -> bool:
            return t.kind != "deictic" and t.precision != "unknown"

        i = self._last(True, has_year)
        if i is None:
            i = self._last(False, has_year)
        if i is not None:
            i = self._past_background(i, place)
            i = self._past_section(i, place)
        if self.published is not None and (
            i is None
            or self.places[i].paragraph != place.paragraph
            # news: a bare or background year ("the group, founded in 2002,") does not
            # move the story's year; a told month or day in the paragraph does
            or not self.timexes[i].governing
            or self.timexes[i].precision == "year"
        ):
            return self.published, None, True
        # a title's year frames the text's year-less dates, unless the text has moved on
        # to a later year ("2019 X attack" … "In 2011 …" … "On 4 June": 2019)
        if self.title_year and (
            i is None
            or (
                self.places[i].paragraph != place.paragraph
                and self.timexes[i].date_start.year <= self.title_year
            )
            or (
                self.timexes[i].precision == "year"
                and self.places[i].sentence != place.sentence
                and self.timexes[i].date_end.year < self.title_year
            )
        ):
            return date(self.title_year, 1, 1), None, False
        if i is None:
            return None
        return self.timexes[i].date_start, i, False

    def _past_background(self, i: int, place: Place) -> int:
        """A bare year told in another sentence and earlier than the narrative's year ("On 12
        March 2019 … In 2018 the group bombed a church. On 15 April …") is background: the
        year-less date takes the year of the last finer date told before it instead."""
        t = self.timexes[i]
        if t.precision != "year" or self.places[i].sentence == place.sentence:
            return i
        finer = self._last(True, lambda u: FINENESS[u.precision] <= FINENESS["month"] and u.kind != "deictic")
        if finer is not None and finer < i and self.timexes[finer].date_start.year > t.date_end.year:
            return finer
        return i

    def _past_section(self, i: int, place: Place) -> int:
        """A new section ("Attack" after "Background") whose year-less dates follow an earlier
        year of another section takes the year of the text's first told date (the lead or the
        infobox: "Date: 21–23 November 2019"), when that is later."""
        if self.places[i].section == place.section:
            return i
        first = next(
            (
                k
                for k, t in enumerate(self.timexes)
                if t.kind == "absolute"
                and FINENESS[t.precision] <= FINENESS["month"]
                and (t.governing or t.start < 600)
            ),
            None,
        )
        if first is not None and self.timexes[first].date_start.year > self.timexes[i].date_end.year:
            return first
        return i

    def _complete(self, month: int, day: int | None, place: Place) -> tuple[int, int | None] | None:
        base = self._year_base(place)
        if base is None:
            return None
        ref, anchor, is_publication = base
        if anchor is not None and self.timexes[anchor].precision == "season":
            ref = self.timexes[anchor].date_end  # "In late 2015 … In February": the next February
        year = ref.year
        if is_publication:
            candidate = dates.safe_date(year, month, day or 1)
            if candidate is not None and candidate > ref + timedelta(days=7):
                year -= 1
        elif ref.month >= 11 and month <= 2:
            year += 1
        return year, anchor

    def _reference(self, place: Place | None = None) -> tuple[date, int | None] | None:
        """The date deictic expressions count from: the publication date, or the last day told.

        In news, a day told in the same paragraph long before publication ("On 3 March 2019 …
        On Sunday …", a retrospective) is the reference instead.
        """
        i = self._last(
            False, lambda t: t.precision in ("day", "days") and t.kind in ("absolute", "completed")
        )
        if self.published is not None:
            if (
                i is not None
                and place is not None
                and self.places[i].paragraph == place.paragraph
                and self.timexes[i].governing
                and self.published - self.timexes[i].date_end > _RETROSPECTIVE
            ):
                return self.timexes[i].date_start, i
            return self.published, None
        if i is None:
            return None
        return self.timexes[i].date_start, i

    # --- resolution ---------------------------------------------------------------------------

    def add(self, parsed: Parsed, place: Place) -> Timex | None:
        value = self._value(parsed, place)
        if value is None or value.end < value.start:
            return None
        governing = place.governing and value.kind != "name" and parsed.mode != "since" and not value.aside
        timex = Timex(
            parsed.start,
            parsed.end,
            self.text[parsed.start : parsed.end],
            value.start,
            value.end,
            value.precision,
            anchored=value.kind not in ("absolute", "name") or value.anchor is not None,
            anchor=value.anchor,
            kind=value.kind,
            governing=governing,
        )
        self.timexes.append(timex)
        self.places.append(place)
        return timex

    def _value(self, p: Parsed, place: Place) -> Value | None:
        handler = {
            "date": self._date,
            "range": self._range,
            "part": self._part,
            "weekday": self._weekday,
            "deictic": self._deictic,
            "shift": self._shift,
            "holiday": self._holiday,
            "name": self._name,
            "dom": self._day_of_month,
            "nth": self._nth_day,
            "part-of": self._part_of,
        }[p.kind]
        return handler(p, place)

    def _date(self, p: Parsed, place: Place) -> Value | None:
        if p.month is None:
            if p.year is None:
                return None
            return Value(date(p.year, 1, 1), date(p.year, 12, 31), "year")
        kind, anchor, year = "absolute", None, p.year
        if p.mode in ("last", "next", "this"):
            return self._relative_month(p)
        if year is None:
            completed = self._complete(p.month, p.day, place)
            if completed is None:
                return None
            year, anchor = completed
            kind = "completed"
        if p.day is None:
            return Value(date(year, p.month, 1), dates.month_end(year, p.month), "month", kind, anchor)
        day = dates.safe_date(year, p.month, p.day)
        if day is None:
            return None
        if kind == "completed" and p.weekday is not None and day.weekday() != p.weekday:
            misprint = self._misprinted(p.weekday, p.month, p.day)
            if misprint is not None:
                return misprint
        if p.weekday2 is not None:
            return Value(day, dates.weekday_after(day, p.weekday2), "days", kind, anchor)
        return Value(day, day, "day", kind, anchor)

    def _misprinted(self, weekday: int, month: int, day_of_month: int) -> Value | None:
        """ "Thursday, July 29" in a report of Thursday 29 June: a year-less date whose weekday
        does not fit it, told in news, where the weekday fits a day of the week before the report
        and the written date lies after it: the weekday is kept, the month taken for a misprint."""
        if self.published is None:
            return None
        written = dates.safe_date(self.published.year, month, day_of_month)
        if written is None or written <= self.published:
            return None
        told = dates.weekday_on_or_before(self.published, weekday)
        return Value(told, told, "day", "deictic", None)

    def _part_of(self, p: Parsed, place: Place) -> Value | None:
        """ "by the end of the month": that part of the month (or year) last told."""
        coarsest = "month" if p.unit == "month" else "year"
        i = self._last(True, lambda t: FINENESS[t.precision] <= FINENESS[coarsest])
        if i is not None:
            base = self.timexes[i].date_start
        elif (ref := self._reference(place)) is not None:  # "at the start of the month", in news
            base, i = ref
        else:
            return None
        if p.unit == "month":
            start, end = dates.month_part(base.year, base.month, lexicon().month_parts[p.part])
            return Value(start, end, "days", "anaphoric", i)
        start, end = dates.year_part(base.year, lexicon().year_parts[p.part])
        return Value(start, end, "season", "anaphoric", i)

    def _nth_day(self, p: Parsed, place: Place) -> Value | None:
        """ "on the first night" of a span of days just told (not of a month or a year)."""
        i = self._last(True)
        if i is None or self.timexes[i].precision != "days":
            return None
        span = self.timexes[i]
        day = span.date_end if p.amount < 0 else span.date_start + timedelta(days=p.amount)
        return Value(day, day, "day", "anaphoric", i) if day <= span.date_end else None

    def _day_of_month(self, p: Parsed, place: Place) -> Value | None:
        """ "on the 15th": that day of the month of the last date told to a month or finer."""
        i = self._last(True, lambda t: FINENESS[t.precision] <= FINENESS["month"])
        if i is None or p.day is None:
            return None
        base = self.timexes[i].date_start
        day = dates.safe_date(base.year, base.month, p.day)
        return Value(day, day, "day", "completed", i) if day else None

    def _relative_month(self, p: Parsed) -> Value | None:
        ref = self._reference()
        if ref is None or p.month is None:
            return None
        base, anchor = ref
        year = base.year
        if p.mode == "last" and p.month >= base.month:
            year -= 1
        elif p.mode == "next" and p.month <= base.month:
            year += 1
        return Value(date(year, p.month, 1), dates.month_end(year, p.month), "month", "deictic", anchor)

    def _range(self, p: Parsed, place: Place) -> Value | None:
        kind, anchor = "absolute", None
        year2 = p.year2
        if p.month2 is None:  # years or a decade
            if p.year is None or year2 is None:
                return None
            return Value(date(p.year, 1, 1), date(year2, 12, 31), "year")
        if year2 is None:
            completed = self._complete(p.month2, p.day2, place)
            if completed is None:
                return None
            year2, anchor = completed
            kind = "completed"
        month1 = p.month if p.month is not None else p.month2
        year1 = p.year if p.year is not None else (year2 - 1 if month1 > p.month2 else year2)
        if p.day is None:
            start, end = date(year1, month1, 1), dates.month_end(year2, p.month2)
            return Value(start, end, "month", kind, anchor)
        start = dates.safe_date(year1, month1, p.day)
        end = (
            dates.month_end(year2, p.month2)
            if p.part == "to-end"  # "… and late June"
            else dates.safe_date(year2, p.month2, p.day2 or p.day)
        )
        if start is None or end is None:
            return None
        precision: DatePrecision = "days" if (end - start).days <= 31 else "month"
        return Value(start, end, precision, kind, anchor)

    def _part(self, p: Parsed, place: Place) -> Value | None:
        kind, anchor, year = "absolute", None, p.year
        if p.month is None:
            if year is None:
                return None
            start, end = dates.year_part(year, lexicon().year_parts[p.part])
            return Value(start, end, "season")
        if year is None:
            completed = self._complete(p.month, None, place)
            if completed is None:
                return None
            year, anchor = completed
            kind = "completed"
        if p.part in ("half1", "half2") and p.month is None:
            return None
        start, end = dates.month_part(year, p.month, p.part)
        return Value(start, end, "days", kind, anchor)

    def _weekday(self, p: Parsed, place: Place) -> Value | None:
        if p.mode in ("before", "after") and p.weekday is not None:
            # "the previous Sunday" / "the following Sunday": from the last day told
            i = self._last(True, lambda t: t.precision in ("day", "days"))
            if i is None:
                return None
            told = self.timexes[i].date_start
            if p.mode == "before":
                day = dates.weekday_on_or_before(told, p.weekday, strictly=True)
            else:
                day = dates.weekday_after(told, p.weekday)
            return Value(day, day, "day", "anaphoric", i)
        ref = self._reference(place)
        if ref is None or p.weekday is None:
            return None
        base, anchor = ref
        if p.mode in ("last-week", "next-week"):  # "Tuesday of last week"
            monday = (
                base - timedelta(days=base.weekday()) + timedelta(days=7 if p.mode == "next-week" else -7)
            )
            day = monday + timedelta(days=p.weekday)
            return Value(day, day, "day", "deictic", anchor)
        if p.mode == "next":
            day = dates.weekday_after(base, p.weekday)
        elif not p.mode and self._future(p.start):  # "a court will rule on Tuesday"
            day = dates.weekday_on_or_before(base, p.weekday) if base.weekday() == p.weekday else None
            day = day or dates.weekday_after(base, p.weekday)
        elif not p.mode and anchor is not None:
            # counted from a day the narrative told ("Friday, 1 March … On Sunday"): the story
            # moves forward, so that day or the next such day ("last Thursday" looks back)
            day = base if base.weekday() == p.weekday else dates.weekday_after(base, p.weekday)
        else:
            day = dates.weekday_on_or_before(base, p.weekday, strictly=p.mode in ("last", "past"))
        if self._conflicts(day, place):
            return None
        if p.weekday2 is not None:
            return Value(day, dates.weekday_after(day, p.weekday2), "days", "deictic", anchor)
        return Value(day, day, "day", "deictic", anchor)

    def _future(self, offset: int) -> bool:
        """Is the clause before `offset` (within its sentence) in the future tense?"""
        lo = max(0, offset - 80)
        stop = max(self.text.rfind(c, lo, offset) for c in ".!?\n")
        return bool(_future().search(self.text, max(lo, stop + 1), offset))

    def _conflicts(self, day: date, place: Place) -> bool:
        """A weekday cannot fall outside a coarser date told earlier in its sentence."""
        recent = zip(reversed(self.timexes[-20:]), reversed(self.places[-20:]), strict=True)
        for t, where in recent:
            if where.sentence != place.sentence:
                break
            coarse = FINENESS["month"] <= FINENESS[t.precision] < FINENESS["unknown"]
            if coarse and t.governing and not t.date_start <= day <= t.date_end:
                return True
        return False

    def _deictic(self, p: Parsed, place: Place) -> Value | None:
        ref = self._reference()
        if ref is None:
            return None
        base, anchor = ref
        key = p.part
        if key == "ago-vague":  # "a few days ago": some days before, no made-up day
            far, near = {"day": (10, 1), "week": (56, 7), "month": (365, 28), "year": (3650, 365)}[p.unit]
            precision: DatePrecision = "days" if p.unit == "day" else "month" if p.unit == "week" else "year"
            return Value(
                base - timedelta(days=far), base - timedelta(days=near), precision, "deictic", anchor
            )
        if key == "ago":
            start, end = dates.shift(base, base, p.unit, p.amount)
            if p.unit == "week":  # "three weeks ago": about then, not to the day
                return Value(start - timedelta(days=3), end + timedelta(days=3), "days", "deictic", anchor)
            precision = {"day": "day", "month": "month", "year": "year"}[p.unit]
            return Value(start, end, precision, "deictic", anchor)
        if key == "the day before yesterday":
            day = base - timedelta(days=2)
            return Value(day, day, "day", "deictic", anchor)
        if key == "past-n":  # "in the past 24 hours": the days up to the reference date
            days = {"hour": (p.amount + 23) // 24, "day": p.amount, "week": 7 * p.amount}.get(p.unit)
            if days is None:
                start = dates.add_months(base, -p.amount)
                return Value(start, base, "month", "deictic", anchor)
            start = base - timedelta(days=max(1, days))
            return Value(start, base, "days" if days <= 31 else "month", "deictic", anchor)
        if key == "overnight":  # the night before the reference date, or after a told day
            first = base - timedelta(days=1) if anchor is None else base
            return Value(first, first + timedelta(days=1), "days", "deictic", anchor)
        if key in ("yesterday", "last night"):
            day = base - timedelta(days=1)
            return Value(day, day, "day", "deictic", anchor)
        if key.endswith("weekend"):
            saturday = dates.weekday_on_or_before(
                base, 5, strictly=key.startswith("last") and base.weekday() >= 5
            )
            if key.startswith("next"):
                saturday = dates.weekday_after(base, 5)
            return Value(saturday, saturday + timedelta(days=1), "days", "deictic", anchor)
        if key.endswith("week"):
            monday = base - timedelta(days=base.weekday())
            if key.startswith("last") or "past" in key:
                return Value(
                    monday - timedelta(days=7), monday - timedelta(days=1), "days", "deictic", anchor
                )
            if key.startswith("next"):
                return Value(
                    monday + timedelta(days=7), monday + timedelta(days=13), "days", "deictic", anchor
                )
            if key.startswith("later"):  # "later this week": from the reference to Sunday
                return Value(base, monday + timedelta(days=6), "days", "deictic", anchor)
            return Value(monday, base, "days", "deictic", anchor)
        if key.endswith("month") and p.mode in ("early", "mid", "late"):  # "late last month"
            month = dates.add_months(base, {"last": -1, "next": 1}.get(key.split()[0], 0))
            start, end = dates.month_part(month.year, month.month, p.mode)
            return Value(start, end, "days", "deictic", anchor)
        if key.endswith("year") and p.mode in ("early", "mid", "late"):  # "early next year"
            year = base.year + {"last": -1, "next": 1}.get(key.split()[0], 0)
            start, end = dates.year_part(year, lexicon().year_parts[p.mode])
            return Value(start, end, "season", "deictic", anchor)
        if key.endswith("month"):
            if key.startswith("last"):
                prev = dates.add_months(base, -1)
                start, end = date(prev.year, prev.month, 1), dates.month_end(prev.year, prev.month)
            elif key.startswith("next"):
                nxt = dates.add_months(base, 1)
                start, end = date(nxt.year, nxt.month, 1), dates.month_end(nxt.year, nxt.month)
            else:
                start, end = date(base.year, base.month, 1), dates.month_end(base.year, base.month)
            return Value(start, end, "month", "deictic", anchor)
        if key.endswith("year"):
            year = base.year + (-1 if key.startswith("last") else 1 if key.startswith("next") else 0)
            return Value(date(year, 1, 1), date(year, 12, 31), "year", "deictic", anchor)
        if anchor is None and self._quoted(p.start):
            story = self._story_day()
            if story is not None:  # "'We've banned all rallies in Dhaka today,' the police chief said"
                return Value(
                    self.timexes[story].date_start, self.timexes[story].date_start, "day", "deictic", story
                )
        return Value(base, base, "day", "deictic", anchor)  # today, tonight, this morning…

    def _quoted(self, offset: int) -> bool:
        """The offset sits inside a direct quotation of its paragraph."""
        line = self.text[self.text.rfind("\n", 0, offset) + 1 : offset]
        return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")

    def _story_day(self) -> int | None:
        """The day a wire story's news happened: the first weekday it tells ("Bangladesh on Friday
        announced …"), when that lies a day or two before the page's date (a story of Friday on a
        page of Saturday). A quotation's "today" is that day, when its speaker spoke."""
        if self.published is None:
            return None
        weekday = re.compile(rf"(?i:(?:on\s+)?(?:{alternation(list(lexicon().weekdays))}))\b")
        for i, t in enumerate(self.timexes):
            if t.kind != "deictic" or t.precision != "day":
                continue
            if not weekday.match(t.text):
                return None  # "today", "yesterday": the story tells its day from the page's own
            return i if timedelta(days=1) <= self.published - t.date_start <= timedelta(days=2) else None
        return None

    def _shift(self, p: Parsed, place: Place) -> Value | None:
        i = self._last(True)
        if (
            i is not None
            and p.unit in ("day", "week")
            and p.amount
            and self.timexes[i].precision not in ("day", "days")
        ):
            # "the next day" counts from the last day told, past a background "In December 2017"
            day = self._last(True, lambda t: t.precision in ("day", "days"))
            i = i if day is None else day
        elif i is not None and p.unit == "month" and FINENESS[self.timexes[i].precision] > FINENESS["month"]:
            # "that month" counts from the last month told, past a "the same year"
            month = self._last(True, lambda t: FINENESS[t.precision] <= FINENESS["month"])
            i = i if month is None else month
        if p.unit == "year":
            # "later that year" after "the 2018 church bombings": the name's year counts
            named = self._last(False, lambda t: t.kind == "name" or t.governing, names=True)
            i = named if named is not None else i
        # "The raid came a week after bandits killed …": reversed, unless what it came after
        # is a happening told with its own date ("came two days after the ambush")
        sequel = (
            p.mode == "relational" and self._sequel(p, place) and self._happening(p, told_only=True) is None
        )
        if (
            p.mode == "relational"
            and not sequel
            and (i is None or not _APPOSITION.match(self.text, self.timexes[i].end, p.start))
        ):
            told = self._happening(p)
            i = told if told is not None else i
        if place.aside >= 0:  # inside an aside, count from a date of that same aside
            j = len(self.places) - 1
            if j >= 0 and self.places[j].sentence == place.sentence and self.places[j].aside == place.aside:
                i = j
        if i is None:
            i = self._last(False)
        if i is None:
            if p.mode != "relational":
                return None
            # "A week after a truce was agreed on 28 April, …": the date may follow
            self.relational[len(self.timexes)] = p
            return Value(date.min, date.min, "unknown", "anaphoric")
        anchor = self.timexes[i]
        amount = p.amount
        if p.rule == "vague-shift":  # "days later": some days after, no made-up day
            return (
                replace(_vague(anchor, i, replace(p, amount=-amount)), aside=True)
                if sequel
                else _vague(anchor, i, p)
            )
        if sequel:  # "The raid came a week after bandits killed …": the killing a week before
            return replace(_shifted(anchor, i, p, -amount), aside=True)
        if p.mode == "relational":
            if _APPOSITION.match(self.text, anchor.end, p.start):
                # "On 17 October, the day after the deaths of …": the deaths on the 16th;
                # "On 5 April (i.e., 12 days after the town fell)": the fall 12 days before
                amount = -amount
            else:  # "a week after a truce was agreed on 28 February": settled in `finish`
                self.relational[len(self.timexes)] = p
        return _shifted(anchor, i, p, amount)

    def _sequel(self, p: Parsed, place: Place) -> bool:
        """Is "N days after X" the complement of "came/happened", in its sentence's main clause?"""
        if not self.bounds or place.aside >= 0:
            return False
        lo = max(self.bounds[place.sentence][0], p.start - 80)
        return bool(sequel_verb().search(self.text, lo, p.start))

    def _happening(self, p: Parsed, told_only: bool = False) -> int | None:
        """ "two days after the attack": the date of the sentence that told the attack, else
        the first day the text tells (the main event), not the last date mentioned."""
        m = _NOUN_AFTER.match(self.text, p.end)
        lex = lexicon()
        words = [w.lower() for w in m.groups() if w] if m else []
        noun = next((w for w in words if w in lex.happening_nouns), None)
        if noun is None or not self.bounds:
            return None
        stem = next(
            (noun[: -len(x)] for x in lex.noun_suffixes if noun.endswith(x) and len(noun) - len(x) >= 4), noun
        )
        pattern = re.compile(rf"(?i)\b{re.escape(stem[:5])}")
        first: int | None = None
        for k in range(len(self.timexes) - 1, -1, -1):
            t, where = self.timexes[k], self.places[k]
            if not t.governing or t.precision not in ("day", "days") or t.kind == "name":
                continue
            first = k
            lo, hi = self.bounds[where.sentence]
            hi = min(hi, p.start) if lo <= p.start < hi else hi
            # the clause of that date: not past a ";" ("On 1 May gunmen attacked …; two weeks later …")
            lo = max(lo, self.text.rfind(";", lo, t.start) + 1)
            semicolon = self.text.find(";", t.end, hi)
            if pattern.search(self.text, lo, hi if semicolon < 0 else semicolon):
                return k
        return None if told_only else first

    def finish(self) -> list[Timex]:
        """Settle "N days after X" where X's own date follows in the same sentence."""
        for i, p in self.relational.items():
            t, where = self.timexes[i], self.places[i]
            for k in range(i + 1, len(self.timexes)):
                later = self.timexes[k]
                if self.places[k].sentence != where.sentence or later.start - t.end > 120:
                    break
                if ";" in self.text[t.end : later.start] or later.kind in ("name", "deictic"):
                    continue
                value = _shifted(later, k, p, p.amount)
                self.timexes[i] = replace(
                    t, date_start=value.start, date_end=value.end, precision=value.precision, anchor=k
                )
                break
        unsettled = {i for i, t in enumerate(self.timexes) if t.precision == "unknown"}
        if not unsettled:
            return self.timexes
        kept = [i for i in range(len(self.timexes)) if i not in unsettled]
        new_index = {old: new for new, old in enumerate(kept)}
        return [
            replace(self.timexes[i], anchor=new_index.get(self.timexes[i].anchor))  # type: ignore[arg-type]
            if self.timexes[i].anchor is not None
            else self.timexes[i]
            for i in kept
        ]

    def _holiday(self, p: Parsed, place: Place) -> Value | None:
        def on(year: int) -> date | None:
            if p.mode == "easter":
                return dates.easter(year) + timedelta(days=p.amount)
            return dates.safe_date(year, p.month or 0, p.day or 0)

        if p.year is not None:
            day = on(p.year)
            return Value(day, day, "day") if day else None
        ref = self._reference()
        if ref is None:
            return None
        base, anchor = ref
        day = on(base.year)
        if day is not None and day > base + timedelta(days=1):
            day = on(base.year - 1)
        return Value(day, day, "day", "deictic", anchor) if day else None

    def _name(self, p: Parsed, place: Place) -> Value | None:
        if p.year is None:
            return None
        return Value(date(p.year, 1, 1), date(p.year, 12, 31), "year", "name")


@cache
def _future() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?:{alternation(lexicon().future_markers)})(?![\w'’])")


def _shifted(anchor: Timex, index: int, p: Parsed, amount: int) -> Value:
    """`anchor` moved by `amount` units of `p.unit`."""
    if p.unit == "week" and p.amount in (1, -1) and p.rule == "shift" and amount == p.amount:
        start = anchor.date_end + timedelta(days=1) if amount > 0 else anchor.date_start - timedelta(days=7)
        return Value(start, start + timedelta(days=6), "days", "anaphoric", index)
    if (
        p.unit == "day"
        and amount
        and anchor.precision == "days"
        and anchor.date_end - anchor.date_start <= _SHORT
    ):
        # "two days later" after "12 and 13 August": from the span's edge, to a day
        edge = anchor.date_end if amount > 0 else anchor.date_start
        day = edge + timedelta(days=amount)
        return Value(day, day, "day", "anaphoric", index)
    start, end = dates.shift(anchor.date_start, anchor.date_end, p.unit, amount)
    precision: DatePrecision = {"day": anchor.precision, "week": anchor.precision}.get(
        p.unit, "month" if p.unit == "month" else "year"
    )
    if p.unit in ("day", "week") and FINENESS[anchor.precision] >= FINENESS["month"]:
        precision = anchor.precision
        start, end = anchor.date_start, anchor.date_end
    return Value(start, end, precision, "anaphoric", index)


@cache
def sequel_verb() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"(?<![\w'’])(?i:{alternation(lex.sequel_verbs)})\s+(?:(?i:{alternation(lex.sequel_hedges)})\s+)?$"
    )


def _vague(anchor: Timex, index: int, p: Parsed) -> Value:
    """ "days later" / "weeks earlier": no made-up day; the month it most likely falls in
    (about five days or three weeks from the anchor), at month precision."""
    reach = {"day": 5, "week": 21}.get(p.unit, 0)
    if not reach or FINENESS[anchor.precision] >= FINENESS["month"]:
        return Value(anchor.date_start, anchor.date_end, anchor.precision, "anaphoric", index)
    if p.amount > 0:
        middle = anchor.date_end + timedelta(days=reach)
    else:
        middle = anchor.date_start - timedelta(days=reach)
    start, end = date(middle.year, middle.month, 1), dates.month_end(middle.year, middle.month)
    return Value(start, end, "month", "anaphoric", index)


def with_publication(published: date) -> Timex:
    """The publication date as a Timex that stands at no place in the text."""
    return replace(
        Timex(0, 0, "", published, published, "day"), anchored=True, kind="publication", governing=False
    )
