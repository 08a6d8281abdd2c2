"""Russian reports told over several sentences and paragraphs: gatherings named in other words,
totals beside their items, a paragraph that goes on about its happening, a person counted
"ещё один" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kronika import api, morph


def _events(text: str, published: str = "2024-05-10"):
    events = api.extract(text, "ru.txt", published=published)
    for e in events:
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text
    return events


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("В Сибае прошёл сход жителей против вырубки леса.", "Peaceful protest"),
        (
            "Около тысячи человек собрались у администрации Томска в поддержку уволенных врачей.",
            "Peaceful protest",
        ),
        ("Жители Кирова собрались на площади, требуя отставки мэра.", "Peaceful protest"),
        (
            "У здания суда в Кургане люди отказались расходиться, полиция применила дубинки.",
            "Protest with intervention",
        ),
        ("В Омске прошёл одиночный пикет в поддержку задержанных активистов.", "Peaceful protest"),
        ("В Самаре прошла акция в защиту арестованного журналиста.", "Peaceful protest"),
    ],
)
def test_gatherings_in_other_words(text: str, sub_type: str) -> None:
    events = _events(text)
    assert [(e.kind, e.sub_event_type) for e in events] == [("protest", sub_type)], text


@pytest.mark.parametrize(
    "text",
    [
        "В Краснодарском крае произошёл сход лавины, погибли два туриста.",
        "Под Тверью поезд сошёл с рельсов.",
        "Родственники собрались на поминки.",
    ],
)
def test_no_gathering(text: str) -> None:
    assert not [e for e in _events(text) if e.kind == "protest"], text


def test_a_person_counted_one_more_is_the_same_attack() -> None:
    text = (
        "Вечером 3 мая в Нальчике неизвестный открыл огонь по сотрудникам ДПС. "
        "Двое полицейских погибли, ещё один получил ранение."
    )
    events = [e for e in _events(text) if e.kind in ("attack", "clash")]
    assert len(events) == 1 and (events[0].killed, events[0].injured) == (2, 1)


def test_another_case_opens_another_event() -> None:
    text = (
        "В селе Глушково беспилотник атаковал автомобиль, ранен водитель. "
        "В посёлке Тёткино зафиксирован ещё один случай применения дрона: пострадала женщина."
    )
    assert len([e for e in _events(text) if e.kind == "attack"]) == 2


def test_a_weekly_total_stays_apart_from_its_items() -> None:
    text = (
        "Сводка за 6–12 мая 2024 года\n\n"
        "За неделю в регионе погибли пять человек, ещё четверо ранены.\n\n"
        "8 мая в Малгобекском районе, у села Вознесеновская, силовики блокировали вооружённых людей. "
        "В ходе перестрелки двое боевиков убиты, один полицейский ранен.\n\n"
        "10 мая в Дербенте неизвестный напал на полицейского и ранил его."
    )
    events = _events(text, published="2024-05-13")
    clash = [e for e in events if e.kind == "clash" and not e.summary and e.date_start == "2024-05-08"]
    assert clash and (clash[0].killed, clash[0].injured) == (2, 1)


def test_a_paragraph_that_goes_on_keeps_the_day() -> None:
    text = (
        "12 апреля у здания администрации в Сибае собрались сотни жителей, требуя отставки главы.\n\n"
        "По данным активистов, полиция задержала 15 участников акции.\n\n"
        "На следующий день в Уфе прошёл пикет."
    )
    events = _events(text, published="2024-04-14")
    sibay = [e for e in events if e.kind == "protest" and e.place == "Sibay"]
    assert sibay and {e.date_start for e in sibay} == {"2024-04-12"}


def test_a_protest_with_its_own_earlier_day_after_a_riot_stays_a_protest() -> None:
    text = (
        "Участники беспорядков 6 мая подожгли здание мэрии в Бишкеке. "
        "Протесты начались 2 мая в Оше, где жители вышли на площадь с требованием снизить цены."
    )
    kinds = {e.date_start: e.kind for e in _events(text, published="2024-05-07")}
    assert kinds.get("2024-05-06") == "riot" and kinds.get("2024-05-02") == "protest"


@pytest.mark.parametrize(
    ("word", "form"),
    [("подозреваемых", "подозреваемый"), ("нападавшие", "нападавший"), ("задержанным", "задержанный")],
)
def test_participles_are_read_by_their_noun_form(word: str, form: str) -> None:
    assert form in morph.participle_forms(word)
    assert form in next(iter(morph.tokens(word))).forms


def test_a_convict_named_by_participle_is_no_sentence() -> None:
    text = "Осуждённый за разбой житель Читы сбежал из колонии."
    assert not [e for e in _events(text) if e.kind == "legal_action"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a state's army taking ground abroad is coded as ACLED codes a non-state actor's capture
        ("Российские войска заняли город Торецк в Донецкой области.", "Non-state actor overtakes territory"),
        (
            "Подразделения группировки «Центр» овладели Новой Каховкой, сообщило Минобороны.",
            "Non-state actor overtakes territory",
        ),
        # a state taking back its own ground
        ("ВСУ освободили Купянск в Харьковской области.", "Government regains territory"),
        ("Российские военные вернули под контроль Суджу Курской области.", "Government regains territory"),
    ],
)
def test_territory_by_whose_ground_it_is(text: str, sub_type: str) -> None:
    events = [e for e in _events(text) if e.kind == "clash"]
    assert events and events[0].sub_event_type == sub_type, text


def test_they_counts_the_people_just_told() -> None:
    text = (
        "Утром 5 мая в Малгобеке трое подозреваемых были блокированы в доме. "
        "Они оказали вооружённое сопротивление и были нейтрализованы."
    )
    events = [e for e in _events(text) if e.kind == "clash"]
    assert events and events[0].killed == 3


def test_what_a_detainee_had_is_the_arrest() -> None:
    text = "В Твери сотрудники ФСБ задержали сторонника ИГ, при обыске у него изъяли самодельную бомбу."
    assert [e.kind for e in _events(text)] == ["arrest"]


def test_where_a_group_is_banned_is_no_place() -> None:
    text = "Член запрещенной в России организации задержан в Казани."
    events = _events(text)
    assert events and events[0].place == "Kazan"


@pytest.mark.parametrize(
    ("text", "kind", "sub_type"),
    [
        (
            "Несколько десятков жителей села вечером окружили дом соседа и избили его.",
            "riot",
            "Mob violence",
        ),
        (
            "Боевики обстреляли из реактивных систем залпового огня позиции армии у Хомса.",
            "attack",
            "Shelling/artillery/missile attack",
        ),
        ("Сирийская авиация нанесла удары по складам боевиков под Идлибом.", "attack", "Air/drone strike"),
    ],
)
def test_doers_and_means(text: str, kind: str, sub_type: str) -> None:
    events = _events(text)
    assert events and (events[0].kind, events[0].sub_event_type) == (kind, sub_type), text


def test_a_mob_told_with_its_victim_stays_mob_violence() -> None:
    text = (
        "Жители посёлка под Армавиром избили мужчину.\n\n"
        "Толпа сельчан вечером 2 июля окружила его дом и избила его. "
        "Пострадавший доставлен в больницу. Трое участников самосуда задержаны."
    )
    riots = [e for e in _events(text, published="2024-07-04") if e.kind == "riot"]
    assert riots and riots[0].sub_event_type == "Mob violence" and riots[0].injured == 1


def test_an_attempt_to_detain_is_no_arrest() -> None:
    text = "В Дербенте силовики пытались задержать двоих мужчин, те открыли огонь и были нейтрализованы."
    assert not [e for e in _events(text) if e.kind == "arrest"]
