"""Russian names of state bodies, groups and generic actors in any case (own sentences)."""

from __future__ import annotations

import pytest

from kronika.actors import find_actors


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Сотрудники ФСБ задержали подозреваемого.", "Federal Security Service (Russia)"),
        (
            "Об этом сообщили в Национальном антитеррористическом комитете.",
            "National Anti-Terrorism Committee",
        ),
        ("Бойцы Росгвардии оцепили квартал.", "National Guard of Russia"),
        ("По данным МВД, пострадавших нет.", "Police Forces"),
        ("Следственный комитет возбудил уголовное дело.", "Investigative Committee of Russia"),
        ("Подразделения ВСУ обстреляли село.", "Military Forces of Ukraine"),
        ("Силовики блокировали дом.", "Russian security forces"),
        ("Он был членом «Исламского государства» (запрещено в РФ).", "Islamic State"),
        ("Сторонники ИГ (запрещена в РФ) готовили теракт.", "Islamic State"),
    ],
)
def test_named_actors_in_any_case(text: str, canonical: str) -> None:
    found = find_actors(text, language="ru")
    assert canonical in [a.canonical for a in found]
    assert all(text[a.start : a.end] == a.text for a in found)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("В перестрелке погибли трое боевиков.", "generic_armed"),
        ("Задержан член незаконного вооруженного формирования.", "generic_armed"),
        ("Пострадали двое мирных жителей.", "civilian"),
        ("Протестующие перекрыли дорогу.", "protester"),
        ("Участники митинга вышли к администрации.", "protester"),
    ],
)
def test_generic_actors(text: str, category: str) -> None:
    assert category in [a.category for a in find_actors(text, language="ru")]


def test_adjective_of_terrorism_is_not_a_terrorist() -> None:
    found = find_actors("Организация признана террористической.", language="ru")
    assert not [a for a in found if a.category == "generic_armed"]


def test_english_tables_stay_english() -> None:
    assert find_actors("Сотрудники ФСБ задержали подозреваемого.") == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Бойцы СОБРа задержали троих.", "Police Forces"),
        ("Подразделения группировки «Юг» продвинулись к городу.", "Military Forces of Russia"),
        ("Боевики «Хейат Тахрир аш-Шам» атаковали позиции армии.", "Hayat Tahrir al-Sham"),
        ("Боевики ХАМАС обстреляли город ракетами.", "Hamas"),
        ("Ответственность взяла на себя группировка «Аш-Шабаб».", "al-Shabaab"),
        ("Хуситы атаковали судно в Красном море.", "Houthis"),
    ],
)
def test_force_and_group_names_in_russian(text: str, canonical: str) -> None:
    from kronika import api

    doc = api.process(text, "ru.txt", published="2024-03-07", until="actors")
    assert canonical in {a.canonical for a in doc.actors}


def test_a_word_that_opens_like_an_acronym_is_no_force() -> None:
    from kronika import api

    doc = api.process("В Уфе собрались сотни человек.", "ru.txt", published="2024-03-07", until="actors")
    assert not [a for a in doc.actors if a.category == "state_force"]
