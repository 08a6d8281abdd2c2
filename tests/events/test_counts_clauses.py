"""Counts in one sentence: coordinated subjects, wounds, perpetrators, approximations, non-counts.

Every sentence here is written for the test; none comes from a corpus document.
"""

from __future__ import annotations

import pytest

from kronika.events.counts import find_counts


def _totals(text: str, armed: tuple[str, ...] = ()) -> dict[str, int]:
    """Summed values per category; perpetrators' deaths under "perp", tolls under "toll"."""
    out: dict[str, int] = {}
    for fact in find_counts(text, 0, armed):
        key = "perp" if fact.perpetrator else fact.category
        out[key] = out.get(key, 0) + fact.value
    return out


def _casualties(text: str) -> dict[str, int]:
    """Only the killed (victims and perpetrators together) and the injured."""
    totals = _totals(text)
    out = {k: v for k, v in totals.items() if k == "injured"}
    dead = totals.get("killed", 0) + totals.get("perp", 0)
    if dead:
        out["killed"] = dead
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated subjects
        ("Six policemen and a civilian driver died in the ambush near Mosul.", {"killed": 7}),
        ("Two soldiers and a child were killed when the shell hit the market.", {"killed": 3}),
        ("A farmer and his two daughters were shot dead in Zamfara.", {"killed": 3}),
        ("A woman and her three sons were killed in the strike.", {"killed": 4}),
        ("Four gendarmes and two herders were killed in the attack in Oudalan.", {"killed": 6}),
        ("A teacher and two pupils were wounded by shrapnel.", {"injured": 3}),
        ("Three policemen and five civilians were injured.", {"injured": 8}),
        ("The blast killed two soldiers and a child in Kunduz.", {"killed": 3}),
        # wounds told as treatment
        ("About 30 people were treated for wounds at the district hospital.", {"injured": 30}),
        ("Some 14 passengers were treated for injuries after the explosion.", {"injured": 14}),
        ("Nine people were hospitalised after the grenade went off.", {"injured": 9}),
        ("Eleven were hospitalized with burns.", {"injured": 11}),
        ("Five worshippers suffered gunshot wounds.", {"injured": 5}),
        ("Two guards sustained serious injuries in the assault.", {"injured": 2}),
        ("Seven people were taken to hospital with shrapnel wounds.", {"injured": 7}),
        # one of several, fatally
        ("The man stabbed two people, killing one, before fleeing.", {"killed": 1, "injured": 1}),
        ("He shot three shoppers, one fatally.", {"killed": 1, "injured": 2}),
        ("The knifeman stabbed four people, killing two of them.", {"killed": 2, "injured": 2}),
        # approximations and ranges
        ("A dozen villagers were killed in Ituri.", {"killed": 12}),
        ("Half a dozen soldiers were killed in Donetsk.", {"killed": 6}),
        ("A hundred people were injured in the stampede that followed.", {"injured": 100}),
        ("One hundred and twenty people were killed in Tigray.", {"killed": 120}),
        ("Two-dozen people were wounded in Peshawar.", {"injured": 24}),
        ("Two dozen soldiers were wounded.", {"injured": 24}),
        ("More than 20 civilians were killed in Maidugur district.", {"killed": 20}),
        # "nearly", "almost", "up to" state no figure (../shared/gold/README.md)
        ("Nearly 50 people were killed in the bombing.", {}),
        ("Almost 30 people were killed in the raid.", {}),
        ("Between 10 and 15 villagers were killed, residents said.", {"killed": 10}),
        ("Up to 9 people were injured in the crush.", {}),
        ("About 12 people were injured in the crush.", {"injured": 12}),
        ("As many as 35 fishermen were killed on the lake.", {"killed": 35}),
        ("Dozens of people were wounded in the stampede.", {}),
        ("Scores were killed as the militia stormed the town.", {}),
        ("Hundreds were injured in the clashes.", {}),
        ("Several soldiers were killed and many more wounded.", {}),
        ("A number of civilians were hurt.", {}),
        ("Many people died in the fire.", {}),
        # perpetrators
        ("Both gunmen were killed in the exchange of fire.", {"perp": 2}),
        ("The two attackers blew themselves up at the gate.", {"perp": 2}),
        ("All four assailants were shot dead by the guards.", {"perp": 4}),
        ("The bomber died in the blast.", {"perp": 1}),
        ("The suicide bomber detonated his vest, killing nine people and himself.", {"killed": 9, "perp": 1}),
        ("Security forces killed three militants in a gunfight in Pulwama.", {"perp": 3}),
        (
            "The gunman opened fire on diners, killing four, before turning the gun on himself.",
            {"killed": 4, "perp": 1},
        ),
        ("The shooter took his own life as police closed in.", {"perp": 1}),
        ("He shot himself in the leg while cleaning the rifle.", {}),
        ("Three insurgents were killed when troops raided the compound.", {"perp": 3}),
        # arrests
        ("Police arrested five suspects in Karachi on Tuesday.", {"arrested": 5}),
        ("Twelve people were taken into custody after the raid.", {"arrested": 12}),
        ("Officers detained a 24-year-old man in Leeds.", {}),
        ("Three men have been charged and two others were arrested.", {"arrested": 2}),
        ("Police arrested the driver and two accomplices in Mombasa.", {"arrested": 3}),
        ("He was charged under Article 205 and 12 others were arrested.", {"arrested": 12}),
        ("Boys aged 14 to 16 were arrested in Tromso.", {}),
        ("The bomber, 22, killed himself and three others in Jolo.", {"killed": 3, "perp": 1}),
        ("Sixteen of the dead were women.", {}),
        ("Four more bodies were found in the rubble.", {"killed": 4}),
        ("Eight policemen were martyred in the ambush.", {"killed": 8}),
        ("He was shot dead by a police officer.", {"perp": 1}),
        ("The attack killed 3 and left 20 injured.", {"killed": 3, "injured": 20}),
        ("The clash left 12 insurgents dead in Cabo Delgado.", {"perp": 12}),
        ("Five people were reported killed in Tillaberi.", {"killed": 5}),
        ("The blast injured 13 worshippers, one of whom later died.", {"killed": 1, "injured": 13}),
        ("Seven VDP and 2 civilians were killed near Kaya.", {"killed": 9}),
        ("One of the wounded, a 12-year-old boy, died in hospital.", {"killed": 1}),
        ("A fourth suspect was arrested in Malindi.", {"arrested": 1}),
        ("He was detained at the airport.", {"arrested": 1}),
        ("Rescuers recovered the bodies of 23 miners.", {"killed": 23}),
        ("Two of the eleven wounded died later.", {"killed": 2, "injured": 11}),
        ("Two soldiers of the 3 Division were killed in Rakhine.", {}),
        ("Twelve people were killed at checkpoint 9 and 3 were wounded.", {"killed": 12, "injured": 3}),
        ("Soldiers detained a suspect and his two brothers.", {"arrested": 3}),
        ("The imam and four worshippers were detained in Kazan.", {"arrested": 5}),
    ],
)
def test_clause_counts(text: str, expected: dict[str, int]) -> None:
    assert _totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a policeman and a prison guard.", {"killed": 2}),
        ("The explosion killed a soldier and two civilians.", {"killed": 3}),
        ("killing four people and injuring two dozen others", {"killed": 4, "injured": 24}),
        ("killing five, including the attacker", {"killed": 5}),
        ("The car bomb left 12 dead and 30 wounded in Hodan.", {"killed": 12, "injured": 30}),
        ("The landslide of violence claimed 5 lives in Cauca.", {"killed": 5}),
        ("The raid resulted in the deaths of four herders.", {"killed": 4}),
        ("There were 11 fatalities among the pilgrims.", {"killed": 11}),
        ("Troops shot dead all three attackers near Bamako.", {"killed": 3}),
        ("A 25-year-old nurse and her 3-year-old daughter were killed.", {"killed": 2}),
        ("A shepherd and his son were killed by a mine.", {"killed": 2}),
        ("A shepherd and his sons were killed by a mine.", {}),
        ("The driver and two passengers were killed in Herat.", {"killed": 3}),
        ("Three people were shot, two of them fatally.", {"killed": 2, "injured": 1}),
        ("Four people were stabbed and one later died.", {"killed": 1, "injured": 3}),
        ("Two constables were shot and wounded in Srinagar.", {"injured": 2}),
    ],
)
def test_clause_casualties(text: str, expected: dict[str, int]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 45-year-old shopkeeper was shot in the leg.",
        "The attack started at 10:45 on 12 June 2019.",
        "The gunman used a 9 mm pistol and a 7.62 calibre rifle.",
        "He was charged under Article 205 of the criminal code.",
        "The district of 250,000 people lies on the border.",
        "Turnout fell by 40 percent.",
        "The ransom demand was $50,000.",
        "The convoy was 60 km from the border when it was hit.",
        "The siege lasted for 12 hours.",
        "The gunmen held guests in 14 rooms on the third floor.",
        "Three cars were set on fire and two houses were damaged.",
        "Eight inmates escape from Kirikiri prison.",
        "The group had around 300 fighters in the province.",
        "Elections were held in 2021 in all 36 states.",
        "Four children aged between 5 and 12 were killed.",
        "Troops left 3 bases in the area.",
        "The floods left 40 families homeless.",
        "The raid left 14 suspects in custody.",
        "The bus on Route 40 was hit by a drone; 3 minutes later a second blast followed.",
    ],
)
def test_never_a_casualty(text: str) -> None:
    assert not [f for f in find_counts(text) if f.category in ("killed", "injured", "toll")], text
