"""Clause finding: the sentences that may tell a happening, cut into clauses at semicolons.

Headings, infobox lines, link lists and back-matter sections (``skip_headings``) give no clause; a
clause under a background heading (``background_headings``) is marked so, and a headline is marked
as a title. Everything else in the event stage works clause by clause.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from kronika import prefilter
from kronika.document import Document
from kronika.events import lexicon


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: int
    paragraph: int
    section: int
    title: bool
    background: bool


def _heading_of(doc: Document, offset: int, own_headings: list[tuple[int, str]]) -> str:
    section = doc.section_at(offset)
    heading = section.heading if section else ""
    # the last heading-like paragraph at or before the offset (they are in the text's order)
    k = bisect.bisect_right(own_headings, offset, key=_start) - 1
    if k >= 0:
        heading = own_headings[k][1]
    return heading.strip().strip("=").strip().lower()


def _start(heading: tuple[int, str]) -> int:
    return heading[0]


def _own_headings(doc: Document) -> list[tuple[int, str]]:
    """Heading-like paragraphs: '== Background ==' or a short line without final punctuation."""
    out = []
    for para in doc.paragraphs:
        text = doc.text[para.start : para.end].strip()
        if "\n" in text or not text:
            continue
        # (a stripped line: "[.!?:;,]$" is its last character)
        if _WIKI_HEADING.fullmatch(text) or (len(text.split()) <= 5 and not text.endswith(_CLOSING)):
            out.append((para.start, text))
    return out


_WIKI_HEADING = re.compile(r"=+[^=]+=+")
_CLOSING = (".", "!", "?", ":", ";", ",")


def _is_title(doc: Document, index: int, text: str) -> bool:
    """A headline: the document's title, or a short unpunctuated line before the body starts."""
    if doc.title and text.strip() and text.strip() in doc.title:
        return True
    if index > 2 or re.search(r"[.!?]\s*$", text) or len(text) > 160:
        return False
    return all(
        re.search(r"[.!?][\"”’']?\s*$", doc.text[s.start : s.end]) is None for s in doc.sentences[:index]
    )


def _heading_spans(doc: Document) -> Callable[[int], bool]:
    """Whether an offset lies in a section's heading: the spans by start, with the furthest end
    reached so far, so one bisection answers."""
    spans = sorted(
        (s.heading_span.start, s.heading_span.end) for s in doc.sections if s.heading_span is not None
    )
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and reach[k] > offset

    return inside


@lexicon.per_language
def _junk_line() -> Callable[[str], bool]:
    """Whether a sentence is junk (the ``junk_line`` cue finds something in it), with the cue's
    top-level alternatives tried one by one: one whose every match holds one of a few words
    ("#", ".org": `prefilter.required_literals`) only in a sentence that holds one of them, one
    with no such word always. Any alternative matching is the whole pattern matching."""
    cue = lexicon.cue("junk_line")
    regex: re.Pattern[str] = getattr(cue, "regex", cue)
    parts = prefilter.alternatives(regex.pattern)
    if len(parts) < 2 or regex.groups or regex.flags & re.VERBOSE:
        return lambda text: cue.search(text) is not None  # no alternatives of its own to try
    tries = []
    for part in parts:
        alternative = re.compile(part, regex.flags)
        tries.append((prefilter.required_literals(alternative), alternative))

    def junk(text: str) -> bool:
        folded = prefilter.fold(text)
        for required, alternative in tries:  # a plain loop: no generator per sentence
            if prefilter.may_match(required, folded) and alternative.search(text):
                return True
        return False

    return junk


def clauses(doc: Document) -> list[Clause]:
    own = _own_headings(doc)
    skip = lexicon.cue("skip_headings")
    background = lexicon.cue("background_headings")
    out: list[Clause] = []
    own_at: dict[int, list[str]] = {}  # the heading-like paragraphs by start
    for start, h in own:
        own_at.setdefault(start, []).append(h.strip())
    in_heading = _heading_spans(doc)
    junk = _junk_line()
    infobox = lexicon.cue("infobox_line")
    for i, sent in enumerate(doc.sentences):
        heading = _heading_of(doc, sent.start, own)
        if skip.match(heading):
            continue
        text = doc.text[sent.start : sent.end]
        is_heading = text.strip() in own_at.get(sent.start, ()) or in_heading(sent.start)
        if is_heading and i > 0:
            continue
        line = doc.text[doc.text.rfind("\n", 0, sent.start) + 1 : sent.end]
        if infobox.match(line) or junk(text):
            continue
        title = _is_title(doc, i, text)
        in_background = bool(background.match(heading))
        pos = sent.start
        for part in re.split(r"(;)", text) if ";" in text else (text,):
            if part == ";":
                pos += 1
                continue
            lead = len(part) - len(part.lstrip())
            body = part.strip()
            if body:
                out.append(
                    Clause(
                        pos + lead,
                        pos + lead + len(body),
                        i,
                        sent.paragraph,
                        sent.section,
                        title,
                        in_background,
                    )
                )
            pos += len(part)
    return out
