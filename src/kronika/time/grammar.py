"""The temporal grammar: compiled regular expressions built from the data vocabularies.

Each rule turns a match into a `Parsed` expression (calendar fields, or a relative shift).
Nothing here knows about the discourse: `resolve.py` turns a `Parsed` into dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from kronika.time.lexicon import lexicon

YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
ORD = r"(?:st|nd|rd|th)?"
#: "… after" followed by what it is after ("the day after the raid"), not by punctuation
RELATIONAL = re.compile(r"\s+[\w'’]")


@dataclass(frozen=True, slots=True)
class Parsed:
    """One temporal expression as written, before it is placed on the calendar.

    `kind` says how to resolve it: "date" (calendar fields, maybe without a year),
    "range" (two calendar points), "part" (a part of a month or a year), "weekday",
    "deictic" (relative to the reference date), "shift" (relative to the last told date),
    "holiday", "name" (a year inside a name).
    """

    start: int
    end: int
    rule: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    part: str = ""
    weekday: int | None = None
    weekday2: int | None = None
    mode: str = ""
    unit: str = ""
    amount: int = 0


def alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str], escape: bool = True) -> str:
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if escape else w for w in items)


@dataclass(frozen=True, slots=True)
class Vocab:
    month: dict[str, int]
    weekday: dict[str, int]
    numbers: dict[str, int]


@cache
def vocab() -> Vocab:
    lex = lexicon()
    month: dict[str, int] = {}
    for name, number in lex.months.items():
        for form in (name, name.upper(), name.lower() if len(name) > 3 and name != "May" else name):
            month[form] = number
    weekday: dict[str, int] = {}
    for name, number in lex.weekdays.items():
        for form in (name, name.upper()):
            weekday[form] = number
    numbers = {k.lower(): v for k, v in lex.numbers.items()}
    return Vocab(month, weekday, numbers)


def month_number(word: str) -> int:
    return vocab().month[word.rstrip(".")]


def weekday_number(word: str) -> int:
    return vocab().weekday[word.rstrip(".")]


def count_value(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return vocab().numbers.get(word)


def month_pattern(group: str) -> str:
    """Month names as written in English text: capitalised or upper case (never "may", "march")."""
    lex = lexicon()
    forms: list[str] = []
    for name in lex.months:
        forms += [name, name.upper()]
        if len(name) <= 4 and name not in ("May", "June", "July"):
            forms += [f"{name}.", f"{name.upper()}."]
    return rf"(?P<{group}>{alternation(forms)})(?![A-Za-z])"


def _weekday(group: str, abbreviations: bool = False) -> str:
    lex = lexicon()
    full = [f for n in lex.weekdays if len(n) > 5 for f in (n, n.upper())]
    abbr = [f for n in lex.weekdays if len(n) <= 5 and abbreviations for f in (n, n.upper())]
    pattern = rf"(?:{alternation(full)})(?![A-Za-z])"
    if abbr:
        pattern += rf"|(?:{alternation(abbr)})(?:\.|(?![A-Za-z]))"
    return rf"(?P<{group}>{pattern})"


def _ci(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    return rf"(?i:{alternation(words)})"


class Hit:
    """A core match and, when the rule looks back, the words before it ("early", "the night of")."""

    __slots__ = ("core", "pre")

    def __init__(self, core: re.Match[str], pre: re.Match[str] | None) -> None:
        self.core, self.pre = core, pre

    def group(self, name: str) -> str | None:
        if name in self.core.re.groupindex:
            return self.core.group(name)
        if self.pre is not None and name in self.pre.re.groupindex:
            return self.pre.group(name)
        return None

    @property
    def span(self) -> tuple[int, int]:
        if self.pre is not None and self.pre.end() > self.pre.start():
            return self.pre.start(), self.core.end()
        return self.core.span()

    @property
    def text(self) -> str:
        return self.core.string


Build = Callable[[Hit], "Parsed | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A core pattern that starts with a required token (a digit, a month, a weekday, a fixed
    word: the regex engine then skips fast to candidate positions) and an optional look-back
    pattern (ending in ``$``) for the words a match may start with."""

    name: str
    pattern: re.Pattern[str]
    build: Build
    prefix: re.Pattern[str] | None = None
    prefix_required: bool = False
    #: the rule needs a month name: search only the stretches around month names
    near_month: bool = False


LOOK_BACK = 48
#: how far before and after a month name a day-first expression may reach
MONTH_REACH = (40, 60)


def _day(h: Hit, group: str = "d") -> int:
    return int(re.sub(r"\D", "", h.group(group) or "0"))


def _year(h: Hit, group: str = "y") -> int | None:
    value = h.group(group)
    return int(value) if value else None


def _weekday_of(h: Hit, group: str) -> int | None:
    value = h.group(group)
    return weekday_number(value) if value else None


# --- rule builders -------------------------------------------------------------------------


def _iso(h: Hit) -> Parsed | None:
    return Parsed(*h.span, "iso", "date", _year(h), int(h.group("m") or 0), _day(h))


def _numeric(h: Hit) -> Parsed | None:
    a, b = int(h.group("a") or 0), int(h.group("b") or h.group("b2") or 0)
    year = _year(h)
    if year is None:
        yy = int(h.group("yy") or 0)
        year = yy + (2000 if yy < 70 else 1900)
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    # day first unless the document shows month-first dates (see `scan`)
    mode = "mdy" if b > 12 else ("ambiguous" if a != b and b <= 12 and a <= 12 else "")
    return Parsed(*h.span, "numeric", "date", year, month, day, mode=mode)


def _numeric_head(h: Hit) -> Parsed | None:
    """A year-less "04/11" heading a bulletin entry: the year comes from the document's period."""
    a, b = int(h.group("a") or 0), int(h.group("b") or 0)
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    mode = "mdy" if b > 12 else ("ambiguous" if a != b and b <= 12 and a <= 12 else "")
    span = h.core.span() if h.group("line") is not None else h.span  # not the list bullet
    return Parsed(*span, "numeric-head", "date", None, month, day, mode=mode)


def _dmony(h: Hit) -> Parsed | None:
    year = int(h.group("y") or 0)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return Parsed(*h.span, "d-mon-y", "date", year, month_number(h.group("m") or ""), _day(h))


_THE_BEFORE = re.compile(r"(?<![\w-])(?i:the)\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _names_a_happening(h: Hit) -> bool:
    """ "the September 11 attacks", "the 2 May ceasefire": a date used as a name."""
    start, end = h.span
    if not (
        _THE_BEFORE.search(h.text, max(0, start - 8), start) or h.text[start : start + 4].lower() == "the "
    ):
        return False
    m = _NEXT_WORD.match(h.text, end)
    return bool(m) and m.group(1) in lexicon().name_nouns


def _calendar(name: str) -> Build:
    """Day and month, with or without a year; "… through Monday morning" closes a span."""

    def build(h: Hit) -> Parsed | None:
        if not h.group("y") and _names_a_happening(h):
            return None  # "the September 11 attacks": a name, and no year to place it
        return Parsed(
            *h.span,
            name,
            "date",
            _year(h),
            month_number(h.group("m") or ""),
            _day(h),
            # "Thursday, July 29": the weekday written before the date, to check a year-less date by
            weekday=_weekday_of(h, "w") if h.group("w") else _weekday_of(h, "wp"),
            weekday2=_weekday_of(h, "w2"),
        )

    return build


def _drange(name: str) -> Build:
    def build(h: Hit) -> Parsed | None:
        month = month_number(h.group("m") or "")
        month1 = month_number(h.group("m1") or "") if h.group("m1") else month
        d1, d2 = _day(h, "d1"), _day(h, "d2")
        if month1 == month and d2 <= d1:
            return None
        return Parsed(*h.span, name, "range", _year(h, "y1"), month1, d1, _year(h), month, d2)

    return build


def _mrange(h: Hit) -> Parsed | None:
    return Parsed(
        *h.span,
        "month-range",
        "range",
        _year(h, "y1"),
        month_number(h.group("m1") or ""),
        None,
        _year(h),
        month_number(h.group("m") or ""),
        None,
    )


#: first and last day of the parts of a month (0: the month's last day)
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 0)}


def _part_range(h: Hit) -> Parsed | None:
    """ "between late May and early June 2023": from the first part to the second."""
    first = _PART_DAYS[(h.group("part1") or "").lower()][0]
    last = _PART_DAYS[(h.group("part") or "").lower()][1]
    month1, month = month_number(h.group("m1") or ""), month_number(h.group("m") or "")
    if month1 == month:
        return None
    return Parsed(
        *h.span,
        "part-range",
        "range",
        _year(h, "y1"),
        month1,
        first,
        _year(h),
        month,
        last,
        part="to-end" if not last else "",
    )


def _yrange(h: Hit) -> Parsed | None:
    y1 = int(h.group("y1") or 0)
    y2 = int(h.group("y2")) if h.group("y2") else (y1 // 100) * 100 + int(h.group("yy") or 0)
    if y2 <= y1 or y2 - y1 > 60:
        return None
    return Parsed(*h.span, "year-range", "range", y1, None, None, y2, None, None)


#: after a month or year opening a line: a timeline row or a heading
_LIST_LEAD = re.compile(r"\s*[–—:-]\s")
#: the rest of a short heading line: a few words, no sentence punctuation ("2019 offensive")
_HEADING_WORDS = re.compile(r"[ \t]+[A-Za-z][\w'’ -]{0,40}[ \t=#]*\n")
_HEADING_END = re.compile(r"[ \t=#*]*(?:\n|$)|\s*[–—:-]\s")


def _month_core(h: Hit) -> Parsed | None:
    """ "March 2021", "early March 2021", "in March", "last March"."""
    month = month_number(h.group("m") or "")
    part = h.group("part")
    if part:
        key = lexicon().month_parts.get(" ".join(part.lower().split()))
        if key is None:
            return None
        return Parsed(*h.span, "part-month", "part", _year(h), month, part=key)
    if h.group("y"):
        return Parsed(*h.core.span(), "month-year", "date", _year(h), month)
    prep = (h.group("prep") or "").lower()
    if h.group("line") is not None and _LIST_LEAD.match(h.text, h.core.end()):
        return Parsed(*h.core.span(), "month", "date", None, month)  # a timeline row: "March – …"
    if not prep:
        return None
    if prep in ("last", "next", "this"):
        return Parsed(*h.span, "month", "date", None, month, mode=prep)
    return Parsed(*h.core.span(), "month", "date", None, month)


def _year_core(h: Hit) -> Parsed | None:
    """ "in 2015", "since 2015", "mid-2015", "the summer of 2016", "the 2018 X collapse"."""
    year = _year(h)
    part = h.group("part")
    if part:
        key = " ".join(part.lower().split())
        key = re.sub(r"^the\s+(?=spring|summer|autumn|fall|winter)", "", key)
        if key not in lexicon().year_parts:
            return None
        return Parsed(*h.span, "part-year", "part", year, part=key)
    prep = h.group("prep")
    if prep:
        mode = "since" if prep.lower() == "since" else ""
        return Parsed(*h.core.span(), "year", "date", year, mode=mode)
    if h.group("line") is not None and (
        _HEADING_END.match(h.text, h.core.end()) or _HEADING_WORDS.match(h.text, h.core.end())
    ):
        # a heading or row: "=== 2015 ===", "2015: …", "2019 offensive" (a heading frames its section)
        return Parsed(*h.core.span(), "year", "date", year)
    if (h.group("det") or h.group("paren")) and h.group("word") is not None:
        return Parsed(h.core.start("y"), h.core.end("y"), "name-year", "name", year)
    return None


def _decade(h: Hit) -> Parsed | None:
    y = _year(h) or 0
    return Parsed(*h.core.span(), "decade", "range", y, None, None, y + 9, None, None)


def _holiday(h: Hit) -> Parsed | None:
    key = " ".join((h.group("h") or "").split()).lower()
    for name, offset in lexicon().easter_holidays.items():
        if name.lower() == key:
            return Parsed(*h.span, "holiday", "holiday", _year(h), mode="easter", amount=offset)
    for name, (month, day) in lexicon().holidays.items():
        if name.lower() == key:
            return Parsed(*h.span, "holiday", "holiday", _year(h), month, day)
    return None


def _deictic(h: Hit) -> Parsed | None:
    start, end = h.span
    key = " ".join(h.text[start:end].lower().split())
    return Parsed(start, end, "deictic", "deictic", part=key)


def _deictic_unit(h: Hit) -> Parsed | None:
    """ "this morning", "last night", "next week", "earlier this month"."""
    rel = " ".join((h.group("rel") or "").lower().split())
    unit = h.core.group(0).lower()
    if unit in ("morning", "afternoon", "evening") and rel != "this":
        return None
    if unit == "night" and rel not in ("last",):
        return None
    if rel in ("over the", "at the") and unit != "weekend":
        return None
    upart = (h.group("upart") or "").lower()
    if upart and (unit not in ("month", "year") or rel not in ("last", "next", "this")):
        return None  # "late last month", "early next year"; not "late last night"
    if rel == "at the":
        rel = "over the"
    return Parsed(*h.span, "deictic", "deictic", part=f"{rel} {unit}", mode=upart)


def _ago(h: Hit) -> Parsed | None:
    n = count_value(h.group("n") or "")
    if n is None:
        return None
    unit = (h.group("u") or "day").lower().rstrip("s")
    if unit == "fortnight":
        unit, n = "day", 14 * n
    if unit == "week" and h.core.group(0).lower().endswith("today"):  # "a week ago today": that day
        unit, n = "day", 7 * n
    if " ".join((h.group("n") or "").lower().split()) in lexicon().vague_counts:
        return Parsed(*h.span, "ago", "deictic", part="ago-vague", unit=unit, amount=-1)
    return Parsed(*h.span, "ago", "deictic", part="ago", unit=unit, amount=-n)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _weekday_rule(h: Hit) -> Parsed | None:
    before = _WORD_BEFORE.search(h.text, max(0, h.core.start() - 12), h.core.start())
    if before and before.group(1).lower() in lexicon().weekday_name_prefixes:
        return None  # "Bloody Sunday", "Black Friday": names
    mode = " ".join((h.group("mode") or "").lower().split())
    start = h.core.start()
    if h.group("between") and h.pre is not None:
        start = h.pre.start("between")
    elif h.group("lead") and h.pre is not None:
        start = h.pre.start("lead")
    elif mode and mode != "on" and h.pre is not None:
        start = h.pre.start("mode")
    # "the previous Sunday", "the following Sunday": counted from the day just told
    relative = {
        "the previous": "before",
        "the preceding": "before",
        "the following": "after",
        "the next": "after",
    }
    return Parsed(
        start,
        h.core.end(),
        "weekday",
        "weekday",
        weekday=_weekday_of(h, "w"),
        weekday2=_weekday_of(h, "w2"),
        mode=(
            week.split()[-2] + "-week"  # "Tuesday of last week"
            if (week := (h.group("week") or "").lower())
            else relative.get(mode, mode if mode in ("last", "next", "this", "past") else "")
        ),
    )


def _unit(h: Hit) -> str:
    unit = (h.group("u") or "day").lower().rstrip("s")
    if unit == "fortnight":
        return "fortnight"
    return "day" if unit in ("morning", "afternoon", "evening", "night") else unit


def _shift_rel(h: Hit) -> Parsed | None:
    """ "the following day", "the previous year"."""
    rel = (h.group("rel") or "").lower()
    amount = -1 if rel in ("previous", "preceding", "prior") else 1
    return Parsed(*h.span, "shift", "shift", unit=_unit(h), amount=amount)


def _shift_count(h: Hit) -> Parsed | None:
    """ "five days prior", "4 months later", "12 days after …"."""
    n = count_value(h.group("n") or "")
    if n is None:
        return None
    direction = (h.group("dir") or "").lower()
    amount = -n if direction in ("earlier", "before", "prior", "previously") else n
    mode = "relational" if direction in ("after", "before") and RELATIONAL.match(h.text, h.core.end()) else ""
    unit = _unit(h)
    if unit == "fortnight":
        unit, amount = "day", 14 * amount
    vague = " ".join((h.group("n") or "").lower().split()) in lexicon().vague_counts
    if vague and unit in ("day", "week"):  # "a few days later": no made-up day
        return Parsed(*h.span, "vague-shift", "shift", unit=unit, amount=1 if amount > 0 else -1, mode=mode)
    return Parsed(*h.span, "shift-count", "shift", unit=unit, amount=amount, mode=mode)


def _day_after(h: Hit) -> Parsed | None:
    """ "the day after" (the deaths …), "the day before"."""
    amount = 1 if (h.group("dir") or "").lower() == "after" else -1
    mode = "relational" if RELATIONAL.match(h.text, h.core.end()) else ""
    return Parsed(*h.span, "day-after", "shift", unit="day", amount=amount, mode=mode)


def _part_of_that(h: Hit) -> Parsed | None:
    """ "by the end of the month", "in the first half of that year": a part of the month or
    year the discourse is in."""
    key = " ".join((h.group("part") or "").lower().split())
    unit = (h.group("u") or "").lower()
    table = lexicon().month_parts if unit == "month" else lexicon().year_parts
    if key not in table:
        return None
    return Parsed(*h.span, "part-of-that", "part-of", part=key, unit=unit)


def _past_n(h: Hit) -> Parsed | None:
    """ "in the past 24 hours", "over the last two weeks": up to the reference date."""
    n = count_value(h.group("n") or "")
    if not n:
        return None
    unit = (h.group("u") or "").lower().rstrip("s")
    return Parsed(*h.span, "past-n", "deictic", part="past-n", unit=unit, amount=n)


_ORDINAL_DAYS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}


def _nth_day(h: Hit) -> Parsed | None:
    """ "on the first night" (of "14–15 August"): a day of the span just told."""
    return Parsed(*h.span, "nth-day", "nth", amount=_ORDINAL_DAYS[(h.group("ord") or "").lower()])


def _day_of_month(h: Hit) -> Parsed | None:
    """ "on the 15th": a day of the month the discourse is in."""
    if not 1 <= _day(h) <= 31:
        return None
    return Parsed(*h.span, "day-of-month", "dom", day=_day(h))


def _vague_shift(h: Hit) -> Parsed | None:
    """ "days later", "weeks after the raid": a shift of no told length."""
    start = h.core.start()
    if start and (h.text[start - 1].isalnum() or h.text[start - 1] == "-"):
        return None  # "holidays later"
    direction = (h.group("dir") or "").lower()
    amount = -1 if direction in ("earlier", "before") else 1
    mode = "relational" if direction in ("after", "before") and RELATIONAL.match(h.text, h.core.end()) else ""
    return Parsed(*h.span, "vague-shift", "shift", unit=_unit(h), amount=amount, mode=mode)


def _same(h: Hit) -> Parsed | None:
    """ "the same day", "that day", "later that year"."""
    return Parsed(*h.span, "same", "shift", unit=_unit(h), amount=0)


@cache
def rules() -> tuple[Rule, ...]:
    lex = lexicon()
    M, M1 = month_pattern("m"), month_pattern("m1")
    W, WA, W2 = _weekday("w"), _weekday("wp", abbreviations=True), _weekday("w2")
    Y, Y1 = rf"(?P<y>{YEAR})(?![0-9])", rf"(?P<y1>{YEAR})(?![0-9])"
    D, D1, D2 = (rf"(?P<{g}>{DAY}){ORD}(?![0-9])" for g in ("d", "d1", "d2"))
    dayparts = _ci(lex.day_parts)
    through = rf"(?:\s*,?\s*(?i:through|to|until|till|into)\s+(?:(?i:late|early)\s+)?{W2}(?:\s+{dayparts})?)?"
    sep = r"\s*(?:[-–—]|(?i:to|until|till|through|and|or)\b)\s*"
    counted = alternation(lex.counted_nouns)
    no_count = rf"(?!\s+(?:{counted})\b)"
    no_noun = rf"(?!\s+(?:{alternation([w for w in lex.counted_nouns if not w.endswith('ed')])})\b)"
    #: "between 1950 and 2000 people" counts people
    no_count_range = rf"(?!\s+(?i:and|or|to)\s+[0-9][0-9,]*\s+(?:{counted})\b)"
    numbers = alternation(list(vocab().numbers))
    n = rf"(?P<n>(?i:{numbers})|[0-9]{{1,3}})"
    # look-backs (each ends at the core's start)
    weekday_before = rf"(?:(?:(?i:late|early)\s+)?{WA}(?:\s+{dayparts})?,?\s+)?(?:(?i:the)\s+)?$"
    range_before = r"(?<![\w-])(?i:between|from|the\s+nights?\s+of|the\s+night\s+of)\s+$"
    part_m = _ci([*lex.month_parts, "mid"])
    month_before = (
        rf"(?:(?<![\w-])(?P<part>{part_m})(?:\s*-\s*|\s+)|"
        rf"(?<![\w-])(?P<prep>{_ci(lex.month_prepositions)})\s+|"
        r"(?P<line>(?<![^\n])[ \t*•-]*))$"
    )
    part_y = _ci([*lex.year_parts, *(f"the {s}" for s in ("spring", "summer", "autumn", "fall", "winter"))])
    year_before = (
        rf"(?:(?<![\w-])(?P<part>{part_y})(?:\s+(?i:of))?(?:\s*-\s*|\s+)|"
        rf"(?<![\w-])(?P<prep>{_ci(lex.year_prepositions)})[\s-]+|"
        rf"(?:(?<![\w-])(?P<det>{_ci(lex.determiners)})\s+(?:[a-z]+\s+)?|(?P<paren>\()\s*)|"
        r"(?P<line>(?<![^\n])[ \t=#*•-]*))$"
    )
    weekday_lead = (
        r"(?:(?<![\w-])(?P<lead>(?i:late|early))\s+)?"
        r"(?:(?<![\w-])(?P<mode>(?i:last|next|this|past|on|the\s+(?:previous|preceding|following|next)))\s+)?$"
    )
    this_before = (
        r"(?:(?<![\w-])(?P<upart>(?i:early|mid|late))[\s-]+)?"
        r"(?<![\w-])(?P<rel>(?i:this(?:\s+past)?|last|next|past|earlier\s+this|later\s+this|the\s+past|"
        r"over\s+the|at\s+the))\s+$"
    )
    the_before = r"(?<![\w-])(?i:on\s+)?(?i:the)\s+$"
    table: list[tuple[str, str, Build, str | None, bool]] = [
        (
            "iso",
            rf"(?<![0-9/.-])(?P<y>{YEAR})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
            rf"(?P<d>0?[1-9]|[12][0-9]|3[01])(?![0-9])",
            _iso,
            None,
            False,
        ),
        (
            "numeric",
            rf"(?<![0-9./-])(?P<a>[0-9]{{1,2}})(?:(?P<sep>[./-])(?P<b>[0-9]{{1,2}})(?P=sep)(?P<y>{YEAR})"
            # two-digit years only with slashes or dots: "21/04/19"
            rf"|(?P<sep2>[./])(?P<b2>[0-9]{{1,2}})(?P=sep2)(?P<yy>[0-9]{{2}}))(?![0-9]|[.,][0-9])",
            _numeric,
            None,
            False,
        ),
        (
            # a year-less day/month heading a list entry ("04/11 - Djibo: ...", "- 12.03: ...")
            # or after "on" ("On 04/11, ..."); never inside running text, where "3/4" is a fraction
            "numeric-head",
            r"(?P<a>[0-3]?[0-9])(?P<sep>[./])(?P<b>[01]?[0-9])(?![0-9./])"
            r"(?=[ \t]*[-–—:|\t]|,)",
            _numeric_head,
            r"(?:(?P<line>(?<![^\n])[ \t*•-]*)|(?<![\w-])(?i:on)\s+)$",
            True,
        ),
        (
            "d-mon-y",
            rf"(?<![\w-])(?P<d>[0-9]{{1,2}})-{M}-(?P<y>{YEAR}|[0-9]{{2}})(?![0-9])",
            _dmony,
            None,
            False,
        ),
        (
            "cross-dmy",
            rf"(?<![0-9.,:/]){D1}(?:\s+(?i:of))?\s+{M1}(?:,?\s+{Y1})?{sep}{D2}(?:\s+(?i:of))?\s+{M}"
            rf"(?:,?\s+{Y})?",
            _drange("cross-dmy"),
            range_before,
            False,
        ),
        (
            "range-dmy",
            rf"(?<![0-9.,:/]){D1}{sep}{D2}(?:\s+(?i:of))?\s+{M}(?:,?\s+{Y})?",
            _drange("range-dmy"),
            range_before,
            False,
        ),
        (
            "dmy",
            # "12 May 2024 wounded two": after a day and month, a participle does not make a count
            rf"(?<![0-9.,:/]){D}(?:\s+(?i:of))?\s+{M}(?:,?\s+{Y}{no_noun})?{through}",
            _calendar("dmy"),
            weekday_before,
            False,
        ),
        (
            "cross-mdy",
            rf"{M1}\s+{D1}(?:,?\s+{Y1})?{sep}{M}\s+{D2}(?:,?\s+{Y})?",
            _drange("cross-mdy"),
            range_before,
            False,
        ),
        ("range-mdy", rf"{M}\s+{D1}{sep}{D2}(?:,?\s+{Y})?", _drange("range-mdy"), range_before, False),
        (
            "part-range",
            rf"{M1}(?:,?\s+{Y1})?\s+(?i:and|to|until|till|through)\s+(?P<part>(?i:early|mid|late))[\s-]+{M}(?:,?\s+{Y})?",
            _part_range,
            r"(?<![\w-])(?i:between|from)\s+(?P<part1>(?i:early|mid|late))[\s-]+$",
            True,
        ),
        ("month-range", rf"{M1}(?:,?\s+{Y1})?{sep}{M},?\s+{Y}", _mrange, range_before, False),
        (
            "mdy",
            # a year right after a month is a year even before a verb ("on June 4, 2019 killed 12")
            rf"{M}\s+(?:(?i:the)\s+)?{D}(?:,?\s+{Y}{no_noun}|(?!\s*[-–]\s*[0-9]){no_noun}){through}",
            _calendar("mdy"),
            weekday_before,
            False,
        ),
        ("month", rf"{M}(?:,?\s+{Y}{no_noun})?", _month_core, month_before, False),
        (
            "year-range",
            rf"(?<![0-9.,]){Y1}(?:\s*[-–—]\s*|\s+(?i:to|and|until)\s+)(?:(?P<y2>{YEAR})|(?P<yy>[0-9]{{2}}))"
            rf"(?![0-9]){no_count}",
            _yrange,
            range_before,
            False,
        ),
        (
            "year",
            rf"(?<![0-9.,]){Y}(?!\s*[-–]\s*[0-9]|%|-year|\s*(?i:year-old|years?\s+old)){no_count}"
            rf"{no_count_range}"
            r"(?P<word>(?=\s+[A-Za-z]))?",
            _year_core,
            year_before,
            True,
        ),
        ("decade", r"(?P<y>1[6-9][0-9]0|20[0-9]0)s\b", _decade, the_before, True),
        (
            "holiday",
            rf"(?P<h>{alternation([*lex.holidays, *lex.easter_holidays])})(?:,?\s+(?:(?i:of)\s+)?{Y})?",
            _holiday,
            None,
            False,
        ),
        ("deictic", r"(?:yesterday|today|tonight|Yesterday|Today|Tonight)\b", _deictic, None, False),
        ("deictic-2", r"yesterday\b", _deictic, r"(?<![\w-])[Tt]he\s+day\s+before\s+$", True),
        # "overnight": the night's two days; not "an overnight curfew/stay"
        (
            "overnight",
            r"(?:overnight|Overnight)\b(?!\s+(?:curfews?|stays?|shelters?|bags?|trains?))"
            # "overnight from Tuesday to Wednesday": the named nights say which one
            rf"(?!\s+(?i:from|between)\s+(?:(?i:the\s+night\s+of)\s+)?(?:{_weekday('wn')}|[0-9]))",
            _deictic,
            None,
            False,
        ),
        (
            "deictic-unit",
            r"(?:weekend|week|month|year|morning|afternoon|evening|night)\b",
            _deictic_unit,
            this_before,
            True,
        ),
        (
            "ago",
            r"(?P<u>days?|weeks?|fortnights?|months?|years?)\s+ago(?:\s+today)?\b",
            _ago,
            rf"(?<![\w-]){n}\s+$",
            True,
        ),
        (
            "weekday",
            rf"{W}(?:\s+{dayparts})?(?:'s|’s)?(?!\s+(?i:{alternation(lex.weekday_non_dates)})\b){through}"
            r"(?P<week>\s+(?:(?i:of)\s+)?(?i:last|next)\s+week\b)?",
            _weekday_rule,
            weekday_lead,
            False,
        ),
        (
            "part-of-that",
            r"(?P<u>month|year)\b",
            _part_of_that,
            rf"(?<![\w-])(?P<part>{_ci([*lex.month_parts, *lex.year_parts])})\s+(?i:the|that)\s+$",
            True,
        ),
        (
            "past-n",
            r"(?P<u>hours|days|weeks|months)\b",
            _past_n,
            rf"(?<![\w-])(?i:in|over|during|within|for)\s+the\s+(?i:past|last|previous)\s+{n}\s+$",
            True,
        ),
        (
            # "during Sunday mass", "after Friday prayers": that day's service, so that day
            "weekday-service",
            rf"{W}\s+(?i:{alternation(lex.weekday_services)})\b",
            _weekday_rule,
            r"(?<![\w-])(?i:during|after|before|following|at)\s+$",
            True,
        ),
        (
            # "on the first night", "the second day" of a span just told
            "nth-day",
            r"(?P<ord>first|second|third|fourth|fifth|last|final)\s+(?P<u>day|night|morning|evening)\b(?!\s+of\b)",
            _nth_day,
            r"(?<![\w-])(?i:on\s+)?(?i:the)\s+$",
            True,
        ),
        (
            "weekday-between",
            rf"{W}\s+(?i:and)\s+{W2}",
            _weekday_rule,
            r"(?<![\w-])(?P<between>[Bb]etween)\s+$",
            True,
        ),
        (
            "day-of-month",
            r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)"
            rf"(?![\w-]|\s+(?:of\b|(?i:{alternation(lex.ordinal_nouns)})\b))",
            _day_of_month,
            r"(?<![\w-])(?P<prep>[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom)\s+the\s+$",
            True,
        ),
        (
            "vague-shift",
            r"(?P<u>[Dd]ays|[Ww]eeks)\s+(?P<dir>later|afterwards|earlier|before|after)\b",
            _vague_shift,
            None,
            False,
        ),
        (
            "shift-rel",
            r"(?P<rel>following|next|previous|preceding|subsequent)\s+"
            r"(?P<u>day|morning|afternoon|evening|night|week|month|year)\b",
            _shift_rel,
            the_before,
            True,
        ),
        (
            "shift-count",
            r"(?P<u>days?|weeks?|fortnights?|months?|years?)\s+"
            r"(?P<dir>later|earlier|after|before|prior|afterwards|previously)\b",
            _shift_count,
            rf"(?<![\w-]){n}\s+$",
            True,
        ),
        (
            "day-after",
            r"day\s+(?P<dir>after|before)\b(?!\s+(?:yesterday|today|tomorrow))",
            _day_after,
            r"(?<![\w-])(?i:the)\s+$",
            True,
        ),
        (
            "same",
            r"(?:[Tt]hat|same|(?:[Ll]ater|[Ee]arlier)\s+in\s+the)\s+(?:same\s+)?(?P<u>day|month|year|night|morning|afternoon|evening)\b",
            _same,
            r"(?<![\w-])(?i:on\s+)?(?:(?i:the|later|earlier)\s+)?$",
            False,
        ),
    ]
    day_first = {"d-mon-y", "cross-dmy", "range-dmy", "dmy"}
    return tuple(
        Rule(
            name,
            re.compile(pattern),
            build,
            re.compile(prefix) if prefix else None,
            required,
            name in day_first,
        )
        for name, pattern, build, prefix, required in table
    )


@cache
def _month_names() -> re.Pattern[str]:
    return re.compile(month_pattern("m"))


def _month_windows(text: str) -> list[tuple[int, int]]:
    before, after = MONTH_REACH
    windows: list[tuple[int, int]] = []
    for m in _month_names().finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _matches(rule: Rule, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    if not rule.near_month:
        yield from rule.pattern.finditer(text)
        return
    last_end = -1
    for lo, hi in windows:
        for m in rule.pattern.finditer(text, max(lo, last_end), hi):
            last_end = m.end()
            yield m


def scan(text: str) -> Iterator[Parsed]:
    """Every expression of `text`, left to right, overlaps resolved (longest match first)."""
    found: list[tuple[int, int, int, Parsed]] = []
    windows = _month_windows(text)
    for priority, rule in enumerate(rules()):
        for m in _matches(rule, text, windows):
            pre = None
            if rule.prefix is not None:
                pre = rule.prefix.search(text, max(0, m.start() - LOOK_BACK), m.start())
                if rule.prefix_required and (
                    pre is None or (pre.end() == pre.start() and pre.lastgroup != "line")
                ):
                    continue
            parsed = rule.build(Hit(m, pre))
            if parsed is not None and parsed.end > parsed.start:
                found.append((parsed.start, -(parsed.end - parsed.start), priority, parsed))
    if any(f[3].mode == "mdy" for f in found):  # "05/22/2017" elsewhere: "05/06/2017" is 6 May
        found = [
            (*f[:3], replace(f[3], month=f[3].day, day=f[3].month, mode=""))
            if f[3].mode == "ambiguous"
            else f
            for f in found
        ]
    found.sort(key=lambda f: f[:3])
    last_end = -1
    for start, _, _, parsed in found:
        if start >= last_end:
            last_end = parsed.end
            yield parsed
