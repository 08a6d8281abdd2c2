"""Back matter: "See also", "References", "External links"... up to the next article or the end.

A back-matter heading ends one article, not the file: a digest or a multi-article page goes on
with the next article's title line and its prose, which are kept (and its own back matter cut
in turn).
"""

from __future__ import annotations

import re

from kronika.clean.edits import Edit, Line, lines
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


#: a prose line of the next article: long, and sentences of several words
MIN_PROSE_CHARS = 150
_CITATION = re.compile(r"https?://|www\.|\bretrieved\b|\barchived\b|\bISBN\b|\bdoi:|^\s*[\^*•#\d\[-]", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]")
_TITLE_END = re.compile(r"[.,;:]$")


def _prose(line: str) -> bool:
    if len(line) < MIN_PROSE_CHARS or _CITATION.search(line) or line.count('"') + line.count("“") >= 2:
        return False
    sentences = _SENTENCE.findall(line)
    return len(sentences) >= 2 and sum(len(s.split()) for s in sentences) / len(sentences) >= 8


def _next_article(all_lines: list[Line], after: int) -> int | None:
    """Index of the title line of the article that follows the back matter at `after`, if any."""
    for j in range(after + 1, len(all_lines)):
        title = all_lines[j]
        if title.blank or not all_lines[j - 1].blank or len(title.stripped) > MAX_HEADING_CHARS * 2:
            continue
        if _TITLE_END.search(title.stripped) or _CITATION.search(title.text):
            continue
        if heading_key(title.text) in word_list("tail_headings.txt"):
            continue
        body = next((x for x in all_lines[j + 1 :] if not x.blank), None)
        if body is not None and _prose(body.stripped):
            return j
    return None


def find_edits(text: str) -> list[Edit]:
    all_lines = lines(text)
    edits: list[Edit] = []
    i, floor = 0, MIN_PROSE_BEFORE
    while i < len(all_lines):
        line = all_lines[i]
        i += 1
        if line.start < floor or line.blank or len(line.text) > MAX_HEADING_CHARS:
            continue
        if heading_key(line.text) not in word_list("tail_headings.txt"):
            continue
        # a heading stands alone: a blank line (or a list / the end) follows or precedes it
        prev_blank = i == 1 or all_lines[i - 2].blank
        next_line = all_lines[i] if i < len(all_lines) else None
        if not prev_blank and next_line is not None and not next_line.blank:
            continue
        restart = _next_article(all_lines, i - 1)
        if restart is None:
            edits.append(Edit(line.start, len(text)))
            break
        edits.append(Edit(line.start, all_lines[restart].start))
        i, floor = restart, all_lines[restart].start + MIN_PROSE_BEFORE
    return edits
