"""Characters: line endings, no-break and zero-width spaces, soft hyphens, control codes."""

from __future__ import annotations

import re

from kronika.clean.edits import Edit

_ODD = re.compile(
    r"\r\n?|[\u00a0\u2007\u202f\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u00ad]"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
)
_REPLACE = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2028": "\n",
    "\u2029": "\n\n",
    "\r": "\n",
    "\x0c": "\n",
}


def find_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _ODD.finditer(text):
        ch = m.group()
        if ch == "\r\n":
            edits.append(Edit(m.start(), m.start() + 1))
        else:
            edits.append(Edit(m.start(), m.end(), _REPLACE.get(ch, "")))
    return edits
