"""Write gold.events.jsonl for the Russian held-out set (edit the rows here, then run it)."""

from __future__ import annotations

import json
from pathlib import Path

UA = ["Armed Forces of Ukraine", "Ukrainian forces", "Ukraine"]
RU_ARMY = ["Military Forces of Russia", "Russian forces", "Russia"]
RU_SEC = ["Russian security forces"]
IS = ["Islamic State", "IS", "ISIS"]


def row(gid, doc, kind, ev, sub, start, end, prec, place, lat, lon, r, killed=None, injured=None,
        actors=(), is_actor=False, optional=False, country="Russia", note=""):
    return {
        "gid": gid, "doc": doc, "kind": kind, "date_start": start, "date_end": end, "date_precision": prec,
        "place": place, "lat": lat, "lon": lon, "radius_km": r, "killed": killed, "injured": injured,
        "is_actor": is_actor, "attribution": None, "claim_disputed": False, "optional": optional,
        "note": note, "actors": list(actors), "acled_event_type": ev, "acled_sub_event_type": sub,
        "country": country,
    }


SHELL = "Shelling/artillery/missile attack"
ERV = "Explosions/Remote violence"
D1 = "belgorod-shebekino-strikes-2024.wire.txt"
D2 = "kamenka-dneprovskaya-drone-2024.regional.txt"
D3 = "rostov-court-is-sentence-2024.interfax.txt"
D4 = "cherkessk-police-post-attack-2024.news.txt"
D5 = "baymak-court-protest-2024.news.txt"
D6 = "north-caucasus-week-2019-32.bulletin.txt"
D7 = "sudzha-toretsk-territory-2025.wire.txt"
D8 = "kharkiv-glide-bombs-2024.news.txt"
D9 = "almaty-unrest-2022.news.txt"
D10 = "yekaterinburg-fsb-arrests-2024.tass.txt"

ROWS = [
    row("HR-01-1", D1, "attack", ERV, SHELL, "2024-03-15", "2024-03-15", "day", "Shebekino", 50.41, 36.93, 30,
        2, 5, UA, note="MLRS rockets on the town, dateline day; 2 dead, 5 hurt."),
    row("HR-01-2", D1, "attack", ERV, "Air/drone strike", "2024-03-15", "2024-03-15", "day",
        "Kozinka, Graivoron district", 50.46, 35.6, 30, None, 1, UA,
        note="Drone drops a charge on a car; the driver wounded. 'Кроме того' in a dated wire: same day."),
    row("HR-01-3", D1, "attack", ERV, "Air/drone strike", "2024-03-14", "2024-03-14", "day", "Belgorod", 50.6,
        36.58, 30, None, 3, UA, note="'Накануне': drone attack on Belgorod the day before, 3 hurt."),
    row("HR-02-1", D2, "attack", ERV, "Air/drone strike", "2024-06-03", "2024-06-03", "day",
        "Kamianka-Dniprovska", 47.5, 34.41, 30, 1, 2, UA, country="Ukraine",
        note="Drone hits a house; a man of 67 killed, a woman and a teenager hurt (two, counted in words)."),
    row("HR-02-2", D2, "attack", ERV, SHELL, "2024-06-02", "2024-06-02", "day", "Enerhodar", 47.49, 34.66, 30,
        None, None, UA, country="Ukraine", note="'Днём ранее': artillery on Enerhodar, damage only."),
    row("HR-03-1", D3, "legal_action", "Strategic developments", "Other", "2024-02-09", "2024-02-12", "days",
        "Rostov-on-Don", 47.22, 39.71, 30, None, None, IS, is_actor=True,
        note="Military court sentences an IS supporter to 16 years; day not given (wire of 12 Feb)."),
    row("HR-03-2", D3, "arrest", "Strategic developments", "Arrests", "2023-03-01", "2023-03-31", "month",
        "Nevinnomyssk", 44.63, 41.94, 30, None, None, IS, is_actor=True, optional=True,
        note="Background: the FSB detained him in March 2023 at his flat."),
    row("HR-04-1", D4, "attack", "Battles", "Armed clash", "2024-07-14", "2024-07-14", "day", "Cherkessk", 44.22,
        42.05, 30, 2, 1, note="Two gunmen fire on a traffic police post: 2 officers dead, 1 badly hurt."),
    row("HR-04-2", D4, "clash", "Battles", "Armed clash", "2024-07-16", "2024-07-16", "day",
        "Ust-Dzhegutinsky district", 44.09, 41.97, 40, 2, None, RU_SEC,
        note="Both suspects blocked in a house resist and are 'neutralised': 2 killed."),
    row("HR-05-1", D5, "protest", "Protests", "Protest with intervention", "2024-01-17", "2024-01-17", "day",
        "Baymak", 52.59, 58.31, 30, None, None,
        note="Thousands at the court; riot police use batons and tear gas; at least 20 detained."),
    row("HR-05-2", D5, "protest", "Protests", "Peaceful protest", "2024-01-18", "2024-01-18", "day", "Ufa",
        54.74, 55.97, 30, note="'На следующий день': a one-person picket in Ufa."),
    row("HR-05-3", D5, "arrest", "Strategic developments", "Arrests", "2024-01-17", "2024-01-17", "day",
        "Baymak", 52.59, 58.31, 30, optional=True, note="The detentions at the rally (the protest carries them)."),
    row("HR-05-4", D5, "legal_action", "Strategic developments", "Other", "2024-01-17", "2024-01-17", "day",
        "Baymak", 52.59, 58.31, 30, optional=True, note="The activist's sentence read out."),
    row("HR-06-1", D6, "clash", "Battles", "Armed clash", "2019-08-06", "2019-08-06", "day",
        "Kishpek, Baksan district", 43.66, 43.64, 40, 3, 1, RU_SEC,
        note="Security forces block armed men near Kishpek: 3 militants killed, 1 Rosgvardia man hurt."),
    row("HR-06-2", D6, "attack", "Battles", "Armed clash", "2019-08-08", "2019-08-09", "days", "Gudermes", 43.35,
        46.1, 30, 1, 2, note="'В ночь на 9 августа': knife attack on a patrol, 2 hurt, the attacker shot."),
    row("HR-06-3", D6, "seizure", "Strategic developments", "Disrupted weapons use", "2019-08-10", "2019-08-10",
        "day", "Buynaksk", 42.82, 47.13, 30, note="Police find a cache: 4 rifles, ~600 rounds, two bombs."),
    row("HR-06-4", D6, "clash", "Battles", "Armed clash", "2019-08-05", "2019-08-11", "days", "North Caucasus",
        43.5, 45.0, 400, 4, 3, optional=True, note="The week's totals (aggregate)."),
    row("HR-07-1", D7, "clash", "Battles", "Government regains territory", "2025-03-09", "2025-03-12", "days",
        "Sudzha", 51.19, 35.27, 30, 100, None, RU_ARMY,
        note="Russia retakes its own town from Ukrainian forces: a state regaining ground; 'более 100' is 100."),
    row("HR-07-2", D7, "clash", "Battles", "Non-state actor overtakes territory", "2025-03-09", "2025-03-12",
        "days", "Toretsk", 48.39, 37.85, 30, None, None, RU_ARMY, country="Ukraine",
        note="A foreign state's army takes a Ukrainian-held town: ACLED's 'Non-state actor overtakes territory'."),
    row("HR-08-1", D8, "attack", ERV, "Air/drone strike", "2024-05-25", "2024-05-25", "day", "Kharkiv", 49.99,
        36.23, 30, 7, 33, RU_ARMY, country="Ukraine", note="Two guided aerial bombs on a DIY hypermarket."),
    row("HR-08-2", D8, "attack", ERV, SHELL, "2024-05-25", "2024-05-25", "day", "Krasnopillia", 50.77, 35.26,
        30, None, 3, RU_ARMY, country="Ukraine", note="'В тот же день': shelling of Krasnopillia, 3 civilians hurt."),
    row("HR-09-1", D9, "riot", "Riots", "Violent demonstration", "2022-01-05", "2022-01-05", "day", "Almaty",
        43.25, 76.91, 30, 8, 317, country="Kazakhstan",
        note="Rioters seize and burn the akimat, storm the residence; 8 police/guardsmen dead, 317 hurt."),
    row("HR-09-2", D9, "protest", "Protests", "Peaceful protest", "2022-01-02", "2022-01-02", "day", "Zhanaozen",
        43.34, 52.86, 30, country="Kazakhstan", note="Residents rally on the square against gas prices."),
    row("HR-09-3", D9, "protest", "Protests", "Peaceful protest", "2022-01-02", "2022-01-05", "days", "Aktau",
        43.65, 51.16, 30, optional=True, country="Kazakhstan", note="'Позже акции охватили Актау': vague."),
    row("HR-10-1", D10, "arrest", "Strategic developments", "Arrests", "2024-04-03", "2024-04-03", "day",
        "Yekaterinburg", 56.86, 60.62, 30, None, None, IS, is_actor=True,
        note="FSB detains three men 'в среду' (3 April) for an IS rail bomb plot."),
    row("HR-10-2", D10, "seizure", "Strategic developments", "Disrupted weapons use", "2024-04-03", "2024-04-04",
        "days", "Yekaterinburg", 56.86, 60.62, 30, None, None, IS, is_actor=True, optional=True,
        note="The IED found in the searches (the arrest carries the event)."),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("gold.events.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    print(f"{len(ROWS)} rows, {sum(not r['optional'] for r in ROWS)} required -> {out}")
