"""Invented reports, several per document-level phenomenon, each with the events it must yield.

Every expected event must be found (same kind and start date) with the fields given, and no
other event may be reported. The reports are written for these tests; no sentence comes from a
corpus. Phenomena kronika does not handle yet are marked ``xfail(strict=True)`` with the reason,
so that the day they start to pass the mark has to go.
"""

from __future__ import annotations

from typing import Any

import pytest

from kronika import api

Case = tuple[str, str | None, list[dict[str, Any]]]


def _check(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    events = [e.to_dict() for e in api.extract(text, "case.txt", published)]
    summary = [(e["kind"], e["date_start"], e["place"], e["killed"], e["injured"]) for e in events]
    assert len(events) == len(expected), summary
    unused = list(events)
    for want in expected:
        same = [e for e in unused if e["kind"] == want["kind"] and e["date_start"] == want["date_start"]]
        # two events of one kind and day (a round-up's towns): the one at the expected place
        match = next((e for e in same if "place" in want and e["place"] == want["place"]), None)
        match = match or next(iter(same), None)
        assert match is not None, (want, summary)
        unused.remove(match)
        for key, value in want.items():
            assert match[key] == value, (key, want, summary)


def _cases(table: dict[str, Case], failing: dict[str, str] | None = None) -> list[Any]:
    failing = failing or {}
    return [
        pytest.param(*case, id=name, marks=[pytest.mark.xfail(strict=True, reason=failing[name])])
        if name in failing
        else pytest.param(*case, id=name)
        for name, case in table.items()
    ]


# --- lead and body tell one event ---------------------------------------------------------

LEAD_BODY: dict[str, Case] = {
    "lead-body-quote": (
        "Gunmen killed six villagers in an attack near Kaduna on Sunday, police said.\n\n"
        'The attack began at dawn when the gunmen arrived on motorcycles. "They shot at everyone," '
        "a survivor said of the raid.",
        "2024-03-12",
        [{"kind": "attack", "date_start": "2024-03-10", "killed": 6, "place": "Kaduna"}],
    ),
    "lead-body-update": (
        "A suicide bomber blew himself up at a checkpoint in Mogadishu on 4 June 2024, "
        "killing four soldiers.\n\n"
        "The bombing was the third in the capital this month. The toll rose to five on Wednesday "
        "when a wounded soldier died.",
        "2024-06-06",
        [{"kind": "attack", "date_start": "2024-06-04", "killed": 5, "place": "Mogadishu"}],
    ),
    "lead-body-anaphora": (
        "Militants ambushed an army convoy near Gao on 2 May 2024, killing 11 soldiers.\n\n"
        "The ambush took place on the road to Ansongo. The army said the raid was carried out by about "
        "fifty fighters.",
        "2024-05-04",
        [{"kind": "attack", "date_start": "2024-05-02", "killed": 11}],
    ),
    "lead-body-headline": (
        "Bomb kills seven at Peshawar market\n\n"
        "A bomb hidden in a motorcycle exploded at a crowded market in Peshawar on 9 April 2024, killing "
        "seven people and wounding 20.\n\nThe blast shattered shop windows across the street.",
        "2024-04-10",
        [{"kind": "attack", "date_start": "2024-04-09", "killed": 7, "injured": 20, "place": "Peshawar"}],
    ),
    "encyclopedia-raid-tells-the-attack": (
        "The Jos attack took place on 2 May 2024, when gunmen raided a village near Jos. "
        "The attack killed nine people and injured four.",
        None,
        [{"kind": "attack", "date_start": "2024-05-02", "killed": 9, "injured": 4}],
    ),
    "lead-said-body-dated-same-toll": (
        "Four soldiers were killed in an ambush in northern Mali, the army said on Thursday.\n\n"
        "The four soldiers were killed on Monday when militants ambushed their patrol near Gao.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-06", "killed": 4}],
    ),
    "lead-body-two-days-apart": (
        "Gunmen attacked a bus near Kano on 3 May 2024, killing four passengers.\n\n"
        "Two days later, on 5 May 2024, a bomb exploded at a mosque in Maiduguri, killing nine worshippers.",
        "2024-05-06",
        [
            {"kind": "attack", "date_start": "2024-05-03", "killed": 4, "place": "Kano"},
            {"kind": "attack", "date_start": "2024-05-05", "killed": 9, "place": "Maiduguri"},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(LEAD_BODY))
def test_lead_and_body_are_one_event(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- reporting dates govern nothing -----------------------------------------------------------

REPORTING: dict[str, Case] = {
    "said-on-with-event-day": (
        "Gunmen killed five farmers in a village near Jos on Saturday, police said on Monday.",
        "2024-03-12",
        [{"kind": "attack", "date_start": "2024-03-09", "killed": 5}],
    ),
    "said-on-alone": (
        "Two soldiers were killed in an ambush near Gao, the army said on Thursday.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-08", "date_end": "2024-05-09", "killed": 2}],
    ),
    "told-reporters-on": (
        "A roadside bomb killed three policemen in Quetta on 2 February 2024, officials "
        "told reporters on 4 February.",
        "2024-02-05",
        [{"kind": "attack", "date_start": "2024-02-02", "killed": 3, "place": "Quetta"}],
    ),
    "said-on-later-paragraph": (
        "Militants attacked a military base near Mopti on Tuesday, killing eight soldiers.\n\n"
        "The army said on Thursday that reinforcements had been sent to the area.",
        "2024-06-07",
        [{"kind": "attack", "date_start": "2024-06-04", "killed": 8}],
    ),
    "said-yesterday": (
        "A landmine killed three soldiers near Mopti, the army said yesterday.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-08", "date_end": "2024-05-09", "killed": 3}],
    ),
    "nationality-is-no-place": (
        "Gunmen ambushed a convoy carrying a French engineer near Gao on 3 May 2024, killing four guards.",
        "2024-05-05",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 4, "place": "Gao"}],
    ),
    "announced-on": (
        "Police arrested three suspects in Karachi on 12 August 2024, the interior "
        "ministry announced on 15 August.",
        "2024-08-16",
        [{"kind": "arrest", "date_start": "2024-08-12", "arrested": 3}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(REPORTING))
def test_reporting_dates_govern_nothing(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- weekdays look back from publication --------------------------------------------------------

WEEKDAYS: dict[str, Case] = {
    "weekday-before-publication": (
        "Gunmen killed four people at a bus station in Kano on Tuesday.",
        "2024-05-10",  # a Friday
        [{"kind": "attack", "date_start": "2024-05-07", "killed": 4}],
    ),
    "weekday-same-day": (
        "A bomb exploded at a market in Peshawar on Friday, killing three people.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-10", "killed": 3}],
    ),
    "weekday-last": (
        "Militants attacked a police post near Quetta last Saturday, killing two officers.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-04", "killed": 2}],
    ),
    "yesterday": (
        "A car bomb killed six people in Mogadishu yesterday, officials said.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-09", "killed": 6}],
    ),
    "weekday-early-in-week": (
        "Gunmen abducted 12 students from a school near Kaduna on Sunday night.",
        "2024-05-07",  # a Tuesday
        [{"kind": "attack", "date_start": "2024-05-05"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(WEEKDAYS))
def test_weekdays_never_land_after_publication(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- the page's own date lines -----------------------------------------------------------------

PAGE_DATES: dict[str, Case] = {
    "wire-dateline": (
        "Kabul mosque blast kills five\n\nThu 9 May 2024\n\n"
        "KABUL, May 9 (Reuters) - A bomb exploded outside a mosque in Kabul on Wednesday, killing five "
        "worshippers, police said.\n\nNo group claimed the blast.",
        None,
        [{"kind": "attack", "date_start": "2024-05-08", "killed": 5}],
    ),
    "published-line": (
        "Published: 10 May 2024\n\nGunmen killed three traders on a highway near Jos on "
        "Thursday, police said.",
        None,
        [{"kind": "attack", "date_start": "2024-05-09", "killed": 3}],
    ),
    "updated-line": (
        "Five killed in Gao attack\n\nUpdated 12 June 2024\n\n"
        "Militants attacked a market in Gao on Monday, killing five civilians.",
        None,
        [{"kind": "attack", "date_start": "2024-06-10", "killed": 5}],
    ),
    "byline-with-date": (
        "By Amina Yusuf | 3 April 2024\n\nA roadside bomb killed two soldiers near Maiduguri on Tuesday.",
        None,
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 2}],
    ),
    "page-date-not-event-date": (
        "date 2024-05-18 Drone attack kills one in Belgorod region\n"
        "A drone attack killed one person in Belgorod, the regional governor said on Friday.",
        "2024-05-18",
        [{"kind": "attack", "date_start": "2024-05-16", "date_end": "2024-05-17", "killed": 1}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(PAGE_DATES))
def test_page_date_lines(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- round-ups keep each town's figures -----------------------------------------------------------

ROUND_UPS: dict[str, Case] = {
    "two-cities-own-counts": (
        "On 3 May 2024 gunmen killed four people in Kano. On 3 May 2024 a bomb killed "
        "nine people in Maiduguri.",
        "2024-05-06",
        [
            {"kind": "attack", "date_start": "2024-05-03", "place": "Kano", "killed": 4},
            {"kind": "attack", "date_start": "2024-05-03", "place": "Maiduguri", "killed": 9},
        ],
    ),
    "bulletin-items": (
        "Weekly update\n\n- 2 April: Militants attacked a checkpoint near Gao, killing three soldiers.\n"
        "- 4 April: A landmine killed two civilians near Mopti.\n",
        "2024-04-07",
        [
            {"kind": "attack", "date_start": "2024-04-02", "killed": 3},
            {"kind": "attack", "date_start": "2024-04-04", "killed": 2},
        ],
    ),
    "coordinated-towns": (
        "On 9 March 2024 suicide bombers struck mosques in Kano and Maiduguri, killing 12 people.",
        "2024-03-10",
        [
            {"kind": "attack", "date_start": "2024-03-09", "place": "Kano", "killed": 12},
            {"kind": "attack", "date_start": "2024-03-09", "place": "Maiduguri", "killed": None},
        ],
    ),
    "separate-incident": (
        "Gunmen killed two policemen in Quetta on 5 July 2024. In a separate incident on 5 July 2024, a "
        "grenade attack wounded six people in Peshawar.",
        "2024-07-06",
        [
            {"kind": "attack", "date_start": "2024-07-05", "place": "Quetta", "killed": 2},
            {"kind": "attack", "date_start": "2024-07-05", "place": "Peshawar", "injured": 6},
        ],
    ),
    "dated-items-after-a-lead": (
        "Gunmen killed a radio presenter in Kaduna state, the third such killing this year.\n\n"
        "On March 2, gunmen shot and killed Musa Danladi Ibrahim in Zaria. On February 20, a man shot "
        "and killed Halima Yusuf Bello at her home in Kano.",
        "2024-03-20",
        [
            {"kind": "attack", "date_start": "2024-03-18", "date_end": "2024-03-20", "killed": 1},
            {"kind": "attack", "date_start": "2024-03-02", "place": "Zaria", "killed": 1},
            {"kind": "attack", "date_start": "2024-02-20", "place": "Kano", "killed": 1},
        ],
    ),
    "another-explosion": (
        "A bomb exploded at a bus stop in Baghdad on 1 March 2024, killing three people. Another explosion "
        "hit a market in Mosul on 1 March 2024, killing five.",
        "2024-03-02",
        [
            {"kind": "attack", "date_start": "2024-03-01", "place": "Baghdad", "killed": 3},
            {"kind": "attack", "date_start": "2024-03-01", "place": "Mosul", "killed": 5},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ROUND_UPS))
def test_round_ups_keep_each_towns_figures(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- background, anniversaries, comparisons, habits ---------------------------------------------

BACKGROUND: dict[str, Case] = {
    "deadliest-since": (
        "A bomb killed 14 people at a market in Peshawar on 9 April 2024, the deadliest attack since 2019, "
        "when 21 people were killed in a blast in the city.",
        "2024-04-10",
        [{"kind": "attack", "date_start": "2024-04-09", "killed": 14}],
    ),
    "habitual": (
        "A drone strike killed two people in Kherson on 3 June 2024. Russia has launched frequent drone "
        "and missile attacks on the city.",
        "2024-06-04",
        [{"kind": "attack", "date_start": "2024-06-03", "killed": 2}],
    ),
    "group-history-aside": (
        "Al-Shabaab, which has killed thousands since 2007, attacked a base near Mogadishu on 2 May 2024, "
        "killing five soldiers.",
        "2024-05-03",
        [{"kind": "attack", "date_start": "2024-05-02", "killed": 5}],
    ),
    "repeated-attacks": (
        "Gunmen killed three herders near Mopti on 8 March 2024. The village has suffered repeated attacks "
        "by armed groups.",
        "2024-03-10",
        [{"kind": "attack", "date_start": "2024-03-08", "killed": 3}],
    ),
    "old-attack-cited": (
        "Police arrested two men in Kano on 4 May 2024 over the 2019 bombing of a church in the city.",
        "2024-05-05",
        [{"kind": "arrest", "date_start": "2024-05-04", "arrested": 2}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(BACKGROUND))
def test_background_is_no_event(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- modality: warnings, threats, plans ------------------------------------------------------------

MODALITY: dict[str, Case] = {
    "threat": (
        "The group threatened to attack the capital. Police arrested two men in Kano on 4 May 2024.",
        "2024-05-05",
        [{"kind": "arrest", "date_start": "2024-05-04"}],
    ),
    "plan": (
        "Police said the suspects had planned to bomb a church in Kaduna. They were "
        "arrested in Kaduna on 6 May 2024.",
        "2024-05-07",
        [{"kind": "arrest", "date_start": "2024-05-06"}],
    ),
    "negation": (
        "No one was killed when gunmen opened fire on a police post near Quetta on 2 "
        "June 2024. The attackers did "
        "not attack the nearby school.",
        "2024-06-03",
        [{"kind": "attack", "date_start": "2024-06-02"}],
    ),
    "warning": (
        "Officials warned of possible attacks during the festival. A bomb exploded in Peshawar on 10 April "
        "2024, killing two people.",
        "2024-04-11",
        [{"kind": "attack", "date_start": "2024-04-10", "killed": 2}],
    ),
    "could-have": (
        "A bomb was defused at a station in Lahore on 3 March 2024; police said it could have killed dozens.",
        "2024-03-04",
        [],
    ),
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    _cases(
        MODALITY,
        {
            "could-have": "a defused bomb reads as an attack; the defusal is no seizure kind yet",
        },
    ),
)
def test_modality_yields_no_event(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- casualty arithmetic ---------------------------------------------------------------------------

ARITHMETIC: dict[str, Case] = {
    "victim-groups-added": (
        "On 3 May 2024 gunmen killed four civilians and two soldiers near Kano.",
        "2024-05-04",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 6}],
    ),
    "victim-groups-added-injured": (
        "On 3 May 2024 a bomb in Kabul wounded five police officers and seven civilians.",
        "2024-05-04",
        [{"kind": "attack", "date_start": "2024-05-03", "injured": 12}],
    ),
    "perpetrator-killed-later": (
        "A gunman killed four people at a market in Mombasa on 7 June 2024. The attacker "
        "was shot dead by police.",
        "2024-06-08",
        [{"kind": "attack", "date_start": "2024-06-07", "killed": 5}],
    ),
    "lead-and-body-max-not-sum": (
        "A bomb killed five people in Baghdad on 1 March 2024. At least five people died in the blast, "
        "officials said.",
        "2024-03-02",
        [{"kind": "attack", "date_start": "2024-03-01", "killed": 5}],
    ),
    "toll-rises": (
        "A bomb killed three people in Mosul on 1 March 2024. The death toll later rose to eight.",
        "2024-03-03",
        [{"kind": "attack", "date_start": "2024-03-01", "killed": 8}],
    ),
    "nearly-is-null": (
        "A car bomb killed nearly 20 people in Mogadishu on 2 April 2024.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": None}],
    ),
    "a-dozen": (
        "Gunmen killed a dozen villagers near Jos on 2 April 2024.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 12}],
    ),
    "along-with-others": (
        "A commander was killed along with three others when a drone struck a car near "
        "Marib on 2 April 2024.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 4}],
    ),
    "as-well-as-attackers": (
        "On 6 June 2024 police killed the gunman as well as two of the attackers at a checkpoint near Kano.",
        "2024-06-07",
        [{"kind": "clash", "date_start": "2024-06-06", "killed": 3, "killed_perpetrators": 3}],
    ),
    "named-victim-object": (
        "On 9 May 2024 gunmen shot dead Ahmed Musa Bello outside his home in Kaduna.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-09", "killed": 1}],
    ),
    "together-with-sons": (
        "The village chief was killed together with his two sons when gunmen raided Jos on 9 May 2024.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-09", "killed": 3}],
    ),
    "killed-or-injured-is-no-toll": (
        "On 22 April 2024 shelling hit a village near Gao; over 30 civilians were killed or injured.",
        "2024-04-23",
        [{"kind": "attack", "date_start": "2024-04-22", "killed": None, "injured": None}],
    ),
    "claimed-figure-yields": (
        "Militants attacked a base near Gao on 2 April 2024, killing six soldiers, the army said. The group "
        "claimed it had killed 40 soldiers.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 6}],
    ),
    "timestamp-not-count": (
        "Live updates\n\n2202 GMT: A drone strike hit a house in Gaza City on 2 April "
        "2024, killing three people.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 3}],
    ),
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    _cases(
        ARITHMETIC,
        {},
    ),
)
def test_casualty_arithmetic(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- a demonstration and its turning violent are one event ---------------------------------------

CROWDS: dict[str, Case] = {
    "march-turns-to-stones": (
        "Hundreds of students marched through Lahore on Monday against the fee increase. Police fired "
        "tear gas when the marchers threw stones at the governor's office.\n\n"
        "Organisers said the demonstration would continue.\n\n"
        "One of the protesters, a second-year student, said he had been beaten.\n\n"
        "Two injured protesters were carried away by friends.",
        "2024-03-12",
        [{"kind": "riot", "date_start": "2024-03-11", "place": "Lahore", "injured": 2}],
    ),
    "clash-then-protesters-again": (
        "Protesters clashed with riot police outside the parliament in Accra on Tuesday, leaving 12 "
        "people injured.\n\nThe demonstrators had gathered to oppose a new tax.\n\n"
        "Witnesses said police used water cannon.\n\nSeveral protesters were seen bleeding.",
        "2024-06-19",
        [{"kind": "riot", "date_start": "2024-06-18", "place": "Accra", "injured": 12}],
    ),
    "peaceful-morning-looting-afternoon": (
        "Thousands of farmers rallied in Nairobi on Wednesday over maize prices.\n\n"
        "The rally was peaceful in the morning.\n\n"
        "By the afternoon, some demonstrators were throwing rocks at police vehicles and looting shops.\n\n"
        "Police said 40 protesters had been detained.",
        "2024-08-15",
        [{"kind": "riot", "date_start": "2024-08-14", "place": "Nairobi"}],
    ),
    "tear-gas-and-flags": (
        "Opposition supporters protested in Dakar on Saturday against the postponed election.\n\n"
        "Security forces fired tear gas at the crowd.\n\nThe interior minister later praised the police.\n\n"
        "Many protesters carried flags.",
        "2024-02-05",
        [{"kind": "protest", "date_start": "2024-02-03", "place": "Dakar"}],
    ),
    "road-block-and-stampede": (
        "Traders protested in Kumasi on Thursday against new market fees.\n\n"
        "The traders blocked the main road for several hours.\n\n"
        "Police officers arrived and fired warning shots.\n\n"
        "At least three protesters were hurt in the stampede.",
        "2024-05-10",
        [{"kind": "protest", "date_start": "2024-05-09", "place": "Kumasi", "injured": 3}],
    ),
    "two-cities-stay-apart": (
        "Protesters marched in Lagos on Monday against fuel prices. In Abuja, demonstrators clashed "
        "with police on Tuesday.",
        "2024-08-08",
        [
            {"kind": "protest", "date_start": "2024-08-05", "place": "Lagos"},
            {"kind": "riot", "date_start": "2024-08-06", "place": "Abuja"},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CROWDS))
def test_a_crowd_is_one_event(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- an aftermath lead and the body that tells the attack --------------------------------------

AFTERMATH: dict[str, Case] = {
    "bodies-recovered-policemen": (
        "Security forces recovered the bodies of five policemen who were killed in a militant attack "
        "in Borno state, officials said yesterday.\n\n"
        "The five policemen were killed on Saturday when insurgents ambushed their patrol near Damboa.",
        "2024-04-10",
        [{"kind": "attack", "date_start": "2024-04-06", "killed": 5, "place": "Damboa"}],
    ),
    "bodies-found-soldiers": (
        "Troops found the bodies of three soldiers who died in a rebel ambush, the army said on "
        "Wednesday.\n\nThe three soldiers were killed on Sunday after fighters of the rebel group "
        "attacked their convoy near Bunia.",
        "2024-07-12",
        [{"kind": "attack", "date_start": "2024-07-07", "killed": 3, "place": "Bunia"}],
    ),
    "bodies-pulled-miners": (
        "Rescuers pulled the bodies of six miners killed in a bandit attack from a pit in Zamfara, local "
        "officials said on Friday.\n\nThe six miners were killed on Tuesday when gunmen attacked the "
        "mining camp near Anka.",
        "2024-09-14",
        [{"kind": "attack", "date_start": "2024-09-10", "killed": 6, "place": "Anka"}],
    ),
    "bodies-villagers": (
        "Police recovered the bodies of four villagers killed in an attack by suspected herders, a "
        "spokesman said on Monday.\n\nThe four villagers were killed on Friday when herders attacked the "
        "village of Tse-Ako in Benue state.",
        "2024-10-08",
        [{"kind": "attack", "date_start": "2024-10-04", "killed": 4}],
    ),
    "bodies-guards": (
        "Soldiers retrieved the bodies of seven guards who were killed in an insurgent assault on a mine, "
        "the ministry said on Thursday.\n\nThe seven guards were killed on Monday when militants stormed "
        "the mine near Kidal.",
        "2024-11-15",
        [{"kind": "attack", "date_start": "2024-11-11", "killed": 7, "place": "Kidal"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(AFTERMATH))
def test_an_aftermath_lead_joins_the_attack(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- where the wounded were taken is not where it happened -----------------------------------

TREATED: dict[str, Case] = {
    "taken-to-hospital": (
        "Gunmen attacked a bus in Bauchi state on Monday, wounding eight passengers. The wounded were "
        "taken to a hospital in Jos.",
        "2024-03-13",
        [{"kind": "attack", "date_start": "2024-03-11", "place": "Bauchi", "injured": 8}],
    ),
    "stable-in-hospital": (
        "Militants shelled a village in Mali's Mopti region on Tuesday, killing two children. Five "
        "wounded villagers were in a stable condition in a hospital in Sevare, officials said.",
        "2024-06-07",
        [{"kind": "attack", "date_start": "2024-06-04", "place": "Mopti", "killed": 2, "injured": 5}],
    ),
    "evacuated-to-town": (
        "Rebels ambushed a convoy in North Kivu province on 8 May 2024, killing six soldiers. Three "
        "wounded soldiers were evacuated to Goma.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-08", "place": "North Kivu", "killed": 6, "injured": 3}],
    ),
    "rushed-to-hospital": (
        "An explosion hit a checkpoint in Balochistan on Sunday, killing three policemen. Two injured "
        "officers were rushed to a hospital in Karachi.",
        "2024-02-06",
        [{"kind": "attack", "date_start": "2024-02-04", "place": "Balochistan", "killed": 3, "injured": 2}],
    ),
    "hospital-in-state-capital": (
        "Gunmen opened fire on worshippers at a church in Kogi state on Sunday, wounding nine people. "
        "The injured were rushed to a hospital in Lokoja.",
        "2024-04-09",
        [{"kind": "attack", "date_start": "2024-04-07", "place": "Kogi", "injured": 9}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(TREATED))
def test_the_hospital_does_not_place_the_attack(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- "had earlier been targeted": an earlier happening of its own ---------------------------------

EARLIER: dict[str, Case] = {
    "ship-earlier-targeted": (
        "Houthi boats attacked a cargo ship in the Red Sea on Sunday before US helicopters sank them. "
        "The ship had earlier been targeted by two missiles.",
        "2024-01-02",
        [
            {"kind": "attack", "date_start": "2023-12-31"},
            {"kind": "attack", "date_start": "2023-12-31"},
        ],
    ),
    "station-previously-attacked": (
        "Gunmen attacked a police station in Zinder on Friday, killing two officers. The station had "
        "previously been attacked with grenades.",
        "2024-03-04",
        [
            {"kind": "attack", "date_start": "2024-03-01", "killed": 2},
            {"kind": "attack", "date_start": "2024-03-01", "killed": None},
        ],
    ),
    "convoy-earlier-hit": (
        "A drone strike hit a convoy near Marib on Monday, killing three fighters. The convoy had "
        "earlier been hit by a roadside bomb.",
        "2024-05-08",
        [
            {"kind": "attack", "date_start": "2024-05-06", "killed": 3},
            {"kind": "attack", "date_start": "2024-05-06", "killed": None},
        ],
    ),
    "airport-already-attacked": (
        "Rebels shelled the airport in Kindu on Thursday, killing one guard. The airport had already been "
        "attacked by drones.",
        "2024-08-10",
        [
            {"kind": "attack", "date_start": "2024-08-08", "killed": 1},
            {"kind": "attack", "date_start": "2024-08-08", "killed": None},
        ],
    ),
    "post-previously-targeted": (
        "A suicide bomber struck a police post in Bannu on Saturday, killing five officers. The post had "
        "previously been targeted in a grenade attack.",
        "2024-09-16",
        [
            {"kind": "attack", "date_start": "2024-09-14", "killed": 5},
            {"kind": "attack", "date_start": "2024-09-14", "killed": None},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(EARLIER))
def test_an_earlier_attack_is_its_own_event(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- a round-up: a country-wide lead, then each town's event ------------------------------------

TOWNS: dict[str, Case] = {
    "sudan-two-towns": (
        "Sudan saw a day of violence across the country on Monday. Rebels attacked an "
        "army post in El Obeid, killing two soldiers. Gunmen attacked a market in Kassala, killing four "
        "traders.",
        "2024-05-08",
        [
            {"kind": "attack", "date_start": "2024-05-06", "place": "El Obeid", "killed": 2},
            {"kind": "attack", "date_start": "2024-05-06", "place": "Kassala", "killed": 4},
        ],
    ),
    "haiti-kidnappings": (
        "Gangs attacked police across Haiti on Tuesday. Five officers were kidnapped in Jacmel. Two "
        "officers were kidnapped in Les Cayes.",
        "2024-03-14",
        [
            {"kind": "attack", "date_start": "2024-03-12", "place": "Jacmel"},
            {"kind": "attack", "date_start": "2024-03-12", "place": "Les Cayes"},
        ],
    ),
    "mozambique-church-convoy": (
        "Insurgents launched attacks across Mozambique on Friday. Gunmen attacked a church in Pemba. "
        "Militants ambushed a convoy near Montepuez.",
        "2024-07-01",
        [
            {"kind": "attack", "date_start": "2024-06-28", "place": "Pemba"},
            {"kind": "attack", "date_start": "2024-06-28", "place": "Montepuez"},
        ],
    ),
    "burkina-school-post": (
        "Militants carried out attacks in Burkina Faso on Sunday. Gunmen attacked a school in Djibo. "
        "Fighters attacked an army post in Dori.",
        "2024-09-03",
        [
            {"kind": "attack", "date_start": "2024-09-01", "place": "Djibo"},
            {"kind": "attack", "date_start": "2024-09-01", "place": "Dori"},
        ],
    ),
    "nigeria-village-mosque": (
        "Bandits attacked villages across Nigeria on Wednesday. Gunmen attacked a village near Gusau, "
        "killing six farmers. Gunmen attacked a mosque in Funtua, killing three worshippers.",
        "2024-10-11",
        [
            {"kind": "attack", "date_start": "2024-10-09", "place": "Gusau", "killed": 6},
            {"kind": "attack", "date_start": "2024-10-09", "place": "Funtua", "killed": 3},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(TOWNS))
def test_round_up_towns_stay_apart(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- a clause told in the present happens on the report's day -----------------------------------

PRESENT: dict[str, Case] = {
    "sanctioned-after-a-biography": (
        "The finance ministry today froze the assets of two militia commanders.\n\nBACKGROUND\n\n"
        "The first commander was convicted of the murder of a judge in 2019. Since his escape from "
        "jail in 2022, he has armed several gangs.\n\n"
        "Both commanders are being sanctioned under the national terrorism law.",
        "2025-03-14",
        [
            {"kind": "legal_action", "date_start": "2019-01-01"},
            {"kind": "designation", "date_start": "2025-03-14", "date_precision": "day"},
        ],
    ),
    "sanctioned-after-a-jailing": (
        "The treasury acted today against a smuggling network.\n\n"
        "The network's founder was jailed for arms trafficking in 2017.\n\n"
        "The founder and his deputy are being sanctioned for supplying rifles to armed groups.",
        "2024-11-20",
        [
            {"kind": "legal_action", "date_start": "2017-01-01"},
            {"kind": "designation", "date_start": "2024-11-20", "date_precision": "day"},
        ],
    ),
    "designated-after-a-ban": (
        "Officials announced new measures today.\n\n"
        "The group carried out its first bombing in 2015 and was banned in 2018.\n\n"
        "Its two leaders are now being designated as terrorists.",
        "2024-05-02",
        [{"kind": "designation", "date_start": "2024-05-02", "date_precision": "day"}],
    ),
    "sanctioned-after-a-founding": (
        "Washington acted against a gang federation today.\n\n"
        "The federation was formed in 2020 by nine gangs.\n\n"
        "Three of its financiers are being sanctioned for moving money to the gangs.",
        "2025-01-09",
        [{"kind": "designation", "date_start": "2025-01-09", "date_precision": "day"}],
    ),
    "sanctioned-after-a-seizure": (
        "The council imposed penalties today.\n\n"
        "The militia seized the port city in 2021, killing dozens.\n\n"
        "Its commander is also being sanctioned for recruiting children.",
        "2024-09-30",
        [{"kind": "designation", "date_start": "2024-09-30", "date_precision": "day"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(PRESENT))
def test_the_present_tense_is_the_reports_day(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- a weekday and a year-less date that disagree: the weekday of the report's week -------------

MISPRINTS: dict[str, Case] = {
    "march-thursday-wrong-month": (
        "A memorial march took place in Lyon on Thursday, July 27, two days after the shooting.",
        "2023-06-30",
        [{"kind": "protest", "date_start": "2023-06-29", "place": "Lyon"}],
    ),
    "protest-monday-wrong-month": (
        "Residents protested in Bamako on Monday, May 14, against power cuts.",
        "2024-04-16",
        [{"kind": "protest", "date_start": "2024-04-15", "place": "Bamako"}],
    ),
    "march-tuesday-wrong-month": (
        "Students marched in Dhaka on Tuesday, November 21, demanding safer roads.",
        "2023-10-25",
        [{"kind": "protest", "date_start": "2023-10-24", "place": "Dhaka"}],
    ),
    "rally-friday-wrong-month": (
        "Farmers rallied in Nairobi on Friday, March 29, over fertiliser prices.",
        "2024-02-24",
        [{"kind": "protest", "date_start": "2024-02-23", "place": "Nairobi"}],
    ),
    "attack-wednesday-wrong-month": (
        "Gunmen attacked a bus near Kano on Wednesday, August 21, killing four passengers.",
        "2024-07-19",
        [{"kind": "attack", "date_start": "2024-07-17", "place": "Kano", "killed": 4}],
    ),
    "arrest-sunday-wrong-month": (
        "Police arrested six suspects in Mombasa on Sunday, December 8, after a raid on a warehouse.",
        "2024-11-05",
        [{"kind": "arrest", "date_start": "2024-11-03", "place": "Mombasa"}],
    ),
    "weekday-and-date-agree": (
        "Gunmen attacked a village near Jos on Sunday, March 10, killing five people.",
        "2024-03-12",
        [{"kind": "attack", "date_start": "2024-03-10", "place": "Jos", "killed": 5}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(MISPRINTS))
def test_a_misprinted_month_yields_to_the_weekday(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- casualty arithmetic, patterns of issue 11 (the "arith" tables) ------------------------------

#: a headline's figure of the dead gives way to the body's, whether the body counts them as
#: victims or as the attackers ("Strikes kill 10 fighters" over "10 fighters were killed")
ARITH_HEADLINE: dict[str, Case] = {
    "headline-fighters-body-militants": (
        "Navy strike kills 12 fighters off the coast\n\n"
        "On 4 March 2024 navy helicopters fired on boats near Berbera, and 12 militants were killed, "
        "officials said.",
        "2024-03-05",
        [{"kind": "attack", "date_start": "2024-03-04", "killed": 12, "killed_perpetrators": 12}],
    ),
    "headline-fighters-body-rebels": (
        "Army raid kills eight fighters in the hills\n\n"
        "Troops raided a camp near Kidal on 6 May 2024, and eight rebels were killed.",
        "2024-05-07",
        [{"kind": "clash", "date_start": "2024-05-06", "killed": 8}],
    ),
    "headline-members-body-insurgents": (
        "Drone strike kills five members of armed group\n\n"
        "A drone strike on a hideout near Miranshah on 2 June 2024 killed five insurgents, the army said.",
        "2024-06-03",
        [{"kind": "attack", "date_start": "2024-06-02", "killed": 5}],
    ),
    "headline-bandits-body-gunmen": (
        "Police kill three bandits after bank siege\n\n"
        "Police stormed a bank in Mombasa on 9 July 2024 and three gunmen were shot dead.",
        "2024-07-10",
        [{"kind": "attack", "date_start": "2024-07-09", "killed": 3}],
    ),
    "headline-kidnappers-body-attackers": (
        "Soldiers kill four kidnappers near Gao\n\n"
        "Gunmen attacked a checkpoint near Gao on 1 August 2024; four attackers were killed by soldiers.",
        "2024-08-02",
        [{"kind": "attack", "date_start": "2024-08-01", "killed": 4}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_HEADLINE))
def test_headline_dead_yield_to_the_body(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: a figure told after a span of time or a cause ("two days after gunmen killed nine", "after the
#: death of a teenager") is the count of that other happening, not of the one the clause reports
ARITH_OTHER_HAPPENING: dict[str, Case] = {
    "two-days-after-a-shooting": (
        "Protesters clashed with police in Imphal on 15 June 2023, two days after gunmen shot dead nine "
        "villagers and wounded 10 others near the town.",
        "2023-06-16",
        [{"kind": "riot", "date_start": "2023-06-15", "killed": None, "injured": None}],
    ),
    "a-week-after-a-bomb": (
        "A mob set fire to a police post in Jos on 9 May 2024, a week after a bomb killed 14 people at a "
        "market there.",
        "2024-05-10",
        [{"kind": "riot", "date_start": "2024-05-09", "killed": None}],
    ),
    "days-after-a-strike": (
        "Hundreds marched through Lahore on 3 March 2024, days after a drone strike killed six people in "
        "the province.",
        "2024-03-04",
        [{"kind": "protest", "date_start": "2024-03-03", "killed": None}],
    ),
    "after-the-death-of": (
        "Riots broke out in Marseille on 2 July 2023 after the death of a teenager shot by police.",
        "2023-07-03",
        [{"kind": "riot", "date_start": "2023-07-02", "killed": None}],
    ),
    "following-the-killing-of": (
        "Students protested in Dhaka on 16 July 2024 following the killing of three classmates by police.",
        "2024-07-17",
        [{"kind": "protest", "date_start": "2024-07-16", "killed": None}],
    ),
    "justice-for-the-killing-of": (
        "Residents blocked a highway near Puebla on 28 April 2024 to demand justice for the killing of two "
        "farmers.",
        "2024-04-29",
        [{"kind": "protest", "date_start": "2024-04-28", "killed": None}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_OTHER_HAPPENING))
def test_another_happenings_figures_are_not_counted(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: a death or an injury told as a noun ("the death of an aid worker", "injuries to two officers")
ARITH_NOUN_CASUALTIES: dict[str, Case] = {
    "death-of-and-injury-to": (
        "On 3 May 2024 a security incident near Sittwe led to the death of an aid worker and injury to a "
        "driver.",
        "2024-05-04",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 1, "injured": 1}],
    ),
    "causing-the-death-of": (
        "Gunmen attacked a clinic in Bunia on 2 June 2024, causing the death of a nurse.",
        "2024-06-03",
        [{"kind": "attack", "date_start": "2024-06-02", "killed": 1}],
    ),
    "injuries-to-and-death-of": (
        "A roadside bomb near Kandahar on 4 April 2024 caused injuries to two police officers and the death "
        "of a child.",
        "2024-04-05",
        [{"kind": "attack", "date_start": "2024-04-04", "killed": 1, "injured": 2}],
    ),
    "death-of-one-staff-member": (
        "The office reported the death of one staff member in an ambush near Kaga Bandoro on 12 November "
        "2018.",
        "2018-11-20",
        [{"kind": "attack", "date_start": "2018-11-12", "killed": 1}],
    ),
    "deaths-of-and-injuries-to": (
        "An air strike on Saada on 4 May 2024 resulted in the deaths of four children and injuries to six "
        "adults.",
        "2024-05-05",
        [{"kind": "attack", "date_start": "2024-05-04", "killed": 4, "injured": 6}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_NOUN_CASUALTIES))
def test_casualties_told_as_nouns(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


#: "along with" and "together with" add the others to the one told, in the category of the verb
#: they follow (killed, wounded, arrested); a relative ("his driver") is one more
ARITH_ALONG_WITH: dict[str, Case] = {
    "killed-along-with-his-driver": (
        "On 6 March 2024 a soldier was killed along with his driver when a mine exploded near Mopti.",
        "2024-03-07",
        [{"kind": "attack", "date_start": "2024-03-06", "killed": 2}],
    ),
    "wounded-along-with-two-colleagues": (
        "A police officer was wounded along with two colleagues when gunmen opened fire on a patrol in "
        "Quetta on 8 March 2024.",
        "2024-03-09",
        [{"kind": "attack", "date_start": "2024-03-08", "injured": 3}],
    ),
    "injured-along-with-his-cameraman": (
        "A journalist was seriously injured along with his cameraman in a drone strike on Khan Younis on "
        "9 April 2024.",
        "2024-04-10",
        [{"kind": "attack", "date_start": "2024-04-09", "injured": 2}],
    ),
    "injured-along-with-three-civilians": (
        "Two soldiers were injured along with three civilians when a shell hit a market in Donetsk on "
        "2 May 2024.",
        "2024-05-03",
        [{"kind": "attack", "date_start": "2024-05-02", "injured": 5}],
    ),
    "shot-dead-together-with-his-son": (
        "On 5 May 2024 a village chief was shot dead together with his son by gunmen near Zamfara.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-05", "killed": 2}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_ALONG_WITH))
def test_along_with_adds_to_the_one_told(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: killing verbs beyond "killed": "gunned down", "hacked/stabbed to death", "lynched", "killed him"
ARITH_KILLING_VERBS: dict[str, Case] = {
    "gunned-down": (
        "Gunmen gunned down five farmers near Makurdi on 3 May 2024.",
        "2024-05-04",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 5}],
    ),
    "hacked-to-death": (
        "Three villagers were hacked to death by militiamen near Beni on 4 May 2024.",
        "2024-05-05",
        [{"kind": "attack", "date_start": "2024-05-04", "killed": 3}],
    ),
    "stabbed-to-death": (
        "Four herders were stabbed to death near Mopti on 2 March 2024.",
        "2024-03-03",
        [{"kind": "attack", "date_start": "2024-03-02", "killed": 4}],
    ),
    "killed-him": (
        "On 5 May 2024 residents of Kibera caught a suspect and killed him.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-05", "killed": 1}],
    ),
    "lynched": (
        "On 2 June 2024 a crowd lynched two men accused of theft in Goma.",
        "2024-06-03",
        [{"kind": "riot", "date_start": "2024-06-02", "killed": 2}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_KILLING_VERBS))
def test_killing_verbs_count(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


#: in a round-up, a clause that only gives figures and names its town ("the mayor of Lviv said
#: three were injured") counts for that town's event, never for the last town told; a town where
#: the wounded were treated ("died in hospital in Zaria") places no figure
ROUND_UP_COUNTS: dict[str, Case] = {
    "mayor-of-another-city": (
        "Russian missiles struck several cities overnight on 20 September 2023. The governor of Odesa said "
        "a strike hit a port warehouse, killing two people and injuring four others. The mayor of Lviv said "
        "three people were injured.",
        "2023-09-21",
        [
            {"kind": "attack", "date_start": "2023-09-20", "place": "Odesa", "killed": 2, "injured": 4},
            {"kind": "attack", "date_start": "2023-09-20", "place": "Lviv", "killed": None, "injured": 3},
        ],
    ),
    "officials-of-another-town": (
        "Shelling hit two towns on 3 June 2024. In Kharkiv, a shell hit a school and killed four people. "
        "Sumy officials said six people were wounded.",
        "2024-06-04",
        [
            {"kind": "attack", "date_start": "2024-06-03", "place": "Kharkiv", "killed": 4, "injured": None},
            {"kind": "attack", "date_start": "2024-06-03", "place": "Sumy", "injured": 6},
        ],
    ),
    "governor-of-the-other-region": (
        "Drones attacked Kursk and Belgorod overnight on 2 May 2024. A drone hit a house in Kursk, killing "
        "one woman. The Belgorod governor said two people were injured.",
        "2024-05-03",
        [
            {"kind": "attack", "date_start": "2024-05-02", "place": "Kursk", "killed": 1, "injured": None},
            {"kind": "attack", "date_start": "2024-05-02", "place": "Belgorod", "injured": 2},
        ],
    ),
    "back-to-a-town-told-before": (
        "Russian strikes hit Ukraine on 3 June 2024. In Kharkiv, a missile hit a school. In Odesa, a drone "
        "hit a port, killing two people. Kharkiv officials said five people were injured.",
        "2024-06-04",
        [
            {"kind": "attack", "date_start": "2024-06-03", "place": "Odesa", "killed": 2, "injured": None},
            {"kind": "attack", "date_start": "2024-06-03", "place": "Kharkiv", "injured": 5},
        ],
    ),
    "in-the-second-town": (
        "Mortar fire hit Gao and Timbuktu on 5 March 2024. A shell killed three people in Gao. In Timbuktu, "
        "two children were injured.",
        "2024-03-06",
        [
            {"kind": "attack", "date_start": "2024-03-05", "place": "Gao", "killed": 3, "injured": None},
            {"kind": "attack", "date_start": "2024-03-05", "place": "Timbuktu", "injured": 2},
        ],
    ),
    "died-in-hospital-elsewhere": (
        "Gunmen raided a village near Kano on 4 May 2024, killing six people. Two of the wounded later died "
        "in hospital in Zaria.",
        "2024-05-05",
        [{"kind": "attack", "date_start": "2024-05-04", "place": "Kano", "killed": 8}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ROUND_UP_COUNTS))
def test_round_up_figures_go_to_their_town(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: the figure of an arrest made over an earlier attack ("arrested two men over Monday's bombing")
#: is the arrest's, not the attack's
ARITH_ARRESTS_OVER_AN_ATTACK: dict[str, Case] = {
    "over-mondays-bombing": (
        "Police arrested two men in Leeds on 24 May 2024 over Monday's bombing of a concert hall in "
        "Manchester.",
        "2024-05-25",
        [
            {"kind": "attack", "date_start": "2024-05-20", "arrested": None},
            {"kind": "arrest", "date_start": "2024-05-24", "arrested": 2},
        ],
    ),
    "in-connection-with-saturdays-attack": (
        "On 9 June 2024 police detained three suspects in Mombasa in connection with Saturday's attack on a "
        "church in Nairobi.",
        "2024-06-10",
        [
            {"kind": "attack", "date_start": "2024-06-08", "arrested": None},
            {"kind": "arrest", "date_start": "2024-06-09", "arrested": 3},
        ],
    ),
    "over-last-weeks-bombing": (
        "Security forces arrested four men in Quetta on 12 March 2024 over last week's bombing of a market "
        "in Peshawar.",
        "2024-03-13",
        [
            {"kind": "attack", "date_start": "2024-03-04", "arrested": None},
            {"kind": "arrest", "date_start": "2024-03-12", "arrested": 4},
        ],
    ),
    "over-sundays-attack": (
        "On 3 July 2024 police in Kano arrested five people over Sunday's attack on a mosque in Maiduguri.",
        "2024-07-04",
        [
            {"kind": "attack", "date_start": "2024-06-30", "arrested": None},
            {"kind": "arrest", "date_start": "2024-07-03", "arrested": 5},
        ],
    ),
    "over-fridays-suicide-bombing": (
        "On 14 August 2024 police arrested six men in Herat over Friday's suicide bombing of a mosque in "
        "Kabul.",
        "2024-08-15",
        [
            {"kind": "attack", "date_start": "2024-08-09", "arrested": None},
            {"kind": "arrest", "date_start": "2024-08-14", "arrested": 6},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_ARRESTS_OVER_AN_ATTACK))
def test_arrests_over_an_attack_are_not_its_figure(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: a bulletin's flood, landslide, epidemic, crash or earthquake toll is no conflict event's count,
#: nor an event of its own
ARITH_HAZARDS: dict[str, Case] = {
    "floods-in-a-bulletin": (
        "Weekly update\n\nOn 22 April 2020 shelling killed four civilians near Sittwe.\n\n"
        "Heavy rain has triggered floods in northern Vietnam since 22 April. According to media reports, "
        "five people have died and 12 have been injured.",
        "2020-04-27",
        [{"kind": "attack", "date_start": "2020-04-22", "killed": 4, "injured": None}],
    ),
    "landslide-after-a-raid": (
        "On 3 May 2024 gunmen killed six villagers near Zamfara. Separately, a landslide buried a mining "
        "site in Kebbi; nine people died.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 6}],
    ),
    "cholera-outbreak": (
        "Militants ambushed a patrol near Gao on 2 June 2024, killing three soldiers.\n\n"
        "A cholera outbreak spread in Mopti region. Officials said 14 people had died.",
        "2024-06-05",
        [{"kind": "attack", "date_start": "2024-06-02", "killed": 3}],
    ),
    "bus-crash-the-same-day": (
        "On 8 July 2024 a drone strike hit a market in Khartoum, killing seven people. A bus crash on the "
        "Kassala road the same day left 11 people dead.",
        "2024-07-10",
        [{"kind": "attack", "date_start": "2024-07-08", "killed": 7}],
    ),
    "earthquake-alone": (
        "An earthquake struck eastern Afghanistan on 31 August 2025. At least 800 people were killed and "
        "2,500 injured, officials said.",
        "2025-09-01",
        [],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_HAZARDS))
def test_hazard_tolls_are_no_conflict_counts(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- plurals and "fighting" told with their own day are these happenings -------------------------

DATED_PLURALS: dict[str, Case] = {
    "clashes-erupted-on-days": (
        "Clashes erupted in Aden on 14-15 March between two rival militias, witnesses said.",
        "2024-03-20",
        [{"kind": "clash", "date_start": "2024-03-14", "date_end": "2024-03-15", "place": "Aden"}],
    ),
    "clashes-broke-out-on-day": (
        "Clashes broke out in Beni on 2 June between troops and militiamen.",
        "2024-06-05",
        [{"kind": "clash", "date_start": "2024-06-02", "place": "Beni"}],
    ),
    "attacks-on-two-days": (
        "Attacks on 2 and 3 June destroyed a market in Gao region, a local official said.",
        "2024-06-07",
        [{"kind": "attack", "date_start": "2024-06-02", "date_end": "2024-06-03"}],
    ),
    "shootings-on-two-days": (
        "Shootings on 11 and 12 October left a village near Zaria deserted.",
        "2024-10-15",
        [{"kind": "attack", "date_start": "2024-10-11", "place": "Zaria"}],
    ),
    "bombings-on-a-day": (
        "Bombings on 4 January damaged two schools in Kandahar, police said.",
        "2024-01-08",
        [{"kind": "attack", "date_start": "2024-01-04", "place": "Kandahar"}],
    ),
    "plural-since-a-year-is-general": (
        "Islamist attacks have displaced thousands of families in the region since 2019.",
        "2024-06-07",
        [],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(DATED_PLURALS))
def test_dated_plurals_are_happenings(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


FIGHTING: dict[str, Case] = {
    "renewed-fighting-erupted": (
        "On 12 August, renewed fighting between the army and rebel forces erupted around the town of Kutum.",
        "2024-08-18",
        [{"kind": "clash", "date_start": "2024-08-12", "place": "Kutum"}],
    ),
    "heavy-fighting-raged": (
        "Heavy fighting raged in Bakhmut on Tuesday, officials said.",
        "2023-05-12",
        [{"kind": "clash", "date_start": "2023-05-09", "place": "Bakhmut"}],
    ),
    "the-fighting-which-broke-out-dates-the-clash": (
        "Two soldiers were killed in a clash with rebels, the army said on Friday. The army said the "
        "fighting, which broke out late on Thursday near Butuan, lasted two hours.",
        "2024-02-10",
        [{"kind": "clash", "date_start": "2024-02-08", "date_end": "2024-02-08", "killed": 2}],
    ),
    "fierce-fighting-reported": (
        "Fierce fighting was reported between the two factions in Khartoum on 3 June.",
        "2024-06-08",
        [{"kind": "clash", "date_start": "2024-06-03", "place": "Khartoum"}],
    ),
    "fighting-erupted-between": (
        "Fighting erupted between herders and farmers near Mopti on Sunday.",
        "2024-04-02",
        [{"kind": "clash", "date_start": "2024-03-31", "place": "Mopti"}],
    ),
    "fighting-since-a-year-is-no-event": (
        "The rebels have been fighting the government since 1969.",
        "2024-04-02",
        [],
    ),
    "a-club-name-places-nothing": (
        "Fans of Galatasaray Istanbul were attacked by a mob in Munich on 4 April after the match.",
        "2024-04-06",
        [{"kind": "riot", "date_start": "2024-04-04", "place": "Munich"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(FIGHTING))
def test_fighting_is_a_clash(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


# --- a photo caption with its own day tells that day's happening ---------------------------------

CAPTIONS: dict[str, Case] = {
    "caption-day-beside-a-week": (
        "date 2024-05-12 Opposition supporters clash with police in Karachi on May 9, 2024. —Reuters\n\n"
        "KARACHI: Clashes between police and opposition supporters this week have left at least 20 "
        "people dead, hospital officials said.",
        "2024-05-12",
        [
            {"kind": "riot", "date_start": "2024-05-09", "place": "Karachi"},
            {"kind": "riot", "date_start": "2024-05-06"},
        ],
    ),
    "caption-day-inside-the-week": (
        "date 2024-01-19 Demonstrators clash with riot police in Lima on January 15, 2024. —AFP\n\n"
        "LIMA: Clashes between protesters and police this week have killed at least six people,"
        " officials said.",
        "2024-01-19",
        [
            {"kind": "riot", "date_start": "2024-01-15", "place": "Lima"},
            {"kind": "riot", "date_start": "2024-01-15"},
        ],
    ),
    "caption-day-beside-a-month": (
        "date 2024-10-10 Youths clash with police in Conakry on October 3, 2024. —AFP\n\n"
        "CONAKRY: Clashes with police this month have left 12 people dead in the capital,"
        " rights groups said.",
        "2024-10-10",
        [
            {"kind": "riot", "date_start": "2024-10-03", "place": "Conakry"},
            {"kind": "clash", "date_start": "2024-10-01"},
        ],
    ),
    "caption-day-before-the-report": (
        "date 2024-06-24 Protesters clash with police in Nairobi on June 20, 2024. —AFP\n\n"
        "NAIROBI: Clashes between protesters and police this week have left 30 people injured, medics said.",
        "2024-06-24",
        [
            {"kind": "riot", "date_start": "2024-06-20", "place": "Nairobi"},
            {"kind": "riot", "date_start": "2024-06-24"},
        ],
    ),
    "caption-day-of-a-students-week": (
        "date 2023-09-08 Students clash with police in Dakar on September 5, 2023. —AFP\n\n"
        "DAKAR: Clashes between students and police this week have killed two people, the ministry said.",
        "2023-09-08",
        [
            {"kind": "riot", "date_start": "2023-09-05", "place": "Dakar"},
            {"kind": "riot", "date_start": "2023-09-04"},
        ],
    ),
    "caption-and-body-same-day": (
        "date 2024-04-06 Protesters clash with police in Accra on April 4, 2024. —AFP\n\n"
        "ACCRA: Protesters clashed with police in Accra on April 4,"
        " leaving eight people injured, police said.",
        "2024-04-06",
        [{"kind": "riot", "date_start": "2024-04-04", "place": "Accra"}],
    ),
    "caption-of-a-march-that-turned-violent": (
        "date 2024-04-06 Teachers march in Accra on April 4, 2024. —AFP\n\n"
        "ACCRA: Teachers clashed with police in Accra on April 4, leaving five people injured.",
        "2024-04-06",
        [{"kind": "riot", "date_start": "2024-04-04", "place": "Accra", "injured": 5}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CAPTIONS))
def test_a_dated_caption_is_its_own_event(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- "today" in a quotation is the day the story tells, not the page's date ----------------------

QUOTED_TODAY: dict[str, Case] = {
    "quoted-today-kampala": (
        "KAMPALA: Uganda on Thursday banned all marches in the capital after two days of unrest.\n\n"
        '"We have closed all roads into Kampala today," a police spokesman told reporters.\n\n'
        "That did not stop another round of clashes between police and protesters in the city centre.",
        "2024-07-26",
        [{"kind": "riot", "date_start": "2024-07-25", "place": "Kampala"}],
    ),
    "quoted-today-lahore": (
        "LAHORE: Pakistan on Tuesday suspended mobile internet in Punjab as protests spread.\n\n"
        "“Nobody is allowed to gather in Lahore today,” the provincial minister said.\n\n"
        "Protesters nevertheless clashed with police near the assembly building in Lahore.",
        "2024-05-15",
        [{"kind": "riot", "date_start": "2024-05-14", "place": "Lahore"}],
    ),
    "quoted-today-abuja": (
        "ABUJA: Nigerian police on Monday deployed thousands of officers across the capital.\n\n"
        '"Our officers are on every street in Abuja today," the police chief said.\n\n'
        "Demonstrators still marched to the national assembly in Abuja.",
        "2024-08-06",
        [{"kind": "protest", "date_start": "2024-08-05", "place": "Abuja"}],
    ),
    "quoted-today-two-days-before": (
        "DAKAR: Senegal on Saturday cut mobile data as supporters of the opposition leader gathered.\n\n"
        '"We are marching in Dakar today whatever happens," an organiser said.\n\n'
        "Supporters clashed with riot police in central Dakar.",
        "2024-02-05",
        [{"kind": "riot", "date_start": "2024-02-03", "place": "Dakar"}],
    ),
    "quoted-today-nairobi": (
        "NAIROBI: Kenya on Wednesday deployed the army after protesters stormed parliament.\n\n"
        '"We will march again in Nairobi today," one protest leader said.\n\n'
        "Protesters clashed with police again in Nairobi's business district.",
        "2024-06-27",
        [{"kind": "riot", "date_start": "2024-06-26", "place": "Nairobi"}],
    ),
    "story-of-the-page-day": (
        "KAMPALA: Uganda on Thursday banned all marches in the capital.\n\n"
        '"We have closed all roads into Kampala today," a police spokesman told reporters.\n\n'
        "Protesters clashed with police in the city centre.",
        "2024-07-25",
        [{"kind": "riot", "date_start": "2024-07-25", "place": "Kampala"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(QUOTED_TODAY))
def test_quoted_today_is_the_storys_day(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- "the murder of two other soldiers last Friday": other victims, another happening ---------------

OTHER_VICTIMS: dict[str, Case] = {
    "murder-of-two-other-policemen": (
        "Two policemen were killed in an attack on a checkpoint in Zamfara state on Wednesday, "
        "officials said.\n\n"
        "The gang was also accused of the murder of two other policemen last Sunday in Katsina state.",
        "2024-06-13",
        [
            {"kind": "attack", "date_start": "2024-06-12", "place": "Zamfara", "killed": 2},
            {"kind": "attack", "date_start": "2024-06-09", "place": "Katsina", "killed": 2},
        ],
    ),
    "deaths-of-three-other-soldiers": (
        "Three soldiers died in a roadside bomb blast in Kidal region on Tuesday, the army said.\n\n"
        "The group is blamed for the deaths of three other soldiers on Saturday in Gao region.",
        "2024-04-18",
        [
            {"kind": "attack", "date_start": "2024-04-16", "place": "Kidal", "killed": 3},
            {"kind": "attack", "date_start": "2024-04-13", "place": "Gao", "killed": 3},
        ],
    ),
    "killing-of-four-other-villagers": (
        "Four villagers were killed when gunmen attacked a hamlet near Jos on Thursday, police said.\n\n"
        "The same gunmen are suspected in the killing of four other villagers last Monday in Bauchi state.",
        "2024-09-20",
        [
            {"kind": "attack", "date_start": "2024-09-19", "place": "Jos", "killed": 4},
            {"kind": "attack", "date_start": "2024-09-16", "place": "Bauchi", "killed": 4},
        ],
    ),
    "murder-of-two-other-journalists": (
        "Two journalists were shot dead in Guerrero state on 12 March, prosecutors said.\n\n"
        "The cartel is also suspected of the murder of two other journalists on 2 March in Michoacan state.",
        "2024-03-15",
        [
            {"kind": "attack", "date_start": "2024-03-12", "place": "Guerrero", "killed": 2},
            {"kind": "attack", "date_start": "2024-03-02", "place": "Michoacan", "killed": 2},
        ],
    ),
    "deaths-of-five-other-guards": (
        "Five guards were killed in an attack on a mine in Tillaberi region on Monday, officials said.\n\n"
        "The militants were also blamed for the deaths of five other guards on Saturday in Dosso region.",
        "2024-11-27",
        [
            {"kind": "attack", "date_start": "2024-11-25", "place": "Tillaberi", "killed": 5},
            {"kind": "attack", "date_start": "2024-11-23", "place": "Dosso", "killed": 5},
        ],
    ),
    "the-same-victims-again": (
        "Gunmen attacked a checkpoint in Zamfara state on Sunday, killing two policemen.\n\n"
        "The murder of the two policemen on Sunday angered residents.",
        "2024-06-12",
        [{"kind": "attack", "date_start": "2024-06-09", "place": "Zamfara", "killed": 2}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(OTHER_VICTIMS))
def test_other_victims_are_another_happening(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- an intention, a vow, a pledge or a promise tells no happening of its kind -------------------

INTENTIONS: dict[str, Case] = {
    "intention-to-withdraw": (
        "In 2021, Germany announced its intention to gradually withdraw its troops from the base near Gao.",
        "2024-05-01",
        [],
    ),
    "vowed-to-attack": (
        "The rebels vowed to attack the capital within days, a spokesman said on Monday.",
        "2024-05-08",
        [],
    ),
    "pledged-to-withdraw": (
        "The militia pledged to withdraw its fighters from Goma by the end of the month.",
        "2024-07-02",
        [],
    ),
    "promised-to-arrest": (
        "The governor promised to arrest the gunmen behind the killings in Zamfara.",
        "2024-03-05",
        [],
    ),
    "intends-to-launch": (
        "Officials said the army intends to launch an offensive against the group near Palma.",
        "2024-08-21",
        [],
    ),
    "the-withdrawal-done": (
        "The army withdrew its troops from the base near Gao on Monday.",
        "2024-05-08",
        [{"kind": "other", "date_start": "2024-05-06", "place": "Gao"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(INTENTIONS))
def test_intentions_yield_no_event(text: str, published: str | None, expected: list[dict[str, Any]]) -> None:
    _check(text, published, expected)


#: a running total told beside a happening ("bringing to 40 the number killed this year", "150
#: killed in the city in the past month") is no count of the happening
ARITH_RUNNING_TOTALS: dict[str, Case] = {
    "bringing-to-the-years-number": (
        "A bomb killed three soldiers and wounded five near Gao on 2 May 2024, bringing to 40 the number of "
        "soldiers killed in the region this year.",
        "2024-05-03",
        [{"kind": "attack", "date_start": "2024-05-02", "killed": 3, "injured": 5}],
    ),
    "raising-to-the-months-number": (
        "An air strike killed five fighters near Marib on 3 March 2024, raising to 70 the number of fighters "
        "killed in the province this month.",
        "2024-03-04",
        [{"kind": "attack", "date_start": "2024-03-03", "killed": 5}],
    ),
    "in-the-past-month": (
        "Shelling killed two people in Kherson on 5 June 2024; at least 150 civilians have been killed in "
        "the city in the past month.",
        "2024-06-06",
        [{"kind": "attack", "date_start": "2024-06-05", "killed": 2}],
    ),
    "since-a-year": (
        "Gunmen killed four police officers in Zamfara on 9 May 2024; more than 300 officers have been "
        "killed in the state since 2020.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-09", "killed": 4}],
    ),
    "since-a-month": (
        "A drone strike killed six people in Rafah on 2 April 2024. The health ministry says 32,916 people "
        "have been killed since October.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 6}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_RUNNING_TOTALS))
def test_running_totals_are_no_count(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: a clause that only tells figures, with its own day and region ("two other soldiers were killed
#: last Friday in X"), is a happening of its own even when the event told before it has no date of
#: its own; each place keeps its figure (dates are left to the dating tests above)
ARITH_OWN_REGION: dict[str, tuple[str, str, dict[str, int]]] = {
    "accused-of-the-murder-of-two-other": (
        "Two soldiers were killed in an ambush near Gao, military sources reported. The attack occurred on "
        "a road outside the town. The group was also accused of the murder of two other soldiers last "
        "Friday in the Mopti region.",
        "2024-09-04",
        {"Gao": 2, "Mopti": 2},
    ),
    "blamed-for-the-killing-of-three-other": (
        "Gunmen killed a police officer at a checkpoint in Tame, the army said. The attack was carried out "
        "from a pickup truck. The rebels were also blamed for the killing of three other officers last "
        "Sunday in Norte de Santander.",
        "2024-09-03",
        {"Tame": 1, "Norte de Santander": 3},
    ),
    "killed-in-another-governorate": (
        "A drone strike killed two men in a car near Marib, officials said. The strike hit the car on a "
        "desert road. Four civilians were killed in Shabwa last Saturday.",
        "2024-06-05",
        {"Ma'rib": 2, "Shabwah": 4},
    ),
    "killed-near-another-town": (
        "Militants attacked a base near Kidal, killing six soldiers, officials said. The assault lasted two "
        "hours. Seven civilians were killed near Timbuktu on Sunday.",
        "2024-03-05",
        {"Kidal": 6, "Timbuktu": 7},
    ),
    "wounded-in-another-province": (
        "A roadside bomb killed three policemen near Kandahar, officials said. The bomb was hidden in a "
        "culvert. Four farmers were wounded in Helmand province on Monday.",
        "2024-04-10",
        {"Kandahar": 3, "Helmand": 4},
    ),
}


@pytest.mark.parametrize(
    ("text", "published", "figures"), list(ARITH_OWN_REGION.values()), ids=list(ARITH_OWN_REGION)
)
def test_figures_with_their_own_region_stay_there(text: str, published: str, figures: dict[str, int]) -> None:
    events = [e.to_dict() for e in api.extract(text, "case.txt", published)]
    told = {e["place"]: (e["killed"] if e["killed"] is not None else e["injured"]) for e in events}
    assert told == figures, [(e["place"], e["date_start"], e["killed"], e["injured"]) for e in events]


#: the figures told right after a riot are the riot's, not those of an earlier attack told next
ARITH_CROWD_CASUALTIES: dict[str, Case] = {
    "injuries-after-a-mob": (
        "A mob burned two shops in Jos on Thursday as traders clashed with police. At least four people "
        "sustained injuries. On Tuesday night, gunmen shot dead six villagers near the town.",
        "2024-05-10",
        [
            {"kind": "riot", "date_start": "2024-05-09", "injured": 4},
            {"kind": "attack", "date_start": "2024-05-07", "killed": 6, "injured": None},
        ],
    ),
    "hurt-after-clashes": (
        "Protesters clashed with police in Nairobi on Tuesday. Eleven people were hurt. On Sunday, police "
        "shot dead two men in the city.",
        "2024-06-26",
        [
            {"kind": "riot", "date_start": "2024-06-25", "injured": 11},
            {"kind": "attack", "date_start": "2024-06-23", "killed": 2, "injured": None},
        ],
    ),
    "injured-after-arson": (
        "Rioters torched a police station in Dhaka on Thursday. Officials said 30 people were injured. On "
        "Monday, a bomb killed three people in the city.",
        "2024-07-19",
        [
            {"kind": "riot", "date_start": "2024-07-18", "injured": 30},
            {"kind": "attack", "date_start": "2024-07-15", "killed": 3, "injured": None},
        ],
    ),
    "soldiers-injured-by-stones": (
        "Demonstrators threw stones at soldiers in Beirut on Sunday. Four soldiers were injured. On Friday, "
        "an explosion killed two people in the city.",
        "2024-04-29",
        [
            {"kind": "riot", "date_start": "2024-04-28", "injured": 4},
            {"kind": "attack", "date_start": "2024-04-26", "killed": 2, "injured": None},
        ],
    ),
    "wounded-at-barricades": (
        "Youths blocked roads and set tyres ablaze in Kampala on Wednesday. At least two people were "
        "wounded. On Monday, gunmen killed a trader in the city.",
        "2024-03-08",
        [
            {"kind": "riot", "date_start": "2024-03-06", "injured": 2},
            {"kind": "attack", "date_start": "2024-03-04", "killed": 1, "injured": None},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_CROWD_CASUALTIES))
def test_crowd_casualties_stay_with_the_riot(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: "killed and wounded 40", "killing or wounding 22": the dead and the wounded together are
#: neither figure
ARITH_COMBINED: dict[str, Case] = {
    "killed-and-wounded-40": (
        "A car bomb killed and wounded 40 people at a market in Mogadishu on 2 May 2024.",
        "2024-05-03",
        [{"kind": "attack", "date_start": "2024-05-02", "killed": None, "injured": None}],
    ),
    "killed-or-injured-25": (
        "Shelling killed or injured 25 civilians in Gorlovka on 20 September 2024.",
        "2024-09-21",
        [{"kind": "attack", "date_start": "2024-09-20", "killed": None, "injured": None}],
    ),
    "killed-and-injured-14": (
        "A grenade attack in Mandera on 3 June 2024 killed and injured 14 people.",
        "2024-06-04",
        [{"kind": "attack", "date_start": "2024-06-03", "killed": None, "injured": None}],
    ),
    "killing-or-wounding-22": (
        "Militants attacked a bus near Kandahar on 6 April 2024, killing or wounding 22 passengers.",
        "2024-04-07",
        [{"kind": "attack", "date_start": "2024-04-06", "killed": None, "injured": None}],
    ),
    "killed-or-maimed-60": (
        "An explosion at a mosque in Peshawar on 4 March 2024 killed or maimed 60 worshippers.",
        "2024-03-05",
        [{"kind": "attack", "date_start": "2024-03-04", "killed": None, "injured": None}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARITH_COMBINED))
def test_dead_and_wounded_together_are_no_count(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- a total over several places beside its sites ------------------------------------------

#: a national lead with a figure of its own ("attacks on multiple cities overnight, killing two")
#: is a summary placed in the country, never in one of its sites; each site keeps its own figures.
#: A lead with no figure of its own only introduces its sites and joins the first of them.
SUMMARIES: dict[str, Case] = {
    "overnight-cities-with-a-toll": (
        "Officials said on Tuesday that Russian forces launched drone attacks on several cities overnight, "
        "killing three people.\n\nThe governor of Odesa said a drone hit an apartment block, killing three "
        "residents.\n\nThe mayor of Lviv said four people were injured.",
        "2024-05-14",
        [
            {"kind": "attack", "date_start": "2024-05-14", "place": "Ukraine", "killed": 3, "summary": True},
            {"kind": "attack", "date_start": "2024-05-14", "place": "Odesa", "killed": 3, "summary": False},
            {"kind": "attack", "date_start": "2024-05-14", "place": "Lviv", "injured": 4, "summary": False},
        ],
    ),
    "across-the-country-with-a-toll": (
        "Gunmen carried out attacks across the country on 2 March 2024, killing 20 people. In Kano, gunmen "
        "attacked a market, killing 12. In Zaria, a bomb exploded at a bus station, killing eight.",
        "2024-03-04",
        [
            {"kind": "attack", "date_start": "2024-03-02", "place": "Nigeria", "killed": 20, "summary": True},
            {"kind": "attack", "date_start": "2024-03-02", "place": "Kano", "killed": 12, "summary": False},
            {"kind": "attack", "date_start": "2024-03-02", "place": "Zaria", "killed": 8, "summary": False},
        ],
    ),
    "number-of-regions-then-sites": (
        "Militants attacked police posts in a number of provinces on Thursday, killing nine officers, the "
        "army said.\n\nIn Quetta, militants stormed a police post and killed five officers.\n\n"
        "In Peshawar, a grenade attack on a checkpoint killed four policemen.",
        "2024-08-16",
        [
            {"kind": "attack", "place": "Pakistan", "date_start": "2024-08-15", "killed": 9, "summary": True},
            {"kind": "attack", "place": "Quetta", "date_start": "2024-08-15", "killed": 5, "summary": False},
            {
                "kind": "attack",
                "place": "Peshawar",
                "date_start": "2024-08-15",
                "killed": 4,
                "summary": False,
            },
        ],
    ),
    "site-figures-never-go-to-the-total": (
        "Missiles hit multiple towns on 7 June 2024, killing two people. A missile struck a school in "
        "Kramatorsk, killing two teachers. Sumy officials said six people were wounded.",
        "2024-06-08",
        [
            {"kind": "attack", "date_start": "2024-06-07", "place": "Ukraine", "killed": 2, "injured": None},
            {"kind": "attack", "date_start": "2024-06-07", "place": "Kramatorsk", "killed": 2},
            {"kind": "attack", "date_start": "2024-06-07", "place": "Sumy", "injured": 6, "killed": None},
        ],
    ),
    "bare-lead-joins-its-first-site": (
        "Rebels launched attacks on several towns on 9 April 2024. Rebels attacked an army base in Goma, "
        "killing four soldiers. Rebels ambushed a convoy near Beni, killing two drivers.",
        "2024-04-10",
        [
            {"kind": "attack", "date_start": "2024-04-09", "place": "Goma", "killed": 4, "summary": False},
            {"kind": "attack", "date_start": "2024-04-09", "place": "Beni", "killed": 2, "summary": False},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(SUMMARIES))
def test_a_total_over_several_places_is_a_summary(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- a town and its district ---------------------------------------------------------------

#: a town and the district named after it or holding it tell one place: the lead's town and the
#: body's district are one happening, and the body's figures are that happening's
DISTRICTS: dict[str, Case] = {
    "city-then-its-east-district": (
        "A mob set fire to three shops in Imphal on Thursday.\n\nOfficials said the shops were burned "
        "by the mob in a market of Imphal East district. At least four people sustained injuries.",
        "2024-06-14",
        [{"kind": "riot", "date_start": "2024-06-13", "injured": 4}],
    ),
    "town-then-its-district": (
        "Gunmen attacked a village near Bannu on 4 May 2024, killing three farmers.\n\nThe attack took "
        "place in Bannu District, police said. Two more villagers were wounded.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-04", "killed": 3, "injured": 2}],
    ),
    "district-then-its-town": (
        "Militants ambushed a patrol in Kupwara district on 2 July 2024.\n\nMilitants opened fire on the "
        "patrol on a road outside Kupwara. Three soldiers were killed.",
        "2024-07-03",
        [{"kind": "attack", "date_start": "2024-07-02", "killed": 3}],
    ),
    "far-towns-stay-apart": (
        "Gunmen attacked a bus near Bannu on 4 May 2024, killing three passengers. On 4 May 2024 gunmen "
        "attacked a checkpoint in Chitral, killing two policemen.",
        "2024-05-06",
        [
            {"kind": "attack", "date_start": "2024-05-04", "killed": 3},
            {"kind": "attack", "date_start": "2024-05-04", "killed": 2},
        ],
    ),
    "mob-in-town-and-district": (
        "Protesters clashed with police in Churachandpur on Monday.\n\nPolice said the mob torched two "
        "vehicles in Churachandpur district. Five people were injured.",
        "2024-06-11",
        [{"kind": "riot", "date_start": "2024-06-10", "injured": 5}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(DISTRICTS))
def test_a_town_and_its_district_are_one_place(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- the date of an aside dates the happening the aside tells -------------------------------

#: "people fled after clashes between A and B in X on 16 November": the aside's own date, at the end
#: of the trigger's phrase (its parties and place), dates the clashes
ASIDE_DATES: dict[str, Case] = {
    "displaced-after-clashes-between": (
        "Over 5,000 people are displaced in Lakes state after clashes between two militias in Rumbek "
        "on 12 March.",
        "2024-03-19",
        [{"kind": "clash", "date_start": "2024-03-12"}],
    ),
    "camps-after-fighting-between": (
        "Thousands sheltered in camps near Kadugli after clashes between the army and rebels in the "
        "hills on 3 February.",
        "2024-02-09",
        [{"kind": "clash", "date_start": "2024-02-03"}],
    ),
    "schools-closed-after-clashes-with": (
        "Schools stayed closed in Tripoli after clashes with a rival brigade near the airport on 26 August.",
        "2024-08-30",
        [{"kind": "clash", "date_start": "2024-08-26"}],
    ),
    "aid-suspended-after-clashes-in": (
        "Aid agencies suspended work in Bentiu, after clashes in the market area on 4 October.",
        "2024-10-08",
        [{"kind": "clash", "date_start": "2024-10-04"}],
    ),
    "other-clause-date-does-not-reach": (
        "Clashes broke out in Gao on 2 June 2024. The market reopened on 9 June, when prices fell.",
        "2024-06-10",
        [{"kind": "clash", "date_start": "2024-06-02"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ASIDE_DATES))
def test_an_asides_date_dates_its_happening(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- "according to" names a source, it dates no saying -------------------------------------

#: "... between 17 and 24 April, according to local sources": the date ends the happening's clause
ACCORDING_TO: dict[str, Case] = {
    "range-according-to": (
        "Shelling killed six civilians in Paletwa between 10 and 12 May, according to local sources.",
        "2024-05-20",
        [{"kind": "attack", "date_start": "2024-05-10", "date_end": "2024-05-12", "killed": 6}],
    ),
    "day-according-to": (
        "Gunmen killed four traders near Kaduna on 3 June, according to police.",
        "2024-06-10",
        [{"kind": "attack", "date_start": "2024-06-03", "killed": 4}],
    ),
    "weekday-according-to": (
        "A bomb killed two soldiers near Mogadishu on Sunday, according to the army.",
        "2024-06-12",
        [{"kind": "attack", "date_start": "2024-06-09", "killed": 2}],
    ),
    "month-day-according-to": (
        "Militants attacked an army post in Djibo on March 8, according to residents, killing five soldiers.",
        "2024-03-15",
        [{"kind": "attack", "date_start": "2024-03-08", "killed": 5}],
    ),
    "said-still-dates-the-saying": (
        "Two soldiers were killed in an ambush near Gao, the army said on Thursday.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-08", "date_end": "2024-05-09", "killed": 2}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ACCORDING_TO))
def test_according_to_dates_no_saying(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- people driven out by an attack --------------------------------------------------------

#: "some 3,000 people were displaced as the camp burned" right after an attack at its place is that
#: attack's outcome, not a happening of its own
DISPLACEMENT: dict[str, Case] = {
    "displaced-right-after": (
        "At least 12 civilians were killed in an attack on a camp in Bambari on 4 May 2024. Some 3,000 "
        "people were displaced as the camp was burnt down.",
        "2024-05-07",
        [{"kind": "attack", "date_start": "2024-05-04", "killed": 12, "place": "Bambari"}],
    ),
    "fled-right-after": (
        "Gunmen attacked the village of Kajuru on 2 April 2024, killing seven farmers. Hundreds of "
        "families fled to camps in nearby towns.",
        "2024-04-04",
        [{"kind": "attack", "date_start": "2024-04-02", "killed": 7}],
    ),
    "evacuated-right-after": (
        "A drone struck a school in Sumy on 6 June 2024, killing three people. Residents were evacuated "
        "from their homes around the school.",
        "2024-06-07",
        [{"kind": "attack", "date_start": "2024-06-06", "killed": 3}],
    ),
    "newly-displaced": (
        "Militants attacked Mocimboa da Praia on 10 August 2024, killing nine civilians. About 8,000 "
        "people were newly displaced to camps in the district.",
        "2024-08-12",
        [{"kind": "attack", "date_start": "2024-08-10", "killed": 9}],
    ),
    "displacement-elsewhere-stays-apart": (
        "Gunmen killed five farmers near Jos on 3 May 2024.\n\nFloods in Kenya have displaced 40,000 "
        "people to camps in Garissa since April.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 5}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(DISPLACEMENT))
def test_people_driven_out_belong_to_the_attack(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- the dated items of a period -------------------------------------------------------------

#: a bulletin's period ("between 17 and 24 April") and a day inside it told with figures of its own
#: ("On 22 April, three civilians were killed") are two happenings; so are a day's figures and
#: fighting told with a longer stretch of its own around that day
PERIOD_ITEMS: dict[str, Case] = {
    "day-with-figures-inside-a-week": (
        "Shelling hit villages in Paletwa between 10 and 16 May. On 13 May, three civilians were "
        "killed and one injured in Paletwa.",
        "2024-05-17",
        [
            {"kind": "attack", "date_start": "2024-05-10", "date_end": "2024-05-16", "killed": None},
            {"kind": "attack", "date_start": "2024-05-13", "killed": 3, "injured": 1},
        ],
    ),
    "day-attack-inside-a-fortnight": (
        "Fighting raged around Kidal between 1 and 14 June 2024. On 5 June, gunmen ambushed a convoy "
        "near Kidal, killing six drivers.",
        "2024-06-15",
        [
            {"kind": "clash", "date_start": "2024-06-01", "date_end": "2024-06-14"},
            {"kind": "attack", "date_start": "2024-06-05", "killed": 6},
        ],
    ),
    "fighting-around-a-days-toll": (
        "On 22 May, four civilians were killed and two injured in Minbya. Heavy fighting in Minbya forced "
        "3,000 people to flee between 21 and 23 May.",
        "2024-05-27",
        [
            {"kind": "attack", "date_start": "2024-05-22", "killed": 4, "injured": 2},
            {"kind": "clash", "date_start": "2024-05-21", "date_end": "2024-05-23"},
        ],
    ),
    "same-toll-is-the-same-happening": (
        "Militants killed four soldiers near Gao between 3 and 9 May 2024. On 5 May, four soldiers "
        "were killed near Gao.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-03", "killed": 4}],
    ),
    "short-stretch-holds-its-day": (
        "Clashes broke out in Tripoli on 26-27 August 2024. On 27 August, six fighters were killed.",
        "2024-08-28",
        [{"kind": "clash", "date_start": "2024-08-26", "killed": 6}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(PERIOD_ITEMS))
def test_the_dated_items_of_a_period_are_happenings(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- a list of towns in another phrase ------------------------------------------------------

#: "fighting in A forced people to flee, as did displacement in B and C": the list after the comma
#: belongs to another noun; the fighting stays in A
OTHER_PHRASE_TOWNS: dict[str, Case] = {
    "in-addition-to-displacement-in": (
        "Heavy fighting in Kyaukpyu forced 4,000 people to flee on 21 May 2024, in addition to smaller "
        "movements in other townships, including Kyauktaw and Mrauk-U.",
        "2024-05-27",
        [{"kind": "clash", "date_start": "2024-05-21", "place": "Kyaukpyu"}],
    ),
    "as-well-as-in": (
        "Clashes in Kidal killed five fighters on 2 June 2024, while markets closed in Gao and Timbuktu.",
        "2024-06-03",
        [{"kind": "clash", "date_start": "2024-06-02", "place": "Kidal", "killed": 5}],
    ),
    "aid-in-other-towns": (
        "Shelling hit Kharkiv on 3 June 2024, and aid convoys were sent to Sumy and Poltava.",
        "2024-06-04",
        [{"kind": "attack", "date_start": "2024-06-03", "place": "Kharkiv"}],
    ),
    "coordinated-towns-still-split": (
        "On 9 March 2024 suicide bombers struck mosques in Kano and Maiduguri, killing 12 people.",
        "2024-03-10",
        [
            {"kind": "attack", "date_start": "2024-03-09", "place": "Kano", "killed": 12},
            {"kind": "attack", "date_start": "2024-03-09", "place": "Maiduguri", "killed": None},
        ],
    ),
    "restart-without-comma-still-splits": (
        "On 5 May 2024 gunmen from Zamfara attacked villages in Gusau and Tsafe, killing nine people.",
        "2024-05-06",
        [
            {"kind": "attack", "date_start": "2024-05-05", "place": "Gusau", "killed": 9},
            {"kind": "attack", "date_start": "2024-05-05", "place": "Tsafe", "killed": None},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(OTHER_PHRASE_TOWNS))
def test_towns_of_another_phrase_do_not_split(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- the grounds of an action are no happening ----------------------------------------------

#: "based on an extradition warrant from a US judge": a warrant, order or request named as the
#: grounds of another action is no ruling of its own, and its country places nothing
GROUNDS: dict[str, Case] = {
    "extradition-warrant": (
        "Soldiers surrounded a ranch near Culiacan on 5 May 2024 based on an extradition warrant from a US "
        "judge. Gunmen killed three soldiers at the ranch.",
        "2024-07-10",
        [{"kind": "attack", "date_start": "2024-05-05", "place": "Culiacan", "killed": 3}],
    ),
    "acting-on-a-warrant": (
        "Police entered a house in Lahore on 3 June 2024 acting on an arrest warrant, and gunmen inside "
        "killed two officers.",
        "2024-07-10",
        [{"kind": "clash", "date_start": "2024-06-03", "place": "Lahore", "killed": 2}],
    ),
    "pursuant-to-a-court-order": (
        "Troops moved into Kidal on 2 July 2024 pursuant to a court order from Bamako. Militants ambushed "
        "the troops, killing four soldiers.",
        "2024-07-10",
        [{"kind": "attack", "date_start": "2024-07-02", "place": "Kidal", "killed": 4}],
    ),
    "on-the-basis-of-a-european-warrant": (
        "On 8 March 2024 officers went to a flat in Marseille on the basis of a European arrest warrant "
        "from Belgium; the suspect shot one officer dead.",
        "2024-07-10",
        [{"kind": "attack", "date_start": "2024-03-08", "place": "Marseille", "killed": 1}],
    ),
    "a-ruling-is-still-a-ruling": (
        "A court in Paris sentenced two men to life in prison on 4 April 2024.",
        "2024-07-10",
        [{"kind": "legal_action", "date_start": "2024-04-04", "place": "Paris"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(GROUNDS))
def test_the_grounds_of_an_action_are_no_happening(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- a reference placed by its own relative clause ------------------------------------------

#: "the fighting, which broke out on Wednesday in a village in X province": the reference's own
#: relative clause places the happening a lead told without a place (a dateline's city places nothing)
REFERENCE_PLACES: dict[str, Case] = {
    "fighting-which-broke-out-in": (
        "Two soldiers were killed in a clash with rebels, the army said on Thursday. The army said the "
        "fighting, which broke out on Wednesday in a village in Bukidnon province, lasted two hours.",
        "2024-06-07",
        [{"kind": "clash", "date_start": "2024-06-05", "place": "Bukidnon", "killed": 2}],
    ),
    "attack-which-took-place-near": (
        "MANILA, June 6 (Reuters) - Three soldiers were wounded in an ambush, the army said on Thursday. "
        "The attack, which took place on Wednesday near Davao, lasted an hour.",
        "2024-06-06",
        [{"kind": "attack", "date_start": "2024-06-05", "place": "Davao", "injured": 3}],
    ),
    "clash-which-broke-out-in-a-district-of": (
        "KABUL, Aug 2 (Reuters) - Five people were killed in a clash, officials said on Friday. The clash, "
        "which broke out on Thursday in a district of Kunduz province, went on for hours.",
        "2024-08-02",
        [{"kind": "clash", "date_start": "2024-08-01", "place": "Kunduz", "killed": 5}],
    ),
    "ambush-which-happened-near": (
        "Four soldiers were killed in an ambush, the army said on Friday. The ambush, which happened on "
        "Thursday on a road near Gao, lasted an hour.",
        "2024-05-10",
        [{"kind": "attack", "date_start": "2024-05-09", "place": "Gao", "killed": 4}],
    ),
    "modifier-still-places": (
        "Four soldiers were killed in an ambush, the army said on Friday. The ambush near Gao lasted an "
        "hour.",
        "2024-05-10",
        [{"kind": "attack", "place": "Gao", "killed": 4, "date_start": "2024-05-09"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(REFERENCE_PLACES))
def test_a_reference_is_placed_by_its_relative_clause(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- arms stopped with their carriers ---------------------------------------------------------

#: "police foiled a bid to smuggle arms and ammunition and arrested two men ... recovered 50 pistols":
#: one seizure that absorbs its arrests (ACLED's disrupted weapons use); the weapons found at a
#: suspect's home stay part of his arrest
ARMS_HAULS: dict[str, Case] = {
    "smuggling-bid-then-haul": (
        "Police foiled a bid to smuggle a consignment of arms and ammunition and arrested three men in "
        "Peshawar on 4 May 2024. Police recovered 20 pistols and 3,000 bullets.",
        "2024-05-05",
        [{"kind": "seizure", "date_start": "2024-05-04", "place": "Peshawar"}],
    ),
    "gun-runners-then-seized": (
        "On 6 May 2024 police arrested two gun runners carrying rifles near Kano. Officers seized 12 AK-47 "
        "rifles from their car.",
        "2024-05-07",
        [{"kind": "seizure", "date_start": "2024-05-06", "place": "Kano"}],
    ),
    "shipment-then-confiscated": (
        "Customs officers stopped a shipment of rifles and ammunition at the port of Mombasa on 2 June "
        "2024 and detained two men. Officers confiscated 40 rifles from the truck.",
        "2024-06-03",
        [{"kind": "seizure", "date_start": "2024-06-02", "place": "Mombasa"}],
    ),
    "commander-with-a-pistol-stays-an-arrest": (
        "The army arrested a rebel commander at his home in Cotabato on 3 May 2024. Soldiers recovered a "
        "pistol.",
        "2024-05-04",
        [{"kind": "arrest", "date_start": "2024-05-03", "place": "Cotabato"}],
    ),
    "also-confiscated-joins": (
        "Police arrested two smugglers carrying pistols in Quetta on 9 May 2024. More than 500 bullets "
        "were also confiscated from their possession.",
        "2024-05-10",
        [{"kind": "seizure", "date_start": "2024-05-09", "place": "Quetta"}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ARMS_HAULS))
def test_arms_stopped_with_their_carriers_are_one_seizure(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


# --- phrasings of happenings that used to go unread --------------------------------------

#: "X came under fire": the subject is the target of an attack
UNDER_FIRE: dict[str, Case] = {
    "patrol-under-fire": (
        "An army patrol came under fire near Gao on 4 May 2024.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-04"}],
    ),
    "convoy-under-heavy-fire": (
        "On 12 March 2024 a police convoy came under heavy fire outside Culiacan.",
        "2024-03-13",
        [{"kind": "attack", "date_start": "2024-03-12"}],
    ),
    "base-under-attack": (
        "The military base in Kidal came under attack on 9 June 2024, the army said.",
        "2024-06-10",
        [{"kind": "attack", "date_start": "2024-06-09"}],
    ),
    "village-comes-under-rocket-fire": (
        "On 2 April 2024 the village of Shebaa came under rocket fire.",
        "2024-04-03",
        [{"kind": "attack", "date_start": "2024-04-02"}],
    ),
    "checkpoint-under-gunfire": (
        "A checkpoint near Mosul came under gunfire on 18 July 2024, killing two guards.",
        "2024-07-19",
        [{"kind": "attack", "date_start": "2024-07-18", "killed": 2}],
    ),
}


#: armed people storming a building (present tense too) attack it
STORMING: dict[str, Case] = {
    "storm-studio": (
        "Masked gunmen storm a radio studio in Guayaquil during a live show on 9 January 2024.",
        "2024-01-10",
        [{"kind": "attack", "date_start": "2024-01-09"}],
    ),
    "storming-prison": (
        "On 3 March 2024, armed men storming the central prison in Port-au-Prince freed inmates.",
        "2024-03-04",
        [{"kind": "attack", "date_start": "2024-03-03"}],
    ),
    "storms-police-station": (
        "A gang storms the police station in Kumasi on 5 May 2024, wounding three officers.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-05", "injured": 3}],
    ),
    "stormed-hotel": (
        "Militants stormed a hotel in Mogadishu on 8 August 2024, killing ten guests.",
        "2024-08-09",
        [{"kind": "attack", "date_start": "2024-08-08", "killed": 10}],
    ),
    "storms-weather-no-event": (
        "Heavy storms hit the coast near Dhaka on 4 May 2024, flooding roads.",
        "2024-05-05",
        [],
    ),
}


#: an officer "taken by" criminals is an attack on a person (an abduction)
TAKEN_BY: dict[str, Case] = {
    "officer-taken-by-criminals": (
        "A police officer was taken by four criminals in Guayaquil on 9 January 2024.",
        "2024-01-10",
        [{"kind": "attack", "date_start": "2024-01-09"}],
    ),
    "guards-taken-by-gunmen": (
        "Two prison guards were taken by gunmen near Cuenca on 3 February 2024.",
        "2024-02-04",
        [{"kind": "attack", "date_start": "2024-02-03"}],
    ),
    "teacher-taken-away-by-bandits": (
        "On 11 March 2024 a teacher was taken away by armed bandits in Kaduna.",
        "2024-03-12",
        [{"kind": "attack", "date_start": "2024-03-11"}],
    ),
    "soldier-taken-by-militants": (
        "A soldier had been taken by militants outside Gao on 6 April 2024, the army said.",
        "2024-04-08",
        [{"kind": "attack", "date_start": "2024-04-06"}],
    ),
    "taken-to-hospital-no-event": (
        "A man was taken by ambulance to the hospital in Quito on 6 April 2024.",
        "2024-04-08",
        [],
    ),
}


#: the military capturing a named person is an arrest
CAPTURED: dict[str, Case] = {
    "succeeded-in-capturing": (
        "On 17 October 2024 the army succeeded in capturing Juan Perez in Culiacan.",
        "2024-10-18",
        [{"kind": "arrest", "date_start": "2024-10-17"}],
    ),
    "managed-to-capture": (
        "Marines managed to capture the cartel leader Luis Ortega in Tijuana on 2 May 2024.",
        "2024-05-03",
        [{"kind": "arrest", "date_start": "2024-05-02"}],
    ),
    "captured-named-person": (
        "Soldiers captured Ahmed Bello near Maiduguri on 4 June 2024.",
        "2024-06-05",
        [{"kind": "arrest", "date_start": "2024-06-04"}],
    ),
    "succeeded-at-capturing": (
        "The national guard succeeded at capturing the gang boss Pedro Ruiz in Sinaloa on 8 July 2024.",
        "2024-07-09",
        [{"kind": "arrest", "date_start": "2024-07-08"}],
    ),
    "failed-to-capture-no-event": (
        "The army tried to capture Juan Perez in Culiacan but the operation was called off.",
        "2024-10-18",
        [],
    ),
}


#: a government declaring gangs terrorist groups, or an internal armed conflict, designates them
DESIGNATION: dict[str, Case] = {
    "gangs-identified-as-terrorists": (
        "On 9 January 2024 the president identified several criminal gangs as terrorist groups.",
        "2024-01-10",
        [{"kind": "designation", "date_start": "2024-01-09"}],
    ),
    "internal-armed-conflict": (
        "In a decree on 9 January 2024 the president recognized an internal armed conflict in the country.",
        "2024-01-10",
        [{"kind": "designation", "date_start": "2024-01-09"}],
    ),
    "groups-declared-terrorist": (
        "The government declared three armed groups as terrorist organizations on 2 March 2024.",
        "2024-03-03",
        [{"kind": "designation", "date_start": "2024-03-02"}],
    ),
    "cartels-classified-as-terrorists": (
        "On 20 February 2024 the ministry classified two drug cartels as terrorists.",
        "2024-02-21",
        [{"kind": "designation", "date_start": "2024-02-20"}],
    ),
    "declared-internal-armed-conflict": (
        "The president declared a state of internal armed conflict on 5 May 2024.",
        "2024-05-06",
        [{"kind": "designation", "date_start": "2024-05-05"}],
    ),
}


#: fuel, food or aid seized from a warehouse is looting
WAREHOUSE: dict[str, Case] = {
    "fuel-seized-from-warehouse": (
        "On 3 May 2024, 20,000 litres of fuel were seized from an aid warehouse in Mekele.",
        "2024-05-06",
        [{"kind": "other", "sub_event_type": "Looting/property destruction", "date_start": "2024-05-03"}],
    ),
    "food-looted-from-depot": (
        "On 2 June 2024 food was looted from a UN depot in Goma.",
        "2024-06-04",
        [{"kind": "other", "sub_event_type": "Looting/property destruction", "date_start": "2024-06-02"}],
    ),
    "aid-taken-from-stores": (
        "Aid supplies were taken from the agency's stores in Juba on 7 July 2024.",
        "2024-07-08",
        [{"kind": "other", "sub_event_type": "Looting/property destruction", "date_start": "2024-07-07"}],
    ),
    "grain-stolen-from-warehouse": (
        "On 1 August 2024 grain was stolen from a warehouse in Kassala.",
        "2024-08-02",
        [{"kind": "other", "sub_event_type": "Looting/property destruction", "date_start": "2024-08-01"}],
    ),
    "medicines-seized-from-compound": (
        "Medicines were seized from the hospital compound in El Fasher on 4 September 2024.",
        "2024-09-05",
        [{"kind": "other", "sub_event_type": "Looting/property destruction", "date_start": "2024-09-04"}],
    ),
}


#: air defences shooting down missiles over a town the strike hit are part of that strike; an
#: interception with no strike told at its place stays a disrupted weapons use
INTERCEPTIONS: dict[str, Case] = {
    "missiles-shot-down-over-struck-city": (
        "Russian missiles struck Lviv overnight on 5 May 2024. Debris fell on the city after air defences "
        "shot down two missiles. Four people were injured in Lviv, the mayor said.",
        "2024-05-05",
        [{"kind": "attack", "event_type": "Explosions/Remote violence", "date_start": "2024-05-05"}],
    ),
    "drones-downed-over-struck-city": (
        "A drone strike hit Odesa on 7 June 2024. Air defences downed five drones over Odesa, and three "
        "people were injured.",
        "2024-06-08",
        [{"kind": "attack", "event_type": "Explosions/Remote violence", "date_start": "2024-06-07"}],
    ),
    "interception-alone-stays": (
        "On 3 March 2024 Russian air defences shot down six Ukrainian drones over the Belgorod region.",
        "2024-03-04",
        [{"kind": "seizure", "sub_event_type": "Disrupted weapons use", "date_start": "2024-03-03"}],
    ),
    "interception-elsewhere-stays": (
        "A missile strike hit Kharkiv on 4 April 2024, injuring six people. Russia said it shot down "
        "four drones over Kursk.",
        "2024-04-05",
        [
            {"kind": "attack", "date_start": "2024-04-04", "place": "Kharkiv"},
            {"kind": "seizure", "date_start": "2024-04-04", "place": "Kursk"},
        ],
    ),
    "defused-bomb-stays": (
        "A bomb exploded at a market in Peshawar on 9 April 2024, killing two people. Police defused a "
        "second bomb in Quetta the same day.",
        "2024-04-10",
        [
            {"kind": "attack", "date_start": "2024-04-09", "place": "Peshawar"},
            {"kind": "seizure", "date_start": "2024-04-09", "place": "Quetta"},
        ],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(UNDER_FIRE))
def test_coming_under_fire_is_an_attack(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), _cases(STORMING))
def test_storming_a_building_is_an_attack(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), _cases(TAKEN_BY))
def test_taken_by_criminals_is_an_abduction(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CAPTURED))
def test_capturing_a_person_is_an_arrest(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), _cases(DESIGNATION))
def test_declaring_gangs_terrorists_is_a_designation(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), _cases(WAREHOUSE))
def test_goods_seized_from_a_warehouse_are_looting(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), _cases(INTERCEPTIONS))
def test_an_interception_over_a_struck_town_is_the_strike(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)


#: a bare verb joined by "and" to a planned one shares the plan, however far the plan stands; a
#: past verb joined by "and" is told as done
PLANNED_CONJUNCTS: dict[str, Case] = {
    "intention-to-reduce-and-withdraw": (
        "Canada announced its intention to gradually cut the number of its trainers and withdraw them "
        "from the country.",
        "2024-05-06",
        [],
    ),
    "plans-to-encircle-and-attack": (
        "The rebels plan to encircle the northern villages over the coming weeks and attack the garrison.",
        "2024-05-06",
        [],
    ),
    "vowed-to-find-and-arrest": (
        "The governor vowed to find the gang leaders hiding in the hills and arrest them.",
        "2024-05-06",
        [],
    ),
    "threatened-to-return-and-loot": (
        "The militia threatened to return to the market town next week and loot the shops.",
        "2024-05-06",
        [],
    ),
    "sought-to-cross-and-storm": (
        "The fighters sought to cross the river under cover of darkness and storm the army base.",
        "2024-05-06",
        [],
    ),
    "past-conjunct-is-told": (
        "Gunmen who wanted to rob the shop entered it in Kano on 4 May 2024 and killed two guards.",
        "2024-05-06",
        [{"kind": "attack", "date_start": "2024-05-04", "killed": 2}],
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), _cases(PLANNED_CONJUNCTS))
def test_a_planned_conjunct_is_no_event(
    text: str, published: str | None, expected: list[dict[str, Any]]
) -> None:
    _check(text, published, expected)
