"""Loaders for the event stage's language data (``data/events/*.json``), each read once per language.

The data is keyed by language: ``data/events/languages.json`` maps a language code to the folder
(under ``data/events/``) that holds its ``triggers.json``, ``cues.json``, ``counts.json`` ...; English
lives at the top. The stage sets the language of the document it reads (`language`); every
loader below then reads that language's files, so adding a language is adding its folder and its
line in ``languages.json``, not code. A language without event data is read with English data.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from kronika import prefilter
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


T = TypeVar("T")
DEFAULT_LANGUAGE = "en"
_LANGUAGE: ContextVar[str] = ContextVar("kronika_event_language", default=DEFAULT_LANGUAGE)


@cache
def languages() -> dict[str, str]:
    """Language code → folder of its event data, relative to ``data/events/``."""
    path = resources.files("kronika") / "data" / "events" / "languages.json"
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["languages"]
    return table


def supported(lang: str | None) -> str:
    """The language whose data reads `lang`: itself when it has data, else English."""
    return lang if lang in languages() else DEFAULT_LANGUAGE


@contextlib.contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Read event data of `lang` inside the block (the stage wraps one document in it)."""
    token = _LANGUAGE.set(supported(lang))
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def current() -> str:
    return _LANGUAGE.get()


def per_language(fn: Callable[..., T]) -> Callable[..., T]:
    """Like `functools.cache`, keyed by the current language too: for patterns built from the data."""
    cached = cache(lambda lang, *args: fn(*args))
    language = _LANGUAGE.get  # current(), without a call of its own: this runs per clause and pattern

    @functools.wraps(fn)
    def wrapper(*args: Any) -> T:
        return cached(language(), *args)  # type: ignore[no-any-return]

    return wrapper


def load(name: str, lang: str | None = None) -> dict[str, Any]:
    folder = languages()[supported(lang or current())]
    path = resources.files("kronika") / "data" / "events" / folder / name
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


def triggers() -> tuple[Trigger, ...]:
    return _triggers(current())


@cache
def inflections(lemma: str) -> tuple[str, ...]:
    """Every inflected form of an English lemma, as a verb and as a noun ("abduct" → abducts,
    abducted, abducting; "riot" → riots, rioted, rioting), from lemminflect's tables; verbs
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


def lemma_pattern(phrase: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A regular expression for a lemma phrase: its first word in every inflected form, the rest
    as written (itself a regular expression): "set fire to" matches "sets/setting fire to".
    Only English is inflected here; another language's lemma rows match as written."""
    head, _, rest = phrase.partition(" ")
    forms = inflections(head) if lang == DEFAULT_LANGUAGE else (head,)
    alternation = "|".join(re.escape(f) for f in forms)
    return f"(?:{alternation})" + (rf"\s+{rest}" if rest else "")


def _trigger_pattern(row: dict[str, Any], lang: str) -> str:
    parts = [lemma_pattern(p, lang) for p in row.get("lemmas", [])]
    if row.get("pattern"):
        parts.append(row["pattern"])
    if not parts:
        raise ValueError(f"trigger row without pattern or lemmas: {row}")
    return "|".join(parts)


@cache
def _triggers(lang: str) -> tuple[Trigger, ...]:
    out = []
    for row in load("triggers.json", lang)["triggers"]:
        out.append(
            Trigger(
                regex=word_regex(_trigger_pattern(row, lang)),
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


def cues() -> dict[str, Any]:
    return _cues(current())


@cache
def _cues(lang: str) -> dict[str, Any]:
    return load("cues.json", lang)


def cue(name: str) -> re.Pattern[str]:
    return _cue(_LANGUAGE.get(), name)  # current(), without a call of its own: asked per clause


@cache
def _cue(lang: str, name: str) -> re.Pattern[str]:
    source = _cues(lang)[name]
    if source.startswith("^") and len(source) >= _LONG_ANCHORED:
        return _LastMatch(re.compile(source, re.IGNORECASE))  # type: ignore[return-value]
    # a scan first tests the words every match holds (most cues find nothing in most clauses)
    return prefilter.gate(re.compile(source, re.IGNORECASE))


#: the length from which a start-anchored cue keeps its last answer (`_LastMatch`)
_LONG_ANCHORED = 500


class _LastMatch:
    """A long start-anchored cue (the dateline) that the stages ask about the same clause again
    and again (its frames, its date, its place, its splits): `match` of a whole text keeps its
    last answer; everything else is the pattern's own."""

    __slots__ = ("_last", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._last: tuple[str, re.Match[str] | None] = ("", regex.match(""))

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        if bounds:
            return self.regex.match(text, *bounds)
        last, found = self._last
        if text is last or text == last:
            return found
        found = self.regex.match(text)
        self._last = (text, found)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)


def attribution_cues(group_alternation: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _attribution_cues(current(), group_alternation)


@cache
def _attribution_cues(lang: str, group_alternation: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Attribution patterns with GROUP replaced by the alternation of group names in a text."""
    out = []
    for row in _cues(lang)["attribution"]:
        pattern = row["pattern"].replace("GROUP", f"(?:the\\s+)?(?:{group_alternation})")
        out.append((row["value"], re.compile(pattern, re.IGNORECASE)))
    return tuple(out)


def numbers() -> dict[str, Any]:
    return _numbers(current())


@cache
def _numbers(lang: str) -> dict[str, Any]:
    return load("numbers.json", lang)


def counts() -> dict[str, str]:
    return _counts(current())


@cache
def _counts(lang: str) -> dict[str, str]:
    return {k: v for k, v in load("counts.json", lang).items() if not k.startswith("_")}


def weapons() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _weapons(current())


@cache
def _weapons(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = load("weapons.json", lang)["weapons"]
    return tuple(
        (word_regex(r["pattern"], 0 if r["pattern"].isupper() else re.IGNORECASE), r["weapon"]) for r in rows
    )


def targets() -> dict[str, re.Pattern[str]]:
    return _targets(current())


@cache
def _targets(lang: str) -> dict[str, re.Pattern[str]]:
    data = load("targets.json", lang)
    return {k: word_regex(v) for k, v in data.items() if not k.startswith("_")}


def acled() -> dict[str, Any]:
    return _acled(current())


@cache
def _acled(lang: str) -> dict[str, Any]:
    return load("acled.json", lang)


def stopwords() -> frozenset[str]:
    return _stopwords(current())


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(_cues(lang)["reference_stopwords"])


def sub_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _sub_cues(current())


@cache
def _sub_cues(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = load("triggers.json", lang).get("sub_cues", {})
    return tuple((sub, word_regex(pattern)) for sub, pattern in rows.items())
