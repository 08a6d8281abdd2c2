"""Datelines with the agency and date in parentheses ("QUETTA, (Agency - 3rd May, 2024) Text")
mark where the story was filed; and a location cue at the end of one line ("… Seized") never
takes the byline name on the next line for an unknown village."""

from __future__ import annotations

import pytest

from kronika.api import process


def _places(text: str) -> list[tuple[str, str]]:
    doc = process(text, document_id="t", until="places")
    return [(m.text, m.name_of) for m in doc.places]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("QUETTA, (Frontier Press - 3rd May, 2024) Police arrested two men here on Friday.", "QUETTA"),
        ("PESHAWAR, (Daily Wire / Pakistan News - 9th June, 2023) A bomb went off here.", "PESHAWAR"),
        ("LAHORE (City Desk, 4 April 2022) Traders protested here against taxes.", "LAHORE"),
        ("MOMBASA, (Coast Bureau) Police dispersed a crowd here on Monday.", "MOMBASA"),
        ("KANO, (Northern Desk - 2nd March, 2021) Gunmen attacked a bank here.", "KANO"),
    ],
)
def test_parenthesised_agency_dateline(text: str, city: str) -> None:
    assert (city, "dateline") in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Quetta (Balochistan) arrested two men on Friday.",
        "Traders in Lahore (Punjab) protested against taxes.",
        "Officials (Kano) said gunmen attacked a bank.",
        "Soldiers (Mombasa unit) dispersed a crowd on Monday.",
        "Witnesses in Kano (Nigeria) said a bank was attacked.",
    ],
)
def test_no_dateline_inside_a_sentence(text: str) -> None:
    assert all(name_of != "dateline" for _, name_of in _places(text))


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (
            "Arms Seized\n\nMohammad Rafiq (@rafiq) May 11\n\nPolice in Quetta seized rifles.",
            "Mohammad Rafiq",
        ),
        ("Rebels Attacked\n\nJohn Okello reports\n\nRebels attacked a camp in Gulu.", "John Okello"),
        ("Town Stormed\n\nMaria Lopez for the Herald\n\nGunmen stormed a bar in Celaya.", "Maria Lopez"),
        (
            "Base Shelled\n\nAhmad Zia (@zia) Updated June 2\n\nTroops shelled positions in Kunduz.",
            "Ahmad Zia",
        ),
        ("Convoy Struck\n\nPeter Kamau writes\n\nA mine struck a convoy in Mandera.", "Peter Kamau"),
    ],
)
def test_a_cue_does_not_reach_the_next_line(text: str, byline: str) -> None:
    assert all(name != byline for name, _ in _places(text))


@pytest.mark.parametrize(
    ("city", "lead", "later"),
    [
        (
            "QUETTA",
            "Police arrested two smugglers here on Friday.",
            "Police recovered 40 rifles and 900 rounds.",
        ),
        (
            "PESHAWAR",
            "Gunmen attacked a checkpoint here on Monday.",
            "Police also seized 12 pistols from a car.",
        ),
        ("LAHORE", "Police raided a hideout here on Sunday.", "Officers confiscated 30 hand grenades."),
        (
            "MULTAN",
            "Police detained three men here on Tuesday.",
            "Police recovered 25 Kalashnikovs from them.",
        ),
        (
            "KARACHI",
            "Police raided a hideout here on Wednesday.",
            "Police seized 18 rifles and explosives.",
        ),
    ],
)
def test_a_local_report_happens_in_its_dateline_city(city: str, lead: str, later: str) -> None:
    import kronika

    text = f"{city}, (City Desk - 3rd May, 2024) {lead}\n\nThe suspects were questioned.\n\n{later}\n"
    records = [
        r if isinstance(r, dict) else r.to_dict()
        for r in kronika.extract(text, document_id="t", published="2024-05-03")
    ]
    assert records
    assert all((r["place"] or "").lower() == city.lower() for r in records), records
