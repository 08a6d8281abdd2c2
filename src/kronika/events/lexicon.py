"""Loaders for the event stage's language data (``data/events/*.json``), each read once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kronika.record import KINDS

FAMILIES = (
    "violent",
    "arrest",
    "legal",
    "seizure",
    "claim",
    "org",
    "designation",
    "protest",
    "riot",
    "develop",
)
STRENGTHS = ("strong", "frame", "weak")


def load(name: str) -> dict[str, Any]:
    path = resources.files("kronika") / "data" / "events" / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


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
def inflections(lemma: str) -> tuple[str, ...]:
    """Every inflected form of an English lemma, as a verb and as a noun ("abduct" → abducts,
    abducted, abducting; "riot" → riots, rioted, rioting), from lemminflect's tables; words
    it does not know are inflected by its rules for unknown words."""
    import lemminflect

    forms = {lemma}
    for upos in ("VERB", "NOUN"):
        table = lemminflect.getAllInflections(lemma, upos) or {}
        if not table and upos == "VERB":
            table = lemminflect.getAllInflectionsOOV(lemma, upos)
        for words in table.values():
            forms.update(words)
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def lemma_pattern(phrase: str) -> str:
    """A regular expression for a lemma phrase: its first word in every inflected form, the rest
    as written (itself a regular expression): "set fire to" matches "sets/setting fire to"."""
    head, _, rest = phrase.partition(" ")
    forms = "|".join(re.escape(f) for f in inflections(head))
    return f"(?:{forms})" + (rf"\s+{rest}" if rest else "")


def _trigger_pattern(row: dict[str, Any]) -> str:
    parts = [lemma_pattern(p) for p in row.get("lemmas", [])]
    if row.get("pattern"):
        parts.append(row["pattern"])
    if not parts:
        raise ValueError(f"trigger row without pattern or lemmas: {row}")
    return "|".join(parts)


@cache
def triggers() -> tuple[Trigger, ...]:
    out = []
    for row in load("triggers.json")["triggers"]:
        out.append(
            Trigger(
                regex=word_regex(_trigger_pattern(row)),
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
