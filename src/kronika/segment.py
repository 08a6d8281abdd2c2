"""Segmentation: paragraphs, sections under headings, sentences.

Paragraphs are blocks between blank lines; inside a block each line is its own
paragraph unless the block is hard-wrapped prose (lines of similar width that run on)
or the next line continues the sentence (starts in lower case). Headings are
"== X ==", markdown "# X", or a short line without final punctuation standing alone
(or opening the document, or leading a list); each starts a `Section` whose `heading`
keeps the heading's words. Sentences end at ".", "!", "?" (and an ellipsis before a
sentence opener), except after abbreviations, initials and acronyms; decimals
("8.45am") never break because a boundary needs whitespace after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.clean.resources import sectioned_list, word_list
from kronika.clean.shapes import BULLET, SENTENCE_END
from kronika.document import Document, Section, Sentence, Span
from kronika.pipeline import Stage

_LINE = re.compile(r"[^\n]*")
#: headings are matched on the line without its trailing whitespace, and only on a line up to
#: HEADING_CHARS long, so the lazy body never re-scans a long run of spaces or markers
_WIKI_HEADING = re.compile(r"^(={1,6})\s*(\S.*?)\s*\1$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)(?:\s+#+|#*)$")
_TERMINAL_END = re.compile(r"[.!?:;,…][\"'”’)\]]*$")
_CONTINUES = re.compile(r"[,;(–—-]$")
#: a run of sentence-final marks (only from its first mark: a run is scanned once, never from
#: each of its marks) and closing quotes or brackets, before whitespace
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s)")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_OPENING = re.compile(r"[\"'“‘(\[]*([^\W_][\w'’-]*)")

#: a heading has at most this many words (the document's first line: TITLE_WORDS)
HEADING_WORDS = 12
TITLE_WORDS = 24
#: a marked heading line is at most this long
HEADING_CHARS = 400
#: hard-wrapped prose: lines at most this long, most of them at least WRAP_MIN long
WRAP_MAX = 100
WRAP_MIN = 40
#: ...in a block of at least this many lines
WRAP_LINES = 3


@dataclass(frozen=True, slots=True)
class _Para:
    start: int
    end: int
    heading: tuple[int, int, int] | None = None  # (start, end, level) of the heading words
    body_start: int = -1  # where the sentences start (after a list bullet)


@cache
def _abbreviations() -> dict[str, frozenset[str]]:
    return sectioned_list("abbreviations.txt")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    blocks: list[list[tuple[int, int]]] = []
    block: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.start() > 0 and m.start() == m.end() and text[m.start() - 1 : m.start()] != "\n":
            continue  # the empty match right after a non-empty line
        if text[m.start() : m.end()].strip():
            block.append((m.start(), m.end()))
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    return blocks


def _is_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    if len(block) < WRAP_LINES:
        return False
    if max(e - s for s, e in block) > WRAP_MAX:
        return False
    running = sum(
        1 for s, e in block[:-1] if e - s >= WRAP_MIN and not SENTENCE_END.search(text[s:e].rstrip())
    )
    return running * 2 >= len(block) - 1


def _heading_words(line: str) -> tuple[int, int, int] | None:
    """(start, end, level) of the heading words of a marked heading line, or None."""
    if len(line) > HEADING_CHARS or line[:1] not in ("=", "#"):
        return None
    line = line.rstrip()
    for pattern, level_of in ((_WIKI_HEADING, len), (_MD_HEADING, len)):
        m = pattern.match(line)
        if m:
            return m.start(2), m.end(2), level_of(m.group(1))
    return None


def _plain_heading(line: str, max_words: int) -> bool:
    body = line.strip()
    return (
        bool(body)
        and (body[0].isupper() or body[0].isdigit())
        and len(body.split()) <= max_words
        and _TERMINAL_END.search(body) is None
        and BULLET.match(body) is None
    )


def _paragraphs(text: str) -> list[_Para]:
    paras: list[_Para] = []
    for b_index, block in enumerate(_blocks(text)):
        wrapped = _is_wrapped(text, block)
        groups: list[list[tuple[int, int]]] = []
        for i, (s, e) in enumerate(block):
            line = text[s:e]
            if groups and i > 0:
                prev = text[block[i - 1][0] : block[i - 1][1]].rstrip()
                starts_item = BULLET.match(line) is not None or _heading_words(line) is not None
                joins = wrapped or line[:1].islower() or _CONTINUES.search(prev) is not None
                if joins and not starts_item and _heading_words(prev) is None:
                    groups[-1].append((s, e))
                    continue
            groups.append([(s, e)])
        for g_index, group in enumerate(groups):
            start, end = group[0][0], group[-1][1]
            line = text[start:end]
            heading = _heading_words(line) if len(group) == 1 else None
            if heading is None and len(group) == 1:
                alone = len(groups) == 1
                leads_list = (
                    g_index + 1 < len(groups)
                    and BULLET.match(text[groups[g_index + 1][0][0] : groups[g_index + 1][0][1]]) is not None
                )
                first = b_index == 0 and g_index == 0
                limit = TITLE_WORDS if first else HEADING_WORDS
                if (alone or leads_list or first) and _plain_heading(line, limit):
                    lead = len(line) - len(line.lstrip())
                    heading = (lead, len(line.rstrip()), 1 if first else 2)
            if heading is not None:
                h_start, h_end, level = heading
                paras.append(_Para(start, end, (start + h_start, start + h_end, level), start + h_start))
                continue
            bullet = BULLET.match(line)
            paras.append(_Para(start, end, None, start + (bullet.end() if bullet else 0)))
    return paras


def _breaks(text: str, match: re.Match[str], limit: int) -> bool:
    """Does the boundary candidate `match` end a sentence?"""
    nxt = match.end()
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return False
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in "\"'“‘([•"):
        return False
    word_m = _OPENING.match(text, nxt, limit)
    next_word = word_m.group(1).casefold() if word_m else ""
    punct = match.group()
    if "!" in punct or "?" in punct:
        return True
    if punct.startswith(("..", "…")):
        return next_word in word_list("sentence_openers.txt")
    # a period: look at the token before it
    tok_start = text.rfind(" ", 0, match.start()) + 1
    tok_start = max(tok_start, text.rfind("\n", 0, match.start()) + 1)
    token = text[tok_start : match.start()].lstrip("\"'“‘([")
    folded = token.casefold()
    abbreviations = _abbreviations()
    if folded in abbreviations.get("title", frozenset()):
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. R. Smith"
    if folded in abbreviations.get("number", frozenset()):
        return not following.isdigit()
    if folded in abbreviations.get("other", frozenset()) or _ACRONYM.match(token):
        return next_word in word_list("sentence_openers.txt")
    return True


def _sentences(text: str, para: _Para, p_index: int, s_index: int) -> list[Sentence]:
    if para.heading is not None:
        return [Sentence(para.heading[0], para.heading[1], p_index, s_index)]
    out: list[Sentence] = []
    start = para.body_start
    for m in _BOUNDARY.finditer(text, para.body_start, para.end):
        if _breaks(text, m, para.end):
            out.append(Sentence(start, m.end(), p_index, s_index))
            start = m.end()
            while start < para.end and text[start].isspace():
                start += 1
    end = para.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, p_index, s_index))
    return out


def annotate(doc: Document) -> None:
    text = doc.text
    paras = _paragraphs(text)
    doc.paragraphs = [Span(p.start, p.end) for p in paras]
    sections: list[Section] = []
    for p in paras:
        if p.heading is None:
            continue
        h_start, h_end, level = p.heading
        if not sections and p.start > 0:
            sections.append(Section(0, p.start))
        if sections:
            last = sections[-1]
            sections[-1] = Section(last.start, p.start, last.heading, last.heading_span, last.level)
        sections.append(Section(p.start, len(text), text[h_start:h_end], Span(h_start, h_end), level))
    if not sections:
        sections.append(Section(0, len(text)))
    doc.sections = sections
    sentences: list[Sentence] = []
    s_index = 0
    for p_index, para in enumerate(paras):
        while s_index + 1 < len(sections) and sections[s_index + 1].start <= para.start:
            s_index += 1
        sentences.extend(_sentences(text, para, p_index, s_index))
    doc.sentences = sentences


STAGE = Stage(name="segment", requires=("clean",), run=annotate)
