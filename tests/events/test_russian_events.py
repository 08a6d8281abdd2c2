"""Russian event rules: kinds, ACLED types, counts in numerals and cases (own sentences)."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.events.russian import number_value


def _events(text: str, published: str = "2024-03-07"):
    return api.extract(text, "ru.txt", published=published)


@pytest.mark.parametrize(
    ("text", "kind", "sub_type"),
    [
        (
            "В Хасавюрте в ходе КТО ликвидированы трое боевиков, оказавших вооруженное сопротивление.",
            "clash",
            "Armed clash",
        ),
        ("Вражеский дрон атаковал автомобиль в Горловке, ранен водитель.", "attack", "Air/drone strike"),
        (
            "В результате обстрела Горловки погиб мирный житель.",
            "attack",
            "Shelling/artillery/missile attack",
        ),
        ("В Нальчике сотрудники ФСБ задержали сторонника ИГ.", "arrest", "Arrests"),
        (
            "В Назрани полицейские обнаружили тайник с оружием и боеприпасами.",
            "seizure",
            "Disrupted weapons use",
        ),
        ("Суд в Махачкале вынес приговор пятерым членам ячейки.", "legal_action", "Other"),
        ("В Махачкале прошел митинг против застройки парка.", "protest", "Peaceful protest"),
        ("В аэропорту Махачкалы начались массовые беспорядки.", "riot", "Violent demonstration"),
    ],
)
def test_kinds_and_acled_types(text: str, kind: str, sub_type: str) -> None:
    events = _events(text)
    assert events and events[0].kind == kind and events[0].sub_event_type == sub_type
    assert all(e.language == "ru" for e in events)
    for e in events:
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("В Хасавюрте в ходе спецоперации ликвидированы четверо боевиков.", 4, None),
        ("При обстреле Горловки погибли двое мирных жителей, еще трое ранены.", 2, 3),
        ("В Грозном нападавший ранил двух полицейских.", None, 2),
        ("В Назрани в ходе КТО уничтожены 12 членов НВФ.", 12, None),
        ("В результате удара беспилотника по Горловке погибла женщина.", 1, None),
    ],
)
def test_counts_in_numerals_and_cases(text: str, killed: int | None, injured: int | None) -> None:
    events = _events(text)
    assert events and (events[0].killed, events[0].injured) == (killed, injured)


@pytest.mark.parametrize(
    ("word", "value"),
    [("двух", 2), ("четверо", 4), ("троих", 3), ("пятерым", 5), ("22", 22), ("стол", None)],
)
def test_number_words(word: str, value: int | None) -> None:
    assert number_value(word) == value


def test_events_are_placed_and_named_in_english() -> None:
    events = _events("В Хасавюртовском районе Дагестана силовики уничтожили двух боевиков.")
    assert events and events[0].admin1 == "Dagestan"
    assert "Russian security forces" in [a.canonical for a in events[0].actors]


def test_islamic_state_actor_in_an_arrest() -> None:
    events = _events("В Москве задержан член запрещенной в РФ МТО «Исламское государство».")
    assert events and events[0].kind == "arrest"
    assert "Islamic State" in [a.canonical for a in events[0].actors]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Под Белгородом в результате обстрела повреждены три жилых дома, пострадавших нет.", None, None),
        ("В Курске дрон атаковал автомобиль, водитель получил осколочные ранения.", None, 1),
        ("При обстреле Горловки никто не пострадал, повреждены два дома.", None, None),
    ],
)
def test_numbers_of_things_and_denials_are_not_casualties(
    text: str, killed: int | None, injured: int | None
) -> None:
    events = _events(text)
    assert events and (events[0].killed, events[0].injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "kind", "sub_type"),
    [
        (
            "У здания полиции в Буйнакске сработало самодельное взрывное устройство, ранены трое.",
            "attack",
            "Remote explosive/landmine/IED",
        ),
        (
            "В ходе КТО в Хасавюрте нейтрализованы двое боевиков, причастных к нападениям на полицию.",
            "clash",
            "Armed clash",
        ),
    ],
)
def test_means_and_operations_decide_the_type(text: str, kind: str, sub_type: str) -> None:
    events = _events(text)
    assert events and (events[0].kind, events[0].sub_event_type) == (kind, sub_type)


def test_a_day_of_the_month_is_not_a_count_of_detainees() -> None:
    events = _events("Сотрудники ФСБ 14 февраля задержали в Ставрополе троих членов ячейки.")
    assert events and events[0].kind == "arrest" and events[0].arrested == 3


def test_what_a_sentence_or_detention_is_for_is_no_second_event() -> None:
    events = _events("Суд в Москве приговорил троих участников ячейки за подготовку теракта.")
    assert [e.kind for e in events] == ["legal_action"]


@pytest.mark.parametrize(
    ("text", "canonical", "role"),
    [
        (
            "Неизвестные обстреляли пост полиции в Назрани, ранен полицейский.",
            "Police Forces of Russia",
            "target",
        ),
        (
            "В Нальчике сотрудники ФСБ задержали сторонника ИГ.",
            "Federal Security Service (Russia)",
            "authority",
        ),
        ("ВСУ обстреляли Донецк, погибли двое мирных жителей.", "Military Forces of Ukraine", "perpetrator"),
    ],
)
def test_actor_roles(text: str, canonical: str, role: str) -> None:
    events = _events(text)
    assert events and (canonical, role) in [(a.canonical, a.role) for a in events[0].actors]


def test_a_border_clash_abroad_names_no_russian_forces() -> None:
    events = _events("На киргизско-таджикской границе произошла перестрелка, погиб пограничник.")
    assert events and "Russian security forces" not in [a.canonical for a in events[0].actors]


@pytest.mark.parametrize(
    ("text", "kind", "sub_type"),
    [
        (
            "В минувшие выходные в Назрани прошла акция протеста, полиция задержала 20 человек.",
            "protest",
            "Protest with intervention",
        ),
        ("В результате столкновений на границе погибли пятеро военнослужащих.", "clash", "Armed clash"),
        ("В Дербенте неизвестные расстреляли прохожих, погибли двое.", "attack", "Attack"),
    ],
)
def test_more_kinds(text: str, kind: str, sub_type: str) -> None:
    events = _events(text)
    assert events and (events[0].kind, events[0].sub_event_type) == (kind, sub_type)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "В селе Гимры силовики блокировали дом, где укрывались трое боевиков. "
            "В ходе перестрелки все они были уничтожены, один полицейский получил ранение.",
            3,
            1,
        ),
        ("В Назрани в ходе КТО уничтожены двое боевиков, один сотрудник ранен.", 2, 1),
    ],
)
def test_each_number_goes_to_its_own_clause(text: str, killed: int, injured: int) -> None:
    events = _events(text)
    assert events and (events[0].killed, events[0].injured) == (killed, injured)


def test_round_up_items_with_their_own_day_and_place_stay_apart() -> None:
    text = (
        "За неделю на Северном Кавказе погибли 9 человек. "
        "12 марта около села Гимры произошло боестолкновение, убит боевик. "
        "В ночь на 14 марта в Хасавюртовском районе в ходе спецоперации убиты двое боевиков."
    )
    events = [e for e in _events(text, published="2024-03-16") if not e.summary]
    dated = sorted(
        (e.date_start, e.killed) for e in events if e.date_start != e.date_end or e.killed in (1, 2)
    )
    assert ("2024-03-12", 1) in dated and ("2024-03-13", 2) in dated  # the night to the 14th


def test_then_opens_another_attack() -> None:
    text = (
        "Утром боевик напал на пост полиции в Грозном, ранены трое полицейских. "
        "Затем двое мужчин с ножами напали на полицейских в Шали и ранили двух сотрудников."
    )
    events = _events(text)
    assert sorted(e.place for e in events if e.kind == "attack") == ["Grozny", "Shali"]
