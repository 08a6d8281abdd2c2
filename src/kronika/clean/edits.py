"""Edits over a text and the offset map they produce.

Every cleaning pass looks at a text and returns `Edit`s: replace ``text[start:end]``
with ``replacement`` (usually empty: a deletion). `apply_edits` turns them into the
new text and an `OffsetMap` from the new text back to the old, so passes compose.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kronika.document import OffsetMap


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text without its newline: ``text[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def with_newline(self) -> Edit:
        """A deletion of the whole line and the newline after it."""
        return Edit(self.start, self.end + 1)


def lines(text: str) -> list[Line]:
    """The lines of `text` with their offsets (the last line may lack a newline)."""
    out: list[Line] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        out.append(Line(start, end, text[start:end]))
        start = end + 1
    return out


def delete_line(text: str, line: Line) -> Edit:
    """Delete `line` and one newline next to it (the one after, or before for the last line)."""
    if line.end < len(text):
        return Edit(line.start, line.end + 1)
    return Edit(max(0, line.start - 1), line.end)


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits; an edit overlapping an earlier one is clipped or skipped."""
    pieces: list[str] = []
    runs: list[tuple[int, int, int]] = []
    pos = 0
    out_len = 0
    for edit in sorted(edits):
        start, end = edit.start, min(edit.end, len(text))
        if start < pos:
            if end <= pos or edit.replacement:
                continue
            start = pos
        if start > pos:
            runs.append((out_len, pos, start - pos))
            pieces.append(text[pos:start])
            out_len += start - pos
        pieces.append(edit.replacement)
        out_len += len(edit.replacement)
        pos = max(pos, end)
    if pos < len(text):
        runs.append((out_len, pos, len(text) - pos))
        pieces.append(text[pos:])
    return "".join(pieces), OffsetMap(runs)


def iter_blocks(all_lines: list[Line]) -> Iterator[list[Line]]:
    """Runs of consecutive non-blank lines."""
    block: list[Line] = []
    for line in all_lines:
        if line.blank:
            if block:
                yield block
            block = []
        else:
            block.append(line)
    if block:
        yield block
