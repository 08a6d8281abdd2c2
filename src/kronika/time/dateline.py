"""The publication date from a document's header: datelines, "Published …" lines, date lines.

Only the head of the document is read (the first lines, the first ~600 characters).
Preference: a "Published/Posted/Date:" line, then a line that is only a date, then a
news-agency dateline ("CITY, February 19. /TASS/"), then an "Updated …" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from kronika.time.dates import safe_date
from kronika.time.grammar import Parsed, alternation, month_number, month_pattern
from kronika.time.lexicon import lexicon

HEAD_CHARS = 600
HEAD_LINES = 8
#: the next non-empty line opens with a time of day ("14:35 –", "2.35pm:"): a live-blog entry
_TIMED_ROW = re.compile(
    r"\s*\n\s*[0-9]{1,2}[:.][0-9]{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s*)?[–—:|-]", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Dateline:
    published: date
    start: int
    end: int
    #: "keyword", "line", "agency" or "updated"
    how: str
    #: starts of every date the header states (published, updated…)
    spans: frozenset[int] = frozenset()
    #: the agency dateline's date ("KABUL, March 7 (Reuters) -"): the lead's "on Tuesday"
    #: counts from it, even when a "Published" line gives the publication date
    written: date | None = None


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
    # each name word is taken whole (possessive): "Al-Al-Al-…" is one word, not 2^n splits
    place = r"[A-Z][\w.'’-]*+(?:[ \-][A-Z][\w.'’-]*+){0,3}"
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


def find(text: str, parsed: list[Parsed], published: date | None = None) -> Dateline | None:
    """The publication date the header states, if any.

    `published` (the caller's or the page metadata's date) gives a year-less agency
    dateline its year; else the text's explicit dates do, else a "Published/Updated" line."""
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
            how = "" if _TIMED_ROW.match(text, line_end) else "line"  # a live blog's day heading
        elif secondary.search(before):
            how = "updated"
        if how:
            starts.add(p.start)
        if how and (best is None or rank[how] < best[0]):
            best = (rank[how], Dateline(day, p.start, p.end, how))
    m = agency.search(text, 0, head)
    if m:  # the agency dateline is a header date even when a date line above it wins
        starts.add(m.start("m"))
    written = _agency_date(m, parsed, published, best[1].published if best else None) if m else None
    if best is not None and best[0] <= rank["line"]:
        return replace(best[1], spans=frozenset(starts), written=written)
    if m and written is not None:
        return Dateline(written, m.start("m"), m.end("d"), "agency", frozenset(starts), written)
    return replace(best[1], spans=frozenset(starts)) if best else None


def _agency_date(
    m: re.Match[str], parsed: list[Parsed], published: date | None, header: date | None
) -> date | None:
    """The dateline's year: the caller's, else the text's dates', else a "Published" line's."""
    month, day = month_number(m.group("m")), int(m.group("d"))
    if m.group("y"):
        return safe_date(int(m.group("y")), month, day)
    year = _likely_year(parsed, month, day) if published is None else published.year
    if year is None and header is not None:
        year = header.year
    if year is None:
        return None
    found = safe_date(year, month, day)
    published = published or header  # not written more than a week after it was published
    if found is not None and published is not None and found > published + timedelta(days=7):
        found = safe_date(year - 1, month, day)  # "December 30" read on 2 January
    return found


def _likely_year(parsed: list[Parsed], month: int, day: int) -> int | None:
    """For a dateline without a year: the year of the latest explicit date not after it."""
    told = [
        found
        for p in parsed
        if p.kind == "date" and p.year and p.month
        if (found := safe_date(p.year, p.month, p.day or 1)) is not None
    ]
    for year in sorted({t.year for t in told}, reverse=True):
        written = safe_date(year, month, day)
        if written is not None and any(t.year == year and t <= written for t in told):
            return year
    years = [p.year for p in parsed if p.kind in ("date", "range", "part") and p.year]
    return max(years, default=None)
