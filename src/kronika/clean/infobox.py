"""Infobox field lines ("- Key: value" or "| key = value").

The fields state dates, places, casualties and perpetrators, so they are kept as their
own short section under an "Infobox" heading; values that are pure layout markup
("20px", "skin-invert-image]]") are dropped, and a field whose value was all markup
takes the real value that the markup line after it carried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.clean.edits import Edit, Line, iter_blocks, lines
from kronika.clean.resources import json_table
from kronika.clean.shapes import FIELD

_HEADING = "Infobox"
#: a run of at least this many field lines is an infobox
MIN_FIELDS = 3


@dataclass(frozen=True, slots=True)
class Field:
    line: Line
    key: str
    value_start: int  # offset into the text
    residue_end: int  # offset into the text: end of the markup at the start of the value
    content: bool  # the value has words beyond the markup


@cache
def _residue() -> re.Pattern[str]:
    tokens = "|".join(f"(?:{t})" for t in json_table("infobox.json")["residue_tokens"])
    return re.compile(rf"(?<!\S)(?:{tokens})(?!\S)", re.IGNORECASE)


@cache
def _markup_keys() -> frozenset[str]:
    return frozenset(k.casefold() for k in json_table("infobox.json")["markup_keys"])


def _field(line: Line) -> Field | None:
    m = FIELD.match(line.text)
    if m is None:
        return None
    value_start = line.start + m.start(4)
    value = m.group(4)
    pos = 0
    for r in _residue().finditer(value):
        if value[pos : r.start()].strip():
            break
        pos = r.end()
    while pos < len(value) and value[pos] == " ":
        pos += 1
    return Field(
        line,
        m.group(2).strip().casefold().replace("_", " "),
        value_start,
        value_start + pos,
        bool(value[pos:].strip()),
    )


def _is_markup_key(key: str) -> bool:
    return key in _markup_keys()


def _run_edits(text: str, run: list[Field]) -> list[Edit]:
    edits: list[Edit] = []
    i = 0
    while i < len(run):
        f = run[i]
        nxt = run[i + 1] if i + 1 < len(run) else None
        if not f.content and nxt is not None and _is_markup_key(nxt.key) and nxt.content:
            # "- Perps: 20px" + "- Class: skin-invert-image]] Some Group" → "- Perps: Some Group"
            glue = "" if text[f.value_start - 1 : f.value_start] == " " else " "
            edits.append(Edit(f.value_start, nxt.residue_end, glue))
            i += 2
            continue
        if not f.content or (_is_markup_key(f.key) and f.residue_end > f.value_start and not f.content):
            end = f.line.end + 1 if f.line.end < len(text) else f.line.end
            edits.append(Edit(f.line.start, end))
        elif f.residue_end > f.value_start:
            edits.append(Edit(f.value_start, f.residue_end))
        i += 1
    return edits


def find_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    all_lines = lines(text)
    index = {line.start: i for i, line in enumerate(all_lines)}
    for block in iter_blocks(all_lines):
        fields: list[Field] = []
        for line in [*block, None]:
            field = _field(line) if line is not None else None
            if field is not None:
                fields.append(field)
                continue
            if len(fields) >= MIN_FIELDS:
                edits.extend(_run_edits(text, fields))
                edits.extend(_heading_edits(text, all_lines, index[fields[0].line.start], fields))
            fields = []
    return edits


def _heading_edits(text: str, all_lines: list[Line], first: int, run: list[Field]) -> list[Edit]:
    """Give the run its own section: an "Infobox" heading before it, a blank line after."""
    edits: list[Edit] = []
    prev = all_lines[first - 1] if first > 0 else None
    if prev is None or prev.stripped.strip("=# ").casefold() != _HEADING.casefold():
        start = run[0].line.start
        before = "" if prev is None or prev.blank else "\n"
        edits.append(Edit(start, start, f"{before}{_HEADING}\n"))
    last = run[-1].line
    if last.end < len(text) and text[last.end + 1 : last.end + 2] not in ("\n", ""):
        edits.append(Edit(last.end + 1, last.end + 1, "\n"))
    return edits
