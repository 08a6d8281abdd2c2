"""Loader of the temporal vocabularies in ``kronika/data/time`` (read once, cached)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: where the vocabularies live
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "time"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words the temporal grammar is built from; code holds none of them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    month_parts: dict[str, str]
    year_parts: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[int, int]]
    #: days after Easter Sunday
    easter_holidays: dict[str, int]
    day_parts: tuple[str, ...]
    year_prepositions: tuple[str, ...]
    month_prepositions: tuple[str, ...]
    determiners: tuple[str, ...]
    counted_nouns: frozenset[str]
    weekday_non_dates: frozenset[str]
    aside_openers: tuple[str, ...]
    that_non_relative: frozenset[str]
    header_keywords_primary: tuple[str, ...]
    header_keywords_secondary: tuple[str, ...]
    duration_verbs: tuple[str, ...]
    head_event_verbs: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    #: speech words that name a source after the happening's own words ("…on 22 April, according
    #: to police"): the date before them dates the happening, not the saying
    source_openers: frozenset[str]
    name_nouns: frozenset[str]
    range_openers: tuple[str, ...]
    range_closers: tuple[str, ...]
    infobox_fields: tuple[str, ...]
    future_markers: tuple[str, ...]
    span_nouns: tuple[str, ...]
    appositive_participles: tuple[str, ...]
    weekday_name_prefixes: frozenset[str]
    #: nouns of a told happening that "two days after the <noun>" counts from
    happening_nouns: frozenset[str]
    #: endings stripped to find a noun's stem in the sentence that told it ("bombing" → "bomb")
    noun_suffixes: tuple[str, ...]
    #: words after "the 15th" that make it an ordinal, not a day ("the 15th century")
    ordinal_nouns: frozenset[str]
    #: "the raid came a week after …": the subject is the later happening
    sequel_verbs: tuple[str, ...]
    sequel_hedges: tuple[str, ...]
    #: "the clashes lasted until 2 January": the happening runs to that date
    until_verbs: tuple[str, ...]
    #: counts that tell no number ("a few days later"): the shift stays coarse
    vague_counts: frozenset[str]
    #: "in a statement on Wednesday": the date of the saying
    speech_nouns: tuple[str, ...]
    #: "during Sunday mass": a weekday's service after "during/after", which dates that day
    weekday_services: tuple[str, ...]
    #: "the deadliest this year", "so far this month": a comparison's frame, not a told date
    comparison_frames: tuple[str, ...]


def _read(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _tsv(name: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for line in _read(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, value = line.split("\t")
        table[word.strip()] = int(value)
    return table


@cache
def lexicon() -> Lexicon:
    data = json.loads(_read("lexicon.json"))
    return Lexicon(
        months=_tsv("months.tsv"),
        weekdays=_tsv("weekdays.tsv"),
        numbers=_tsv("numbers.tsv"),
        month_parts=dict(data["month_parts"]),
        year_parts={k: (int(v[0]), int(v[1])) for k, v in data["year_parts"].items()},
        holidays={k: (int(v[0]), int(v[1])) for k, v in data["holidays"].items()},
        easter_holidays={k: int(v) for k, v in data["easter_holidays"].items()},
        day_parts=tuple(data["day_parts"]),
        year_prepositions=tuple(data["year_prepositions"]),
        month_prepositions=tuple(data["month_prepositions"]),
        determiners=tuple(data["determiners"]),
        counted_nouns=frozenset(data["counted_nouns"]),
        weekday_non_dates=frozenset(data["weekday_non_dates"]),
        aside_openers=tuple(data["aside_openers"]),
        that_non_relative=frozenset(data["that_non_relative"]),
        header_keywords_primary=tuple(data["header_keywords_primary"]),
        header_keywords_secondary=tuple(data["header_keywords_secondary"]),
        duration_verbs=tuple(data["duration_verbs"]),
        head_event_verbs=tuple(data["head_event_verbs"]),
        speech_verbs=tuple(data["speech_verbs"]),
        source_openers=frozenset(data.get("source_openers", ())),
        name_nouns=frozenset(data["name_nouns"]),
        range_openers=tuple(data["range_openers"]),
        range_closers=tuple(data["range_closers"]),
        infobox_fields=tuple(data["infobox_fields"]),
        future_markers=tuple(data["future_markers"]),
        span_nouns=tuple(data["span_nouns"]),
        appositive_participles=tuple(data["appositive_participles"]),
        weekday_name_prefixes=frozenset(data["weekday_name_prefixes"]),
        happening_nouns=frozenset(data["happening_nouns"]),
        noun_suffixes=tuple(data["noun_suffixes"]),
        ordinal_nouns=frozenset(data["ordinal_nouns"]),
        sequel_verbs=tuple(data["sequel_verbs"]),
        sequel_hedges=tuple(data["sequel_hedges"]),
        until_verbs=tuple(data["until_verbs"]),
        vague_counts=frozenset(data["vague_counts"]),
        speech_nouns=tuple(data["speech_nouns"]),
        weekday_services=tuple(data["weekday_services"]),
        comparison_frames=tuple(data["comparison_frames"]),
    )
