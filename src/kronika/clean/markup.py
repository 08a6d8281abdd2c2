"""Wiki markup residue: templates, reference markers, link brackets, "edit" links, navbox letters."""

from __future__ import annotations

import re
from functools import cache

from kronika.clean.edits import Edit, lines
from kronika.clean.resources import joined_pattern
from kronika.clean.shapes import SENTENCE_END

_BRACES = re.compile(r"\{\{|\}\}")
_FILE_LINK = re.compile(r"\[\[(?:File|Image):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]", re.IGNORECASE)
#: image markup left in the text: "thumb|250px|", "File:Map.png|", "20px", "skin-invert-image]]"
_IMAGE_PARAMS = re.compile(
    r"(?<![^\s\[|])(?:(?:thumb|thumbnail|frame|frameless|border|upright(?:=[\d.]+)?|\d{1,4}(?:x\d{1,4})?px"
    r"|left|right|center|centre|alt=[^|\n\]]*|(?:File|Image):[^|\n\]]+)\|)+",
    re.IGNORECASE,
)
_IMAGE_RESIDUE = re.compile(r"(?<![ \t])[ \t]*+(?<!\S)(?:\d{1,4}px|skin-invert(?:-image)?\]*)(?!\S)")
#: markdown links and bold: "[the report](https://...)" → "the report", "**four**" → "four"
_MD_LINK = re.compile(r"(\[)[^\[\]\n]{1,200}(\]\((?:https?://|www\.|/)[^)\s]*\))")
_MD_BOLD = re.compile(r"(\*\*)(?=\S)[^*\n]{1,200}?(?<=\S)(\*\*)")
_LINK_TARGET = re.compile(r"\[\[[^\[\]|\n]*\|")
_LINK_BRACKETS = re.compile(r"\[\[|\]\]")
#: "v t e" / "x v t" left by navigation boxes (view · talk · edit)
_NAVBOX = re.compile(r"(?<![ \t])[ \t]*+(?<!\S)(?:x v t(?: e)?|v t e|V T E|V · T · E|v · t · e)(?![^\s,.;:])")
#: a heading line ending in an edit link: "Background[edit]", "History edit"
_EDIT_SUFFIX = re.compile(
    r"(?<!\s)(?:\s*+\[\s*edit(?:\s*\|\s*edit source)?\s*\]|\s++edit)\s*$", re.IGNORECASE
)


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
    patterns = (
        _FILE_LINK,
        _reference(),
        _NAVBOX,
        _IMAGE_PARAMS,
        _IMAGE_RESIDUE,
        _LINK_TARGET,
        _LINK_BRACKETS,
    )
    for pattern in (_MD_LINK, _MD_BOLD):
        for m in pattern.finditer(text):
            edits.extend((Edit(m.start(1), m.end(1)), Edit(m.start(2), m.end(2))))
    for pattern in patterns:
        edits.extend(Edit(m.start(), m.end()) for m in pattern.finditer(text))
    for line in lines(text):
        body = line.text.strip()
        if not body or len(body.split()) > 8 or SENTENCE_END.search(body):
            continue
        m = _EDIT_SUFFIX.search(line.text)
        if m and m.start() > 0 and line.text[: m.start()].strip():
            edits.append(Edit(line.start + m.start(), line.start + m.end()))
    return edits
