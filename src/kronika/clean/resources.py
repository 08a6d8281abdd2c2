"""Word lists and patterns the cleaner and segmenter use (data/clean/), loaded once."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

_DIR = ("data", "clean")


def _read(name: str) -> str:
    return resources.files("kronika").joinpath(*_DIR, name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> frozenset[str]:
    """A `.txt` list: one entry a line, `#` comments, compared case-folded."""
    return frozenset(_entries(name))


@cache
def ordered_list(name: str) -> tuple[str, ...]:
    """A `.txt` list in file order, case-folded."""
    return tuple(_entries(name))


@cache
def pattern_list(name: str) -> tuple[re.Pattern[str], ...]:
    """A `.txt` list of regular expressions, each compiled case-insensitively."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _entries(name, fold=False))


@cache
def joined_pattern(name: str, template: str = "(?:{})") -> re.Pattern[str]:
    """All expressions of a list as one alternation (case-insensitive) inside `template`."""
    alternatives = "|".join(f"(?:{p})" for p in _entries(name, fold=False))
    return re.compile(template.format(alternatives), re.IGNORECASE)


@cache
def json_table(name: str) -> dict[str, Any]:
    data = json.loads(_read(name))
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a JSON object")
    return data


def _entries(name: str, fold: bool = True) -> list[str]:
    out = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        out.append(line.casefold() if fold else line)
    return out


@cache
def sectioned_list(name: str) -> dict[str, frozenset[str]]:
    """A `.txt` list split by ``# section: NAME`` lines into case-folded sets."""
    sections: dict[str, set[str]] = {}
    current = ""
    for raw in _read(name).splitlines():
        line = raw.strip()
        if line.lower().startswith("# section:"):
            current = line.split(":", 1)[1].strip()
            continue
        if not line or line.startswith("#"):
            continue
        sections.setdefault(current, set()).add(line.casefold())
    return {k: frozenset(v) for k, v in sections.items()}
