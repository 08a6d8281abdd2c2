"""Whitespace left behind: line-end and line-start spaces, space runs, blank-line runs,
spaces before closing punctuation, and blank lines at the start and end.

A pattern that opens with a whitespace run starts only where the run starts (a lookbehind)
and takes it whole (a possessive quantifier): a long run is scanned once, not from each of
its characters."""

from __future__ import annotations

import re

from kronika.clean.edits import Edit

_PATTERNS = (
    (re.compile(r"(?<![ \t])[ \t]++(?=\n)"), ""),  # spaces at a line end
    (re.compile(r"(?<=\n)[ \t]+"), ""),  # indentation
    (re.compile(r"(?<=\S)[ \t]{2,}(?=\S)"), " "),  # runs of spaces inside a line
    (re.compile(r"(?<=[\w)\]”\"’'])[ \t]+(?=[,;:.)](?:\s|$))"), ""),  # "Kabul , Afghanistan"
    (re.compile(r"(?<=\()[ \t]+(?=\w)"), ""),  # "( word"
    (re.compile(r"\n{3,}"), "\n\n"),  # runs of blank lines
)
_LEAD = re.compile(r"\A\s+")
_TRAIL = re.compile(r"(?<!\s)\s++\Z")


def find_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for pattern, replacement in _PATTERNS:
        for m in pattern.finditer(text):
            if m.group() != replacement:
                edits.append(Edit(m.start(), m.end(), replacement))
    for pattern in (_LEAD, _TRAIL):
        m = pattern.search(text)
        if m:
            edits.append(Edit(m.start(), m.end()))
    return edits
