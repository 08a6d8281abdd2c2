"""Asides of a sentence: parentheses, relative clauses and temporal subordinate clauses.

A date inside an aside tells when the aside's own happening took place ("…, which had
joined in 2013, …"); it does not date the sentence's main event. This is a shallow,
punctuation-and-opener analysis: an aside runs from its opener to the next comma,
semicolon, colon, dash or bracket, or to the end of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.time.grammar import YEAR, alternation, month_pattern
from kronika.time.lexicon import lexicon

#: openers whose clause is a time frame of the main clause when it opens the sentence
TEMPORAL_OPENERS = frozenset({"after", "before", "following", "prior to", "until"})


@dataclass(frozen=True, slots=True)
class Aside:
    start: int
    end: int
    #: "paren" or "clause"
    kind: str
    opener: str = ""
    #: the aside opens its sentence ("After the raid on 3 May, …")
    initial: bool = False


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    opener = re.compile(rf"(?<![\w'’-])(?P<op>(?i:{alternation(lex.aside_openers)}))(?![\w'’-])")
    paren = re.compile(
        r"\([^()\n]*\)|\[[^\[\]\n]*\]"
        # an apposition dating another happening: ", the day after the raid," / ", two days before …"
        r"|(?<=,)\s*(?i:the\s+day|[\w-]+\s+(?:days?|weeks?|months?|years?))\s+(?i:after|before)\s+[\w'’][^,;:()\n]*"
        # a background participle: "The militia, founded in 2002, …"
        rf"|(?<=,)\s*(?:{alternation(lex.appositive_participles)})\s[^,;:()\n]*(?=,)"
    )
    stop = re.compile(r"[,;:()\[\]]|\s[–—-]\s|—")
    return opener, paren, stop


@cache
def _bare_date() -> re.Pattern[str]:
    """A bracket holding only a date ("(18 March)", "(March 18, 2024)") dates its sentence."""
    day = r"[0-9]{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"\s*(?i:on\s+)?(?:{day}\s+{month_pattern('m1')}|{month_pattern('m2')}\s+{day})(?:,?\s+{YEAR})?\s*"
        rf"|\s*{YEAR}-[0-9]{{2}}-[0-9]{{2}}\s*"
    )


_PREV_WORD = re.compile(r"([\w'’]+)\W*$")


def asides(text: str, start: int, end: int) -> list[Aside]:
    """The asides of the sentence `text[start:end]`, sorted by start."""
    opener, paren, stop = _patterns()
    found = [
        Aside(m.start(), m.end(), "paren")
        for m in paren.finditer(text, start, end)
        if not _bare_date().fullmatch(text, m.start() + 1, m.end() - 1)
    ]
    not_relative = lexicon().that_non_relative
    for m in opener.finditer(text, start, end):
        if any(a.start <= m.start() < a.end for a in found):
            continue
        op = " ".join(m.group("op").lower().split())
        before = text[max(start, m.start() - 40) : m.start()]
        prev = _PREV_WORD.search(before)
        prev_word = prev.group(1).lower() if prev else ""
        if op == "that" and (prev_word in not_relative or not prev_word):
            continue
        if op == "following" and prev_word in ("the", "a"):
            continue
        if op in ("after", "before") and prev_word in ("day", "the"):
            continue
        stopper = stop.search(text, m.end(), end)
        aside_end = stopper.start() if stopper else end
        initial = not text[start : m.start()].strip(" \t\n\"'“‘«")
        found.append(Aside(m.start(), aside_end, "clause", op, initial))
    found.sort(key=lambda a: (a.start, -a.end))
    return found


@cache
def speech_before() -> re.Pattern[str]:
    """A speech verb right before a date: "police said on Saturday" dates the saying."""
    return re.compile(
        # not passive: "a truce was announced on 28 February" dates the truce
        rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
        rf"\b(?:{alternation(lexicon().speech_verbs)})(?:\s+(?i:reporters|journalists|the\s+press))?"
        r"\s+(?i:on\s+|late\s+|early\s+)?$"
        # "in a statement on Wednesday", "at a news conference on 4 May"
        rf"|\b(?i:{alternation(lexicon().speech_nouns)})\s+(?:(?i:issued|released|published|posted|given)\s+)?"
        r"(?i:on|late\s+on|early\s+on)\s+$"
    )


@cache
def speech_after() -> re.Pattern[str]:
    """A speech verb right after a date: "officials on Thursday confirmed" dates the saying."""
    verbs = [v for v in lexicon().speech_verbs if v not in lexicon().source_openers]
    return re.compile(rf"\s*,?\s*(?:{alternation(verbs)})\b")


def region(found: list[Aside], offset: int) -> int:
    """Index of the innermost aside containing `offset`, or -1 for the main clause."""
    best = -1
    for i, aside in enumerate(found):
        if aside.start <= offset < aside.end and (best < 0 or aside.start >= found[best].start):
            best = i
    return best


@cache
def _head_event() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(lexicon().head_event_verbs)})\b")


def dates_main_event(text: str, aside: Aside) -> bool:
    """Does a date in this aside date the sentence's main event?

    Yes for a sentence-opening time frame ("Before dawn on 3 May, …") and for a relative
    clause telling when the head noun itself happened ("a siege that began on 23 May").
    """
    if aside.kind != "clause":
        return False
    if is_time_frame(aside):
        return True
    return aside.opener in ("that", "which") and bool(_head_event().search(text, aside.start, aside.end))


def is_time_frame(aside: Aside) -> bool:
    """A sentence-opening temporal clause frames the main event ("Before dawn on 3 May, …")."""
    return aside.kind == "clause" and aside.initial and aside.opener in TEMPORAL_OPENERS
