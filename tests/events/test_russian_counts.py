"""Russian casualty and detention arithmetic (sentences written for these tests).

The gold README's counting rules in Russian: numerals in any case and as words, coordinated
groups add up, the attackers' dead are counted too, "не менее 5" and "около десятка" are counts,
"почти 30", "до 10", "сотни", "десятки" are not.
"""

from __future__ import annotations

import pytest

from kronika import api
from kronika.events.russian import number_value


def _counts(text: str) -> tuple[int | None, int | None]:
    events = api.extract(text, "ru.txt", published="2024-05-10")
    assert events, text
    return events[0].killed, events[0].injured


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("В результате обстрела Донецка погибли трое, двое ранены.", 3, 2),
        ("При взрыве в Каспийске погиб один человек и ещё трое получили ранения.", 1, 3),
        ("В результате удара по Белгороду есть двое раненых.", None, 2),
        ("В Курске при атаке дрона ранены пятеро мирных жителей.", None, 5),
        ("В Белгороде при ракетном ударе погибли 25 человек, более ста получили ранения.", 25, 100),
        ("При обстреле Горловки погибших нет, пострадали четверо.", None, 4),
    ],
)
def test_each_figure_to_its_own_verb(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text)[1] == injured
    if killed is not None:
        assert _counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("При обстреле Белгорода погибли четверо военных и двое мирных жителей.", 6),
        ("Четверо военных и двое мирных жителей погибли при обстреле Донецка.", 6),
        ("В результате атаки дронов на Курск погибли двое военнослужащих и трое гражданских.", 5),
        ("При взрыве в Грозном погибли один полицейский и два прохожих.", 3),
        ("В результате удара по Горловке погибли пять мужчин, две женщины и один ребёнок.", 8),
    ],
)
def test_coordinated_groups_add_up(text: str, killed: int) -> None:
    assert _counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("При обстреле Донецка погибли 10 человек, трое из них дети.", 10),
        ("При обстреле Горловки погибли 12 человек, в том числе двое детей.", 12),
        ("В Махачкале при взрыве погибли семь человек, среди погибших двое полицейских.", 7),
        ("Под Белгородом погибли восемь человек, из них пятеро военных.", 8),
        ("В результате обстрела Макеевки погибли шесть человек, в том числе ребёнок.", 6),
    ],
)
def test_a_part_is_no_addend(text: str, killed: int) -> None:
    assert _counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("В результате атаки беспилотника в Курске погибли не менее 5 человек.", 5),
        ("При обстреле Донецка погибли по меньшей мере семь человек.", 7),
        ("При взрыве в Махачкале погибли более 20 человек.", 20),
        ("При обстреле Горловки погибли около десятка человек.", 10),
        ("В результате удара по Белгороду погибли свыше 30 человек.", 30),
        ("При обстреле Горловки погибли двадцать два человека.", 22),
        ("В результате удара по Донецку погибли 120 человек.", 120),
        ("При обстреле Макеевки погибли сто двадцать пять человек.", 125),
    ],
)
def test_bounds_and_compound_numerals_are_counts(text: str, killed: int) -> None:
    assert _counts(text)[0] == killed


@pytest.mark.parametrize(
    "text",
    [
        "При обстреле Донецка погибли почти 30 человек.",
        "В Нальчике в результате обстрела погибли сотни человек.",
        "При обстреле Горловки погибли десятки мирных жителей.",
        "В результате удара по Белгороду погибли до 10 человек.",
        "При взрыве в Махачкале погибли несколько человек.",
    ],
)
def test_vague_figures_are_no_counts(text: str) -> None:
    assert _counts(text)[0] is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("В Грозном нападавший убил двух полицейских, сам нападавший был ликвидирован.", 3),
        ("В Хасавюрте в ходе КТО ликвидированы трое боевиков, погиб один полицейский.", 4),
        (
            "Затем двое вооружённых мужчин напали на полицейских в Шали и ранили двух сотрудников, "
            "после чего были застрелены.",
            2,
        ),
        ("В Нальчике боевик застрелил прохожего и был уничтожен.", 2),
        ("В Карабулаке двое боевиков убили полицейского, оба нападавших были ликвидированы.", 3),
    ],
)
def test_the_attackers_dead_count_too(text: str, killed: int) -> None:
    assert _counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Сотрудники ФСБ задержали в Ставрополе троих членов ячейки.", 3),
        ("В Москве задержаны 12 человек по подозрению в подготовке теракта.", 12),
        ("В Дагестане арестованы двое жителей Дербента.", 2),
        ("В Нальчике задержан сторонник ИГ.", 1),
        ("Полиция разогнала митинг в Уфе, задержаны 15 человек.", 15),
        ("В Москве прошёл митинг в поддержку арестованного губернатора.", None),
    ],
)
def test_detainees(text: str, arrested: int | None) -> None:
    events = api.extract(text, "ru.txt", published="2024-05-10")
    assert events and events[0].arrested == arrested


@pytest.mark.parametrize(
    ("word", "before", "value"),
    [
        ("двадцати", "", 20),
        ("семерых", "", 7),
        ("обоих", "", 2),
        ("десятка", "около ", 10),
        ("сотни", "около ", 100),
        ("сотни", "", None),
        ("десятки", "", None),
        ("дом", "", None),
    ],
)
def test_number_words(word: str, before: str, value: int | None) -> None:
    assert number_value(word, before) == value
