"""Page furniture of Russian-language news sites is cleaned away (invented lines)."""

from __future__ import annotations

import pytest

from kronika import api

REPORT = "В Назрани неизвестные обстреляли пост полиции, ранен сотрудник."


@pytest.mark.parametrize(
    "line",
    [
        "Читайте также: В Дагестане ликвидированы трое боевиков",
        "Подписаться",
        "Поделиться",
        "Все новости",
        "Главная",
        "Фото: пресс-служба МВД",
        "Реклама",
    ],
)
def test_furniture_lines_are_dropped_and_offsets_hold(line: str) -> None:
    raw = f"{line}\n{REPORT}\n{line}\n"
    doc = api.process(raw, "ru.txt", until="clean")
    assert line not in doc.text and REPORT in doc.text
    start = doc.text.index(REPORT)
    raw_start, raw_end = doc.offsets.span_to_raw(start, start + len(REPORT))
    assert raw[raw_start:raw_end] == REPORT
