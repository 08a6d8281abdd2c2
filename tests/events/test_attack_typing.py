"""An attack's kind and event type by who acted against whom: state forces' violence on unarmed
people is violence against civilians even where the sentence names police stations or
checkpoints; an attack on an armed side is a battle, an attack (kind) when it is one-sided or
the target only fires back at the attacker, and an armed confrontation (kind clash) when both
sides fight (the target repels or routs the attackers) or the state's forces go after an armed
group; a group that shoots is no mob. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type, the language pattern) -> reports
CASES: dict[tuple[str, str, str, str], list[str]] = {
    ("attack", "Violence against civilians", "Attack", "state forces on unarmed people"): [
        "On 3 March 2021, police beat a street vendor at a police station in Kano.",
        "On 5 March 2021, a lawyer was severely beaten by police officers in Port-au-Prince.",
        "On 7 March 2021, soldiers assaulted a family at a checkpoint in Mandalay for breaking the curfew.",
        "On 9 March 2021, an activist was shot dead by suspected police officers in Iloilo.",
        "On 11 March 2021, police officers flogged two traders in a market in Jos for violating the lockdown.",
    ],
    ("attack", "Battles", "Armed clash", "an attack on an armed side that only answers"): [
        "On 3 April 2021, gunmen attacked a police station in Zamfara, killing two officers.",
        "On 5 April 2021, militants ambushed an army patrol near Mopti, wounding four soldiers.",
        "On 7 April 2021, rebels attacked a military base near Beni.",
        "On 9 April 2021, separatists shot dead a soldier at a checkpoint near Bamenda.",
        "On 11 April 2021, armed men opened fire on a police patrol in Guerrero, killing one officer.",
        "On 13 April 2021, a gunman attacked a police patrol in Nazran; the officers fired back and killed him.",
    ],
    ("clash", "Battles", "Armed clash", "the target drives the attackers off: both sides fought"): [
        "On 3 August 2021, bandits attacked a police post in Katsina, but the officers repelled them after an hour.",
        "On 5 August 2021, militants stormed an army camp near Menaka; the soldiers routed the assailants and recovered two motorcycles.",
        "On 7 August 2021, insurgents attacked a military convoy near Damboa and troops fought off the attackers, killing six of them.",
        "On 9 August 2021, gunmen attacked soldiers guarding a mine near Walikale, and the troops beat back the assault.",
        "On 11 August 2021, two armed factions attacked each other near Zawiya, leaving four fighters dead.",
    ],
    ("clash", "Battles", "Armed clash", "confrontations of armed sides"): [
        "On 8 December 2021, confrontations between the army and rebels near Kidal left five fighters dead.",
        "On 10 December 2021, two rival militias confronted each other near Gharyan, killing four fighters.",
        "On 12 December 2021, armed confrontations between two cartels in Zacatecas killed six gunmen.",
        "On 14 December 2021, a confrontation between soldiers and ADF rebels near Oicha killed three combatants.",
        "On 16 December 2021, confrontations with Taliban fighters in Helmand left two soldiers dead.",
    ],
    (
        "attack",
        "Battles",
        "Armed clash",
        "an attack on an armed side; an abduction told only as an aside is not its means",
    ): [
        "On 3 December 2021, rebels ambushed a patrol searching for a pilot who was abducted in February near Nduga, killing three soldiers.",
        "On 5 December 2021, gunmen killed two police officers looking for a trader who had been kidnapped by bandits in Zamfara.",
        "On 7 December 2021, militants attacked troops escorting the family of an engineer who had been taken hostage in March near Gao, wounding four soldiers.",
        "On 9 December 2021, separatists shot dead a soldier guarding the home of a chief who was kidnapped earlier in Bamenda.",
        "On 11 December 2021, an armed group killed a police officer investigating the case of a girl who was abducted from her school in Jos.",
    ],
    ("clash", "Battles", "Armed clash", "state forces go after an armed group"): [
        "On 3 September 2021, police shot dead a suspected Al Shabaab militant at a checkpoint in Mogadishu.",
        "On 5 September 2021, soldiers killed three ISWAP fighters near Monguno.",
        "On 7 September 2021, the army killed two ELN guerrillas in a rural area of Arauca.",
        "On 9 September 2021, troops shot and wounded a Boko Haram commander near Bama.",
        "On 11 September 2021, security forces killed four Taliban militants in Kunduz province.",
        "On 13 November 2021, the police shot dead a militant armed with a hand grenade at a checkpoint in Mogadishu.",
    ],
    ("clash", "Battles", "Armed clash", "an attack that turns into a fight of both sides"): [
        "On 3 May 2021, militants attacked an army post near Gao and the two sides exchanged fire for an hour.",
        "On 5 May 2021, gunmen attacked a police station in Zamfara, sparking a gun battle with officers.",
        "On 7 May 2021, rebels attacked a military base near Beni, and fighting lasted until dawn.",
        "On 9 May 2021, bandits ambushed a police patrol near Kaduna and a shootout followed.",
        "On 11 May 2021, insurgents attacked soldiers at a checkpoint near Mosul, leading to clashes.",
    ],
    (
        "attack",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "heavy weapons, shells told as the subject",
    ): [
        "On 3 July 2021, shells fired by government forces fell on the village of Kafr Nabl.",
        "On 5 July 2021, indiscriminate shells by the rebels killed three civilians in Tarhuna.",
        "On 7 July 2021, the militants targeted an army post near Marib with a guided missile.",
        "On 8 July 2021, two police officers were targeted with rockets in Kandahar.",
        "On 9 July 2021, monitors recorded 12 explosions involving unknown weapons near Horlivka.",
        "On 11 July 2021, separatist forces fired IFVs, grenade launchers and heavy machine guns at army positions near Avdiivka.",
    ],
    (
        "attack",
        "Explosions/Remote violence",
        "Air/drone strike",
        "aircraft as subjects, drone-dropped munitions, strikes hitting buildings",
    ): [
        "On 3 October 2021, the air force targeted a rebel convoy near Sirte.",
        "On 5 October 2021, government warplanes struck a market in Idlib, killing six civilians.",
        "On 7 October 2021, army gunships fired on insurgent positions near Palma.",
        "On 9 October 2021, the rebels dropped two grenades from a drone on an army trench near Avdiivka.",
        "On 11 October 2021, a Russian strike hit an apartment building in Odesa, killing three people.",
    ],
    (
        "attack",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "remote explosives named as such",
    ): [
        "On 3 November 2021, militants carried out a remote explosive attack on a power station near Diyarbakir.",
        "On 5 November 2021, a remotely detonated bomb wounded two soldiers near Kirkuk.",
        "On 7 November 2021, insurgents set off a remote-controlled IED against a police vehicle in Lashkar Gah, wounding three officers.",
        "On 9 November 2021, a remote-controlled explosive device killed a shepherd near Tal Afar.",
        "On 11 November 2021, an armed group claimed a remote explosive attack on a railway line near Quetta.",
    ],
    (
        "attack",
        "Violence against civilians",
        "Abduction/forced disappearance",
        "an abduction whose theft is part of it",
    ): [
        "On 3 February 2022, militiamen abducted a herder near Kutum and stole his camels.",
        "On 5 February 2022, Boko Haram fighters looted a shop and kidnapped its owner in Kolofata.",
        "On 7 February 2022, gunmen raided a farm near Kaduna, took away the harvest and abducted two workers.",
        "On 9 February 2022, armed men kidnapped a trader on the road to Gao and made off with his truck.",
        "On 11 February 2022, bandits broke into a house in Zurmi, stole money and abducted a woman.",
    ],
    ("attack", "Violence against civilians", "Attack", "a group with guns is no mob"): [
        "On 3 June 2021, a group of unidentified men stormed a village in Kaduna and opened fire, killing nine people.",
        "On 5 June 2021, three people were shot dead by a group of men in Celaya.",
        "On 7 June 2021, a group of youths opened fire on a bus in Port Harcourt, wounding four passengers.",
        "On 9 June 2021, four people were shot dead by a group of men inside a bar in Irapuato.",
        "On 11 June 2021, nine villagers were shot dead after a group of men walked into Kiwanja and started shooting.",
    ],
}

ROWS = [(text, *labels[:3]) for labels, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type"), ROWS)
def test_attack_is_typed_by_who_acted_against_whom(
    text: str, kind: str, event_type: str, sub_event_type: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]
