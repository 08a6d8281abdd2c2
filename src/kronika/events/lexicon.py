"""Loaders for the event stage's language data (``data/events/*.json``), each read once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kronika.record import KINDS

FAMILIES = ("violent", "arrest", "legal", "seizure", "claim", "org", "designation")
STRENGTHS = ("strong", "frame", "weak")


def load(name: str) -> dict[str, Any]:
    path = resources.files("kronika") / "data" / "events" / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


#: how far back a cue on the text before a match reads: every such cue is anchored at the
#: match and spans far less; reading the whole clause before each match made a clause of n
#: matches cost n² (a list of 800 "N killed" took seconds)
BEFORE_CHARS = 400


def before(text: str, pos: int, width: int = BEFORE_CHARS) -> str:
    """The text before `pos` that a cue reads: at most `width` characters, from a word's start."""
    start = pos - width
    if start <= 0:
        return text[:pos]
    space = text.find(" ", start, pos)
    return text[space + 1 if space >= 0 else pos : pos]


def word_regex(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", flags)


@dataclass(frozen=True, slots=True)
class Trigger:
    regex: re.Pattern[str]
    kind: str
    family: str
    form: str
    strength: str
    priority: int
    weapon: str | None = None
    sub: str | None = None
    needs: str | None = None
    responds: bool = False
    separate: bool = False
    only_reference: bool = False


@cache
def triggers() -> tuple[Trigger, ...]:
    out = []
    for row in load("triggers.json")["triggers"]:
        out.append(
            Trigger(
                regex=word_regex(row["pattern"]),
                kind=row["kind"],
                family=row["family"],
                form=row["form"],
                strength=row["strength"],
                priority=int(row.get("priority", 0)),
                weapon=row.get("weapon"),
                sub=row.get("sub"),
                needs=row.get("needs"),
                responds=bool(row.get("responds", False)),
                separate=bool(row.get("separate", False)),
                only_reference=bool(row.get("only_reference", False)),
            )
        )
    for t in out:
        if t.kind not in KINDS or t.family not in FAMILIES or t.strength not in STRENGTHS:
            raise ValueError(f"bad trigger row: {t}")
    return tuple(out)


@cache
def cues() -> dict[str, Any]:
    return load("cues.json")


@cache
def cue(name: str) -> re.Pattern[str]:
    return re.compile(cues()[name], re.IGNORECASE)


@cache
def attribution_cues(group_alternation: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Attribution patterns with GROUP replaced by the alternation of group names in a text."""
    out = []
    for row in cues()["attribution"]:
        pattern = row["pattern"].replace("GROUP", f"(?:the\\s+)?(?:{group_alternation})")
        out.append((row["value"], re.compile(pattern, re.IGNORECASE)))
    return tuple(out)


@cache
def numbers() -> dict[str, Any]:
    return load("numbers.json")


@cache
def counts() -> dict[str, str]:
    return {k: v for k, v in load("counts.json").items() if not k.startswith("_")}


@cache
def weapons() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = load("weapons.json")["weapons"]
    return tuple(
        (word_regex(r["pattern"], 0 if r["pattern"].isupper() else re.IGNORECASE), r["weapon"]) for r in rows
    )


@cache
def targets() -> dict[str, re.Pattern[str]]:
    data = load("targets.json")
    return {k: word_regex(v) for k, v in data.items() if not k.startswith("_")}


@cache
def acled() -> dict[str, Any]:
    return load("acled.json")


@cache
def stopwords() -> frozenset[str]:
    return frozenset(cues()["reference_stopwords"])


@cache
def sub_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = load("triggers.json").get("sub_cues", {})
    return tuple((sub, word_regex(pattern)) for sub, pattern in rows.items())
