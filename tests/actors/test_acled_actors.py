"""Actors named and typed as ACLED names and types them, from reports of any conflict.

Each row: a one-event report of our own, the ACLED name one of its actors must carry and
that actor's inter code (1 state forces ... 8 external/other forces)."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api
from kronika.record import INTER_CODES

FAMILIES: dict[str, list[tuple[str, str, int]]] = {
    "state forces by demonym": [
        (
            "On 3 May 2023, Nigerian troops killed six insurgents in a raid in Borno.",
            "Military Forces of Nigeria",
            1,
        ),
        (
            "On 4 May 2023, the Colombian army clashed with rebels near Tame.",
            "Military Forces of Colombia",
            1,
        ),
        ("On 5 May 2023, Ukrainian forces shelled positions near Horlivka.", "Military Forces of Ukraine", 1),
        (
            "On 6 May 2023, Sudanese troops fought gunmen in Kassala, killing three.",
            "Military Forces of Sudan",
            1,
        ),
        (
            "On 7 May 2023, Burkinabe soldiers ambushed militants near Djibo, killing five.",
            "Military Forces of Burkina Faso",
            1,
        ),
    ],
    "police by place": [
        ("On 3 June 2023, police in Nairobi fired tear gas at protesters.", "Police Forces of Kenya", 1),
        ("On 4 June 2023, police arrested ten gang members in Guayaquil.", "Police Forces of Ecuador", 1),
        (
            "On 5 June 2023, police officers clashed with gunmen in Culiacan, killing two.",
            "Police Forces of Mexico",
            1,
        ),
        ("On 6 June 2023, police detained 40 demonstrators in Dhaka.", "Police Forces of Bangladesh", 1),
        ("On 7 June 2023, police shot dead a robbery suspect in Lagos.", "Police Forces of Nigeria", 1),
    ],
    "rebel groups": [
        (
            "On 3 July 2023, the Arakan Army attacked a military outpost in Paletwa, killing four soldiers.",
            "ULA/AA: United League of Arakan/Arakan Army",
            2,
        ),
        ("On 4 July 2023, M23 rebels clashed with the army near Kibumba.", "March 23 Movement", 2),
        (
            "On 5 July 2023, the Rapid Support Forces shelled a market in El Fasher, killing 12 people.",
            "RSF: Rapid Support Forces",
            2,
        ),
        ("On 6 July 2023, NPA rebels ambushed soldiers in Samar, killing two.", "New People's Army", 2),
        (
            "On 7 July 2023, ELN fighters attacked a police station in Arauca, wounding three officers.",
            "National Liberation Army (Colombia)",
            2,
        ),
    ],
    "political militias, cartels and gangs": [
        (
            "On 3 August 2023, members of the Sinaloa Cartel shot dead two men in Culiacan.",
            "Sinaloa Cartel",
            3,
        ),
        (
            "On 4 August 2023, CJNG gunmen attacked police officers in Aguililla, killing two.",
            "CJNG: Jalisco New Generation Cartel",
            3,
        ),
        (
            "On 5 August 2023, Los Choneros gunmen killed three inmates in a prison in Guayaquil.",
            "Los Choneros",
            3,
        ),
        (
            "On 6 August 2023, members of the 400 Mawozo gang kidnapped five missionaries in Croix-des-Bouquets.",
            "400 Mawozo",
            3,
        ),
        (
            "On 7 August 2023, Imbonerakure members beat up two opposition supporters in Kirundo.",
            "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
            3,
        ),
    ],
    "identity militias": [
        (
            "On 3 September 2023, Fulani militia attacked the village of Mangu, killing 12 villagers.",
            "Fulani Ethnic Militia",
            4,
        ),
        ("On 4 September 2023, Dozo hunters killed five herders near Bankass.", "Dan Na Ambassagou", 4),
        (
            "On 5 September 2023, Fano militia clashed with the army in Gondar, killing four soldiers.",
            "Fano Militia",
            4,
        ),
        (
            "On 6 September 2023, Koglweogo members killed two suspected thieves near Kaya.",
            "Koglweogo Militia",
            4,
        ),
        (
            "On 7 September 2023, Twirwaneho fighters attacked a village in Minembwe, killing three civilians.",
            "Twirwaneho Communal Militia",
            4,
        ),
    ],
    "rioters": [
        ("On 3 October 2023, rioters burned tyres and blocked roads in Paris.", "Rioters (France)", 5),
        (
            "On 4 October 2023, a mob lynched a suspected thief in Goma.",
            "Rioters (Democratic Republic of Congo)",
            5,
        ),
        ("On 5 October 2023, protesters threw stones at police in Nairobi.", "Rioters (Kenya)", 5),
        ("On 6 October 2023, villagers beat up two health workers in Nadia.", "Rioters (India)", 5),
        ("On 7 October 2023, demonstrators set fire to a police station in Dakar.", "Rioters (Senegal)", 5),
    ],
    "protesters": [
        ("On 3 November 2023, teachers protested in Nairobi to demand higher pay.", "Protesters (Kenya)", 6),
        (
            "On 4 November 2023, residents demonstrated in Beirut against power cuts.",
            "Protesters (Lebanon)",
            6,
        ),
        ("On 5 November 2023, students marched in Bogota against tuition fees.", "Protesters (Colombia)", 6),
        (
            "On 6 November 2023, nurses went on strike in Harare over unpaid salaries.",
            "Protesters (Zimbabwe)",
            6,
        ),
        (
            "On 7 November 2023, police dispersed protesters with tear gas in Dakar.",
            "Protesters (Senegal)",
            6,
        ),
    ],
    "civilians": [
        ("On 3 December 2023, gunmen killed six villagers in Zamfara.", "Civilians (Nigeria)", 7),
        ("On 4 December 2023, soldiers shot dead two farmers near Mopti.", "Civilians (Mali)", 7),
        (
            "On 5 December 2023, militants abducted 20 students from a school in Kaduna.",
            "Civilians (Nigeria)",
            7,
        ),
        (
            "On 6 December 2023, an airstrike killed seven civilians in a market in Mekele.",
            "Civilians (Ethiopia)",
            7,
        ),
        (
            "On 7 December 2023, bandits killed four residents of a village near Gusau.",
            "Civilians (Nigeria)",
            7,
        ),
    ],
    "unidentified armed groups": [
        (
            "On 3 January 2024, gunmen shot dead a journalist in Tijuana.",
            "Unidentified Armed Group (Mexico)",
            3,
        ),
        (
            "On 4 January 2024, unknown assailants killed two farmers in Tshikapa.",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            3,
        ),
        ("On 5 January 2024, armed men abducted a priest in Enugu.", "Unidentified Armed Group (Nigeria)", 3),
        (
            "On 6 January 2024, gunmen attacked a police post in Balochistan, killing two officers.",
            "Unidentified Armed Group (Pakistan)",
            3,
        ),
        (
            "On 7 January 2024, militants killed five villagers in Tillaberi.",
            "Unidentified Armed Group (Niger)",
            3,
        ),
    ],
    "external and other forces": [
        ("On 3 February 2024, Wagner mercenaries killed 20 civilians in Moura.", "Wagner Group", 8),
        (
            "On 4 February 2024, the Saudi-led coalition bombed a market in Saada, killing five people.",
            "Operation Restoring Hope",
            8,
        ),
        (
            "On 5 February 2024, MONUSCO peacekeepers clashed with rebels near Beni.",
            "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo",
            8,
        ),
        (
            "On 6 February 2024, the US-led coalition carried out an airstrike in Deir ez-Zor, killing two militants.",
            "Global Coalition Against Daesh",
            8,
        ),
        (
            "On 7 February 2024, Rwandan troops clashed with the Congolese army near Goma.",
            "Military Forces of Rwanda",
            8,
        ),
    ],
    # a state's forces outside it are external forces (8): Israel's in Gaza and the West Bank
    "official force names": [
        (
            "On 2 March 2023, the Israel Defense Forces shelled a camp in Rafah, killing four people.",
            "Military Forces of Israel",
            8,
        ),
        (
            "On 3 March 2023, the IDF raided a house in Jenin and killed a gunman.",
            "Military Forces of Israel",
            8,
        ),
        (
            "On 4 March 2023, the Armed Forces of Ukraine shelled positions near Horlivka.",
            "Military Forces of Ukraine",
            1,
        ),
        (
            "On 5 March 2023, the ENDF clashed with Fano militia near Gondar, killing five.",
            "Military Forces of Ethiopia",
            1,
        ),
        (
            "On 6 March 2023, Puntland Dervish forces ambushed militants near Qandala, killing three.",
            "Military Forces of Somalia",
            1,
        ),
        (
            "On 7 March 2023, the Congolese National Police shot dead two protesters in Kinshasa.",
            "Police Forces of the Democratic Republic of Congo",
            1,
        ),
    ],
    "rebels named by their own name": [
        (
            "On 2 April 2022, the Tigray Defence Forces attacked an army base near Alamata, killing nine soldiers.",
            "TDF: Tigray Defense Forces",
            2,
        ),
        (
            "On 3 April 2022, Tigrayan forces shelled the town of Kobo, killing three civilians.",
            "TDF: Tigray Defense Forces",
            2,
        ),
        (
            "On 4 April 2022, SPLA-IO fighters clashed with the army near Yei, killing four soldiers.",
            "SPLM/A-In Opposition: Sudan People's Liberation Movement/Army-In Opposition",
            2,
        ),
        (
            "On 5 April 2022, NAS rebels ambushed a convoy near Lainya, killing two soldiers.",
            "NAS: National Salvation Front",
            2,
        ),
        (
            "On 6 April 2022, Malay Muslim separatists shot dead a ranger in Yala, Thailand.",
            "Malay Muslim Separatists (Thailand)",
            2,
        ),
        (
            "On 7 April 2022, the AA abducted a village administrator in Kyauktaw, Rakhine State.",
            "ULA/AA: United League of Arakan/Arakan Army",
            2,
        ),
    ],
    "police named by region or city": [
        ("On 2 May 2023, Manipur Police recovered six rifles in Churachandpur.", "Police Forces of India", 1),
        ("On 3 May 2023, the Sindh Police arrested four robbers in Karachi.", "Police Forces of Pakistan", 1),
        (
            "On 4 May 2023, Lagos State Police Command officers arrested ten robbery suspects in Ikeja.",
            "Police Forces of Nigeria",
            1,
        ),
        (
            "On 5 May 2023, the Jalisco State Police clashed with gunmen in Zapopan, killing two.",
            "Police Forces of Mexico",
            1,
        ),
        (
            "On 6 May 2023, the Delhi Police detained 30 wrestlers protesting near Jantar Mantar in New Delhi.",
            "Police Forces of India",
            1,
        ),
    ],
    "one member of a force": [
        (
            "On 2 June 2023, a soldier shot dead a trader at a checkpoint in Bunia.",
            "Military Forces of the Democratic Republic of Congo",
            1,
        ),
        (
            "On 3 June 2023, a gendarme shot and killed a motorbike taxi driver in Bafoussam, Cameroon.",
            "Military Forces of Cameroon",
            1,
        ),
        (
            "On 4 June 2023, a policeman beat a street vendor to death in Kampala.",
            "Police Forces of Uganda",
            1,
        ),
        (
            "On 5 June 2023, prison guards tortured an inmate to death in Battambang, Cambodia.",
            "Police Forces of Cambodia",
            1,
        ),
        (
            "On 6 June 2023, an IED was found near a school in Pattani and defused by the EOD team.",
            "Police Forces of Thailand",
            1,
        ),
    ],
    "forces after a preposition": [
        (
            "On 2 July 2023, armed men exchanged fire with military police near Recife, Brazil.",
            "Military Forces of Brazil",
            1,
        ),
        (
            "On 3 July 2023, gang members clashed with police in Port-au-Prince, killing two.",
            "Police Forces of Haiti",
            1,
        ),
        (
            "On 4 July 2023, militants fought with troops near Djibo, killing six.",
            "Military Forces of Burkina Faso",
            1,
        ),
        (
            "On 5 July 2023, bandits clashed with soldiers in Zamfara, killing four.",
            "Military Forces of Nigeria",
            1,
        ),
        (
            "On 6 July 2023, rebels exchanged fire with gendarmes near Bambari.",
            "Military Forces of the Central African Republic",
            1,
        ),
    ],
    "a government as a fighting side": [
        (
            "On 2 August 2022, fighting between the federal government and Tigrayan forces erupted near Kobo, Ethiopia.",
            "Military Forces of Ethiopia",
            1,
        ),
        (
            "On 3 August 2022, clashes between the government and M23 rebels broke out near Rutshuru, North Kivu.",
            "Military Forces of the Democratic Republic of Congo",
            1,
        ),
        (
            "On 4 August 2022, heavy fighting between the government and the Arakan Army erupted in Paletwa, Myanmar.",
            "Military Forces of Myanmar",
            1,
        ),
        (
            "On 5 August 2022, the RSF clashed with the government near El Obeid, Sudan, killing ten.",
            "Military Forces of Sudan",
            1,
        ),
        (
            "On 6 August 2022, fighting between the government and rebels killed 12 near Bria, Central African Republic.",
            "Military Forces of the Central African Republic",
            1,
        ),
    ],
    "partisans named by their side": [
        (
            "On 2 September 2021, a pro-Houthi fighter shot two children at a checkpoint in Ad Dali, Yemen.",
            "Military Forces of Yemen (2016-) Supreme Political Council",
            1,
        ),
        (
            "On 3 September 2021, pro-Hadi and affiliated snipers wounded a woman in Taiz, Yemen.",
            "Military Forces of Yemen (2012-)",
            1,
        ),
        (
            "On 4 September 2021, pro-IS militants beheaded two villagers near Palma, Mozambique.",
            "Islamic State",
            2,
        ),
        (
            "On 5 September 2021, pro-Russian separatists shelled a school in Avdiivka, Ukraine.",
            "NAF: United Armed Forces of Novorossiya",
            2,
        ),
        (
            "On 6 September 2021, pro-Houthi gunmen killed a tribal leader in Al Bayda, Yemen.",
            "Military Forces of Yemen (2016-) Supreme Political Council",
            1,
        ),
    ],
    "state forces abroad named by their coalition": [
        (
            "On 2 October 2020, US forces raided a house in Deir ez-Zor, Syria, killing two militants.",
            "Global Coalition Against Daesh",
            8,
        ),
        (
            "On 3 October 2020, US troops struck a weapons depot near Al-Qaim, Iraq, killing four.",
            "Global Coalition Against Daesh",
            8,
        ),
        (
            "On 4 October 2020, Saudi forces shelled villages in Saada, Yemen, killing a child.",
            "Operation Restoring Hope",
            8,
        ),
        (
            "On 5 October 2020, Emirati troops clashed with Houthi forces near Hodeidah, Yemen, killing six.",
            "Operation Restoring Hope",
            8,
        ),
        (
            "On 6 October 2020, British forces killed three militants in an operation near Raqqa, Syria.",
            "Global Coalition Against Daesh",
            8,
        ),
    ],
    "forces named by the country itself": [
        (
            "On 2 November 2020, Ethiopia troops shot down a plane near Bardaale, Somalia, killing six.",
            "Military Forces of Ethiopia",
            8,
        ),
        (
            "On 3 November 2020, Uganda police shot dead two protesters in Kampala.",
            "Police Forces of Uganda",
            1,
        ),
        (
            "On 4 November 2020, Kenya police killed a robbery suspect in Mombasa.",
            "Police Forces of Kenya",
            1,
        ),
        (
            "On 5 November 2020, Burundi troops clashed with rebels in South Kivu, Congo, killing four.",
            "Military Forces of Burundi",
            8,
        ),
        (
            "On 6 November 2020, Nigeria police arrested 12 kidnapping suspects in Kaduna.",
            "Police Forces of Nigeria",
            1,
        ),
    ],
    "unidentified perpetrators of destruction": [
        (
            "On 2 December 2020, unknown arsonists torched a telecom mast in Limassol, Cyprus.",
            "Unidentified Armed Group (Cyprus)",
            3,
        ),
        (
            "On 3 December 2020, unidentified actors set fire to a council office in Owerri, Nigeria.",
            "Unidentified Armed Group (Nigeria)",
            3,
        ),
        (
            "On 4 December 2020, arsonists set fire to a police station in Kisumu, Kenya.",
            "Unidentified Armed Group (Kenya)",
            3,
        ),
        (
            "On 5 December 2020, saboteurs set fire to a railway depot near Kharkiv, Ukraine.",
            "Unidentified Armed Group (Ukraine)",
            3,
        ),
        (
            "On 6 December 2020, a sniper shot dead a civilian in Taiz, Yemen.",
            "Unidentified Armed Group (Yemen)",
            3,
        ),
    ],
    "unorganised people who beat or burn": [
        ("On 2 January 2021, five persons beat up a man with sticks in Pune, India.", "Rioters (India)", 5),
        (
            "On 3 January 2021, several individuals beat a shopkeeper to death in Dhaka.",
            "Rioters (Bangladesh)",
            5,
        ),
        ("On 4 January 2021, football fans attacked a bar in Lyon, injuring four.", "Rioters (France)", 5),
        (
            "On 5 January 2021, hooligans attacked police officers in Rotterdam, injuring three.",
            "Rioters (Netherlands)",
            5,
        ),
        ("On 6 January 2021, a group of hawkers beat a council officer in Lagos.", "Rioters (Nigeria)", 5),
    ],
}

ROWS = [(family, *row) for family, rows in FAMILIES.items() for row in rows]


def _actors(text: str) -> dict[str, int | None]:
    return {a.canonical: a.inter for e in api.extract(text, "t.txt") for a in e.actors if a.canonical}


def test_every_inter_code_and_family_has_five_reports() -> None:
    codes = {inter for rows in FAMILIES.values() for _, _, inter in rows}
    assert codes == set(INTER_CODES.values())
    for code in codes:
        assert sum(inter == code for rows in FAMILIES.values() for _, _, inter in rows) >= 5
    assert all(len(rows) >= 5 for rows in FAMILIES.values())


@pytest.mark.parametrize(("family", "text", "name", "inter"), ROWS)
def test_actor_named_and_typed_as_acled(family: str, text: str, name: str, inter: int) -> None:
    actors = _actors(text)
    assert actors.get(name) == inter, (family, actors)
