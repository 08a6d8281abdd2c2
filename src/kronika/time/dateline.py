"""The publication date from a document's header: datelines, "Published …" lines, date lines.

Only the head of the document is read (the first lines, the first ~600 characters).
Preference: a "Published/Posted/Date:" line, then a line that is only a date, then a
news-agency dateline ("CITY, February 19. /TASS/"), then an "Updated …" line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from kronika.time.dates import safe_date
from kronika.time.grammar import Parsed, alternation, month_number, month_pattern
from kronika.time.lexicon import lexicon

HEAD_CHARS = 600
HEAD_LINES = 8


@dataclass(frozen=True, slots=True)
class Dateline:
    published: date
    start: int
    end: int
    #: "keyword", "line", "agency" or "updated"
    how: str
    #: starts of every date the header states (published, updated…)
    spans: frozenset[int] = frozenset()


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    time = r"(?:[0-9]{1,2}[:.][0-9]{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*,?\s*)?"
    # a header keyword opens its line or follows a separator ("Wire | Posted: …", "Source: X   Date: …")
    lead = r"(?:^|(?<=[|·•–—,;])|(?<=\s\s))\s*"

    def keyword_line(words: tuple[str, ...]) -> re.Pattern[str]:
        kw = rf"(?<![A-Za-z])(?i:{alternation(words)})"
        # "Posted: …" anywhere in a header line; "Published 3 May …" only where a line or field starts
        return re.compile(rf"(?:{kw}\s*:|{lead}{kw}\s*(?:(?i:on|at)\s*)?[:\-–]?)\s*{time}$")

    primary = keyword_line(lex.header_keywords_primary)
    secondary = keyword_line(lex.header_keywords_secondary)
    words = alternation([*lex.weekdays, *lex.header_keywords_primary])
    junk = re.compile(rf"^[\s|,.:;()\-–—/]*(?:(?i:{words})[\s|,.:;()\-–—/]*)*{time}[\s|,.:;()\-–—/]*$")
    place = r"[A-Z][\w.'’-]*(?:[ \-][A-Z][\w.'’-]*){0,3}"
    agency = re.compile(
        rf"^\s*{place}(?:,\s*{place})?,\s*{month_pattern('m')}\s+(?P<d>[0-9]{{1,2}})"
        rf"(?:,\s*(?P<y>[0-9]{{4}}))?\s*(?:[.:/(–—-]|\(\w+\))",
        re.MULTILINE,
    )
    return primary, secondary, junk, agency


@cache
def _infobox() -> re.Pattern[str]:
    return re.compile(rf"(?im)^\s*(?:[-*•|]\s*)?(?:{alternation(lexicon().infobox_fields)})\s*(?:[:|=]|$)")


def _head_end(text: str) -> int:
    end, lines = 0, 0
    while end < min(len(text), HEAD_CHARS) and lines < HEAD_LINES:
        nl = text.find("\n", end)
        if nl < 0:
            return min(len(text), HEAD_CHARS)
        end, lines = nl + 1, lines + 1
    return min(end, HEAD_CHARS) if end else min(len(text), HEAD_CHARS)


def find(text: str, parsed: Iterable[Parsed]) -> Dateline | None:
    """The publication date the header states, if any."""
    primary, secondary, junk, agency = _patterns()
    head = _head_end(text)
    # in an infobox, "Date: …" is the event's date, not the publication's
    infobox = bool(_infobox().search(text, 0, head))
    best: tuple[int, Dateline] | None = None
    starts: set[int] = set()
    rank = {"keyword": 0, "line": 1, "agency": 2, "updated": 3}
    for p in parsed:
        if p.start >= head:
            break
        if p.kind != "date" or p.year is None or p.month is None or p.day is None:
            continue
        day = safe_date(p.year, p.month, p.day)
        if day is None:
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start : p.start], text[p.end : line_end]
        if re.match(r"\s*[-*•]\s", before):  # an infobox or list row ("- Date: …") tells the event
            continue
        how = ""
        keyword = primary.search(before)
        if keyword and infobox and keyword.group().strip(" :-–").lower() in ("date", "dated"):
            continue
        if keyword:
            how = "keyword"
        elif junk.match(before) and (
            junk.match(after) or re.match(r"\s*(?:,|(?i:at))?\s*(?:[0-9]{1,2}[:.][0-9]{2}|\|)", after)
        ):
            how = "line"
        elif secondary.search(before):
            how = "updated"
        if how:
            starts.add(p.start)
        if how and (best is None or rank[how] < best[0]):
            best = (rank[how], Dateline(day, p.start, p.end, how))
    m = agency.search(text, 0, head)
    if m:  # the agency dateline is a header date even when a date line above it wins
        starts.add(m.start("m"))
    if best is not None and best[0] <= rank["line"]:
        return replace(best[1], spans=frozenset(starts))
    if m:
        year = int(m.group("y")) if m.group("y") else _likely_year(parsed)
        day = safe_date(year, month_number(m.group("m")), int(m.group("d"))) if year else None
        if day is not None:
            return Dateline(day, m.start("m"), m.end("d"), "agency", frozenset(starts))
    return replace(best[1], spans=frozenset(starts)) if best else None


def _likely_year(parsed: Iterable[Parsed]) -> int | None:
    """For a dateline without a year: the latest year the document tells."""
    years = [p.year for p in parsed if p.kind in ("date", "range", "part") and p.year]
    return max(years) if years else None
