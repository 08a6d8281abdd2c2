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
import os
import re
from collections.abc import Iterator, Mapping
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
    return text.translate(ASCII_FOLD).lower()


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII strings (folded) one of which every match of `pattern` holds, or None when the
    pattern has no such set: the starting words of a part no match goes without."""
    found = _required(_parser.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    # a string that holds a shorter one is in a text only where that one is: test the shorter
    return tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))


def may_match(required: tuple[str, ...] | None, folded: str) -> bool:
    """False only when no match of a pattern with these `required_literals` can be in the text
    whose `fold` is `folded`."""
    if required is None or not _gated:
        return True
    for s in required:  # noqa: SIM110 - a plain loop: no generator per clause and pattern
        if s in folded:
            return True
    return False


class GateTable(Generic[K]):
    """The `required_literals` of many patterns, each tested once per text: which patterns a
    text blocks (holds none of their words) in one pass over the words of all of them.

    With `indexed`, a string is looked for only when the text holds its first three characters
    (the text's three-character pieces are one set, the strings are indexed by theirs; shorter
    strings are always looked for): for a table of hundreds of strings, of which a text may hold
    a handful, that is cheaper than looking for every one."""

    def __init__(self, required: Mapping[K, tuple[str, ...] | None], indexed: bool = False) -> None:
        self._required = {k: frozenset(v) for k, v in required.items() if v is not None}
        self._strings = tuple(sorted({s for v in self._required.values() for s in v}))
        self._indexed = indexed
        self._short = tuple(s for s in self._strings if len(s) < _PIECE)
        by_piece: dict[str, list[str]] = {}
        for s in self._strings:
            if len(s) >= _PIECE:
                by_piece.setdefault(s[:_PIECE], []).append(s)
        self._by_piece = {p: tuple(v) for p, v in by_piece.items()}
        self._pieces = frozenset(self._by_piece)

    def present(self, folded: str) -> set[str]:
        """The strings of the table that the text whose `fold` is `folded` holds."""
        if not self._indexed:
            return {s for s in self._strings if s in folded}
        found = {s for s in self._short if s in folded}
        pieces = {folded[i : i + _PIECE] for i in range(len(folded) - _PIECE + 1)}
        for p in self._pieces.intersection(pieces):
            found.update(s for s in self._by_piece[p] if s in folded)
        return found

    def blocked(self, folded: str) -> frozenset[K]:
        """The keys of the patterns that cannot match the text whose `fold` is `folded`."""
        if not _gated:
            return frozenset()
        present = self.present(folded)
        return frozenset(k for k, v in self._required.items() if present.isdisjoint(v))


#: the length of the pieces an indexed `GateTable` finds its strings by
_PIECE = 3


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
