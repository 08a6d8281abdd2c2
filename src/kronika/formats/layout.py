"""What PDF and Word reports share: page furniture, broken words, annexes, the header's date.

A report's prose is what an analyst reads: running headers and footers, page numbers and
document symbols ("S/2025/112", "GE.25-01234(E)") are furniture, a word hyphenated at a
line end is one word, and an annex (lists of incidents, tables, maps) is kept out, as is
every table. The date in the report's header is its publication date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any


@cache
def _table() -> dict[str, Any]:
    path = resources.files("kronika") / "data" / "formats" / "layout.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*", re.IGNORECASE)


@cache
def _page_number() -> re.Pattern[str]:
    return _whole_line(_table()["page_number"])


@cache
def _symbol() -> re.Pattern[str]:
    return _whole_line(_table()["document_symbol"])


@cache
def _annex() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + _table()["annex_heading"] + r")\s*", re.IGNORECASE)


def margin_share() -> float:
    return float(_table()["margin_share"])


def is_page_number(line: str) -> bool:
    return len(line) <= 100 and _page_number().fullmatch(line) is not None


def is_symbol(line: str) -> bool:
    return len(line) <= 100 and _symbol().fullmatch(line) is not None


def is_annex_heading(line: str) -> bool:
    return len(line) <= 120 and len(line.split()) <= 14 and _annex().fullmatch(line) is not None


def furniture_key(line: str) -> str:
    """A running header or footer with its numbers blanked: "Page 3 of 9" and "Page 4 of 9" agree."""
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


def repeated_furniture(pages: list[list[str]]) -> set[str]:
    """Keys of margin lines that recur on at least `repeat_pages` pages."""
    need = int(_table()["repeat_pages"])
    seen: dict[str, int] = {}
    for lines in pages:
        for key in {furniture_key(t) for t in lines if t.strip()}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, n in seen.items() if n >= need and len(pages) >= need}


_HYPHEN_END = re.compile(r"([^\W\d_]+)[-\u00ad]$")
_LOWER_START = re.compile(r"([^\W\d_]+)")


def join_lines(lines: list[str], hyphenated: set[str]) -> str:
    """Lines of one paragraph as one line: a word hyphenated at a line end is rejoined
    ("kil-" + "led" → "killed") unless the document writes it with the hyphen elsewhere
    ("cease-" + "fire" stays "cease-fire" when "cease-fire" occurs)."""
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
            continue
        end = _HYPHEN_END.search(out)
        start = _LOWER_START.match(line)
        if end and start and line[0].islower():
            compound = f"{end.group(1)}-{start.group(1)}".casefold()
            if out.endswith("\u00ad") or compound not in hyphenated:
                out = out[:-1] + line
                continue
            out += line
            continue
        out += " " + line
    return out


_COMPOUND = re.compile(r"\b[^\W\d_]+-[^\W\d_]+\b")


def hyphenated_words(text: str) -> set[str]:
    return {m.group().casefold() for m in _COMPOUND.finditer(text)}


_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")


def join_spaced_letters(line: str) -> str:
    """'S I T U A T I O N  R E P O R T' → 'SITUATION REPORT' (letter-spaced titles)."""
    if " " not in line:
        return line
    return _SPACED.sub(lambda m: m.group().replace(" ", ""), line)


#: an opening line giving the report's date has at most this many words besides the date
HEADER_DATE_WORDS = 3


@dataclass(frozen=True, slots=True)
class HeaderDate:
    published: date
    text: str


def header_date(margin: list[str], opening: list[str]) -> HeaderDate | None:
    """The report's date: a date line or "Issued/Date:" line in its header (the first page's
    margin and opening lines), else the first full date in the margin (a running header).
    A date in the opening prose tells an event, not the report, and is not taken."""
    from kronika.time import dateline
    from kronika.time.dates import safe_date
    from kronika.time.grammar import scan

    def joined(lines: list[str]) -> str:
        return "\n".join(" ".join(line.split()) for line in lines if line.strip())

    text = joined(margin + opening)
    if not text:
        return None
    found = dateline.find(text, list(scan(text)))
    if found is not None:
        return HeaderDate(found.published, text[found.start : found.end])
    # a short opening line that is mostly its date ("Issued 10 March 2025", "As of 3 May 2024"),
    # else the first full date of the margin
    for lines, short_only in ((opening, True), (margin, False)):
        for line in lines:
            line = " ".join(line.split())
            for p in scan(line):
                if p.kind != "date" or p.year is None or p.month is None or p.day is None:
                    continue
                rest = (line[: p.start] + " " + line[p.end :]).split()
                day = safe_date(p.year, p.month, p.day)
                if day is not None and (not short_only or len(rest) <= HEADER_DATE_WORDS):
                    return HeaderDate(day, line[p.start : p.end])
    return None
