"""Page furniture by line shape: navigation, share buttons, "Advertisement", "Read more",
photo credits, bylines, related-link lists of headlines."""

from __future__ import annotations

import re
from functools import cache

from kronika.clean.edits import Edit, Line, delete_line, lines
from kronika.clean.resources import joined_pattern, word_list
from kronika.clean.shapes import BULLET, FIELD, SENTENCE_END

#: a single CamelCase token standing alone ("SiteName", "TheNewsList"): a site name
_SITE_NAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*){1,4}$")
#: (every name is taken whole by a possessive run, so the plain `*` over the joined names
#: cannot backtrack into them; a possessive `*+` over that group with its alternation matches
#: wrongly on CPython before 3.11.5, e.g. Debian 12's 3.11.2)
_BYLINE = re.compile(
    r"^(?i:by|written by|reporting by|words by|story by)\s+"
    r"(?:[A-Z][\w.'’-]*+\s*+){1,4}(?:(?:,|and|&)\s*+(?:[A-Z][\w.'’-]*+\s*+){1,4})*$"
)
#: the head of a page: navigation lines only count before this many characters of text
HEAD_CHARS = 400
#: page furniture is a short line
MAX_FURNITURE_CHARS = 300
#: a headline in a related-links list has at least this many words, at most the second
HEADLINE_WORDS = (3, 16)


@cache
def _boilerplate() -> re.Pattern[str]:
    return joined_pattern("boilerplate_lines.txt", r"^(?:{})$")


@cache
def _navigation() -> re.Pattern[str]:
    return joined_pattern("navigation_lines.txt", r"^(?:{})$")


@cache
def _caption_prefix() -> re.Pattern[str]:
    return joined_pattern("caption_prefixes.txt", r"^\s*(?:{})")


@cache
def _credit_suffix() -> re.Pattern[str]:
    return joined_pattern("credit_suffixes.txt")


def _is_head_navigation(line: Line) -> bool:
    body = line.stripped
    if _navigation().match(body):
        return True
    if _SITE_NAME.match(body):
        return True
    # a lone one-word label ending in a colon: "OR:", "Menu:"
    return body.endswith(":") and len(body.split()) == 1


def _byline_edit(line: Line) -> Edit | None:
    """Drop an author/agency byline; keep the date segments of "Agency | Posted: May 2, 2017"."""
    body = line.stripped
    if len(body.split()) > 25:
        return None
    if _BYLINE.match(body):
        return Edit(line.start, line.end)
    segments = [s for s in re.split(r"\s+\|\s+", body)]
    if len(segments) < 2:
        return None
    first = segments[0].strip()
    if first.casefold() in word_list("agencies.txt") or _BYLINE.match(first):
        cut = line.text.index("|") + 1
        while cut < len(line.text) and line.text[cut] == " ":
            cut += 1
        return Edit(line.start, line.start + cut)
    return None


def _is_headline_item(line: Line) -> bool:
    body = BULLET.sub("", line.text).strip()
    words = len(body.split())
    return (
        BULLET.match(line.text) is not None
        and FIELD.match(line.text) is None
        and HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1]
        and SENTENCE_END.search(body) is None
    )


def _introduces_list(line: Line | None) -> bool:
    """A line ending in a colon ("Key figures:") announces a list of facts, not of links."""
    if line is None:
        return False
    body = line.stripped
    return body.endswith(":") and not _boilerplate().match(body)


def _related_lists(text: str, all_lines: list[Line]) -> list[Edit]:
    """Runs of two or more bullet lines that read as headlines (no final punctuation),
    unless a line ending in a colon introduces them."""
    edits: list[Edit] = []
    run: list[Line] = []
    before: Line | None = None  # the last text line before the run
    for line in [*all_lines, None]:
        if line is not None and _is_headline_item(line):
            run.append(line)
            continue
        if len(run) >= 2 and not _introduces_list(before):
            edits.extend(delete_line(text, item) for item in run)
        run = []
        if line is not None and not line.blank:
            before = line
    return edits


def find_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    all_lines = lines(text)
    for line in all_lines:
        body = line.stripped
        if not body:
            continue
        short = len(body) <= MAX_FURNITURE_CHARS
        if (short and _boilerplate().match(body)) or (line.start < HEAD_CHARS and _is_head_navigation(line)):
            edits.append(delete_line(text, line))
            continue
        byline = _byline_edit(line) if short else None
        if byline is not None:
            edits.append(byline)
            continue
        prefix = _caption_prefix().match(line.text)
        if prefix:
            edits.append(Edit(line.start, line.start + prefix.end()))
        if ":" in body[-70:] or body.endswith(")"):
            credit = _credit_suffix().search(line.text)
            if credit and credit.start() > 0:
                edits.append(Edit(line.start + credit.start(), line.start + credit.end()))
    edits.extend(_related_lists(text, all_lines))
    return edits
