"""Text folding for toponym matching: diacritics, apostrophes and dashes, offsets kept."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_APOSTROPHES = "'’‘ʼʻ`´ʿʾ′"
_DASHES = "‐‑‒–—−"
_SPACES = re.compile(r"[\s\-]+")


@cache
def _fold_char(ch: str) -> str:
    if ch < "\x80":
        return ch
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    special = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "æ": "a"}
    if ch in special:
        return special[ch]
    return base if len(base) == 1 else ch


class _FoldTable(dict):
    """`str.translate` table filled on first sight of a character: the translation runs in C
    and each character's folding is computed once (the gazetteer build folds ~1.4M names)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Same-length text with diacritics dropped, apostrophes and dashes unified.

    Every character maps to exactly one character, so offsets into the folded text are
    offsets into the original.
    """
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


def name_key(name: str) -> str:
    """The lookup key of a name: folded, case-folded, no apostrophes or dots, one space."""
    return folded_key(fold(name))


def folded_key(folded: str) -> str:
    """`name_key` of a name already folded."""
    s = folded.casefold()
    if "'" in s or "." in s:
        s = s.replace("'", "").replace(".", "")
    if s.isalpha():  # one word (most names): nothing to unify
        return s
    return _SPACES.sub(" ", s).strip()


def fold_first(text: str) -> str:
    """The first character of `fold(text)` (a cheap test before folding a whole name)."""
    return _fold_char(text[0]) if text else ""
