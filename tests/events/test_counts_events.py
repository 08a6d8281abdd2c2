"""Counts of whole events: figures across sentences, later deaths, figures that must not leak.

Every report here is written for the test; none comes from a corpus document.
"""

from __future__ import annotations

import pytest

from kronika.api import extract
from kronika.record import Event


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published="2024-06-30") if e.kind in ("attack", "clash")]


@pytest.mark.parametrize(
    ("text", "killed", "perp", "injured"),
    [
        pytest.param(
            "On 3 March 2024, gunmen raided the village of Kurmi in Plateau State, killing five farmers. "
            "Three more villagers died the next day.",
            8,
            None,
            None,
            id="three more died the next day",
        ),
        pytest.param(
            "On 9 April 2024, a bomb exploded at a bus stop in Quetta, killing four people and wounding "
            "eleven. Two of the wounded later died in hospital.",
            6,
            None,
            11,
            id="two of the wounded died: added to the dead, the wounded figure stands",
        ),
        pytest.param(
            "On 12 February 2024, militants stormed a checkpoint near Tillaberi, killing six soldiers and "
            "wounding four. The toll rose to eight after two wounded soldiers died.",
            8,
            None,
            4,
            id="the toll rose after wounded soldiers died",
        ),
        pytest.param(
            "On 2 May 2024, two gunmen opened fire on a wedding party in Sangin, killing four guests. "
            "Both gunmen were killed by police.",
            6,
            2,
            None,
            id="both gunmen",
        ),
        pytest.param(
            "On 17 January 2024, a man armed with a knife attacked shoppers at a market in Lyon. "
            "He stabbed two people, killing one, before officers shot him.",
            1,
            None,
            1,
            id="stabbed two, killing one",
        ),
        pytest.param(
            "On 6 August 2024, a gunman opened fire in a cafe in Oslo. He stabbed three customers, one "
            "fatally. A third customer was stabbed as he fled.",
            1,
            None,
            3,
            id="stabbed three, one fatally, then a third stabbed",
        ),
        pytest.param(
            "On 21 October 2024, a roadside bomb struck a patrol near Kidal. Two soldiers and a child "
            "were killed, and about 30 people were treated for wounds.",
            3,
            None,
            30,
            id="coordinated dead and treated wounded",
        ),
        pytest.param(
            "On 1 June 2024, a suicide bomber blew himself up at a police checkpoint in Peshawar, killing "
            "three officers. Two of the eleven wounded died later, hospital officials said.",
            6,
            1,
            11,
            id="the bomber, the dead and two of the eleven wounded",
        ),
        pytest.param(
            "On 10 May 2024, al-Shabaab fighters attacked a military base in Hiraan. Officials said four "
            "soldiers and three attackers were killed. The group said in a statement that its fighters "
            "had killed 41 soldiers.",
            7,
            3,
            None,
            id="the group's figure yields to the officials'",
        ),
        pytest.param(
            "On 22 March 2024, gunmen opened fire at a wedding hall in Kandahar, killing 41 guests. "
            "The death toll later rose to 44.",
            44,
            None,
            None,
            id="a toll told in a sentence of its own",
        ),
        pytest.param(
            "On 9 June 2024, a suicide bomber struck a rally in Bajaur, killing 23 people and wounding 40. "
            "The Islamic State claimed the attack through its news agency, saying the bomber had killed "
            "90 apostates.",
            23,
            None,
            40,
            id="a group's figure after 'saying' is a claim",
        ),
    ],
)
def test_event_counts(text: str, killed: int, perp: int | None, injured: int | None) -> None:
    events = _violent(text)
    assert len(events) == 1, [(e.kind, e.killed, e.injured) for e in events]
    assert (events[0].killed, events[0].killed_perpetrators, events[0].injured) == (killed, perp, injured)


def test_a_headline_figure_is_not_a_later_shootout_toll() -> None:
    text = (
        "Nine inmates escape after attack on prison\n\n"
        "On 14 May 2024, armed men attacked the central prison in Koton Karfe. Nine inmates escaped. "
        "Police later exchanged fire with the attackers near Lokoja, killing two of them."
    )
    for event in _violent(text):
        assert event.killed in (None, 2), event


def test_a_headline_total_yields_to_the_body() -> None:
    text = (
        "Gunmen kill 12 in twin raids in Zamfara\n\n"
        "On 4 March 2024, gunmen attacked the village of Dansadau, killing seven farmers. Hours later, "
        "another group raided Maru, killing five traders."
    )
    assert sorted(e.killed for e in _violent(text)) == [5, 7]


def test_a_claimed_figure_stays_with_the_claim() -> None:
    text = (
        "On 8 July 2024, militants ambushed a convoy near Mopti, killing three soldiers. "
        "In a statement, the group said it had killed 20 soldiers."
    )
    events = _violent(text)
    assert events and all(e.killed == 3 for e in events), [(e.kind, e.killed) for e in events]


def test_the_report_count_of_arrests_beats_a_quote() -> None:
    text = (
        "On 11 September 2024, police arrested four men in Mombasa over a grenade attack on a bar. "
        '"We arrested one at the scene and the others later," a police commander said.'
    )
    arrests = [e for e in extract(text, published="2024-09-30") if e.arrested is not None]
    assert arrests and all(e.arrested == 4 for e in arrests), [(e.kind, e.arrested) for e in arrests]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        pytest.param(
            "On 2 October 2024, police detained six people in Almaty over a plot to bomb a bank. "
            '"We have detained nine suspects so far," the city police chief told reporters.',
            6,
            id="a larger figure in a quote yields to the report's",
        ),
        pytest.param(
            "On 2 October 2024, police in Almaty arrested suspects after a shooting at a bank. "
            "\u201cWe have arrested three men,\u201d the police chief said.",
            3,
            id="a quote's figure counts when the report gives none",
        ),
    ],
)
def test_quoted_arrest_counts(text: str, arrested: int) -> None:
    arrests = [e for e in extract(text, published="2024-10-30") if e.arrested is not None]
    assert [e.arrested for e in arrests] == [arrested]
