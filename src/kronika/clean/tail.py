"""Back matter: "See also", "References", "External links"... and everything after them."""

from __future__ import annotations

import re

from kronika.clean.edits import Edit, lines
from kronika.clean.resources import word_list

#: both open with a run that starts where the run starts and is taken whole (scanned once)
_MARKERS = re.compile(r"^[=#\s]+|(?<![=#\s])[=#\s]++$")
_EDIT = re.compile(r"(?<!\s)(?:\s*+\[\s*edit[^\]]*\]\s*$|\s++edit$)", re.IGNORECASE)

#: the back matter starts only after this much of the article
MIN_PROSE_BEFORE = 200
#: a back-matter heading line is short
MAX_HEADING_CHARS = 60


def heading_key(line: str) -> str:
    return _EDIT.sub("", _MARKERS.sub("", line)).strip().rstrip(":").casefold()


def find_edits(text: str) -> list[Edit]:
    all_lines = lines(text)
    for i, line in enumerate(all_lines):
        if line.start < MIN_PROSE_BEFORE or line.blank or len(line.text) > MAX_HEADING_CHARS:
            continue
        if heading_key(line.text) not in word_list("tail_headings.txt"):
            continue
        # a heading stands alone: a blank line (or a list / the end) follows or precedes it
        prev_blank = i == 0 or all_lines[i - 1].blank
        next_line = all_lines[i + 1] if i + 1 < len(all_lines) else None
        if not prev_blank and next_line is not None and not next_line.blank:
            continue
        return [Edit(line.start, len(text))]
    return []
