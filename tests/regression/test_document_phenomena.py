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
        match = next(
            (e for e in unused if e["kind"] == want["kind"] and e["date_start"] == want["date_start"]), None
        )
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
        "Clashes between the army and rebels were reported across Sudan on Monday. Rebels attacked an "
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
