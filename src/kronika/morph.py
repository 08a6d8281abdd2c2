"""Word forms of inflected languages: one small interface over a morphological analyser.

Russian nouns and adjectives change their endings with case ("в Хасавюрте", "под
Баксаном", "Сунженского района"); the stages that match words against data tables ask
this module for the dictionary form instead of listing every ending. The Russian
analyser is pymorphy3 with its OpenCorpora dictionary (shipped in the pymorphy3-dicts-ru
wheel); it is loaded once, on the first Russian word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class Reading:
    """One analysis of a word form: its dictionary form and grammatical tags."""

    lemma: str
    pos: str
    tags: frozenset[str]
    score: float


@cache
def _analyser(language: str) -> Any:
    if language != "ru":
        raise ValueError(f"no morphological analyser for {language!r}")
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def readings(word: str, language: str = "ru") -> tuple[Reading, ...]:
    """The analyses of `word`, most probable first (lower-cased, ё read as е)."""
    out = []
    for p in _analyser(language).parse(word.lower().replace("ё", "е")):
        tags = frozenset(str(t) for t in p.tag._grammemes_tuple)
        out.append(Reading(p.normal_form.replace("ё", "е"), str(p.tag.POS or ""), tags, float(p.score)))
    return tuple(out)


def lemma(word: str, language: str = "ru") -> str:
    found = readings(word, language)
    return found[0].lemma if found else word.lower()


def lemmas(word: str, language: str = "ru") -> tuple[str, ...]:
    """Every dictionary form the word may have, most probable first, without repeats."""
    return tuple(dict.fromkeys(r.lemma for r in readings(word, language)))


@lru_cache(maxsize=16384)
def adjective_forms(word: str, language: str = "ru") -> tuple[str, ...]:
    """The nominative singular forms (masculine, feminine, neuter) of an adjective.

    Settlement names are often adjectives ("станица Орджоникидзевская", "село Серноводское"):
    the gazetteer may hold a different gender than the text uses.
    """
    out: list[str] = []
    for p in _analyser(language).parse(word.lower().replace("ё", "е")):
        if p.tag.POS != "ADJF":
            continue
        for gender in ("masc", "femn", "neut"):
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                out.append(form.word.replace("ё", "е"))
    return tuple(dict.fromkeys(out))


def is_name_of_person(word: str, language: str = "ru") -> bool:
    """The most probable reading is a first name, surname or patronymic, not a place."""
    found = readings(word, language)
    if not found:
        return False
    top = found[0].tags
    return bool(top & {"Name", "Surn", "Patr"}) and "Geox" not in top
