"""Counts of the dead, the wounded and the detained in one clause."""

from __future__ import annotations

import pytest

from kronika.events.counts import find_counts, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("22", 22),
        ("five", 5),
        ("Thirty-nine", 39),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1,200", 1200),
        ("twenty one", 21),
        ("one hundred", 100),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def _totals(text: str, armed: tuple[str, ...] = ()) -> dict[str, int]:
    out: dict[str, int] = {}
    for fact in find_counts(text, 0, armed):
        key = "perp" if fact.perpetrator else fact.category
        out[key] = out.get(key, 0) + fact.value
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire on a bus, killing 4 and injuring 9.", {"killed": 4, "injured": 9}),
        ("At least 12 people were killed in the blast.", {"killed": 12}),
        ("More than 20 were wounded.", {"injured": 20}),
        ("Over 50 villagers were killed", {"killed": 50}),
        ("Eleven soldiers died when the convoy was ambushed.", {"killed": 11}),
        ("The attacker was later shot dead by police.", {"perp": 1}),
        ("Police returned fire, killing the gunman.", {"perp": 1}),
        ("He opened fire, killing 5, before the attacker was shot dead.", {"killed": 5, "perp": 1}),
        ("Omar and three other insurgents were killed in the raid.", {"perp": 4}),
        ("Troops killed the militant commander and two of his bodyguards.", {"perp": 3}),
        ("killing 3 guards and wounding a third", {"killed": 3, "injured": 1}),
        ("A border guard was killed and several others injured.", {"killed": 1}),
        ("Police arrested four suspects on Friday.", {"arrested": 4}),
        ("Two men were detained at the border.", {"arrested": 2}),
        ("The death toll rose to 87 on Monday.", {"toll": 87}),
        ("At least 40 were killed, including 12 children and 3 police officers.", {"killed": 40}),
        ("Gunmen killed a village chief.", {"killed": 1}),
        ("The blast killed one soldier and wounded a policeman.", {"killed": 1, "injured": 1}),
        ("The raid killed a militant commander.", {"perp": 1}),
        ("The storm killed a lot of cattle.", {}),
        ("Fighters seized a boat, killing 40 civilians and 12 soldiers.", {"killed": 52}),
        ('The army said 30 assailants were "neutralised".', {"perp": 30}),
        ("Bamako, 6 September 2023 - At least 14 soldiers were killed.", {"killed": 14}),
        ("killing 2 police officers and wounding at least 4 others", {"killed": 2, "injured": 4}),
        ("Seven people, including three soldiers, were killed in the fighting.", {"killed": 7}),
        ("All five attackers died: one blew himself up and four were shot.", {"perp": 5}),
        ("Commander Hafiz Khan was killed in a drone strike.", {"killed": 1}),
        ("Former MPs Jean Rey and Ann Lamon were killed at a cafe.", {}),
    ],
)
def test_counts(text: str, expected: dict[str, int]) -> None:
    assert _totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old man stabbed a passer-by.",
        "The town of about 40,000 inhabitants was quiet.",
        "He carried an AK-47 and 120 rounds.",
        "The attack began at 9.30am on 4 May.",
        "Dozens were wounded and many killed.",
        "Several people were injured.",
        "All of the attackers were killed.",
        "The hotel has 300 rooms.",
        "Gunmen attacked on 3 March, killing no one.",
    ],
)
def test_numbers_that_are_not_counts(text: str) -> None:
    assert not [f for f in find_counts(text) if f.category in ("killed", "injured")], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten PMF fighters were killed.", {"killed": 10}),
        ("Ten IS fighters were killed.", {"perp": 10}),
        ("Ten fighters were killed.", {"killed": 10}),  # fighters of no named side: not assumed attackers
    ],
)
def test_fighters_of_a_named_force_are_victims(text: str, expected: dict[str, int]) -> None:
    assert _totals(text, ("IS",) if "IS " in text else ()) == expected
