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


def fold(text: str) -> str:
    """Same-length text with diacritics dropped, apostrophes and dashes unified.

    Every character maps to exactly one character, so offsets into the folded text are
    offsets into the original.
    """
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


def name_key(name: str) -> str:
    """The lookup key of a name: folded, case-folded, no apostrophes or dots, one space."""
    s = fold(name).casefold().replace("'", "").replace(".", "")
    return _SPACES.sub(" ", s).strip()
