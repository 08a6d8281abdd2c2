"""ACLED event_type and sub_event_type of one-event reports, as the codebook decides them.

Every sentence here is written for these tests; five or more per sub-event type."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

CASES: dict[tuple[str, str], list[str]] = {
    ("Battles", "Armed clash"): [
        "On 3 March 2022, soldiers clashed with rebels near Beni, leaving four fighters dead.",
        "On 5 March 2022, police exchanged fire with gang members in Cali for two hours.",
        "On 7 March 2022, militants attacked an army checkpoint in Gao and killed two soldiers.",
        "On 9 March 2022, rival militias fought a gun battle in the streets of Tripoli.",
        "On 11 March 2022, troops and insurgents fought in Borno State, killing six insurgents.",
        "On 13 March 2022, gunmen ambushed a police patrol near Kaduna, wounding three officers.",
        "On 15 March 2022, separatists shot dead a park ranger near Pattani.",
        "On 17 March 2022, the rebels fired mortars, grenade launchers and small arms at army positions near Avdiivka.",
    ],
    ("Battles", "Government regains territory"): [
        "On 3 April 2022, the army recaptured the town of Mora from the rebels after heavy fighting.",
        "On 5 April 2022, government troops retook Kidal after a battle with the insurgents.",
        "On 7 April 2022, soldiers regained control of the village of Tumba after clashes with militants.",
        "On 9 April 2022, the military retook the district headquarters in Kunduz from the Taliban after fighting.",
        "On 11 April 2022, government forces recaptured the port of Mocimboa after a battle with insurgents.",
    ],
    ("Battles", "Non-state actor overtakes territory"): [
        "On 3 May 2022, rebels captured the town of Rumangabo after fighting with the army.",
        "On 5 May 2022, insurgents seized control of the town of Palma after clashes with soldiers.",
        "On 7 May 2022, the militants took over the district of Dand after battles with police.",
        "On 9 May 2022, fighters of the rebel group overran an army base near Bunia after a battle with troops.",
        "On 11 May 2022, the rebels captured the village of Kibumba after clashes with soldiers.",
    ],
    ("Explosions/Remote violence", "Air/drone strike"): [
        "On 3 June 2022, an airstrike hit a market in Mekele, killing seven people.",
        "On 5 June 2022, a drone strike destroyed a truck near Marib, killing two men.",
        "On 7 June 2022, warplanes bombed a village in Idlib, injuring ten civilians.",
        "On 9 June 2022, air strikes targeted a rebel camp in Shan State.",
        "On 11 June 2022, a drone attack hit an oil depot near Belgorod, wounding one worker.",
    ],
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): [
        "On 3 July 2022, artillery fire hit a school in Kharkiv, killing three people.",
        "On 5 July 2022, rebels shelled the town of Kibumba, wounding four civilians.",
        "On 7 July 2022, a missile strike hit a railway station in Donetsk, killing 20 people.",
        "On 9 July 2022, mortar rounds landed in a market in Mogadishu, killing two traders.",
        "On 11 July 2022, forces fired rockets at the town of Tarhuna, damaging several houses.",
    ],
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): [
        "On 3 August 2022, a roadside bomb killed three soldiers near Kidal.",
        "On 5 August 2022, a landmine exploded under a bus near Dori, killing 12 passengers.",
        "On 7 August 2022, an IED struck a military convoy in Tillaberi, wounding four soldiers.",
        "On 9 August 2022, a car bomb exploded outside a hotel in Mogadishu, killing five people.",
        "On 11 August 2022, a bomb planted in a market in Quetta killed two people.",
    ],
    ("Explosions/Remote violence", "Suicide bomb"): [
        "On 3 September 2022, a suicide bomber blew himself up at a mosque in Peshawar, killing 40 people.",
        "On 5 September 2022, a suicide car bomb struck an army base in Mogadishu, killing eight soldiers.",
        "On 7 September 2022, a suicide bombing at a wedding in Kabul killed 20 guests.",
        "On 9 September 2022, a suicide attack on a police station in Quetta wounded six officers.",
        "On 11 September 2022, a woman blew herself up at a checkpoint in Maiduguri, killing two soldiers.",
    ],
    ("Explosions/Remote violence", "Grenade"): [
        "On 3 October 2022, a man threw a grenade into a bar in Bujumbura, injuring nine people.",
        "On 5 October 2022, attackers hurled grenades at a police post in Srinagar, wounding two officers.",
        "On 7 October 2022, a grenade attack on a bus stop in Mombasa wounded five people.",
        "On 9 October 2022, unknown men lobbed a grenade into a church in Goma, killing one worshipper.",
        "On 11 October 2022, a grenade attack on a shop in Cucuta injured three people.",
    ],
    ("Explosions/Remote violence", "Chemical weapon"): [
        "On 3 November 2022, a chemical attack on the town of Douma killed 30 people.",
        "On 5 November 2022, chlorine gas was used in an attack on a village near Hama, injuring 12 people.",
        "On 7 November 2022, a chemical weapons attack hit a neighbourhood of Aleppo, killing four civilians.",
        "On 9 November 2022, a sarin gas attack on a village near Idlib killed 20 residents.",
        "On 11 November 2022, a poison gas attack on a school in Herat injured 40 pupils.",
    ],
    ("Violence against civilians", "Attack"): [
        "On 3 December 2022, gunmen opened fire on worshippers at a church in Owo, killing 20 people.",
        "On 5 December 2022, bandits killed six villagers in Zamfara.",
        "On 7 December 2022, soldiers shot dead two farmers near Mopti.",
        "On 9 December 2022, a man was found dead with gunshot wounds in Tijuana.",
        "On 11 December 2022, militiamen attacked the village of Kilo and killed 14 civilians.",
        "On 13 December 2022, a drug suspect was killed during a police raid in Bulacan.",
    ],
    ("Violence against civilians", "Abduction/forced disappearance"): [
        "On 3 January 2023, gunmen abducted 20 students from a school in Kaduna.",
        "On 5 January 2023, armed men kidnapped a priest in Enugu.",
        "On 7 January 2023, three aid workers were abducted near Kidal.",
        "On 9 January 2023, militants took 12 passengers hostage on a road in Tillaberi.",
        "On 11 January 2023, security agents forcibly disappeared a journalist in Taizz.",
    ],
    ("Violence against civilians", "Sexual violence"): [
        "On 3 February 2023, soldiers raped two women in a village near Bunia.",
        "On 5 February 2023, militiamen sexually assaulted a girl in Kalehe.",
        "On 7 February 2023, armed men attacked a woman and raped her near Juba.",
        "On 9 February 2023, a girl was raped by gunmen in a camp near Goma.",
        "On 11 February 2023, fighters gang-raped three women in a village in Tigray.",
    ],
    ("Protests", "Peaceful protest"): [
        "On 3 March 2023, hundreds of teachers protested in Nairobi to demand higher pay.",
        "On 5 March 2023, residents demonstrated in Beirut against power cuts.",
        "On 7 March 2023, farmers staged a sit-in outside the ministry in Lahore.",
        "On 9 March 2023, students marched in Bogota against tuition fees.",
        "On 11 March 2023, workers went on strike in Abuja over unpaid salaries.",
    ],
    ("Protests", "Protest with intervention"): [
        "On 3 April 2023, police fired tear gas to disperse protesters in Dakar.",
        "On 5 April 2023, police arrested 12 demonstrators during a protest in Minsk.",
        "On 7 April 2023, students protested in Dhaka and police dispersed them with batons.",
        "On 9 April 2023, police broke up a demonstration by nurses in Harare.",
        "On 11 April 2023, riot police used water cannon on protesters in Tbilisi.",
    ],
    ("Protests", "Excessive force against protesters"): [
        "On 3 May 2023, police shot dead two protesters during a demonstration in Conakry.",
        "On 5 May 2023, soldiers opened fire on demonstrators in Khartoum, killing five.",
        "On 7 May 2023, security forces killed three protesters at a rally in Freetown.",
        "On 9 May 2023, police fired live ammunition at marchers in Nairobi, killing one protester.",
        "On 11 May 2023, a protester was shot dead by police during a demonstration in Kampala.",
    ],
    ("Riots", "Violent demonstration"): [
        "On 3 June 2023, protesters burned tyres and blocked roads in Port-au-Prince.",
        "On 5 June 2023, demonstrators threw stones at police in Dakar.",
        "On 7 June 2023, rioters set fire to a police station in Nanterre to protest a killing.",
        "On 9 June 2023, protesters clashed with police in Santiago during a march against the government.",
        "On 11 June 2023, a violent protest broke out in Lagos over fuel prices.",
        "On 13 June 2023, residents demonstrating against the curfew vandalised a police station in Koutiala.",
    ],
    ("Riots", "Mob violence"): [
        "On 3 July 2023, a mob lynched a suspected thief in Goma.",
        "On 5 July 2023, villagers beat up two health workers in Nadia.",
        "On 7 July 2023, an angry crowd burned the house of a suspected witch in Kisii.",
        "On 9 July 2023, a mob attacked a police post in Uvira.",
        "On 11 July 2023, residents beat a suspected robber to death in Mombasa.",
        "On 13 July 2023, two suspected burglars were fatally assaulted by community members in Verulam.",
        "On 15 July 2023, two groups of party supporters clashed in Belonia, injuring four people.",
        "On 17 July 2023, at least five residents attacked police officers at a checkpoint in Jauja.",
    ],
    ("Strategic developments", "Agreement"): [
        "On 3 August 2023, the government and the rebels signed a ceasefire agreement in Doha.",
        "On 5 August 2023, the two militias agreed to a truce in Tripoli.",
        "On 7 August 2023, the warring parties exchanged 50 prisoners in Aden.",
        "On 9 August 2023, community leaders signed a peace deal in Jos.",
        "On 11 August 2023, the army and the armed group reached an agreement in Bangui.",
    ],
    ("Strategic developments", "Arrests"): [
        "On 3 September 2023, police arrested five members of a gang in Guayaquil.",
        "On 5 September 2023, soldiers detained 30 villagers in Myebon.",
        "On 7 September 2023, security forces arrested an opposition leader in Harare.",
        "On 9 September 2023, police detained a journalist in Minsk.",
        "On 11 September 2023, the army arrested a rebel commander in Bunia.",
    ],
    ("Strategic developments", "Change to group/activity"): [
        "On 3 October 2023, the army deployed reinforcements to Kidal.",
        "On 5 October 2023, rebel fighters set up checkpoints at the entrances of Hadibu.",
        "On 7 October 2023, cartel members distributed food parcels to families in Michoacan.",
        "On 9 October 2023, troops and police patrolled the streets of Bamako.",
        "On 11 October 2023, the militia mobilised hundreds of fighters in Jonglei.",
    ],
    ("Strategic developments", "Disrupted weapons use"): [
        "On 3 November 2023, soldiers defused a roadside bomb near Kidal.",
        "On 5 November 2023, police found and defused an IED at a market in Yala.",
        "On 7 November 2023, air defences shot down two drones over Belgorod.",
        "On 9 November 2023, police seized rifles and explosives in Rawalpindi.",
        "On 11 November 2023, a bomb exploded prematurely while militants were planting it near Kandahar.",
    ],
    ("Strategic developments", "Headquarters or base established"): [
        "On 3 December 2023, foreign troops established a new base in Deir ez-Zor.",
        "On 5 December 2023, the rebels set up a camp near Bunia.",
        "On 7 December 2023, the militia established its headquarters in Kalehe.",
        "On 9 December 2023, the army set up a military base in Tillaberi.",
        "On 11 December 2023, the armed group built a new outpost near Marib.",
    ],
    ("Strategic developments", "Looting/property destruction"): [
        "On 3 January 2024, gunmen looted shops in Bangui.",
        "On 5 January 2024, militants raided houses in Kerawa and took away food and motorcycles.",
        "On 7 January 2024, police dismantled a drug lab in Brasilia.",
        "On 9 January 2024, soldiers demolished a house in Tubas.",
        "On 11 January 2024, armed men set fire to three trucks of a logging company in Biobio.",
    ],
    ("Strategic developments", "Non-violent transfer of territory"): [
        "On 3 February 2024, the army withdrew from the town of Bamba and handed over control to the militia.",
        "On 5 February 2024, the rebels took control of Kalehe without a fight.",
        "On 7 February 2024, foreign troops withdrew from their base in Menaka.",
        "On 9 February 2024, the militia handed over the district of Dand to the army.",
        "On 11 February 2024, government forces pulled out of the town of Kiwanja.",
    ],
    ("Strategic developments", "Other"): [
        "On 3 March 2024, more than 500 villagers fled to the town of Paletwa.",
        "On 5 March 2024, the rebels released 48 soldiers held as prisoners in Herat.",
        "On 7 March 2024, the authorities imposed a curfew in Imphal.",
        "On 9 March 2024, a landmine left over from the civil war exploded near Battambang, injuring two farmers.",
        "On 11 March 2024, the government declared a state of emergency in Quito.",
    ],
}

ROWS = [(text, event_type, sub) for (event_type, sub), texts in CASES.items() for text in texts]


def test_every_sub_event_type_has_five_sentences() -> None:
    from kronika.events.typing import codebook

    wanted = {(t, s) for t, subs in codebook()["event_types"].items() for s in subs}
    assert wanted == set(CASES)
    assert all(len(texts) >= 5 for texts in CASES.values())


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), ROWS)
def test_acled_type_of_a_one_event_report(text: str, event_type: str, sub_event_type: str) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.event_type, e.sub_event_type) for e in events] == [(event_type, sub_event_type)]
