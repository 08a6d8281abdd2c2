"""Russian abbreviations end no sentence (own sentences)."""

from __future__ import annotations

import pytest

from kronika import api


@pytest.mark.parametrize(
    "text",
    [
        "Его задержали в г. Нальчик по месту жительства.",
        "Дело возбуждено по ч. 2 ст. 205 УК РФ за подготовку теракта.",
        "Он входил в т.н. баксанскую бандгруппу и изготавливал бомбы.",
        "Штраф составил 300 тыс. руб. и был уплачен сразу.",
        "Нападение произошло на ул. Ленина в пос. Каменка.",
    ],
)
def test_one_sentence(text: str) -> None:
    doc = api.process(text, "ru.txt", until="segment")
    assert len(doc.sentences) == 1


def test_sentences_still_break_after_ordinary_words() -> None:
    doc = api.process("Боевики напали на пост. Двое полицейских ранены.", "ru.txt", until="segment")
    assert len(doc.sentences) == 2
