"""Russian event families typed as ACLED's codebook types them (sentences written for these tests).

Each family has at least five sentences in different words, cases and tenses: the triggers are
matched by dictionary form, so an inflected form the data never lists must still be read.
"""

from __future__ import annotations

import pytest

from kronika import api


def _first(text: str):
    events = api.extract(text, "ru.txt", published="2024-05-10")
    assert events, text
    for e in events:
        assert e.language == "ru"
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text
    return events[0]


def _check(text: str, kind: str, event_type: str, sub_type: str) -> None:
    e = _first(text)
    assert (e.kind, e.event_type, e.sub_event_type) == (kind, event_type, sub_type), text


PROTESTS = [
    ("В Хабаровске прошёл митинг в поддержку бывшего губернатора.", "Peaceful protest"),
    ("Жители Сыктывкара провели пикет против строительства полигона.", "Peaceful protest"),
    ("В Екатеринбурге состоялось шествие против застройки сквера.", "Peaceful protest"),
    ("Несколько сотен человек приняли участие в акции протеста у мэрии Иркутска.", "Peaceful protest"),
    ("Водители автобусов в Самаре объявили забастовку из-за долгов по зарплате.", "Peaceful protest"),
    ("Полиция разогнала митинг в Уфе, задержаны 15 человек.", "Protest with intervention"),
    ("В Москве задержали 40 участников несанкционированной акции.", "Protest with intervention"),
    ("Во время протестной акции в Баймаке силовики применили слезоточивый газ.", "Protest with intervention"),
    ("На митинге в Грозном полицейские застрелили двух протестующих.", "Excessive force against protesters"),
    ("В ходе разгона шествия в Назрани погиб один из демонстрантов.", "Excessive force against protesters"),
    (
        "Во время акции в Тбилиси полиция применила водомёты, пострадали 30 человек.",
        "Protest with intervention",
    ),
    (
        "Сторонники оппозиции провели шествие в Минске, силовики задержали 200 человек.",
        "Protest with intervention",
    ),
]


@pytest.mark.parametrize(("text", "sub_type"), PROTESTS)
def test_protests(text: str, sub_type: str) -> None:
    _check(text, "protest", "Protests", sub_type)


RIOTS = [
    ("В Хасавюрте толпа устроила погром в кафе.", "Violent demonstration"),
    ("В посёлке под Пензой начались массовые беспорядки.", "Violent demonstration"),
    ("Протестующие в Назрани забросали полицейских камнями.", "Violent demonstration"),
    ("Участники акции в Баймаке подожгли автомобиль полиции.", "Violent demonstration"),
    ("Толпа прорвалась на лётное поле аэропорта Махачкалы.", "Violent demonstration"),
    ("Местные жители устроили самосуд над подозреваемым в краже.", "Mob violence"),
    ("В Дагестане сельчане линчевали мужчину, подозреваемого в поджоге.", "Mob violence"),
    ("Толпа избила водителя автобуса в Махачкале.", "Mob violence"),
    ("В Туве местные жители избили мужчину, подозреваемого в краже скота.", "Mob violence"),
    ("Группа молодых людей напала на мигрантов в Петербурге.", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_type"), RIOTS)
def test_riots(text: str, sub_type: str) -> None:
    _check(text, "riot", "Riots", sub_type)


BATTLES = [
    ("Под Бахмутом продолжаются ожесточённые бои между ВСУ и ВС РФ.", "Armed clash"),
    ("В районе Купянска произошло боестолкновение, погибли трое военнослужащих ВСУ.", "Armed clash"),
    ("На границе Киргизии и Таджикистана пограничники вступили в перестрелку.", "Armed clash"),
    ("В Хасавюрте в ходе КТО ликвидированы трое боевиков.", "Armed clash"),
    ("Боевики оказали вооружённое сопротивление силовикам в Нальчике.", "Armed clash"),
    ("Боевики захватили село в Ботлихском районе.", "Non-state actor overtakes territory"),
    ("Подразделения ВСУ освободили село Клещеевка.", "Government regains territory"),
]


@pytest.mark.parametrize(("text", "sub_type"), BATTLES)
def test_battles(text: str, sub_type: str) -> None:
    _check(text, "clash", "Battles", sub_type)


@pytest.mark.parametrize(
    "text",
    [
        "Неизвестные открыли огонь по посту ДПС в Чегеме, ранен полицейский.",
        "В Грозном боевик напал на полицейских с ножом, ранены двое сотрудников.",
        "Боевики атаковали блокпост Росгвардии в Ингушетии.",
        "В Карабулаке неизвестные обстреляли патрульную машину полиции.",
        "В Дагестане вооружённые люди напали на отдел полиции, погиб сотрудник.",
        "На трассе Кавказ обстреляли автомобиль полиции, погибли двое сотрудников ДПС.",
    ],
)
def test_attacks_on_armed_targets_are_battles(text: str) -> None:
    """The spec's table: militants attacking a post or a patrol is an attack typed Battles / Armed clash."""
    _check(text, "attack", "Battles", "Armed clash")


REMOTE = [
    ("Российская авиация нанесла авиаудар по позициям боевиков в Идлибе.", "Air/drone strike"),
    ("Украинский беспилотник атаковал автомобиль в Белгородской области, ранены двое.", "Air/drone strike"),
    ("В Курской области FPV-дрон сбросил взрывчатку на частный дом, погиб мужчина.", "Air/drone strike"),
    ("Дрон-камикадзе врезался в здание администрации в Курске.", "Air/drone strike"),
    ("В результате атаки БПЛА на Брянск повреждены два дома.", "Air/drone strike"),
    ("ВСУ обстреляли Донецк из РСЗО, погибли пять мирных жителей.", "Shelling/artillery/missile attack"),
    ("В результате обстрела Белгорода ранены семь человек.", "Shelling/artillery/missile attack"),
    ("По Горловке был нанесён ракетный удар.", "Shelling/artillery/missile attack"),
    ("Снаряд попал в жилой дом в Макеевке, пострадала женщина.", "Shelling/artillery/missile attack"),
    ("Украинские военные обстреливали Шебекино из миномётов.", "Shelling/artillery/missile attack"),
    (
        "На окраине Нальчика сработало самодельное взрывное устройство, погиб полицейский.",
        "Remote explosive/landmine/IED",
    ),
    ("Автомобиль подорвался на мине в Сунженском районе, водитель погиб.", "Remote explosive/landmine/IED"),
    ("В Махачкале у здания суда прогремел взрыв, пострадали трое.", "Remote explosive/landmine/IED"),
    ("Неизвестные взорвали газопровод в Кабардино-Балкарии.", "Remote explosive/landmine/IED"),
    (
        "В Грозном патрульная машина наехала на фугас, ранены двое полицейских.",
        "Remote explosive/landmine/IED",
    ),
    ("У здания суда в Назрани смертник привёл в действие пояс шахида.", "Suicide bomb"),
    ("Террорист-смертник подорвал себя у поста полиции в Дагестане.", "Suicide bomb"),
    ("В Грозном смертница взорвала себя у концертного зала.", "Suicide bomb"),
    ("У отдела полиции в Хасавюрте произошёл самоподрыв боевика.", "Suicide bomb"),
    ("Смертник на автомобиле протаранил пост в Ингушетии и взорвался.", "Suicide bomb"),
    ("В Махачкале неизвестный бросил гранату в кафе, пострадали четверо.", "Grenade"),
    ("В окно отдела полиции в Назрани метнули гранату.", "Grenade"),
    ("В Дербенте от взрыва гранаты пострадали двое подростков.", "Grenade"),
    ("Мужчина бросил две гранаты во двор соседей в Каспийске.", "Grenade"),
    ("В Нальчике злоумышленник кинул гранату в толпу у кафе.", "Grenade"),
]


@pytest.mark.parametrize(("text", "sub_type"), REMOTE)
def test_remote_violence(text: str, sub_type: str) -> None:
    _check(text, "attack", "Explosions/Remote violence", sub_type)


CIVILIANS = [
    ("В Чечне похитили местного жителя, его судьба неизвестна.", "Abduction/forced disappearance"),
    ("В Ингушетии неизвестные вооружённые люди похитили двух братьев.", "Abduction/forced disappearance"),
    ("Правозащитники сообщили о похищении журналиста в Грозном.", "Abduction/forced disappearance"),
    ("В Дагестане боевики взяли в заложники пассажиров автобуса.", "Abduction/forced disappearance"),
    ("Студент из Махачкалы был похищен неизвестными в масках.", "Abduction/forced disappearance"),
    ("В Дербенте неизвестный напал с ножом на прохожих, ранены трое.", "Attack"),
    ("Неизвестные расстреляли автомобиль главы села в Дагестане, он погиб.", "Attack"),
    ("В Грозном убит местный предприниматель, нападавшие скрылись.", "Attack"),
    ("Вооружённые люди ворвались в дом в Карабулаке и убили хозяина.", "Attack"),
    ("В Нальчике неизвестные избили журналиста.", "Attack"),
]


@pytest.mark.parametrize(("text", "sub_type"), CIVILIANS)
def test_violence_against_civilians(text: str, sub_type: str) -> None:
    _check(text, "attack", "Violence against civilians", sub_type)


DEVELOPMENTS = [
    ("В Нальчике сотрудники ФСБ задержали сторонника ИГ.", "arrest", "Arrests"),
    ("В Москве арестован предполагаемый член ячейки.", "arrest", "Arrests"),
    ("Силовики задержали в Ставрополе троих членов ячейки.", "arrest", "Arrests"),
    (
        "Суд заключил под стражу жителя Дербента, подозреваемого в финансировании боевиков.",
        "arrest",
        "Arrests",
    ),
    ("В ходе спецоперации одного из подозреваемых удалось взять живым в Назрани.", "arrest", "Arrests"),
    ("В Назрани полицейские обнаружили тайник с оружием и боеприпасами.", "seizure", "Disrupted weapons use"),
    ("В лесу под Хасавюртом найден схрон с гранатами и патронами.", "seizure", "Disrupted weapons use"),
    (
        "Сапёры обезвредили самодельное взрывное устройство у школы в Нальчике.",
        "seizure",
        "Disrupted weapons use",
    ),
    ("В Чечне изъяли у местного жителя автомат и патроны.", "seizure", "Disrupted weapons use"),
    ("В Ингушетии ликвидирован склад боеприпасов боевиков.", "seizure", "Disrupted weapons use"),
    ("Суд в Махачкале вынес приговор пятерым членам ячейки.", "legal_action", "Other"),
    ("Военный суд приговорил жителя Нальчика к 15 годам колонии.", "legal_action", "Other"),
    ("В Ростове осуждены трое участников ячейки ИГ.", "legal_action", "Other"),
    ("Житель Грозного получил 12 лет за участие в вооружённом формировании.", "legal_action", "Other"),
    ("Суд признал виновным жителя Дербента в подготовке теракта.", "legal_action", "Other"),
    ("Россия и Украина провели обмен пленными в Брянской области.", "other", "Agreement"),
    ("Армия Азербайджана и армия обороны Карабаха договорились о прекращении огня.", "other", "Agreement"),
    ("В Донецке объявлено перемирие на время уборки урожая.", "other", "Agreement"),
    ("В Нальчике введён режим КТО.", "other", "Other"),
    ("В Ингушетии отменён режим контртеррористической операции.", "other", "Other"),
]


@pytest.mark.parametrize(("text", "kind", "sub_type"), DEVELOPMENTS)
def test_strategic_developments(text: str, kind: str, sub_type: str) -> None:
    _check(text, kind, "Strategic developments", sub_type)


@pytest.mark.parametrize(
    ("text", "canonical", "inter"),
    [
        (
            "На Украине в результате российского удара по Одессе погибли 8 человек.",
            "Military Forces of Russia",
            8,
        ),
        ("Российская авиация нанесла авиаудар по Харькову.", "Military Forces of Russia", 8),
        ("Киевские войска обстреляли Донецк.", "Military Forces of Ukraine", 1),
        ("Украинский ракетный удар по Белгороду унёс жизни двух человек.", "Military Forces of Ukraine", 8),
        ("ВСУ атаковали Курск беспилотниками.", "Military Forces of Ukraine", 8),
        ("Под Авдеевкой российские подразделения отразили три атаки.", "Military Forces of Russia", 8),
        (
            "В Сирии правительственные войска отбили атаку боевиков на Пальмиру.",
            "Military Forces of Syria",
            1,
        ),
        ("Полиция разогнала митинг в Уфе.", "Police Forces of Russia", 1),
        (
            "Оппозиция провела шествие в Минске, силовики задержали 200 человек.",
            "Police Forces of Belarus",
            1,
        ),
        ("Подразделения группировки войск «Восток» заняли село в ДНР.", "Military Forces of Russia", 8),
        ("Неизвестные обстреляли пост полиции в Назрани.", "Unidentified Armed Group (Russia)", 3),
        ("В Хасавюрте в ходе КТО ликвидированы трое боевиков.", "Unidentified Armed Group (Russia)", 3),
        ("При обстреле Горловки погибли двое мирных жителей.", "Civilians (Ukraine)", 7),
        ("В Махачкале прошёл митинг против застройки.", "Protesters (Russia)", 6),
        ("В Хасавюрте толпа устроила погром.", "Rioters (Russia)", 5),
    ],
)
def test_actors_named_as_acled_names_them(text: str, canonical: str, inter: int) -> None:
    """A force by the state the text or the place names; its external/other code outside it."""
    e = _first(text)
    assert (canonical, inter) in [(a.canonical, a.inter) for a in e.actors], [
        (a.canonical, a.inter) for a in e.actors
    ]


def test_a_cto_regime_with_a_battle_is_the_battle() -> None:
    text = "В Нальчике введён режим КТО. В ходе операции уничтожены двое боевиков."
    events = api.extract(text, "ru.txt", published="2024-05-10")
    assert [e.kind for e in events] == ["clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Силовые структуры обнаружили склад с продуктами в Грозном.",
        "В Махачкале прошёл фестиваль народного творчества.",
        "Водитель погиб в ДТП на трассе под Нальчиком.",
        "Средства ПВО сбили беспилотник над Курском.",
        "В квартире в Ростове произошёл взрыв газа.",
        "Следователи возбудили уголовное дело по факту нападения на полицейских в Назрани.",
    ],
)
def test_no_event(text: str) -> None:
    events = api.extract(text, "ru.txt", published="2024-05-10")
    assert [e.kind for e in events if e.kind in ("attack", "clash", "protest", "riot")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Житель Грозного напал с ножом на полицейского.",
        "Боевики напали на пост полиции в Назрани.",
        "Неизвестный открыл огонь по прохожим в Дербенте.",
        "Вооружённые люди в масках избили журналиста в Нальчике.",
        "Мужчина застрелил соседа в Каспийске.",
    ],
)
def test_one_attacker_or_armed_men_make_no_mob(text: str) -> None:
    assert _first(text).kind != "riot"
