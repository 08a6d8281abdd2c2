"""Casualty and arrest counts stated in one clause.

A clause yields `CountFact`s: how many were killed, injured or arrested, whether the dead
were perpetrators, whether the figure is a death-toll total, and whether it adds to an
earlier figure ("another attacker was killed"). Assembly combines the facts of an event.
Numbers in ages, times, calibres, weapons and populations are never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.events import lexicon

Category = str  # "killed", "injured", "arrested", "toll"


@dataclass(frozen=True, slots=True)
class CountFact:
    category: Category
    value: int
    start: int
    end: int
    perpetrator: bool = False
    additive: bool = False


@cache
def _num_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    data = lexicon.numbers()
    return data["units"], data["tens"], data["scales"]


@cache
def num_pattern() -> str:
    units, tens, _ = _num_words()
    unit_words = sorted((u for u in units if u not in ("a", "an", "both")), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in unit_words)
    tens_alt = "|".join(tens)
    word = rf"(?:(?:{tens_alt})(?:[- ](?:{unit_alt}))?|{unit_alt})(?:\s+(?:hundred|thousand|dozen))?"
    digits = r"(?<![\w.,:/-])\d{1,3}(?:,\d{3})+(?![\w.,]\d)|(?<![\w.,:/-])\d+(?![\d.,:]\d|\w)"
    return rf"(?:{digits}|\b(?:{word})\b|\btwo dozen\b)"


def parse_number(text: str) -> int | None:
    """The value of a number in digits or words: '22', '1,200', 'Thirty-nine', 'a dozen'."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    units, tens, scales = _num_words()
    if t in units:
        return units[t]
    total = 0
    current = 0
    for part in re.split(r"[\s-]+", t):
        if part in units:
            current += units[part]
        elif part in tens:
            current += tens[part]
        elif part in scales:
            current = max(current, 1) * scales[part]
            if scales[part] >= 1000:
                total += current
                current = 0
        elif part in ("a", "and"):
            continue
        else:
            return None
    value = total + current
    return value or None


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    c = lexicon.counts()
    qual = lexicon.numbers()["qualifiers"]
    num = num_pattern()
    n = rf"(?:(?:{qual})\s+)?(?P<num>{num})"
    gap = r"(?:(?!(?:and|or|but|while|when|after|before|as|with|who|which|that|were|was)\b)[\w'’-]+,?\s+){0,6}?"
    be = r"(?:,\s*)?(?:(?:were|was|have been|had been|has been|are|is|been|being)\s+)?(?:(?:also|later|all|reportedly|allegedly|subsequently|then|eventually)\s+)?"
    one_be = r"(?:,\s*)?(?:(?:was|had been|has been)\s+(?:(?:also|later|reportedly|allegedly|subsequently|then|eventually)\s+)?|(?=died))"
    ordinal = "|".join(re.escape(o) for o in lexicon.numbers()["ordinals_one_more"])
    pats = {
        "killed_active": rf"\b(?:{c['killed_active']})\s+{n}\b",
        "injured_active": rf"\b(?:{c['injured_active']})\s+{n}\b",
        "arrested_active": rf"\b(?:{c['arrested_active']})\s+{n}\b",
        "killed_passive": rf"{n}\s+(?P<np>{gap}){be}(?:{c['killed_passive']})\b",
        "injured_passive": rf"{n}\s+(?P<np>{gap}){be}(?:{c['injured_passive']})\b",
        "arrested_passive": rf"{n}\s+(?P<np>{gap}){be}(?:{c['arrested_passive']})\b",
        "killed_plus": rf"\band\s+{n}\s+(?:other|others|more|of\s+(?:his|her|their|its)\b)",
        "killed_single": rf"\b(?P<det>the|a|an|another|one)\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?){one_be}(?:killed|shot dead|slain|died)\b",
        "killed_pronoun": r"\b(?:he|she)\s+(?:(?:was|had been)\s+(?:also\s+|later\s+|then\s+)?killed|died|was shot dead)\b",
        "killed_the": r"\b(?:killing|killed|shot dead|shooting dead)\s+the\s+(?:lone\s+)?(?P<np>attacker|assailant|gunman|bomber|suicide bomber|perpetrator|suspect|militant|knifeman|shooter)\b",
        "injured_ordinal": rf"\b(?:{c['injured_active']})\s+(?P<num>{ordinal})\b",
        "killed_ordinal": rf"\b(?:{c['killed_active']})\s+(?P<num>{ordinal})\b",
        "deaths_of": r"\bdeaths?\s+of\s+(?:\w+\s+){0,2}?(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:\s*,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)*\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)",
        "toll": rf"\bdeath toll\b.{{0,60}}?\b(?:to|at|of|reached|stands at|stood at)\s+{n}\b",
    }
    return {k: re.compile(v, re.IGNORECASE if k != "deaths_of" else 0) for k, v in pats.items()}


@cache
def _perp_regex() -> re.Pattern[str]:
    return lexicon.word_regex(lexicon.counts()["perpetrator_nouns"])


@cache
def _not_count_after() -> re.Pattern[str]:
    return re.compile(lexicon.counts()["not_count_after"], re.IGNORECASE)


@cache
def _breakdown() -> re.Pattern[str]:
    return lexicon.word_regex(lexicon.counts()["breakdown"])


def _is_perp(np_text: str, after: str, armed_names: tuple[str, ...]) -> bool:
    text = f"{np_text} {after}"
    if _perp_regex().search(text):
        return True
    return any(name.lower() in text.lower() for name in armed_names)


def find_counts(text: str, offset: int = 0, armed_names: tuple[str, ...] = ()) -> list[CountFact]:
    """Count facts of one clause `text` (starting at `offset` in the document)."""
    cut = _breakdown().search(text)
    if cut:
        text = text[: cut.start()]
    facts: list[CountFact] = []
    used: list[tuple[int, int]] = []

    def add(
        category: str,
        value: int | None,
        m: re.Match[str],
        perp: bool = False,
        additive: bool = False,
        group: str = "num",
    ) -> None:
        if value is None or value <= 0:
            return
        s, e = m.span(group) if group in m.groupdict() and m.group(group) else m.span()
        ms, me = m.span()
        if any(ms < ue and us < me for us, ue in used):
            return
        if group == "num" and _not_count_after().match(text[e:]):
            return
        used.append((ms, me))
        facts.append(CountFact(category, value, offset + s, offset + e, perp, additive))

    pats = _patterns()
    for m in pats["toll"].finditer(text):
        add("toll", parse_number(m.group("num")), m)
    for m in pats["killed_plus"].finditer(text):
        value = parse_number(m.group("num"))
        if value is not None and re.search(r"\b(?:killed|dead|died|slain|killing)\b", text, re.IGNORECASE):
            add("killed", value + 1, m, perp=_is_perp("", text[m.end() : m.end() + 60], armed_names))
    for m in pats["deaths_of"].finditer(text):
        names = re.split(r"\s*,\s*|\s+and\s+", m.group("names"))
        add("killed", len([n for n in names if n]), m, group="names")
    for kind in ("killed", "injured", "arrested"):
        for m in pats[f"{kind}_active"].finditer(text):
            after = text[m.end() : m.end() + 50]
            add(
                kind, parse_number(m.group("num")), m, perp=_is_perp("", after.split(" and ")[0], armed_names)
            )
        for m in pats[f"{kind}_passive"].finditer(text):
            np = m.group("np") or ""
            before = text[max(0, m.start() - 12) : m.start()].lower()
            additive = bool(re.search(r"\b(?:another|also)\b", before + np)) or " also " in m.group(0)
            add(kind, parse_number(m.group("num")), m, perp=_is_perp(np, "", armed_names), additive=additive)
    for m in pats["killed_single"].finditer(text):
        np = m.group("np") or ""
        if not np.strip() or re.search(r"\d", np):
            continue
        add(
            "killed",
            1,
            m,
            perp=_is_perp(np, "", armed_names),
            additive=m.group("det").lower() == "another",
            group="np",
        )
    for m in pats["killed_pronoun"].finditer(text):
        add("killed", 1, m, group="")
    for m in pats["killed_the"].finditer(text):
        add("killed", 1, m, perp=True, group="np")
    for kind in ("injured", "killed"):
        for m in pats[f"{kind}_ordinal"].finditer(text):
            add(kind, 1, m, additive=True, group="num")
    return facts
