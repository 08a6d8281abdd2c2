"""The place stage: toponyms → gazetteer candidates → resolved places.

`annotate` fills ``doc.places`` (see `mentions`); `event_place` / `event_places` tell where
the happening told at an event trigger took place (see `where`).
"""

from __future__ import annotations

from kronika.geo.mentions import annotate, recognise
from kronika.geo.where import dominant_place, event_place, event_places
from kronika.pipeline import Stage

__all__ = ["STAGE", "annotate", "dominant_place", "event_place", "event_places", "recognise"]

STAGE = Stage(name="places", requires=("segment",), run=annotate)
