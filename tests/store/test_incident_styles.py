"""One event told as a wire, a local paper, an encyclopedia page and a round-up is one incident;
the same group's attack on a neighbouring town the same night is another (fast twin of
``benchmarks/incident_styles.py``, on two of its stories)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import incident_styles as styles

from kronika import api
from kronika.store.incidents import build_incidents


@pytest.mark.parametrize("key", ["maiduguri", "gao"])
def test_four_styles_one_incident_and_the_neighbour_apart(key: str) -> None:
    docs = [d for d in styles.documents() if d[3].key == key]
    events = [e for doc_id, text, pub, _, _ in docs for e in api.extract(text, doc_id, pub)]
    story = styles.label(events, docs)
    incident_of = {m: inc.incident_id for inc in build_incidents(events) for m in inc.members}
    main = {incident_of[e] for e, s in story.items() if s == key}
    assert len({doc for doc, *_ in docs if not doc.endswith("neighbour.txt")}) == 4
    assert len([e for e, s in story.items() if s == key]) == 4  # one story event per style
    assert len(main) == 1
    apart = {incident_of[e] for e, s in story.items() if s != key}
    assert not (main & apart)
