"""Numbers that are not dates must not become dates."""

from __future__ import annotations

import pytest

from kronika.api import process

# sentence, the number-bearing words that must stay untagged
NON_DATES = [
    ("Police seized two AK-74 rifles from the car.", "AK-74"),
    ("The box held 5.45x39mm cartridges and fuses.", "5.45x39mm"),
    ("Officers found F-1 grenades under the floor.", "F-1"),
    ("The town has a population 50,000 and one hospital.", "50,000"),
    ("A 22-year-old man opened fire on the guards.", "22-year-old"),
    ("The driver, Ismail, 23, was arrested at the scene.", "23"),
    ("The first blast came at 8.45am near the gate.", "8.45am"),
    ("The convoy left at 17:50 local time.", "17:50"),
    ("Shooting lasted from 15:50–16:00 according to police.", "15:50–16:00"),
    ("Gunmen killed 2015 people in the region, the report claimed.", "2015 people"),
    ("He was charged under Article 205 of the criminal code.", "Article 205"),
    ("Of the attackers, 4 died and 2–3 are on the run.", "2–3"),
    ("A group of 25-30 fighters stormed the school.", "25-30"),
    ("The blast wounded 1,200 residents of the district.", "1,200"),
    ("The militants fired 12 rockets from 3 positions.", "12 rockets from 3"),
    ("A 9mm pistol and a 7.62 mm rifle were recovered.", "7.62"),
    ("Ward 12 of the hospital admitted 36 casualties.", "Ward 12"),
    ("The attack killed 39 people and wounded 69.", "39 people"),
    ("Flight 9268 crashed shortly after take-off.", "9268"),
    ("The unit recovered 1500 rounds of ammunition.", "1500 rounds"),
    ("The ransom demanded was 2000 dollars per hostage.", "2000 dollars"),
    ("Residents may leave the area once it is safe.", "may"),
    ("Protesters will march to the ministry.", "march"),
    ("The charity runs 15 clinics in 3 provinces.", "15 clinics"),
    ("About 300 families fled to the camp at kilometre 12.", "300 families"),
    ("The bomb weighed 20 kg and was packed with nails.", "20 kg"),
    ("The court heard case no. 14/2019 behind closed doors.", "14/2019"),
    ("The score was 3-1-0 and the ratio 1/2/3 in the table.", "1/2/3"),
    ("Between 1950 and 2000 people marched on the palace.", "1950 and 2000"),
    ("The Sunday Times reported the raid first.", "Sunday Times"),
    ("Marchers remembered Bloody Sunday in the old town.", "Bloody Sunday"),
    ("Delegates of the March 14 alliance met in the capital.", "March 14"),
]


@pytest.mark.parametrize(("sentence", "words"), NON_DATES)
def test_number_is_not_a_date(sentence: str, words: str) -> None:
    doc = process(sentence, published="2024-06-14", until="time")
    start = sentence.index(words)
    end = start + len(words)
    overlapping = [t.text for t in doc.timexes if t.start < end and start < t.end]
    assert overlapping == []


def test_a_sentence_with_only_counts_has_no_timex() -> None:
    doc = process("At least 7 officers and 12 civilians were hurt; 3 suspects were held.", until="time")
    assert doc.timexes == []
