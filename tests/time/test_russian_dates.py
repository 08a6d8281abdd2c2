"""Russian temporal expressions, resolved against a pinned publication date (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from kronika import api

PUBLISHED = "2024-03-07"  # a Thursday


def _timexes(text: str, published: str = PUBLISHED):
    return api.process(text, "ru.txt", published=published, until="time").timexes


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Взрыв прогремел 5 марта у здания администрации.", date(2024, 3, 5), date(2024, 3, 5), "day"),
        ("Обстрел начался в ночь на 2 марта и длился до утра.", date(2024, 3, 1), date(2024, 3, 2), "days"),
        ("В ночь с 3 на 4 марта беспилотники атаковали город.", date(2024, 3, 3), date(2024, 3, 4), "days"),
        ("Днём ранее в посёлке загорелся склад.", date(2024, 3, 6), date(2024, 3, 6), "day"),
        (
            "2 марта начались протесты. На следующий день их разогнали.",
            date(2024, 3, 3),
            date(2024, 3, 3),
            "day",
        ),
        (
            "4 марта был обстрел. В тот же день в соседнем селе ранен мужчина.",
            date(2024, 3, 4),
            date(2024, 3, 4),
            "day",
        ),
        (
            "Столкновения шли с 12 по 14 февраля 2023 года в горах.",
            date(2023, 2, 12),
            date(2023, 2, 14),
            "days",
        ),
        (
            "Нападение на пост случилось 30.12.2019 на окраине села.",
            date(2019, 12, 30),
            date(2019, 12, 30),
            "day",
        ),
        ("В январе 2022 года отряд попал в засаду.", date(2022, 1, 1), date(2022, 1, 31), "month"),
        ("В прошлом году в районе прошли три операции.", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("Вчера вечером неизвестные подожгли машину.", date(2024, 3, 6), date(2024, 3, 6), "day"),
        ("Во вторник боевики обстреляли блокпост.", date(2024, 3, 5), date(2024, 3, 5), "day"),
        ("В минувшие выходные полиция провела рейды.", date(2024, 3, 2), date(2024, 3, 3), "days"),
        ("Накануне в городе задержали двух подозреваемых.", date(2024, 3, 6), date(2024, 3, 6), "day"),
        ("В 2015 году группа напала на колонну.", date(2015, 1, 1), date(2015, 12, 31), "year"),
        ("Колонну обстреляли 4-го марта у моста.", date(2024, 3, 4), date(2024, 3, 4), "day"),
        ("В конце февраля в селе прошли обыски.", date(2024, 2, 21), date(2024, 2, 29), "days"),
        ("В начале 2023 года ячейка распалась.", date(2023, 1, 1), date(2023, 4, 30), "season"),
    ],
)
def test_russian_expressions_resolve(text: str, start: date, end: date, precision: str) -> None:
    found = [t for t in _timexes(text) if t.governing]
    assert found, text
    t = found[-1]  # the last expression: a relative day told after the day it counts from
    assert (t.date_start, t.date_end, t.precision) == (start, end, precision)
    assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    "text",
    [
        "Погибший, 1980 года рождения, служил в полиции.",
        "5 марта сообщалось, что в городе введен режим КТО.",
        "Об этом сообщает в среду пресс-служба ведомства.",
    ],
)
def test_birth_years_and_dates_of_saying_do_not_date_events(text: str) -> None:
    assert not [t for t in _timexes(text) if t.governing]


def test_previous_day_counts_back_from_the_day_just_told() -> None:
    text = "Рейд провели 20 февраля. Накануне боевики обстреляли пост."
    found = _timexes(text)
    assert [t.date_start for t in found] == [date(2024, 2, 20), date(2024, 2, 19)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("НАЛЬЧИК, 14 мар - РИА Новости. Полиция задержала троих.", date(2024, 3, 14)),
        ("Москва. 2 апреля. INTERFAX.RU - Суд вынес приговор.", date(2024, 4, 2)),
    ],
)
def test_agency_datelines_date_the_report_not_the_events(text: str, published: date) -> None:
    found = api.process(text, "ru.txt", published=published.isoformat(), until="time").timexes
    assert found and all(t.kind == "publication" and not t.governing for t in found[:1])


def test_a_dateline_gives_the_publication_date_when_none_is_given() -> None:
    doc = api.process("10:15 / 03.11.2021\n\nВ селе прошел митинг против застройки.", "ru.txt", until="time")
    assert doc.published == date(2021, 11, 3)
