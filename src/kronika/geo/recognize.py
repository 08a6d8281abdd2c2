"""Toponym recognition: capitalised word sequences looked up in the gazetteer.

Candidate spans are runs of capitalised tokens (with lower-case name connectors such as
"al", "de", "of" inside); the longest run that is a gazetteer spelling wins, so
"New York" beats "York" and a hyphenated name is never split. Frequent cue phrases
(directions, "X district", "X Province") are read around each candidate by `roles`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from kronika.geo import lexicon
from kronika.geo.gazetteer import Entry, Gazetteer
from kronika.geo.text import fold, name_key

T = TypeVar("T")

_TOKEN = re.compile(r"(?:[A-Z]\.){2,3}|[A-Za-z0-9]+(?:'(?!s\b)[A-Za-z]+)*")
_MAX_TOKENS = 6
#: suffixes after a hyphen that leave the name whole: "Kizlyar-based", "Kabul-born"
_HYPHEN_SUFFIXES = frozenset(
    {"based", "born", "bound", "led", "backed", "era", "area", "native", "style", "funded", "made", "linked"}
)
#: Arabic articles written lower case and hyphenated to a name: "al-Busayrah", "ar-Raqqa"
_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath"})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Candidate:
    """A recognised toponym before resolution."""

    start: int
    end: int
    text: str
    key: str
    entries: tuple[Entry, ...]
    #: "district" / "admin1" when a designator follows ("Qusar district", "Borno State")
    designator: str = ""
    #: "southern", "north-eastern" ... when a direction word precedes ("southern Dagestan")
    direction: str = ""
    role: str = "location"
    #: for role "in_name": "group", "event" or "facility"; for "location": "landmark" or ""
    name_of: str = ""
    cue: str = ""  # the location/origin cue phrase right before, if any
    notes: list[str] = field(default_factory=list)


def tokens(text: str) -> list[Token]:
    starts, ends, words = _token_lists(fold(text))
    return [Token(*t) for t in zip(starts, ends, words, strict=True)]


def _token_lists(folded: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens of a folded text as three lists (starts, ends, words): `find` reads them
    by index, with no object per token."""
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    for m in _TOKEN.finditer(folded):
        word = m.group()
        start, end = m.span()
        # the "s" of a possessive is no word of its own ("Cox's Bazar" is one name)
        if word == "s" and folded[start - 1 : start] in ("'", "’"):
            continue
        starts.append(start)
        ends.append(end)
        words.append(word)
    return starts, ends, words


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper()


def _connector(tok: str) -> bool:
    return tok in _connectors()


@cache
def _connectors() -> frozenset[str]:
    return frozenset(lexicon.cues()["name_connectors"])


#: what may stand between two tokens of one name: one space, hyphen or apostrophe ("Cox's Bazar")
_NAME_GAPS = (" ", "-", "'", "' ", " '", "'s ", "’s ")


def preceding_words(text: str, start: int, n: int = 4) -> str:
    """The lower-cased words before `start` in its sentence-ish window, single-spaced."""
    window = text[max(0, start - 60) : start]
    window = _BEFORE_STOP.split(window)[-1].replace("’", "'")
    words = [w.removesuffix("'s") for w in _BEFORE_WORD.findall(window.lower())]
    return " ".join(words[-n:])


def following_words(text: str, end: int, n: int = 3) -> str:
    window = text[end : end + 50]
    window = _AFTER_STOP.split(window, 1)[0]
    return " ".join(_AFTER_WORD.findall(window.lower())[:n])


_BEFORE_STOP = re.compile(r"[.;:!?()\n\"]")
_BEFORE_WORD = re.compile(r"[A-Za-z'\-]+")
_AFTER_STOP = re.compile(r"[.;:!?()\n,\"]")
_AFTER_WORD = re.compile(r"[A-Za-z'’\-]+")


def ends_with_phrase(words: str, phrases: tuple[str, ...]) -> str:
    """The longest of `phrases` that is `words` or ends it after a space ("" if none)."""
    known, most = _phrase_set(phrases)
    parts = words.rsplit(" ", most)  # the last words, as many as a phrase may have (and the rest)
    # the longest first (each suffix is shorter than the one before), from the longest that may
    # be a phrase: one of no more words than the longest phrase
    for i in range(max(0, len(parts) - most), len(parts)):
        if (e := " ".join(parts[i:])) in known:
            return e
    return ""


def starts_with_phrase(words: str, phrases: tuple[str, ...]) -> str:
    """The longest of `phrases` that is `words` or starts it before a space ("" if none)."""
    known, most = _phrase_set(phrases)
    parts = words.split(" ", most)  # the first words, as many as a phrase may have (and the rest)
    for i in range(min(len(parts), most), 0, -1):  # the longest that may be a phrase first
        if (s := " ".join(parts[:i])) in known:
            return s
    return ""


def starts_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` is `words` or starts it before a space (the empty phrase too)."""
    known, most = _phrase_set(phrases)
    parts = words.split(" ", most)
    return any(" ".join(parts[:i]) in known for i in range(1, min(len(parts), most) + 1))


def per_list(build: Callable[[tuple[str, ...]], T]) -> Callable[[tuple[str, ...]], T]:
    """Like `functools.cache` for a function of one cue list, looked up by the list's identity
    first: the cue lists are long tuples, and hashing one costs more than the lookup it serves
    (a list passed anew each time is looked up by value, as by `cache`)."""
    by_value = cache(build)
    by_id: dict[int, tuple[tuple[str, ...], T]] = {}

    def cached(phrases: tuple[str, ...]) -> T:
        known = by_id.get(id(phrases))
        if known is not None and known[0] is phrases:
            return known[1]
        value = by_value(phrases)
        if len(by_id) < _PER_LIST_IDS:
            by_id[id(phrases)] = (phrases, value)  # the tuple is kept: its id stays its own
        return value

    return cached


_PER_LIST_IDS = 256


@per_list
def _phrase_set(phrases: tuple[str, ...]) -> tuple[frozenset[str], int]:
    """The phrases as a set, and the most words one has (a longer run of words is none)."""
    return frozenset(phrases), max((p.count(" ") + 1 for p in phrases), default=0)


def sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def find(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Every toponym candidate of `text`, left to right, non-overlapping."""
    folded = fold(text)
    starts, ends, words = _token_lists(folded)
    out: list[Candidate] = []
    i = 0
    n = len(words)
    while i < n:
        word = words[i]
        # "al-Busayrah": a lower-case article joined to a capitalised name starts the name
        article = word in _ARTICLES and i + 1 < n and folded[ends[i] : starts[i + 1]] == "-"
        if not (article or word[:1].isupper()):  # `_capitalised`, inline: most tokens stop here
            i += 1
            continue
        after_article = i > 0 and words[i - 1] in _ARTICLES
        split = i > 0 and folded[ends[i - 1] : starts[i]] == "-" and not after_article
        if split:
            i += 1
            continue
        best: tuple[int, tuple[Entry, ...], str] | None = None
        j = i
        while j < n and j - i < _MAX_TOKENS:
            if j > i and folded[ends[j - 1] : starts[j]] not in _NAME_GAPS:
                break
            last = words[j]
            if j > i and not (_capitalised(last) or _connector(last)):
                break
            if _capitalised(last):
                span_text = text[starts[i] : ends[j]]
                key = name_key(span_text)
                ends_split = j + 1 < n and folded[ends[j] : starts[j + 1]] == "-"
                if ends_split and words[j + 1].lower() in _HYPHEN_SUFFIXES:
                    ends_split = False
                entries = gaz.lookup(key) if not ends_split else ()
                entries = _allowed(entries, words[i : j + 1]) if entries else entries
                if entries:
                    best = (j, entries, key)
                elif not gaz.has_prefix(key):
                    break
            j += 1
        if best is None:
            i += 1
            continue
        j, entries, key = best
        start, end = starts[i], ends[j]
        out.append(Candidate(start, end, text[start:end], key, entries))
        i = j + 1
    return out


def _allowed(entries: tuple[Entry, ...], words: list[str]) -> tuple[Entry, ...]:
    """Drop spellings that are all capitals (acronyms) unless a country's code-like alias; `words`
    are the name's tokens."""
    if not entries:
        return entries
    if all(w.isupper() and len(w) > 1 for w in words):
        # "US", "UK", "DRC": only countries; a shouted headline name: only big places
        keep = tuple(e for e in entries if e.kind in ("country", "admin1", "macro") or e.pop >= 100_000)
        if len(words) == 1 and len(words[0].rstrip(".")) <= 3:
            keep = tuple(e for e in keep if e.kind == "country")
        return keep
    return entries
