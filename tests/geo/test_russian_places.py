"""Cyrillic toponyms in any case resolve to the same gazetteer places as English (own sentences)."""

from __future__ import annotations

import pytest

from kronika import api


def _places(text: str):
    return api.process(text, "ru.txt", published="2024-03-07", until="places").places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Перестрелка произошла в Хасавюрте поздно вечером.", "Khasavyurt"),
        ("Колонну обстреляли под Баксаном, есть раненые.", "Baksan"),
        ("Рейд провели в Назрани и окрестностях.", "Nazran"),
        ("Жители Горловки снова остались без света.", "Horlivka"),
        ("Задержание прошло в Нальчике утром.", "Nalchik"),
        ("Митинг собрался у здания мэрии в Махачкале.", "Makhachkala"),
        ("ГРОЗНЫЙ, 5 мар - РИА Новости. Сотрудники полиции провели рейд.", "Grozny"),
        ("Обыски прошли в Ставрополе и пригородах.", "Stavropol"),
        ("Перестрелка вспыхнула в селе Эндирей ночью.", "Endirey"),
        ("Беспилотник атаковал дом в Каменке-Днепровской вечером.", "Kamyanka-Dniprovska"),
        ("Суд в Ростове-на-Дону вынес приговор.", "Rostov-on-Don"),
        ("Колонна прошла через Ростов-на-Дону ночью.", "Rostov-on-Don"),
        ("Двое задержаны в Старом Осколе.", "Staryy Oskol"),
        ("Обстрел Новой Каховки продолжался всю ночь.", "Nova Kakhovka"),
        ("Самолёт перенаправили в Минеральные Воды.", "Mineralnye Vody"),
        ("Пикет прошёл в Нижнем Новгороде.", "Nizhniy Novgorod"),
    ],
)
def test_settlements_in_any_case(text: str, name: str) -> None:
    found = _places(text)
    assert any(p.place.name == name and text[p.start : p.end] == p.text for p in found), found


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("В Дагестане прошла спецоперация.", "Dagestan"),
        ("Режим КТО отменили в Ингушетии.", "Ingushetia"),
        ("На территории КБР введен режим КТО.", "Kabardino-Balkaria"),
        ("В Чеченской Республике задержали троих.", "Chechnya"),
        ("Атака беспилотников отражена в Курской области.", "Kursk"),
    ],
)
def test_regions_names_and_abbreviations(text: str, admin1: str) -> None:
    found = [p for p in _places(text) if p.role == "location"]
    assert found and found[0].place.admin1 == admin1 and found[0].place.precision == "admin1"


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("Тайник нашли в Кизлярском районе.", "Kizlyar"),
        ("Бой шел в Хасавюртовском районе Дагестана.", "Khasavyurt"),
        ("Дрон атаковал машину в Хомутовском районе Курской области.", "Khomutovka"),
        ("Боевиков блокировали в Сергокалинском районе Дагестана.", "Sergokala"),
        ("Операция завершилась в Буйнакском районе Дагестана.", "Buynaksk"),
    ],
)
def test_district_designators_name_the_district_by_its_centre(text: str, centre: str) -> None:
    found = [p for p in _places(text) if p.place.precision == "district"]
    assert found and found[0].place.name == centre


@pytest.mark.parametrize(
    "text",
    [
        "Глава республики Рамзан Кадыров провел совещание.",
        "Министр Иван Петров прибыл на место.",
        "Жилой массив «Солнечный» остался без газа.",
        "Совет безопасности обсудил ситуацию.",
        "Агентство сообщило о ходе расследования.",
    ],
)
def test_people_quoted_names_and_common_words_are_not_places(text: str) -> None:
    assert [p for p in _places(text) if p.role == "location" and p.place.precision == "place"] == []


def test_adjectives_tell_the_region_but_are_not_locations() -> None:
    found = _places("Дагестанские полицейские задержали подозреваемого.")
    assert [(p.place.name, p.role) for p in found] == [("Dagestan", "other")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Пограничники подверглись нападению со стороны Таджикистана.", "Tajikistan"),
        ("Перестрелка произошла на границе с Таджикистаном.", "Tajikistan"),
        ("Азербайджан продолжает нарушать перемирие, сообщили в Ереване.", "Azerbaijan"),
    ],
)
def test_origins_borders_and_subjects_are_not_the_place(text: str, name: str) -> None:
    found = [p for p in _places(text) if p.place.name == name]
    assert found and all(p.role != "location" for p in found)


def test_a_country_a_group_is_banned_in_is_no_location() -> None:
    text = "Сторонник запрещенной в РФ группировки задержан."
    assert not [p for p in _places(text) if p.role == "location"]
