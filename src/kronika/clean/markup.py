"""Wiki markup residue: templates, reference markers, link brackets, "edit" links, navbox letters."""

from __future__ import annotations

import re
from functools import cache

from kronika.clean.edits import Edit, lines
from kronika.clean.resources import joined_pattern

_BRACES = re.compile(r"\{\{|\}\}")
_FILE_LINK = re.compile(r"\[\[(?:File|Image):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]", re.IGNORECASE)
_LINK_TARGET = re.compile(r"\[\[[^\[\]|\n]*\|")
_LINK_BRACKETS = re.compile(r"\[\[|\]\]")
#: "v t e" / "x v t" left by navigation boxes (view · talk · edit)
_NAVBOX = re.compile(r"[ \t]*(?<!\S)(?:x v t(?: e)?|v t e|V T E|V · T · E|v · t · e)(?![^\s,.;:])")
#: a heading line ending in an edit link: "Background[edit]", "History edit"
_EDIT_SUFFIX = re.compile(r"(?:\s*\[\s*edit(?:\s*\|\s*edit source)?\s*\]|\s+edit)\s*$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?]\s*$")


@cache
def _reference() -> re.Pattern[str]:
    # a run of markers: "[30][31]", "[citation needed]", "[note 2]"
    return joined_pattern("reference_markers.txt", r"(?:\[(?:{})\])+")


def _templates(text: str) -> list[Edit]:
    """Every {{...}} (nested); an unclosed one runs to the end of its paragraph."""
    edits: list[Edit] = []
    depth = 0
    start = 0
    for m in _BRACES.finditer(text):
        if m.group() == "{{":
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                edits.append(Edit(start, m.end()))
    if depth:
        para_end = text.find("\n\n", start)
        edits.append(Edit(start, len(text) if para_end < 0 else para_end))
    return edits


def find_edits(text: str) -> list[Edit]:
    edits = _templates(text)
    for pattern in (_FILE_LINK, _reference(), _NAVBOX, _LINK_TARGET, _LINK_BRACKETS):
        edits.extend(Edit(m.start(), m.end()) for m in pattern.finditer(text))
    for line in lines(text):
        body = line.text.strip()
        if not body or len(body.split()) > 8 or _TERMINAL.search(body):
            continue
        m = _EDIT_SUFFIX.search(line.text)
        if m and m.start() > 0 and line.text[: m.start()].strip():
            edits.append(Edit(line.start + m.start(), line.start + m.end()))
    return edits
