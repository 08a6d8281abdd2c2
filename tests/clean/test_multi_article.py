"""A back-matter heading ends one article, not the file: the next article of a digest is kept."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.clean.tail import find_edits

FIRST = (
    "Gunmen attacked a police station in the northern town of Kolda on Monday, killing three officers "
    "and wounding two others, a police spokesman said. The attackers fled into the forest before "
    "reinforcements arrived at the scene."
)
SECOND = (
    "A car bomb exploded near a busy market in the city of Baidoa on Wednesday, killing five people, "
    "local officials said. Witnesses said the blast destroyed several stalls and damaged nearby shops."
)
REFS = 'References\n\n1. ^ "Attack in Kolda". Example News. 4 March 2024. Retrieved 5 March 2024.\n'


def _clean(text: str) -> str:
    return api.process(text, "t.txt", "2024-03-08", until="clean").text


@pytest.mark.parametrize(
    ("back_matter", "next_title"),
    [
        (REFS, "Car bomb hits Baidoa market"),
        ("See also\n\n* Attacks in 2024\n* Kolda\n", "Baidoa market blast kills five"),
        ("External links\n\n* https://example.org/kolda\n", "Five killed in Baidoa"),
        ("Notes\n\n[1] Police statement, 4 March 2024.\n", "Blast in Baidoa"),
        ("Further reading\n\n* Smith, J. (2020). Conflict in the Sahel. Example Press.\n", "Baidoa bombing"),
    ],
)
def test_the_article_after_back_matter_is_kept(back_matter: str, next_title: str) -> None:
    text = f"Kolda police station attacked\n\n{FIRST}\n\n{back_matter}\n{next_title}\n\n{SECOND}\n"
    cleaned = _clean(text)
    assert FIRST in cleaned and SECOND in cleaned and next_title in cleaned
    assert "Retrieved" not in cleaned and "example.org" not in cleaned


def test_back_matter_at_the_end_is_cut_to_the_end() -> None:
    text = f"Kolda police station attacked\n\n{FIRST}\n\n{REFS}\nCategory: 2024 attacks\n"
    edits = find_edits(text)
    assert len(edits) == 1 and edits[0].end == len(text)


def test_each_article_of_a_digest_gives_its_events() -> None:
    text = f"Kolda police station attacked\n\n{FIRST}\n\n{REFS}\nCar bomb hits Baidoa market\n\n{SECOND}\n"
    events = api.extract(text, "t.txt", "2024-03-08")
    assert {e.place for e in events} >= {"Kolda", "Baidoa"}
