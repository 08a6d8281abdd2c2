"""Cheap necessary conditions that let a scan skip a pattern which cannot match a text.

A pattern whose every match starts with one of a few literal words ("killed", "opened fire")
cannot match a text that holds none of them; checking the words is a handful of substring
tests, scanning the pattern a trip through the regex engine at every position. The words are
read off the parsed pattern (its literal starts), so they never drift from the data that builds
it; a pattern with no literal start at all is always scanned.

Texts are compared folded: lower-cased, and with the characters a case-insensitive pattern
equates with an ASCII letter (``re`` takes "İ" and "ı" for "i", "ſ" for "s", the Kelvin sign for
"k") mapped onto that letter, so an ASCII word a pattern matches in any case is in the fold.

Every gate can be switched off (`ungated`, or ``KRONIKA_PREFILTER=off`` in the environment): each
then answers "may match" for every text and the slow, exhaustive scans run, which is how a test
shows that the gates change no record (tests/test_gates_identity.py).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

K = TypeVar("K")

#: the characters outside ASCII that a case-insensitive pattern equates with an ASCII letter
#: (tests/test_prefilter.py checks the list is complete)
ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


_gated = os.environ.get("KRONIKA_PREFILTER", "on").strip().lower() not in ("off", "0", "no", "false")


def gated() -> bool:
    """Whether the gates may skip a scan; False inside `ungated` or with ``KRONIKA_PREFILTER=off``.
    A cache of what a gate let through keys its entries by this too."""
    return _gated


@contextlib.contextmanager
def ungated() -> Iterator[None]:
    """Every gate answers "may match" inside: the exhaustive scans run (for tests and checks)."""
    global _gated
    before, _gated = _gated, False
    try:
        yield
    finally:
        _gated = before


def fold(text: str) -> str:
    """`text` folded as the literal starts are: every character still one character."""
    global _last_fold
    last, folded = _last_fold
    if text is last:  # several gates in a row ask about the same clause
        return folded
    # a text without the characters the table maps (all ASCII text) needs lower() alone, much
    # cheaper than a translation character by character
    plain = text.isascii() or not any(map(text.__contains__, _FOLDED))
    folded = text.lower() if plain else text.translate(ASCII_FOLD).lower()
    _last_fold = (text, folded)
    return folded


_FOLDED = tuple(chr(c) for c in ASCII_FOLD)
#: the last text `fold` folded, and its fold
_last_fold = ("", "")


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII strings (folded) one of which every match of `pattern` holds, or None when the
    pattern has no such set: the starting words of a part no match goes without."""
    found = _required(_parser.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    # a string that holds a shorter one is in a text only where that one is: test the shorter
    return _shortest(found)


#: how many literal beginnings `leading_words` follows before it gives up
_MAX_HEADS = 4000


def leading_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII words (folded) one of which every match of `pattern` begins with, or None when
    some match may begin otherwise (with no ASCII letter, digit or underscore, or with a part
    that is no literal: a class, a figure): "word" when the text's run of word characters must
    end after it (a literal that is no word character follows), "word-" when that run only
    begins with it. Optional parts are read both ways ("(?:the )?army": "the", "army-").

    It tells where a match may start only where a match can start nowhere but at the start of
    a run of word characters (the pattern opens with ``(?<![\\w-])`` or ``\\b``): there it is
    the text's word at that start."""
    try:
        heads = _heads(list(_parser.parse(pattern.pattern, pattern.flags)))
    except _TooMany:
        return None
    out: set[str] = set()
    for head in heads:
        word = _ASCII_WORD.match(head)
        if word is None:
            return None
        out.add(word.group() if word.end() < len(head) else word.group() + "-")
    return frozenset(out)


_ASCII_WORD = re.compile(r"[a-z0-9_]+")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


class _TooMany(Exception):
    """More literal beginnings than `leading_words` follows."""


def _heads(items: list[Any]) -> set[str]:
    """The literal beginnings (folded) of a parsed sequence, each followed up to the first
    character that is no word character (where the text's word ends) or to the first part that
    is no literal (where it is cut: what follows is unknown); "" when a match may begin with no
    literal."""
    if not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _heads(rest)
    if op is sre.LITERAL and av < 128:
        c = chr(av).lower()
        return {c} if c not in _WORD_CHARS else {c + h for h in _heads(rest)}
    if op is sre.SUBPATTERN:
        return _heads(list(av[-1]) + rest)
    out: set[str] = set()
    if op is sre.BRANCH:
        for branch in av[1]:
            out |= _heads(list(branch) + rest)
            if len(out) > _MAX_HEADS:
                raise _TooMany
        return out
    if op in _REPEATS:
        low, high, inner = av
        if low == 0:
            out |= _heads(rest)
        # once: what follows is the rest; repeated: what follows the first round is unknown
        out |= _heads(list(inner) + rest) if high == 1 else _heads(list(inner))
        if len(out) > _MAX_HEADS:
            raise _TooMany
        return out
    return {""}


def may_match(required: tuple[str, ...] | None, folded: str) -> bool:
    """False only when no match of a pattern with these `required_literals` can be in the text
    whose `fold` is `folded`."""
    if required is None or not _gated:
        return True
    for s in required:  # noqa: SIM110 - a plain loop: no generator per clause and pattern
        if s in folded:
            return True
    return False


class GatedPattern:
    """A compiled pattern whose unanchored scans (`search`, `finditer`) first test the words its
    matches hold in the part of the text they read; everything else is the pattern's own.

    A pattern of several top-level alternatives without groups is scanned with only the
    alternatives whose words the text holds, in their order (where the others cannot match, each
    match is the one the whole pattern finds), compiled once per such set; one with groups (a
    caller may ask for them) is scanned whole or skipped. Anchored calls (`match`, `fullmatch`)
    are not gated: they try one position, cheaper than folding the text."""

    __slots__ = ("_parts", "_table", "regex", "required")

    def __init__(self, regex: re.Pattern[str], required: tuple[str, ...]) -> None:
        self.regex = regex
        self.required = required
        parts = alternatives(regex.pattern) if not regex.groups and not regex.flags & re.VERBOSE else []
        self._parts = tuple(parts)
        self._table: GateTable[int] | None = None  # the words of each alternative, found in one scan
        if len(parts) > 1:
            self._table = GateTable(
                {j: required_literals(re.compile(p, regex.flags)) for j, p in enumerate(parts)}
            )

    def _scanner(self, text: str, pos: int, endpos: int) -> re.Pattern[str] | None:
        """What to scan `text[pos:endpos]` with: the pattern, the alternatives of it that may
        match there, or nothing."""
        if not _gated:
            return self.regex
        folded = fold(text if pos <= 0 and endpos >= len(text) else text[pos:endpos])
        if self._table is None:
            return self.regex if any(map(folded.__contains__, self.required)) else None
        blocked = self._table.blocked(folded)
        if not blocked:
            return self.regex
        if len(blocked) == len(self._parts):
            return None
        return _kept_alternatives(self.regex, blocked)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        regex = self._scanner(text, pos, endpos)
        return None if regex is None else regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        regex = self._scanner(text, pos, endpos)
        return iter(()) if regex is None else regex.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)  # match, fullmatch, sub, pattern, flags ...


@functools.lru_cache(maxsize=512)
def _kept_alternatives(regex: re.Pattern[str], blocked: frozenset[int]) -> re.Pattern[str]:
    """`regex` without its top-level alternatives `blocked`, the others in their order."""
    parts = alternatives(regex.pattern)
    return re.compile("|".join(p for j, p in enumerate(parts) if j not in blocked), regex.flags)


#: the length of pattern source from which `gate` tests the words a match holds before a scan
LONG_PATTERN = 200


def gate(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` as a `GatedPattern` when a scan of it costs more than the gate: a long pattern
    (`LONG_PATTERN` characters or more) with telling `required_literals` (none shorter than three
    characters: shorter ones are in nearly every text); else itself. A short pattern scans a
    clause about as fast as the clause is folded."""
    required = required_literals(regex) if len(regex.pattern) >= LONG_PATTERN else None
    if required is None or min(len(s) for s in required) < _TELLING:
        return regex
    return GatedPattern(regex, required)  # type: ignore[return-value]


class GateTable(Generic[K]):
    """The `required_literals` of many patterns, each tested once per text: which patterns a
    text blocks (holds none of their words) in one pass over the text.

    The words are found by one pattern over the words of every table (`_Words`), so that the
    tables a clause goes through (triggers, counts, attribution) share one scan of it."""

    def __init__(self, required: Mapping[K, tuple[str, ...] | None]) -> None:
        self._required = {k: frozenset(v) for k, v in required.items() if v is not None}
        self._strings = frozenset(s for v in self._required.values() for s in v)
        _WORDS.add(self._strings)
        #: the patterns a text holding that string may match: a text lets through the union of
        #: its strings' keys, in one C-level set operation instead of a test per pattern
        keys_of: dict[str, set[K]] = {}
        for k, v in self._required.items():
            for s in v:
                keys_of.setdefault(s, set()).add(k)
        self._keys_of = {s: frozenset(ks) for s, ks in keys_of.items()}
        self._keys = frozenset(self._required)

    def present(self, folded: str) -> frozenset[str]:
        """The strings of the table that the text whose `fold` is `folded` holds."""
        return self._strings.intersection(_WORDS.present(folded))

    def blocked(self, folded: str) -> frozenset[K]:
        """The keys of the patterns that cannot match the text whose `fold` is `folded`."""
        if not _gated:
            return frozenset()
        keys_of = self._keys_of
        return self._keys.difference(*[keys_of[s] for s in self.present(folded)])


class _Words:
    """The words of every `GateTable`, found in a text by one pattern over all of them, a trie
    (`_trie`) tried at every position: at each it finds the longest word starting there, and the
    words that one holds are in the text too (a word starting anywhere is the longest found where
    it starts or one held by it). One scan in the regex engine instead of a substring test per
    word; the last two texts' answers are kept, so the tables of one clause share it, and a text
    inside one of them (a window of the clause a cue is looked for in) tests only the words
    found there."""

    def __init__(self) -> None:
        self.strings: frozenset[str] = frozenset()
        self._starts: re.Pattern[str] | None = None
        self._within: dict[str, frozenset[str]] = {}
        self._recent: list[tuple[str, frozenset[str]]] = []

    def add(self, strings: frozenset[str]) -> None:
        if strings <= self.strings:
            return
        self.strings |= strings
        self._starts = re.compile(f"(?=({_trie(tuple(sorted(self.strings)))}))")
        self._within = {}
        self._recent = []

    def present(self, folded: str) -> frozenset[str]:
        recent = self._recent
        for last, found in recent:
            if folded is last or folded == last:  # the clause's tables ask one after another
                return found
        for last, found in recent:
            if len(folded) < len(last) and folded in last:
                # every word of the tables in a part of a text is among those of the text
                found = frozenset([s for s in found if s in folded])
                break
        else:
            out: set[str] = set()
            if self._starts is not None:
                for m in self._starts.finditer(folded):
                    out |= self._held(m.group(1))
            found = frozenset(out)
        self._recent = [(folded, found), *recent[:1]]
        return found

    def _held(self, word: str) -> frozenset[str]:
        """The words of the tables that `word` holds (itself among them)."""
        held = self._within.get(word)
        if held is None:
            held = self._within[word] = frozenset(o for o in self.strings if o in word)
        return held


_WORDS = _Words()


def trie(strings: Iterable[str]) -> str:
    """A pattern matching each of `strings` (none empty): an alternation of them as a trie, which
    the regex engine tries much faster than one alternative a string (see `_trie`)."""
    return _trie(tuple(sorted(set(strings))))


def _trie(strings: tuple[str, ...]) -> str:
    """A pattern matching each of `strings` (none empty), as a trie: its alternatives at each
    point differ in their first character, and a string that continues into a longer one is tried
    longer first, so a match at a position is the longest string starting there."""
    root: dict[str, Any] = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern's source, in order: ``"|".join`` of them gives
    the source back (a bar inside a group, a character class or after a backslash is no split)."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]" or pattern[i - 1] == "[" or pattern[i - 2 : i] == "[^"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def never_matches(pattern: str, flags: int = 0) -> bool:
    """Whether every match of `pattern` must pass an empty negative lookahead ``(?!)``, which
    never holds: such a pattern matches nothing (False when that cannot be told from its parts)."""
    return _dead(_parser.parse(pattern, flags))


def _dead(items: Any) -> bool:
    for op, av in items:
        if op is sre.ASSERT_NOT and not list(av[1]):
            return True
        if op is sre.SUBPATTERN and _dead(av[-1]):
            return True
        if op is sre.BRANCH and all(_dead(b) for b in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _dead(av[2]):
            return True
    return False


def _starts(items: Any) -> set[str] | None:
    """The literal starts of a parsed sequence: its leading literals, through its first group or
    alternation; None when some branch has none (zero-width assertions are passed over)."""
    prefixes = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL and av < 128:
            prefixes = {p + chr(av).lower() for p in prefixes}
            continue
        if op is sre.SUBPATTERN:
            inner = _starts(av[-1])
        elif op is sre.BRANCH:
            branches = [_starts(b) for b in av[1]]
            inner = None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
        else:
            inner = None
        if inner:
            prefixes = {p + q for p in prefixes for q in inner}
        break
    return None if "" in prefixes else prefixes


def _required(items: Any) -> set[str] | None:
    """Of a parsed sequence every match goes through: the most telling set of strings one of
    which any match holds (the literal starts of some part that is never skipped, or what every
    alternative of such a part holds), None when there is none."""
    best: set[str] | None = None
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        for found in (_starts(items[i:]), _inside(op, av)):
            if found and (best is None or _rank(found) > _rank(best)):
                best = found
    return best


def _shortest(found: set[str]) -> tuple[str, ...]:
    """The strings of a set worth testing: one that holds a shorter one is in a text only where
    that one is."""
    return tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))


#: the shortest string a gate tests alone: shorter ones are in nearly every text
_TELLING = 3


def _inside(op: Any, av: Any) -> set[str] | None:
    """What a match of one never-skipped part holds, read inside the part."""
    if op is sre.SUBPATTERN:
        return _required(av[-1])
    if op is sre.BRANCH:
        branches = [_required(b) for b in av[1]]
        return None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None


def _rank(found: set[str]) -> tuple[int, int]:
    """Longer strings are rarer in a text; fewer of them, fewer tests."""
    return min(len(s) for s in found), -len(found)
