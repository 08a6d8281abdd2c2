"""Phrases matched by dictionary form (`kronika.morph`): one entry reads every inflected form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import morph


def _found(spec: str, text: str) -> str | None:
    toks = morph.tokens(text)
    hit = morph.find([morph.phrase(spec)], toks, 0, len(toks))
    return None if hit is None else text[toks[hit[0]].start : toks[hit[1] - 1].end]


@pytest.mark.parametrize(
    ("spec", "text", "found"),
    [
        ("акция протест", "Полиция разогнала участников акции протеста.", "акции протеста"),
        ("акция протест", "Прошла акцией протеста против застройки.", "акцией протеста"),
        ("похитить", "Неизвестные похитили предпринимателя.", "похитили"),
        ("похитить", "Предприниматель был похищен.", "похищен"),
        ("обстрел", "После обстрелов город остался без света.", "обстрелов"),
        ("сбросить ~3 граната", "Дрон сбросил на машину две гранаты.", "сбросил на машину две гранаты"),
        ("террорист-смертник", "Террорист-смертник подорвал себя.", "Террорист-смертник"),
        ("взрывной? устройство ~1 сработать", "Устройство сработало утром.", "Устройство сработало"),
        ("получить # год", "Он получил 12 лет колонии.", "получил 12 лет"),
    ],
)
def test_phrases_read_every_form(spec: str, text: str, found: str) -> None:
    assert _found(spec, text) == found


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        ("убить:VERB", "Убитый полицейский был опознан."),
        ("=КТО", "Никто не знает, кто стрелял."),
        ("сбросить ~1 граната", "Дрон сбросил на машину две гранаты."),
        ("акция протест", "Акция прошла без протестов."),
        ("получить # год", "Он получил много лет назад орден."),
    ],
)
def test_what_a_phrase_does_not_read(spec: str, text: str) -> None:
    assert _found(spec, text) is None


@pytest.mark.parametrize(
    ("spec", "text", "found"),
    [
        ("убить:VERB", "Боевики убили двоих.", "убили"),
        ("=КТО", "В Нальчике введён режим КТО.", "КТО"),
    ],
)
def test_part_of_speech_and_exact_words(spec: str, text: str, found: str) -> None:
    assert _found(spec, text) == found


_WORDS = st.sampled_from(
    [
        "в",
        "Грозном",
        "обстрел",
        "обстрела",
        "акции",
        "протеста",
        "12",
        "лет",
        "получил",
        "КТО",
        "кто",
        ",",
        ".",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, max_size=15), st.sampled_from(["акция протест", "получить # год", "обстрел", "=КТО"]))
def test_matches_lie_inside_the_text_in_order(words: list[str], spec: str) -> None:
    text = " ".join(words)
    toks = morph.tokens(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    hit = morph.find([morph.phrase(spec)], toks, 0, len(toks))
    if hit is not None:
        assert 0 <= hit[0] < hit[1] <= len(toks)
        forms = frozenset(f for t in toks for f in t.forms)
        assert morph.find([morph.phrase(spec)], toks, 0, len(toks), forms) == hit
