"""An arrest or seizure told in the passive, with no one in its clause who could have made it,
is the work of the state force named just before; a clause that names an agent keeps its own."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

REPORTS = [
    # (report, ACLED name of the force that must be among the seizure's or arrest's actors, or None)
    (
        "KARACHI, 3 May 2024: Police raided a depot in Karachi on Friday and recovered 20 rifles.\n\n"
        "Some 900 rounds of ammunition were also confiscated from the depot.",
        "seizure",
        "Police Forces of Pakistan",
    ),
    (
        "On 4 May 2024, Kenyan police stopped a lorry near Garissa. Two hand grenades were seized from its cab.",
        "seizure",
        "Police Forces of Kenya",
    ),
    (
        "On 5 May 2024, Nigerian troops searched a forest camp near Maiduguri. "
        "Four rifles and 300 rounds were seized in the camp.",
        "seizure",
        "Military Forces of Nigeria",
    ),
    (
        "On 6 May 2024, Colombian police surrounded a farmhouse near Cali. Three suspects were detained.",
        "arrest",
        "Police Forces of Colombia",
    ),
    (
        "On 7 May 2024, Mexican soldiers raided a ranch in Sinaloa. Five gunmen were arrested and 12 rifles were seized.",
        "arrest",
        "Military Forces of Mexico",
    ),
    (
        "On 8 May 2024, the harvest festival opened in Nakuru. Two pickpockets were arrested there.",
        "arrest",
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "force"), REPORTS)
def test_passive_arrest_or_seizure_takes_the_force_named_before(
    text: str, kind: str, force: str | None
) -> None:
    events = [e for e in api.extract(text, "t.txt") if e.kind == kind]
    assert events, [e.kind for e in api.extract(text, "t.txt")]
    forces = [a.canonical for e in events for a in e.actors if a.type == "state forces"]
    assert (force in forces) if force else not forces
