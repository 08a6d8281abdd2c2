"""The event-mention layer: one mention per trigger that reports a happening."""

from __future__ import annotations

from dataclasses import dataclass, field

from kronika.document import Span
from kronika.record import Actor, Attribution, Kind, Weapon


@dataclass(slots=True)
class EventMention:
    """A happening reported at one trigger, before mentions are merged into events."""

    trigger: Span
    sentence: int
    kind: Kind
    evidence: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    killed: int | None = None
    killed_perpetrators: int | None = None
    injured: int | None = None
    arrested: int | None = None
    attribution: Attribution = "unknown"
    claim_disputed: bool = False
    weapons: list[Weapon] = field(default_factory=list)
    confidence: float = 0.5
