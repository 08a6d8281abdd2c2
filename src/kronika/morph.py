"""Word forms of inflected languages: one small interface over a morphological analyser.

Russian nouns and adjectives change their endings with case ("в Хасавюрте", "под
Баксаном", "Сунженского района"); the stages that match words against data tables ask
this module for the dictionary form instead of listing every ending. The Russian
analyser is pymorphy3 with its OpenCorpora dictionary (shipped in the pymorphy3-dicts-ru
wheel); it is loaded once, on the first Russian word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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


@lru_cache(maxsize=65536)
def participle_forms(word: str, language: str = "ru") -> tuple[str, ...]:
    """The nominative masculine singular of a participle, the form a participle used as a noun is
    named by ("подозреваемых" → "подозреваемый", "нападавшие" → "нападавший"): its dictionary form is
    the verb, which a table of people's words does not list."""
    out: list[str] = []
    for p in _analyser(language).parse(word.lower().replace("ё", "е")):
        if p.tag.POS != "PRTF":
            continue
        form = p.inflect({"nomn", "sing", "masc"})
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


# --- phrases matched by dictionary form ----------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)
#: numerals that name no number ("много лет", "несколько человек")
_INDEFINITE = frozenset({"много", "немного", "несколько", "сколько", "столько", "мало", "немало"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text at `[start, end)`, with every dictionary form it may have (and its own
    lower-cased form, so acronyms the dictionary does not know still match) and their parts of speech."""

    start: int
    end: int
    text: str
    forms: frozenset[str]
    pos: frozenset[tuple[str, str]]
    number: bool


def tokens(text: str, language: str = "ru") -> tuple[Token, ...]:
    """The words of `text` with their dictionary forms; hyphenated words are read part by part."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        low = word.lower().replace("ё", "е")
        if word.isdigit():
            out.append(Token(m.start(), m.end(), word, frozenset((low,)), frozenset(), True))
            continue
        found = readings(word, language)
        forms = frozenset({low, *(r.lemma for r in found), *participle_forms(word, language)})
        pos = frozenset((r.lemma, r.pos) for r in found)
        number = any(r.pos == "NUMR" and r.lemma not in _INDEFINITE for r in found)
        out.append(Token(m.start(), m.end(), word, forms, pos, number))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Slot:
    """One position of a phrase: any of `lemmas` (optionally with a part of speech, "убить:VERB"),
    a word written exactly so ("=КТО", for acronyms that are also common words in lower case), a
    number ("#"), a gap of up to `skip` words ("~N"), optional when `optional` ("word?")."""

    lemmas: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()
    pos: tuple[tuple[str, str], ...] = ()
    number: bool = False
    skip: int = 0
    optional: bool = False

    def accepts(self, tok: Token) -> bool:
        if self.number:
            return tok.number
        if tok.forms & self.lemmas or tok.text in self.exact:
            return True
        return any(p in tok.pos for p in self.pos)


def _slot(spec: str) -> _Slot:
    optional = spec.endswith("?") and len(spec) > 1
    spec = spec.rstrip("?") if optional else spec
    if spec.startswith("~") and spec[1:].isdigit():
        return _Slot(skip=int(spec[1:]))
    if spec == "#":
        return _Slot(number=True, optional=optional)
    lemmas, pos, exact = [], [], []
    for alt in spec.split("|"):
        if alt.startswith("="):
            exact.append(alt[1:])
            continue
        word, _, part = alt.partition(":")
        word = word.lower().replace("ё", "е")
        if part:
            pos.extend((word, p) for p in part.split(","))
        else:
            lemmas.append(word)
    return _Slot(frozenset(lemmas), frozenset(exact), tuple(pos), optional=optional)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sequence of words told by their dictionary forms: "акция протест", "сбросить ~2 граната",
    "убить:VERB", "взрывной? устройство", "получить # год"; a hyphenated word is its parts
    ("террорист-смертник"), as `tokens` reads it."""

    text: str
    slots: tuple[_Slot, ...]

    def match_at(self, toks: Sequence[Token], i: int, hi: int) -> int | None:
        """The index after the last token of a match starting at token `i`, or None."""
        return _match(self.slots, 0, toks, i, hi, first=True)


def _match(
    slots: tuple[_Slot, ...], k: int, toks: Sequence[Token], i: int, hi: int, first: bool
) -> int | None:
    if k == len(slots):
        return i
    slot = slots[k]
    if slot.skip:
        for j in range(i, min(hi, i + slot.skip) + 1):
            end = _match(slots, k + 1, toks, j, hi, first=False)
            if end is not None:
                return end
        return None
    if i < hi and slot.accepts(toks[i]):
        end = _match(slots, k + 1, toks, i + 1, hi, first=False)
        if end is not None:
            return end
    if slot.optional and not first:
        return _match(slots, k + 1, toks, i, hi, first=False)
    if slot.optional and first:
        return _match(slots, k + 1, toks, i, hi, first=True)
    return None


@lru_cache(maxsize=4096)
def phrase(spec: str) -> Phrase:
    return Phrase(spec, tuple(_slot(s) for s in spec.replace("-", " ").split()))


#: phrase lists by identity (the lists of a data table live as long as the process), with the list
#: kept so its id stays its own; hashing a list of phrases on every call cost more than matching it
_FIRST_WORDS: dict[int, tuple[tuple[Phrase, ...], tuple[dict[str, tuple[int, ...]], tuple[int, ...]]]] = {}


def _first_words(phrases: tuple[Phrase, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    known = _FIRST_WORDS.get(id(phrases))
    if known is not None and known[0] is phrases:
        return known[1]
    if len(_FIRST_WORDS) > 4096:
        _FIRST_WORDS.clear()
    index = _index_first_words(phrases)
    _FIRST_WORDS[id(phrases)] = (phrases, index)
    return index


def _index_first_words(phrases: tuple[Phrase, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The phrases by the dictionary forms their first word may take, and those that may start
    anywhere (a number, a gap or an optional word first): `find` tries at each word only the
    phrases that word can open."""
    by_form: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for k, p in enumerate(phrases):
        first = p.slots[0] if p.slots else None
        if first is None or first.skip or first.number or first.optional:
            anywhere.append(k)
            continue
        for form in {
            *first.lemmas,
            *(e.lower().replace("ё", "е") for e in first.exact),
            *(w for w, _ in first.pos),
        }:
            by_form.setdefault(form, []).append(k)
    return {f: tuple(v) for f, v in by_form.items()}, tuple(anywhere)


def find(
    phrases: Sequence[Phrase], toks: Sequence[Token], lo: int, hi: int, forms: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """The first match (token indices [i, j)) of any of `phrases` among tokens `lo..hi`, earliest
    first. `forms`, the dictionary forms of those tokens when the caller has them, lets a stretch
    that holds no phrase's first word be passed over at once."""
    ordered = phrases if isinstance(phrases, tuple) else tuple(phrases)
    by_form, anywhere = _first_words(ordered)
    if forms is not None and not anywhere and forms.isdisjoint(by_form):
        return None
    for i in range(lo, hi):
        tried = {k for form in toks[i].forms for k in by_form.get(form, ())}
        tried.update(anywhere)
        for k in sorted(tried):
            end = ordered[k].match_at(toks, i, hi)
            if end is not None and end > i:
                return i, end
    return None
