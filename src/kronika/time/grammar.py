"""The temporal grammar: compiled regular expressions built from the data vocabularies.

Each rule turns a match into a `Parsed` expression (calendar fields, or a relative shift).
Nothing here knows about the discourse: `resolve.py` turns a `Parsed` into dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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


def _alt(words: list[str] | tuple[str, ...] | set[str] | frozenset[str], escape: bool = True) -> str:
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


def _month(group: str) -> str:
    lex = lexicon()
    full = [n for n in lex.months if len(n) > 4 or n in ("May", "June", "July")]
    abbr = [n for n in lex.months if n not in full]
    forms_full = [f for n in full for f in (n, n.upper())] + [n.lower() for n in full if n != "May"]
    forms_abbr = [f for n in abbr for f in (n, n.upper())]
    return rf"(?P<{group}>(?:{_alt(forms_full)})(?![A-Za-z])|(?:{_alt(forms_abbr)})(?:\.|(?![A-Za-z])))"


def _weekday(group: str, abbreviations: bool = False) -> str:
    lex = lexicon()
    full = [f for n in lex.weekdays if len(n) > 5 for f in (n, n.upper())]
    abbr = [f for n in lex.weekdays if len(n) <= 5 and abbreviations for f in (n, n.upper())]
    pattern = rf"(?:{_alt(full)})(?![A-Za-z])"
    if abbr:
        pattern += rf"|(?:{_alt(abbr)})(?:\.|(?![A-Za-z]))"
    return rf"(?P<{group}>{pattern})"


def _ci(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    return rf"(?i:{_alt(words)})"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], Parsed | None]


def _day(m: re.Match[str], group: str = "d") -> int:
    return int(re.sub(r"\D", "", m.group(group)))


def _year(m: re.Match[str], group: str = "y") -> int | None:
    value = m.group(group) if group in m.re.groupindex else None
    return int(value) if value else None


def _span(m: re.Match[str], group: str = "t") -> tuple[int, int]:
    if group in m.re.groupindex and m.group(group) is not None:
        return m.span(group)
    return m.span()


def _opt_weekday(m: re.Match[str], group: str = "w") -> int | None:
    return weekday_number(m.group(group)) if m.group(group) else None


# --- rule builders -------------------------------------------------------------------------


def _iso(m: re.Match[str]) -> Parsed | None:
    return Parsed(*m.span(), "iso", "date", int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _numeric(m: re.Match[str]) -> Parsed | None:
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Parsed(*m.span(), "numeric", "date", int(m.group("y")), month, day)


def _dmony(m: re.Match[str]) -> Parsed | None:
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    return Parsed(*m.span(), "d-mon-y", "date", year, month_number(m.group("m")), int(m.group("d")))


def _through(m: re.Match[str]) -> int | None:
    return weekday_number(m.group("w2")) if m.group("w2") else None


def _full(name: str) -> Callable[[re.Match[str]], Parsed | None]:
    def build(m: re.Match[str]) -> Parsed | None:
        return Parsed(
            *m.span(),
            name,
            "date",
            _year(m),
            month_number(m.group("m")),
            _day(m),
            weekday=_opt_weekday(m),
            weekday2=_through(m),
        )

    return build


def _drange(name: str) -> Callable[[re.Match[str]], Parsed | None]:
    def build(m: re.Match[str]) -> Parsed | None:
        month = month_number(m.group("m"))
        month1 = month_number(m.group("m1")) if "m1" in m.re.groupindex and m.group("m1") else month
        d1, d2 = _day(m, "d1"), _day(m, "d2")
        if month1 == month and d2 <= d1:
            return None
        return Parsed(
            *m.span(),
            name,
            "range",
            _year(m, "y1") if "y1" in m.re.groupindex else None,
            month1,
            d1,
            _year(m),
            month,
            d2,
        )

    return build


def _mrange(m: re.Match[str]) -> Parsed | None:
    return Parsed(
        *m.span(),
        "month-range",
        "range",
        _year(m, "y1"),
        month_number(m.group("m1")),
        None,
        int(m.group("y")),
        month_number(m.group("m")),
        None,
    )


def _yrange(m: re.Match[str]) -> Parsed | None:
    y1 = int(m.group("y1"))
    y2 = int(m.group("y2")) if m.group("y2") else (y1 // 100) * 100 + int(m.group("yy"))
    if y2 <= y1 or y2 - y1 > 60:
        return None
    return Parsed(*m.span(), "year-range", "range", y1, None, None, y2, None, None)


def _part_month(m: re.Match[str]) -> Parsed | None:
    part = lexicon().month_parts.get(" ".join(m.group("part").lower().split()))
    if part is None:
        return None
    return Parsed(*m.span(), "part-month", "part", _year(m), month_number(m.group("m")), part=part)


def _part_year(m: re.Match[str]) -> Parsed | None:
    key = " ".join(m.group("part").lower().split())
    key = re.sub(r"^the\s+(?=spring|summer|autumn|fall|winter)", "", key)
    if key not in lexicon().year_parts:
        return None
    return Parsed(*m.span(), "part-year", "part", int(m.group("y")), part=key)


def _month_year(m: re.Match[str]) -> Parsed | None:
    return Parsed(*m.span(), "month-year", "date", int(m.group("y")), month_number(m.group("m")))


def _bare_month(m: re.Match[str]) -> Parsed | None:
    mode = m.group("prep").lower()
    mode = mode if mode in ("last", "next", "this") else ""
    start, end = _span(m)
    if mode:
        start = m.start("prep")
    return Parsed(start, end, "month", "date", None, month_number(m.group("m")), mode=mode)


def _year_alone(m: re.Match[str]) -> Parsed | None:
    prep = " ".join(m.group("prep").lower().split())
    return Parsed(*_span(m), "year", "date", int(m.group("y")), mode="since" if prep == "since" else "")


def _name_year(m: re.Match[str]) -> Parsed | None:
    return Parsed(*_span(m), "name-year", "name", int(m.group("y")))


def _decade(m: re.Match[str]) -> Parsed | None:
    y = int(m.group("y"))
    return Parsed(*_span(m), "decade", "range", y, None, None, y + 9, None, None)


def _holiday(m: re.Match[str]) -> Parsed | None:
    key = " ".join(m.group("h").split())
    for name, (month, day) in lexicon().holidays.items():
        if name.lower() == key.lower():
            return Parsed(*m.span(), "holiday", "holiday", _year(m), month, day)
    return None


def _deictic(m: re.Match[str]) -> Parsed | None:
    key = " ".join(m.group(0).lower().split())
    return Parsed(*m.span(), "deictic", "deictic", part=key)


def _ago(m: re.Match[str]) -> Parsed | None:
    n = count_value(m.group("n"))
    if n is None:
        return None
    return Parsed(*m.span(), "ago", "deictic", part="ago", unit=m.group("u").lower(), amount=-n)


def _weekday_rule(m: re.Match[str]) -> Parsed | None:
    mode = " ".join((m.group("mode") or "").lower().split())
    start = m.start("w")
    if m.group("lead"):
        start = m.start("lead")
    elif mode in ("last", "next", "this", "past"):
        start = m.start("mode")
    return Parsed(
        start,
        m.end(),
        "weekday",
        "weekday",
        weekday=weekday_number(m.group("w")),
        weekday2=_through(m),
        mode=mode if mode in ("last", "next", "this", "past") else "",
    )


def _shift(m: re.Match[str]) -> Parsed | None:
    groups = m.groupdict()
    unit = (groups.get("u") or groups.get("u2") or groups.get("u3") or "day").lower().rstrip("s")
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    if groups.get("n"):
        n = count_value(groups["n"])
        if n is None:
            return None
        direction = groups["dir"].lower()
        amount = -n if direction in ("earlier", "before", "prior", "previously") else n
        if direction in ("after", "before") and RELATIONAL.match(m.string, m.end()):
            return Parsed(*m.span(), "shift", "shift", unit=unit, amount=amount, mode="relational")
    elif groups.get("rel"):
        rel = groups["rel"].lower()
        amount = -1 if rel in ("previous", "preceding", "prior") else 1
    elif groups.get("dir2"):
        amount = 1 if groups["dir2"].lower() == "after" else -1
        mode = "relational" if RELATIONAL.match(m.string, m.end()) else ""
        return Parsed(*m.span(), "day-after", "shift", unit="day", amount=amount, mode=mode)
    else:
        amount = 0
    return Parsed(*m.span(), "shift", "shift", unit=unit, amount=amount)


@cache
def rules() -> tuple[Rule, ...]:
    lex = lexicon()
    M, M1 = _month("m"), _month("m1")
    W, WA, W2 = _weekday("w"), _weekday("w", abbreviations=True), _weekday("w2")
    Y, Y1 = rf"(?P<y>{YEAR})(?![0-9])", rf"(?P<y1>{YEAR})(?![0-9])"
    D, D1, D2 = (rf"(?P<{g}>{DAY}){ORD}(?![0-9])" for g in ("d", "d1", "d2"))
    dayparts = _ci(lex.day_parts)
    lead = r"(?:(?i:late|early)\s+)?"
    wd_prefix = rf"(?:{lead}{WA}(?:\s+{dayparts})?,?\s+)?"
    the = r"(?:(?i:the)\s+)?"
    through = rf"(?:\s*,?\s*(?i:through|to|until|till|into)\s+(?:(?i:late|early)\s+)?{W2}(?:\s+{dayparts})?)?"
    sep = r"\s*(?:[-–—]|(?i:to|until|till|through|and|or)\b)\s*"
    counted = _alt(lex.counted_nouns)
    no_count = rf"(?!\s+(?:{counted})\b)"
    range_prefix = r"(?:(?i:between|from|the\s+nights?\s+of|on\s+the\s+night\s+of)\s+)?"
    part_m = _ci([*lex.month_parts, "mid"])
    part_y = _ci([*lex.year_parts, *(f"the {s}" for s in ("spring", "summer", "autumn", "fall", "winter"))])
    numbers = _alt(list(vocab().numbers))
    n = rf"(?P<n>(?i:{numbers})|[0-9]{{1,3}})"
    holidays = _alt(list(lex.holidays))
    table: list[tuple[str, str, Callable[[re.Match[str]], Parsed | None]]] = [
        (
            "iso",
            rf"(?<![0-9/.-])(?P<y>{YEAR})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
            rf"(?P<d>0?[1-9]|[12][0-9]|3[01])(?![0-9])",
            _iso,
        ),
        (
            "numeric",
            rf"(?<![0-9./-])(?P<a>[0-9]{{1,2}})(?P<sep>[./-])(?P<b>[0-9]{{1,2}})(?P=sep)"
            rf"(?P<y>{YEAR})(?![0-9]|[.,][0-9])",
            _numeric,
        ),
        ("d-mon-y", rf"(?<![\w-])(?P<d>[0-9]{{1,2}})-{M}-(?P<y>{YEAR}|[0-9]{{2}})(?![0-9])", _dmony),
        (
            "cross-dmy",
            rf"{range_prefix}{D1}(?:\s+(?i:of))?\s+{M1}(?:,?\s+{Y1})?{sep}{D2}(?:\s+(?i:of))?\s+{M}"
            rf"(?:,?\s+{Y})?",
            _drange("cross-dmy"),
        ),
        (
            "cross-mdy",
            rf"{range_prefix}{M1}\s+{D1}(?:,?\s+{Y1})?{sep}{M}\s+{D2}"
            rf"(?:,?\s+{Y})?",
            _drange("cross-mdy"),
        ),
        (
            "range-dmy",
            rf"{range_prefix}{D1}{sep}{D2}(?:\s+(?i:of))?\s+{M}(?:,?\s+{Y})?",
            _drange("range-dmy"),
        ),
        ("range-mdy", rf"{range_prefix}{M}\s+{D1}{sep}{D2}(?:,?\s+{Y})?", _drange("range-mdy")),
        ("month-range", rf"(?:(?i:from|between)\s+)?{M1}(?:,?\s+{Y1})?{sep}{M},?\s+{Y}", _mrange),
        (
            "year-range",
            rf"(?:(?i:from|between)\s+)?(?<![0-9.,])(?P<y1>{YEAR})(?:\s*[-–—]\s*|\s+(?i:to|and|until)\s+)"
            rf"(?:(?P<y2>{YEAR})|(?P<yy>[0-9]{{2}}))(?![0-9])",
            _yrange,
        ),
        ("dmy", rf"{wd_prefix}{the}{D}(?:\s+(?i:of))?\s+{M},?\s+{Y}{through}", _full("dmy")),
        ("mdy", rf"{wd_prefix}{M}\s+(?:(?i:the)\s+)?{D},?\s+{Y}{through}", _full("mdy")),
        ("part-month", rf"(?P<part>{part_m})(?:\s*-\s*|\s+){M}(?:,?\s+{Y})?", _part_month),
        ("part-year", rf"(?P<part>{part_y})(?:\s+(?i:of))?(?:\s*-\s*|\s+){Y}", _part_year),
        ("month-year", rf"{M},?\s+{Y}{no_count}", _month_year),
        ("dm", rf"{wd_prefix}{the}{D}(?:\s+(?i:of))?\s+{M}{through}", _full("dm")),
        ("md", rf"{wd_prefix}{M}\s+(?:(?i:the)\s+)?{D}(?!\s*[-–]\s*[0-9]){no_count}{through}", _full("md")),
        ("month", rf"(?P<prep>\b{_ci(lex.month_prepositions)})\s+(?P<t>{M})", _bare_month),
        (
            "year",
            rf"(?P<prep>(?<![\w-]){_ci(lex.year_prepositions)})[\s-]+(?P<t>{Y})"
            rf"(?!\s*[-–]\s*[0-9]|%|-year|\s*(?i:year-old|years?\s+old)){no_count}",
            _year_alone,
        ),
        (
            "name-year",
            rf"(?:(?P<det>\b{_ci(lex.determiners)})\s+|\(\s*)(?P<t>{Y})(?=\s+[A-Za-z]){no_count}",
            _name_year,
        ),
        ("decade", r"(?i:the)\s+(?P<t>(?P<y>1[6-9][0-9]0|20[0-9]0)s)\b", _decade),
        ("holiday", rf"(?P<h>{holidays})(?:,?\s+(?:(?i:of)\s+)?{Y})?", _holiday),
        (
            "deictic",
            r"(?i:\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|"
            r"(?:earlier|later)\s+(?:today|this\s+(?:week|month|year))|(?:this|last|next)\s+(?:week|month|year)|"
            r"the\s+past\s+week)\b)",
            _deictic,
        ),
        ("ago", rf"\b{n}\s+(?P<u>(?i:day|week|month|year))s?\s+(?i:ago)\b", _ago),
        (
            "weekday",
            rf"(?:(?P<lead>(?i:late|early))\s+)?(?:(?P<mode>(?i:last|next|this|past|on))\s+)?{W}"
            rf"(?:\s+{dayparts})?(?:'s|’s)?(?!\s+(?:{_alt(lex.weekday_non_dates)})\b){through}",
            _weekday_rule,
        ),
        (
            "shift",
            rf"\b(?i:(?:on\s+)?the\s+(?P<rel>following|next|previous|preceding|subsequent)\s+"
            rf"(?P<u>day|morning|afternoon|evening|night|week|month|year)|"
            rf"{n}\s+(?P<u2>day|week|month|year)s?\s+(?P<dir>later|earlier|after|before|prior|afterwards|previously)|"
            rf"the\s+day\s+(?P<dir2>after|before)(?!\s+(?:yesterday|today|tomorrow))|"
            rf"(?:on\s+)?(?:the\s+same|that\s+same|later\s+that|that)\s+(?P<u3>day|month|year|night))\b",
            _shift,
        ),
    ]
    return tuple(Rule(name, re.compile(pattern), build) for name, pattern, build in table)


def scan(text: str) -> Iterator[Parsed]:
    """Every expression of `text`, left to right, overlaps resolved (longest match first)."""
    found: list[tuple[int, int, int, Parsed]] = []
    for priority, rule in enumerate(rules()):
        for m in rule.pattern.finditer(text):
            parsed = rule.build(m)
            if parsed is not None and parsed.end > parsed.start:
                found.append((parsed.start, -(parsed.end - parsed.start), priority, parsed))
    found.sort(key=lambda f: f[:3])
    last_end = -1
    for start, _, _, parsed in found:
        if start >= last_end:
            last_end = parsed.end
            yield parsed
