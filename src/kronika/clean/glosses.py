"""Wiki-mirror link glosses.

Some mirrors inline, after every link, a line made of the link's title and the first
~250 characters of the linked article, ending in " ...". The article's own sentence is
split around it::

    ... a branch of the militant group
    Example Front The Example Front (EF) is an armed group founded in ... It ...
    (EF), that is active in the
    ...

The pass keeps the title, drops the gloss, and rejoins the fragments with single
spaces (none before closing punctuation or a possessive 's).
"""

from __future__ import annotations

import re

from kronika.clean.edits import Edit, Line, lines
from kronika.clean.resources import word_list
from kronika.clean.shapes import SENTENCE_END

_ENDS_WITH_ELLIPSIS = re.compile(r"(?:\s\.{3}|\s?…|\.{3})\s*$")
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?)\]}%]|['’]s\b|['’](?=\s|$))")
_WORD = re.compile(r"\S+")
_TOKEN_EDGE = re.compile(r"^[^\w]+|[^\w]+$")

#: how many words a link title may have
MAX_TITLE_WORDS = 12
#: a gloss (the linked article's opening) is at least this long
MIN_GLOSS_CHARS = 60
#: the gloss words that may share a stem with the title ("looted" → "Looting is ...")
STEM_WINDOW = 12
#: without any sign of where the title ends, only a long line is taken for a gloss
MIN_UNSCORED_GLOSS_CHARS = 150


def _norm(token: str) -> str:
    return _TOKEN_EDGE.sub("", token).casefold()


def _starts_with_title(title: list[str], rest: list[str]) -> bool:
    """`rest` opens with the title, maybe after an article and with a few inserted words
    ("Jane Doe" → "Jane Mary Doe")."""
    if rest and rest[0] in word_list("lead_openers.txt") and rest[0] not in title[:1]:
        rest = rest[1:]
    if not rest or rest[0] != title[0]:
        return False
    window = rest[: len(title) + 2]
    pos = 0
    for word in title:
        try:
            pos = window.index(word, pos) + 1
        except ValueError:
            return False
    return True


def _contains_title(title_text: str, rest_text: str, limit: int) -> bool:
    found = re.search(r"(?<!\w)" + re.escape(title_text) + r"(?!\w)", rest_text[:limit])
    return found is not None


def _shares_stem(word: str, others: list[str]) -> bool:
    """ "looted" / "looting", "arrested" / "arrest": a long common beginning."""
    need = max(4, len(word) - 3)
    return len(word) >= 4 and any(word[:need] == other[:need] for other in others)


def _score(title_words: list[str], rest_words: list[str], title_text: str, rest_text: str) -> int:
    if not _norm(title_words[-1]):
        return -1  # a title does not end on a dash or a bracket
    # Punctuation tokens inside a title ("Islamic State – Libya Province") take no part in
    # the comparison, on either side.
    title = [t for t in (_norm(w) for w in title_words) if t]
    rest = [t for t in (_norm(w) for w in rest_words[: len(title_words) + 4]) if t]
    if not title or not rest:
        return -1
    score = 0
    if _starts_with_title(title, rest):
        score += 10
    else:
        first_sentence = rest_text.find(". ")
        if _contains_title(title_text, rest_text, first_sentence if first_sentence > 0 else 160):
            score += 6
        elif _contains_title(title_text, rest_text, len(rest_text)):
            score += 3
        if _shares_stem(title[-1], [_norm(w) for w in rest_words[:STEM_WINDOW]]):
            score += 4
    if rest[0] in word_list("lead_openers.txt"):
        score += 3
    return score


def _ends_sentence(token: str) -> bool:
    if token[-1:] in ";:!?":
        return True
    # "Russia." ends a sentence; "U.S." and "St." do not
    return token.endswith(".") and "." not in token[:-1] and len(token) > 4


def split_gloss(text: str) -> int | None:
    """Where the title ends in a gloss line ("Title Lead text ..."), or None."""
    words = list(_WORD.finditer(text))
    best: tuple[int, int] | None = None
    fallback: int | None = None
    for k in range(1, min(MAX_TITLE_WORDS, len(words) - 1) + 1):
        title_end = words[k - 1].end()
        rest_start = words[k].start()
        rest_text = text[rest_start:]
        if len(rest_text) < MIN_GLOSS_CHARS:
            break
        first = rest_text[0]
        if not (first.isupper() or first.isdigit() or first in "\"'“‘("):
            continue
        if _norm(words[k - 1].group()) in word_list("function_words.txt"):
            continue
        if _ends_sentence(words[k - 1].group()):
            # a title with sentence punctuation is a sentence, not a link title
            break
        title_text = text[:title_end]
        title_words = [w.group() for w in words[:k]]
        rest_words = [w.group() for w in words[k : k + max(k + 4, STEM_WINDOW)]]
        score = _score(title_words, rest_words, title_text, rest_text)
        if fallback is None and first.isupper() and len(rest_text) >= MIN_UNSCORED_GLOSS_CHARS:
            fallback = title_end
        if score > 0 and (best is None or score >= best[0]):
            best = (score, title_end)
    if best is not None:
        return best[1]
    return fallback


def _is_candidate(line: Line) -> bool:
    return (
        len(line.text) >= MIN_GLOSS_CHARS + 2
        and _ENDS_WITH_ELLIPSIS.search(line.text) is not None
        and len(line.text.split()) >= 6
    )


def find_edits(text: str) -> list[Edit]:
    all_lines = lines(text)
    glossed: dict[int, int] = {}  # line index → title end (offset into the line)
    for i, line in enumerate(all_lines):
        if not _is_candidate(line):
            continue
        prev = all_lines[i - 1] if i > 0 else None
        nxt = all_lines[i + 1] if i + 1 < len(all_lines) else None
        prev_open = (
            prev is not None
            and not prev.blank
            and (i - 1 in glossed or SENTENCE_END.search(prev.text.rstrip()) is None)
        )
        next_continues = (
            nxt is not None
            and not nxt.blank
            and (nxt.text[:1].islower() or _NO_SPACE_BEFORE.match(nxt.text) is not None)
        )
        if not (prev_open or next_continues):
            continue
        title_end = split_gloss(line.text.strip())
        if title_end is None:
            continue
        glossed[i] = title_end + (len(line.text) - len(line.text.lstrip()))
    edits: list[Edit] = []
    joins: set[int] = set()  # indexes of newlines (offsets) to turn into a join
    for i, title_end in glossed.items():
        line = all_lines[i]
        edits.append(Edit(line.start + title_end, line.end))
        if i > 0 and not all_lines[i - 1].blank:
            joins.add(line.start - 1)
        if i + 1 < len(all_lines) and not all_lines[i + 1].blank:
            joins.add(line.end)
    by_start = {line.start: line for line in all_lines}
    for newline in sorted(joins):
        following = by_start.get(newline + 1)
        preceding_char = text[newline - 1] if newline > 0 else ""
        if following is None:
            continue
        glue = "" if preceding_char in " (" or _NO_SPACE_BEFORE.match(following.text) else " "
        edits.append(Edit(newline, newline + 1, glue))
    return edits
