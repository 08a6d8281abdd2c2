"""Document-level clustering (`kronika.events.cluster`) and casualty arithmetic (`kronika.events.tally`)."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.events.cluster import build_drafts
from kronika.events.tally import tally

PUBLISHED = "2024-05-10"


def _drafts(text: str):  # type: ignore[no-untyped-def]
    doc = api.process(text, "t.txt", PUBLISHED, until="events")
    return build_drafts(doc)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Gunmen attacked a bus near Kano on 3 May 2024, killing four. The attack was condemned.", 1),
        (
            "A bomb exploded at a market in Kano on 3 May 2024, killing four. "
            "Another explosion hit a mosque in Kano on 3 May 2024, killing two.",
            2,
        ),
        ("Gunmen attacked a bus near Kano on 3 May 2024. Soldiers raided a camp near Gao on 6 May 2024.", 2),
    ],
)
def test_mentions_cluster_into_events(text: str, events: int) -> None:
    assert len([d for d in _drafts(text) if d.family == "violent"]) == events


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("On 3 May 2024 gunmen killed four civilians and two soldiers near Kano.", 6, None),
        ("On 3 May 2024 a bomb killed five people and wounded 12 in Kano.", 5, 12),
        ("On 3 May 2024 a bomb killed five people in Kano. At least five people died in the blast.", 5, None),
    ],
)
def test_tally(text: str, killed: int | None, injured: int | None) -> None:
    drafts = [d for d in _drafts(text) if d.family == "violent"]
    assert len(drafts) == 1
    k, _, i, _ = tally(drafts[0])
    assert (k, i) == (killed, injured)
