"""The event-mention layer: one mention per trigger that reports a happening."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kronika.document import Span
from kronika.record import Actor, Attribution, Kind, Weapon

if TYPE_CHECKING:
    from kronika.events.counts import CountFact
    from kronika.geo.types import Place
    from kronika.time.types import Timex


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
    # --- what assembly needs to decide merges -------------------------------------------
    #: trigger family: violent, arrest, legal, seizure, claim, org, designation
    family: str = "violent"
    #: strong, frame (raid/operation), weak (a casualty verb only)
    strength: str = "strong"
    #: the trigger refers back to a happening told before ("the attack", "Monday's bombing")
    reference: bool = False
    #: the clause says this is another happening ("another explosion", "a second strike")
    force_new: bool = False
    #: the clause of the mention
    clause: Span | None = None
    paragraph: int = 0
    section: int = 0
    #: the mention sits in a title line or a background section
    title: bool = False
    background: bool = False
    #: means: suicide, air, shelling, grenade, remote, abduction (ACLED sub-type)
    sub: str | None = None
    target_armed: bool | None = None
    #: "state" when a state force acts, "nonstate" when an armed group or gunman does
    perpetrator_side: str | None = None
    counts: list[CountFact] = field(default_factory=list)
    #: the date and place of the happening, and whether the clause states them itself
    date: Timex | None = None
    own_date: bool = False
    place: Place | None = None
    own_place: bool = False
    #: the claim is for something other than an attack told here (a collapse, a fire)
    claim_object_other: bool = False
    #: content words of the clause, for matching references to earlier events
    words: frozenset[str] = frozenset()
    #: the site this mention is about when one clause lists several ("at a church, a hotel and ...")
    site: str = ""
    #: the trigger's own phrase spreads the happening over several places ("attacks on multiple
    #: cities", "strikes across the country"): a total told beside its sites, never one of them
    multi_site: bool = False
