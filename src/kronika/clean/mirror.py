"""Mirror and search-page debris: URL lists, link-score lists, symbol runs at the start."""

from __future__ import annotations

import re

from kronika.clean.edits import Edit, lines

_URL = r"(?:https?://\S+|www\.\S+|(?:[a-z0-9-]+\.)+(?:[a-z]{2,6})/\S*)"
#: two or more URLs in a row: a list of links, not prose (dropped to the end of the line)
_URL_RUN = re.compile(rf"(?<!\S){_URL}(?:\s+{_URL})+", re.IGNORECASE)
#: a line that is nothing but one URL
_URL_LINE = re.compile(rf"^\s*{_URL}\s*$", re.IGNORECASE)
#: a title with a relevance score glued to its end: "Some Title14.6 "
_SCORE = re.compile(r"(?<=[^\W\d_]|\))(\d{1,3}(?:\.\d{1,2})?)(?=\s|$)")
#: stray symbols opening a page: "? = ;", "| | >" (two or more kinds of symbol)
_START_SYMBOLS = re.compile(r"\A\s*((?:[^\w\s\"“‘'(\[$£€#*•·-]\s*)+)")

#: a score list has at least this many scored titles...
MIN_SCORED = 3
#: ...each at most this far from the one before
MAX_TITLE_CHARS = 90


def _score_lists(text: str, start: int, end: int) -> list[Edit]:
    edits: list[Edit] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= MIN_SCORED:
            first = run[0]
            head = text.rfind(". ", start, first.start())
            begin = head + 2 if head >= 0 and first.start() - head < MAX_TITLE_CHARS else start
            if first.start() - begin <= MAX_TITLE_CHARS:
                edits.append(Edit(begin, run[-1].end()))
        run.clear()

    for m in _SCORE.finditer(text, start, end):
        if run and (
            m.start() - run[-1].end() > MAX_TITLE_CHARS or float(m.group(1)) > float(run[-1].group(1))
        ):
            close()
        run.append(m)
    close()
    return edits


def find_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    m = _START_SYMBOLS.match(text)
    if m and len(set(m.group(1).replace(" ", "").replace("\n", ""))) >= 2:
        edits.append(Edit(m.start(1), m.end(1)))
    for line in lines(text):
        end = line.end
        if "/" not in line.text and "www." not in line.text:
            edits.extend(_score_lists(text, line.start, end))
            continue
        if _URL_LINE.match(line.text):
            edits.append(Edit(line.start, line.end))
            continue
        run = _URL_RUN.search(line.text)
        if run:
            end = line.start + run.start()
            edits.append(Edit(end, line.end))
        edits.extend(_score_lists(text, line.start, end))
    return edits
