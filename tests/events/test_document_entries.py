"""Multi-event documents of our own writing (timelines, round-ups, bulletins): each happening keeps
its own date, place and figures. Whole-pipeline checks; rules for the language, not for a sentence."""

from __future__ import annotations

import pytest

import kronika
from kronika.record import Event


def _events(text: str, published: str | None = None) -> list[Event]:
    return [e for e in kronika.extract(text, "t.txt", published) if e.kind in ("attack", "clash")]


# document, day of the event, its killed
RAID_OUTCOMES = [
    pytest.param(
        "Timeline of the insurgency (2023)\n\n"
        "- 4 March: Rebels ambushed a police patrol in Tessit, killing three officers.\n"
        "- 19 March: Troops raided a rebel hideout near Anderamboukane. The army said nine rebels "
        "were killed.\n",
        "2023-03-19",
        9,
        id="a casualty sentence after a raid entry is the raid's outcome",
    ),
    pytest.param(
        "On 2 May 2024, gunmen attacked a checkpoint in Marawi, killing two soldiers. On 9 May, "
        "soldiers stormed a militant camp in Butig. Six militants were killed, the army said.",
        "2024-05-09",
        6,
        id="killed after a storming is the storming's, not the earlier attack's",
    ),
]


@pytest.mark.parametrize(("text", "day", "killed"), RAID_OUTCOMES)
def test_a_casualty_clause_after_an_operation_counts_for_it(text: str, day: str, killed: int) -> None:
    events = _events(text)
    by_day = {str(e.date_start): e for e in events}
    assert day in by_day, [(str(e.date_start), e.killed) for e in events]
    assert by_day[day].killed == killed
    assert all(e.killed != killed for e in events if str(e.date_start) != day)


# document (published Tuesday 20 May 2025), the attack's day
CLAIMED_DAYS = [
    pytest.param(
        "Rebels have claimed responsibility for an ambush that killed two soldiers in Basey on Sunday. "
        "In a statement on Monday, the group said it had seized three rifles.",
        "2025-05-18",
        id="the date ends the attack noun's own relative clause under a claim",
    ),
    pytest.param(
        "The group has claimed a bombing which wounded six people at a market in Jolo on Saturday.",
        "2025-05-17",
        id="which-clause under a present perfect claim",
    ),
]


@pytest.mark.parametrize(("text", "day"), CLAIMED_DAYS)
def test_a_claimed_attack_takes_its_relative_clause_date(text: str, day: str) -> None:
    events = [e for e in kronika.extract(text, "c.txt", "2025-05-20") if e.kind == "attack"]
    assert events and str(events[0].date_start) == day, [(e.kind, str(e.date_start)) for e in events]


ROUNDUP = (
    "Security round-up\n\nFriday, 10 October 2025\n\n"
    "MBARARA - Police arrested four men suspected of robbing a bank on Monday.\n\n"
    "LIRA - A soldier shot dead a shopkeeper at a roadblock on Tuesday, witnesses said.\n\n"
    "MASAKA - Officers said on Wednesday they had seized nine rifles hidden in a grain store.\n"
)


@pytest.mark.parametrize(
    ("kind", "place"),
    [
        pytest.param("arrest", "Mbarara", id="arrest under its paragraph's town"),
        pytest.param("attack", "Lira", id="killing under its paragraph's town"),
        pytest.param("seizure", "Masaka", id="seizure under its paragraph's town"),
    ],
)
def test_a_roundup_paragraph_head_places_its_happenings(kind: str, place: str) -> None:
    events = [e for e in kronika.extract(ROUNDUP, "r.txt") if e.kind == kind]
    assert any(e.place == place for e in events), [(e.kind, e.place) for e in events]


def test_a_single_dateline_still_places_nothing_by_itself() -> None:
    text = (
        "MANILA, Nov 4 (Reuters) - Gunmen killed two soldiers in Jolo on Sunday, the army said.\n\n"
        "Police arrested a suspect on Monday, officials said.\n"
    )
    arrests = [e for e in kronika.extract(text, "w.txt") if e.kind == "arrest"]
    assert all(e.place != "Manila" for e in arrests)


# document (published Friday 3 October 2025), kind, the place that event must have
CROWD_PLACES = [
    pytest.param(
        "Police fired tear gas at stone-throwing protesters in Peshawar on Wednesday. On Thursday, "
        "shops were shut across Mardan, the district headquarters, where thousands marched peacefully "
        "to the court.",
        "2025-10-02",
        "Mardan",
        id="the town a relative where hangs on",
    ),
    pytest.param(
        "Police fired tear gas at stone-throwing protesters in Peshawar on Wednesday. In Swabi, traders "
        "held a sit-in outside the press club on Wednesday evening.",
        "2025-10-01",
        "Swabi",
        id="a fronted capitalised locative places a crowd",
    ),
    pytest.param(
        "On Thursday, residents of Kohat protested outside the district office against power cuts.",
        "2025-10-02",
        "Kohat",
        id="residents of a town protest there",
    ),
    pytest.param(
        "On Thursday, about 200 villagers from Charsadda blocked the road to Peshawar for hours, "
        "demanding compensation.",
        "2025-10-02",
        "Charsadda",
        id="the road to a town is not where the crowd stands",
    ),
]


@pytest.mark.parametrize(("text", "day", "place"), CROWD_PLACES)
def test_a_crowd_is_placed_where_the_clause_puts_it(text: str, day: str, place: str) -> None:
    crowds = [
        e
        for e in kronika.extract(text, "p.txt", "2025-10-03")
        if e.kind in ("protest", "riot") and str(e.date_start) == day
    ]
    assert any(e.place == place for e in crowds), [(e.kind, str(e.date_start), e.place) for e in crowds]


@pytest.mark.parametrize(
    ("since", "month", "recent"),
    [
        ("January 2025", "2025-01", True),  # three months before the report: news of the period
        ("August 2023", "2023-08", False),  # history paragraph (background.old_reference)
    ],
)
def test_a_when_clause_after_since_is_dated_by_it(since: str, month: str, recent: bool) -> None:
    text = (
        "Gunmen abducted 20 bus passengers near Gimbi on Sunday. The region has been under emergency "
        f"rule since {since}, when militiamen briefly took control of Bahir Dar."
    )
    records = kronika.extract(text, "s.txt", "2025-04-15")
    seized = [e for e in records if e.place == "Bahir Dar"]
    # dated by the when-clause's month, never the story's day; an old month may yield no record
    assert all(str(e.date_start).startswith(month) for e in seized), [str(e.date_start) for e in seized]
    if recent:
        assert seized
    (abduction,) = [e for e in records if e.place == "Gimbi"]
    assert str(abduction.date_start) == "2025-04-13"


# sentence (all dated 25 September 2025 by their own words), the attacks' (day, killed) expected
CHARGE_GROUNDS = [
    pytest.param(
        "On 25 September 2025, a court in Lira charged a police officer with manslaughter over the "
        "death of a street vendor.",
        [],
        id="the death a charge is over is no attack of the charge's day",
    ),
    pytest.param(
        "On 25 September 2025, a military court in Lira charged two soldiers of the national army with "
        "murder over the death of a trader who was shot at a checkpoint in the town on 12 September.",
        [("2025-09-12", 1)],
        id="the relative clause tells the killing and its day",
    ),
    pytest.param(
        "On 25 September 2025, police in Kano detained three men in connection with the killing of a "
        "village head.",
        [],
        id="detained in connection with a killing",
    ),
    pytest.param(
        "On 25 September 2025, gunmen shot dead a trader in Lira, and police later arrested a suspect.",
        [("2025-09-25", 1)],
        id="a killing told as the happening stays one",
    ),
]


@pytest.mark.parametrize(("text", "attacks"), CHARGE_GROUNDS)
def test_a_deed_told_as_the_grounds_of_a_charge(text: str, attacks: list[tuple[str, int]]) -> None:
    found = [(str(e.date_start), e.killed) for e in kronika.extract(text, "g.txt") if e.kind == "attack"]
    assert found == attacks


# document (published Monday 3 February 2025), the abduction's day
RESCUED = [
    pytest.param(
        "Police said on Sunday they had rescued 12 travellers who were kidnapped on the Funtua road "
        "last Wednesday.",
        "2025-01-29",
        id="a relative clause's verb, its place, then its own day",
    ),
    pytest.param(
        "Troops freed four farmers on Sunday who had been abducted near Birnin Gwari last Thursday.",
        "2025-01-30",
        id="abducted near a town last Thursday",
    ),
]


@pytest.mark.parametrize(("text", "day"), RESCUED)
def test_a_rescue_does_not_date_the_abduction(text: str, day: str) -> None:
    abductions = [e for e in kronika.extract(text, "k.txt", "2025-02-03") if e.kind == "attack"]
    assert abductions and str(abductions[0].date_start) == day, [str(e.date_start) for e in abductions]
