"""Language identification, and where each language's resources and stage code live.

The ``language`` stage names the language of the cleaned text (CLD2 through pycld2: its
model is compiled into the wheel, about 10 MB of memory and a few milliseconds a document)
and records it on the `Document`. ``data/languages/languages.json`` lists the languages kronika reads and, per
stage, the function that runs a stage for that language; a stage it does not list runs
the default implementation. A language kronika does not read is still named: the pipeline
stops after this stage, leaves a note on the document and writes no records.

A language's words live in ``data/<code>/<stage>/`` (English keeps ``data/<stage>/``);
`resource_dir` maps a language and a stage to that folder.
"""

from __future__ import annotations

import collections
import importlib
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any

from kronika.pipeline import Stage

if TYPE_CHECKING:
    from kronika.document import Document

#: how much of the cleaned text identification reads: enough for a stable answer, cheap
SAMPLE_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    #: stage name → "module:function" that runs the stage for this language
    stages: dict[str, str]


@cache
def _table() -> dict[str, Any]:
    path = resources.files("kronika") / "data" / "languages" / "languages.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def default_language() -> str:
    return str(_table()["default"])


@cache
def readable() -> dict[str, Language]:
    """The languages kronika reads, by ISO 639-1 code."""
    return {
        code: Language(code, row["name"], dict(row.get("stages", {})))
        for code, row in _table()["languages"].items()
    }


def is_readable(code: str) -> bool:
    return code in readable()


def resource_dir(code: str, stage: str) -> Traversable:
    """The folder of a language's data for one stage (English: ``data/<stage>``)."""
    root = resources.files("kronika") / "data"
    return root / stage if code == default_language() else root / code / stage


@cache
def stage_function(stage: str, code: str) -> Callable[[Document], None] | None:
    """The function that runs `stage` for language `code`, or None for the default one."""
    language = readable().get(code)
    target = language.stages.get(stage) if language else None
    if not target:
        return None
    module, _, name = target.partition(":")
    fn: Callable[[Document], None] = getattr(importlib.import_module(module), name)
    return fn


def _script_default(text: str) -> tuple[str, int]:
    """The default language of the text's main script, and how many letters it has."""
    counts: dict[str, int] = {}
    letters = 0
    for ch, n in collections.Counter(text).items():  # each character once, in order of appearance
        if ch.isalpha():
            letters += n
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + n
    defaults: dict[str, str] = _table()["script_defaults"]
    for script, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
        if script in defaults:
            return defaults[script], letters
        break
    return default_language(), letters


def identify(text: str) -> str:
    """The ISO 639-1 code of the text's language (CLD2's code; "un" is never returned).

    A text too short to tell (a headline, a test sentence), or one CLD2 cannot place,
    takes the default language of its script (Latin: English, Cyrillic: Russian), so a
    short input is never dropped for a guess.
    """
    import pycld2

    sample = text[:SAMPLE_CHARS]
    fallback, letters = _script_default(sample)
    if letters < int(_table()["short_text_letters"]):
        return fallback
    try:
        _, _, found = pycld2.detect(sample)
    except pycld2.error:  # text CLD2 will not read (stray control bytes): go by the script
        return fallback
    code = str(found[0][1])
    return fallback if code in ("un", "xx") else code


def name_of(code: str) -> str:
    """The English name of a language code ("hu" → "Hungarian")."""
    if code in readable():
        return readable()[code].name
    import pycld2

    for name, known in pycld2.LANGUAGES:
        if known == code:
            return str(name).title()
    return code


def unread_note(code: str) -> str:
    return f"written in {name_of(code)} ({code}), which kronika cannot read yet: no records"


def annotate(doc: Document) -> None:
    doc.language = identify(doc.text)
    if not is_readable(doc.language):
        doc.notes.append(unread_note(doc.language))


STAGE = Stage(name="language", requires=("clean",), run=annotate)
