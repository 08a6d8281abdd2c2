"""Characters: line endings, no-break and zero-width spaces, soft hyphens, control codes,
and HTML character references left in plain text ("&amp;", "&#8217;")."""

from __future__ import annotations

import html
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


_ENTITY = re.compile(r"&(?:#\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def find_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char != m.group():
            edits.append(Edit(m.start(), m.end(), _REPLACE.get(char, char)))
    for m in _ODD.finditer(text):
        ch = m.group()
        if ch == "\r\n":
            edits.append(Edit(m.start(), m.start() + 1))
        else:
            edits.append(Edit(m.start(), m.end(), _REPLACE.get(ch, "")))
    return edits
