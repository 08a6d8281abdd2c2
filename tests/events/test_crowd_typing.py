"""Who did the violence of a crowd report: kind, event type and sub-event type by the doer.

A demonstration whose crowd turns violent in a later sentence is one riot; a crowd (not an
armed group) that attacks people or police is mob violence; force used on the crowd stays a
protest. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type, the language pattern) -> reports
CASES: dict[tuple[str, str, str, str], list[str]] = {
    # the demonstrators' own violence, told after the demonstration: one violent demonstration
    ("riot", "Riots", "Violent demonstration", "later sentence"): [
        "On 4 May 2021, about 50 traders marched to the town hall in Kisumu to protest new taxes. The demonstrators attacked two council guards.",
        "On 6 May 2021, residents demonstrated in Tamale over power cuts. Two police officers were injured by the protesters.",
        "On 8 May 2021, hundreds of students protested in Abeokuta against fee increases. The protesters attacked a journalist who was filming them.",
        "On 10 May 2021, nurses rallied outside the ministry in Harare over unpaid wages, and the demonstrators assaulted a guard at the gate.",
        "On 12 May 2021, farmers marched in Nakuru to demand fair prices. Three traders were hurt by the marchers.",
    ],
    # the demonstrators burn, barricade, fire in the air or break in, before or after the protest word
    ("riot", "Riots", "Violent demonstration", "destruction"): [
        "On 2 May 2021, soldiers demonstrated in Bamako over unpaid bonuses and fired shots in the air.",
        "On 4 May 2021, inmates set their blankets on fire as a form of protest at the prison in Kitale.",
        "On 6 May 2021, market women barricaded the main road of Kumasi and demonstrated against the closure of their stalls.",
        "On 8 May 2021, about 40 drivers blocked the road to Mombasa with tyres set on fire to protest a new levy.",
        "On 10 May 2021, hundreds of students broke into the rector's office in Kisangani to protest the cancellation of exams.",
    ],
    # the demand told in one sentence, the crowd's violence in the next; roads barricaded to demand
    ("riot", "Riots", "Violent demonstration", "demand told apart, barricades"): [
        "On 3 August 2021, a group of bus drivers rejected the new fuel tax. At the depot, the drivers attacked two police officers.",
        "On 5 August 2021, vendors rejected the closure of the market in Kumasi. The vendors then attacked a council guard.",
        "On 7 August 2021, port workers barricaded the roads around the harbour in Sfax to denounce unpaid wages.",
        "On 9 August 2021, miners barricaded the main street of Potosi to demand safety equipment.",
        "On 11 August 2021, farmers rejected the new water rules in Arequipa. The farmers attacked an official of the water board.",
    ],
    # clashes of the demonstrators with the police, told as a happening of their own
    ("riot", "Riots", "Violent demonstration", "clashes"): [
        "On 3 May 2021, traders demonstrated outside the ministry in Kyiv. Clashes with the police broke out when officers tried to clear the road.",
        "On 5 May 2021, teachers marched in Lima over unpaid wages. Clashes with the police erupted near the congress.",
        "On 7 May 2021, students rallied in Dhaka against a new quota law. Clashes with security forces broke out near the campus.",
        "On 9 May 2021, residents protested in Douala over water cuts, and clashes with gendarmes broke out at the town hall.",
        "On 11 May 2021, workers demonstrated in Bogota over pension cuts. Clashes with riot police erupted in the evening.",
    ],
    # a crowd, not an armed group, fights state forces
    ("riot", "Riots", "Mob violence", "crowd against forces"): [
        "On 3 June 2021, youths clashed with police in Kisumu.",
        "On 5 June 2021, clashes erupted between Palestinians and Israeli forces at a checkpoint near Nablus.",
        "On 7 June 2021, police clashed with residents in the Ajegunle area of Lagos.",
        "On 9 June 2021, dozens of villagers clashed with soldiers in Kayin State.",
        "On 11 June 2021, clashes broke out between Afghans and Pakistani border guards at Torkham.",
    ],
    # a crowd named as the subject through a relative clause, a participle or "a group of N"
    ("riot", "Riots", "Mob violence", "crowd subject"): [
        "On 3 June 2021, a group of 20 farmers attacked a police officer at a checkpoint in Tapachula.",
        "On 5 June 2021, four students celebrating a birthday assaulted a traffic policeman in Lucknow.",
        "On 7 June 2021, a video showed a group of people that attacked two health workers in Kano.",
        "On 9 June 2021, a group of 30 villagers attacked a forest ranger near Kasese.",
        "On 11 June 2021, dozens of youths attacked a tax collector in Goma.",
    ],
    # a confrontation of a demonstrating crowd with the police is a violent demonstration
    ("riot", "Riots", "Violent demonstration", "confrontations"): [
        "On 4 December 2021, confrontations between police and striking students broke out in Dhaka.",
        "On 6 December 2021, there were fresh confrontations between riot police and protesters in Santiago.",
        "On 12 December 2021, residents blocked a road in Lagos to protest against power cuts, leading to confrontations with the police.",
        "On 14 December 2021, marchers demanding the release of a journalist faced confrontations with police in Lome.",
        "On 16 December 2021, confrontations broke out between demonstrators and gendarmes in Conakry.",
    ],
    # force against the crowd, or violence that is the crowd's cause, keeps it a protest
    ("protest", "Protests", "Protest with intervention", "force on the crowd"): [
        "On 3 July 2021, teachers protested in Lilongwe, and police fired tear gas at the demonstrators.",
        "On 5 July 2021, residents protested the killing of a boy in Kibera; police dispersed them.",
        "On 7 July 2021, students demonstrated in Dhaka against the beating of a classmate and police detained four of them.",
        "On 9 July 2021, the protesters were beaten with batons by police in Harare.",
        "On 10 July 2021, students demonstrated in Accra and police fired shots in the air to disperse them.",
        "On 11 July 2021, drivers blocked a road in Kampala to protest the attack on a colleague until police dispersed them.",
    ],
}

ROWS = [(text, *labels[:3]) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type"), ROWS)
def test_crowd_report_is_typed_by_its_doer(
    text: str, kind: str, event_type: str, sub_event_type: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]


def test_a_riot_keeps_one_crowd_actor_when_it_absorbs_its_protest() -> None:
    text = "On 4 May 2021, traders marched in Kisumu to protest new taxes. The demonstrators attacked two guards."
    (event,) = api.extract(text, "t.txt")
    crowd = [a for a in event.actors if a.type in ("protesters", "rioters")]
    assert [a.type for a in crowd] == ["rioters"]
