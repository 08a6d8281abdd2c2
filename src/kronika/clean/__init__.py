"""Cleaning: drop page debris from the raw text and keep a map back to it.

Each pass (one module per family of debris) looks at the text and returns edits; the
edits give the next text and an `OffsetMap` back to the previous one, and the maps
compose so that ``doc.offsets.to_raw()`` reaches the raw text from any cleaned offset.
"""

from __future__ import annotations

from collections.abc import Callable

from kronika.clean import boilerplate, glosses, infobox, layout, markup, mirror, normalize, tail
from kronika.clean.edits import Edit, apply_edits
from kronika.document import Document, OffsetMap
from kronika.pipeline import Stage

Pass = Callable[[str], list[Edit]]

#: the passes in order; each sees the text the one before it left
PASSES: tuple[tuple[str, Pass], ...] = (
    ("normalize", normalize.find_edits),
    ("markup", markup.find_edits),
    ("tail", tail.find_edits),
    ("glosses", glosses.find_edits),
    ("mirror", mirror.find_edits),
    ("boilerplate", boilerplate.find_edits),
    ("infobox", infobox.find_edits),
    ("layout", layout.find_edits),
)


def clean_text(raw: str, passes: tuple[tuple[str, Pass], ...] = PASSES) -> tuple[str, OffsetMap]:
    """Return the cleaned text and the map from its offsets to `raw`."""
    text = raw
    offsets = OffsetMap.identity(len(raw))
    for _name, find_edits in passes:
        edits = find_edits(text)
        if not edits:
            continue
        text, step = apply_edits(text, edits)
        offsets = step.compose(offsets)
    return text, offsets


def annotate(doc: Document) -> None:
    doc.text, doc.offsets = clean_text(doc.raw)


STAGE = Stage(name="clean", requires=(), run=annotate)
