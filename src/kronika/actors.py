"""The actor layer: groups, state forces and generic actors named in the text."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.document import Document
from kronika.pipeline import Stage


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named at `[start, end)` of `Document.text`."""

    start: int
    end: int
    text: str
    #: canonical name from the alias table, None for generic actors ("a gunman")
    canonical: str | None
    #: "armed_group", "state_force", "government", "civilian", "generic_armed", "person", "other"
    category: str
    armed: bool = False


def annotate(doc: Document) -> None:
    """Placeholder until the actor stage lands: no actor mentions."""
    doc.actors = []


STAGE = Stage(name="actors", requires=("segment",), run=annotate)
