"""The temporal stage for Russian: a scanner over ``data/ru/time/lexicon.json``.

The scanner turns Russian expressions into the same `Parsed` values the English grammar
makes ("5 марта 2014 года", "с 13 по 19 января", "в ночь на 5 марта", "в четверг",
"накануне", "в минувшие выходные", "в прошлом году", "29.12.2014"); the shared `Resolver`
places them on the calendar against the publication date and the dates told before.
Dates of a header (a timestamp line, an agency dateline "ГРОЗНЫЙ, 23 янв - РИА") say when
the report was written, and a date next to a verb of saying ("сообщает в четверг",
"5 июля сообщалось") when something was said: neither dates the events.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from kronika.document import Document, Sentence
from kronika.language import resource_dir
from kronika.time.grammar import YEAR, Parsed
from kronika.time.resolve import Place, Resolver

_W = r"(?<![\w-])"
_E = r"(?![\w])"


@dataclass(frozen=True, slots=True)
class _Rules:
    lex: dict[str, Any]
    months: tuple[tuple[re.Pattern[str], int], ...]
    weekdays: tuple[tuple[re.Pattern[str], int], ...]
    deictic: tuple[tuple[re.Pattern[str], str], ...]
    numeric: re.Pattern[str]
    day_range: re.Pattern[str]
    day_month: re.Pattern[str]
    part: re.Pattern[str]
    month_year: re.Pattern[str]
    year_range: re.Pattern[str]
    year: re.Pattern[str]
    weekday: re.Pattern[str]
    previous_day: re.Pattern[str]
    next_day: re.Pattern[str]
    same_day: re.Pattern[str]
    night_before: re.Pattern[str]
    ago: re.Pattern[str]
    speech_after: re.Pattern[str]
    speech_before: re.Pattern[str]
    dateline: re.Pattern[str]
    timestamp: re.Pattern[str]


@cache
def rules() -> _Rules:
    lex: dict[str, Any] = json.loads(
        (resource_dir("ru", "time") / "lexicon.json").read_text(encoding="utf-8")
    )
    month_alt = "|".join(f"(?:{p})" for p in lex["months"])
    weekday_alt = "|".join(f"(?:{p})" for p in lex["weekdays"])
    yw = lex["year_words"]
    month = rf"(?P<mon>{month_alt})"
    units = "|".join(f"(?:{p})" for p in lex["units"])
    speech = lex["speech_verbs"]
    return _Rules(
        lex=lex,
        months=tuple((re.compile(rf"(?:{p})$", re.I), n) for p, n in lex["months"].items()),
        weekdays=tuple((re.compile(rf"(?:{p})$", re.I), n) for p, n in lex["weekdays"].items()),
        deictic=tuple((re.compile(rf"{_W}(?:{p}){_E}", re.I), key) for p, key in lex["deictic"].items()),
        numeric=re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>{YEAR})(?![\d])"),
        day_range=re.compile(
            rf"{_W}(?:(?:{lex['range_from']})\s+)?(?P<d1>[0-3]?\d)\s*(?:[-–—]|\s(?:{lex['range_to']}|и)\s)\s*"
            rf"(?P<d2>[0-3]?\d)\s+{month}{_E}(?:\s+(?P<y>{YEAR})(?:\s*(?:{yw}))?)?",
            re.I,
        ),
        part=re.compile(
            rf"{_W}(?P<part>{'|'.join(f'(?:{p})' for p in lex['parts'])})\s+(?:(?P<mon>{month_alt})|"
            rf"(?P<y>{YEAR})\s*(?:{yw}))(?:\s+(?P<y2>{YEAR})(?:\s*(?:{yw}))?)?{_E}",
            re.I,
        ),
        day_month=re.compile(
            rf"(?<![\w.,])(?P<d>[0-3]?\d)(?:{lex['day_suffix']})?\s+{month}(?:(?<=\.)|{_E})(?:\s+(?P<y>{YEAR})(?:\s*(?:{yw}){_E})?)?",
            re.I,
        ),
        month_year=re.compile(rf"{_W}{month}{_E}\s+(?P<y>{YEAR})(?:\s*(?:{yw}){_E})?", re.I),
        year_range=re.compile(
            rf"{_W}(?:{lex['range_from']})\s+(?P<y1>{YEAR})\s+(?:{lex['range_to']})\s+(?P<y2>{YEAR})"
            rf"(?:\s*(?:{yw}){_E})?",
            re.I,
        ),
        year=re.compile(rf"(?<![\d.,])(?P<y>{YEAR})\s*(?:{yw}){_E}", re.I),
        weekday=re.compile(
            rf"{_W}(?:(?P<mode>(?:во?|на)\s+(?:прошл|минувш|следующ)\w+)\s+|(?:во?|на)\s+)?"
            rf"(?P<wd>{weekday_alt}){_E}",
            re.I,
        ),
        previous_day=re.compile(rf"{_W}(?:{lex['previous_day']}){_E}", re.I),
        next_day=re.compile(rf"{_W}(?:{lex['next_day']}){_E}", re.I),
        same_day=re.compile(rf"{_W}(?:{lex['same_day']}){_E}", re.I),
        night_before=re.compile(lex["night_before"], re.I),
        ago=re.compile(rf"{_W}(?P<n>\d+|\w+)\s+(?P<unit>{units})\s+(?:{lex['ago']}){_E}", re.I),
        speech_after=re.compile(rf"[\s,]{{0,3}}(?:{speech}){_E}", re.I),
        speech_before=re.compile(rf"{_W}(?:{speech})[\s,]{{1,3}}$", re.I),
        dateline=re.compile(
            rf"^[ \t]*[А-ЯЁ][А-ЯЁа-яё-]+(?:\s[А-ЯЁ][А-ЯЁа-яё-]+)?[.,]\s+"
            rf"(?P<date>[0-3]?\d\s+(?:{month_alt})\.?(?:\s+{YEAR})?)[.,]?\s*(?:[-–—]|[A-ZА-ЯЁ]{{3}})",
            re.M,
        ),
        timestamp=re.compile(r"^[ \t]*\d{1,2}:\d{2}\s*/?\s*", re.M),
    )


def _number(table: tuple[tuple[re.Pattern[str], int], ...], word: str) -> int | None:
    for pattern, n in table:
        if pattern.match(word):
            return n
    return None


def _year(m: re.Match[str], group: str = "y") -> int | None:
    value = m.groupdict().get(group)
    return int(value) if value else None


def _valid_day(day: int) -> bool:
    return 1 <= day <= 31


def scan(text: str) -> list[Parsed]:
    """Every temporal expression of a Russian text, left to right, longest first where they overlap."""
    r = rules()
    found: list[Parsed] = []
    taken: list[tuple[int, int]] = []

    def add(p: Parsed | None) -> None:
        if p is None or any(p.start < e and s < p.end for s, e in taken):
            return
        taken.append((p.start, p.end))
        found.append(p)

    for m in r.numeric.finditer(text):
        d, mo = int(m["d"]), int(m["m"])
        if _valid_day(d) and 1 <= mo <= 12:
            add(Parsed(m.start(), m.end(), "numeric", "date", int(m["y"]), mo, d))
    for m in r.day_range.finditer(text):
        d1, d2, mo = int(m["d1"]), int(m["d2"]), _number(r.months, m["mon"])
        if mo and _valid_day(d1) and _valid_day(d2) and d1 < d2:
            add(Parsed(m.start(), m.end(), "ru-range", "range", _year(m), mo, d1, _year(m), mo, d2))
    for m in r.part.finditer(text):
        key = next((k for p, k in r.lex["parts"].items() if re.fullmatch(p, m["part"], re.I)), "")
        if m["mon"]:
            mo = _number(r.months, m["mon"])
            year = int(m["y2"]) if m["y2"] else None
            add(Parsed(m.start(), m.end(), "ru-part-month", "part", year, mo, part=key))
        elif m["y"]:
            add(Parsed(m.start(), m.end(), "ru-part-year", "part", int(m["y"]), part=key))
    for m in r.day_month.finditer(text):
        d, mo = int(m["d"]), _number(r.months, m["mon"])
        night = r.night_before.search(text[max(0, m.start() - 12) : m.start()])
        if mo and _valid_day(d) and night is not None and d > 1:
            # "в ночь на 9 августа": the night from the 8th to the 9th
            start = m.start() - (len(text[max(0, m.start() - 12) : m.start()]) - night.start())
            add(Parsed(start, m.end(), "ru-night", "range", _year(m), mo, d - 1, _year(m), mo, d))
        elif mo and _valid_day(d):
            add(Parsed(m.start(), m.end(), "ru-date", "date", _year(m), mo, d))
    for m in r.month_year.finditer(text):
        mo = _number(r.months, m["mon"])
        if mo:
            add(Parsed(m.start(), m.end(), "ru-month-year", "date", _year(m), mo))
    for m in r.year_range.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2:
            add(Parsed(m.start(), m.end(), "ru-year-range", "range", y1, None, None, y2, None, None))
    birth = re.compile(rf"\s*(?:{r.lex['birth_year']}){_E}", re.I)
    for m in r.year.finditer(text):
        kind = "name" if birth.match(text, m.end()) else "date"  # "1974 года рождения"
        add(Parsed(m.start(), m.end(), "ru-year", kind, int(m["y"])))
    for m in r.weekday.finditer(text):
        wd = _number(r.weekdays, m["wd"])
        if wd is not None:
            mode = "last" if m["mode"] and re.search(r"прошл|минувш", m["mode"], re.I) else ""
            mode = "next" if m["mode"] and re.search(r"следующ", m["mode"], re.I) else mode
            add(Parsed(m.start(), m.end(), "ru-weekday", "weekday", weekday=wd, mode=mode))
    for pattern, key in r.deictic:
        for m in pattern.finditer(text):
            add(Parsed(m.start(), m.end(), "ru-deictic", "deictic", part=key))
    for m in r.ago.finditer(text):
        unit = next((u for p, u in r.lex["units"].items() if re.fullmatch(p, m["unit"], re.I)), "day")
        n = int(m["n"]) if m["n"].isdigit() else None
        if n is not None:
            add(Parsed(m.start(), m.end(), "ru-ago", "deictic", part="ago", unit=unit, amount=-n))
    for m in r.previous_day.finditer(text):
        told = any(p.start < m.start() and p.kind in ("date", "range", "weekday") for p in found)
        if told:  # "накануне": the day before the day just told
            add(Parsed(m.start(), m.end(), "ru-previous-day", "shift", unit="day", amount=-1))
        else:  # in a news lead: the day before the report
            add(Parsed(m.start(), m.end(), "ru-previous-day", "deictic", part="yesterday"))
    for pattern, amount in ((r.next_day, 1), (r.same_day, 0)):
        for m in pattern.finditer(text):
            if any(p.start < m.start() and p.kind in ("date", "range", "weekday", "deictic") for p in found):
                add(Parsed(m.start(), m.end(), "ru-relative-day", "shift", unit="day", amount=amount))
    found.sort(key=lambda p: p.start)
    return found


def _header_spans(text: str, parsed: list[Parsed]) -> set[int]:
    """Starts of the expressions that date the report itself: a timestamp line, a date
    standing alone on its line, an agency dateline."""
    r = rules()
    heads: set[int] = set()
    for p in parsed:
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start : p.start], text[p.end : line_end]
        if p.kind not in ("date", "range"):
            continue
        if r.timestamp.fullmatch(before) or (
            not before.strip()
            and not re.sub(r"[\s,./|]|\w+", "", after)
            and len(re.findall(r"\w+", after)) <= 1
        ):
            heads.add(p.start)
    for m in r.dateline.finditer(text):
        heads.add(m.start("date"))
    return heads


def annotate(doc: Document) -> None:
    text = doc.text
    r = rules()
    parsed = scan(text)
    heads = _header_spans(text, parsed)
    if doc.published is None:
        for p in parsed:
            if p.start in heads and p.year and p.month and p.day:
                doc.published = date(p.year, p.month, p.day)
                doc.published_source = "dateline"
                break
    sentences = doc.sentences or [Sentence(0, len(text), 0, 0)]
    starts = [s.start for s in sentences]
    resolver = Resolver(text, doc.published, None, [(s.start, s.end) for s in sentences])
    for p in parsed:
        i = max(0, bisect.bisect_right(starts, p.start) - 1)
        sent = sentences[i]
        governing = p.start not in heads
        if governing and (
            r.speech_after.match(text, p.end)
            or r.speech_before.search(text, max(sent.start, p.start - 30), p.start)
        ):
            governing = False  # "сообщает в четверг", "5 июля сообщалось": when it was said
        section = doc.section_at(p.start)
        resolver.add(p, Place(sent.paragraph, i, governing, -1, section.start if section else 0))
    timexes = resolver.finish()
    doc.timexes = [
        replace(t, governing=False, kind="publication") if t.start in heads else t for t in timexes
    ]
