"""Casualty and arrest counts stated in one clause.

A clause yields `CountFact`s: how many were killed, injured or arrested, whether the dead
were perpetrators, whether the figure is a death-toll total, and whether it adds to an
earlier figure ("another attacker was killed"). Assembly combines the facts of an event.
Numbers in ages, times, calibres, weapons and populations are never counts.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kronika import prefilter
from kronika.events import lexicon

if TYPE_CHECKING:
    from kronika.document import Document
    from kronika.events.clauses import Clause

Category = str  # "killed", "injured", "arrested", "toll", "combined" (the dead and wounded together)


@dataclass(frozen=True, slots=True)
class CountFact:
    category: Category
    value: int
    start: int
    end: int
    perpetrator: bool = False
    additive: bool = False
    #: the figure is a group's claim ("claimed it had killed 30"), not an official count
    claimed: bool = False
    #: the dead were among the wounded ("two of the wounded later died"): they leave the wounded count
    from_injured: bool = False
    #: the figure is inside a quotation ("'we arrested one,' he said"): the report's own figure wins
    quoted: bool = False
    #: document offsets of a stretch tied to another happening ("..., two days after gunmen killed
    #: nine"): the figure counts only for a mention whose trigger lies inside it
    scope: tuple[int, int] | None = None

    def governs(self, trigger_start: int) -> bool:
        """Whether the figure belongs to the happening whose trigger starts at `trigger_start`."""
        return self.scope is None or self.scope[0] <= trigger_start < self.scope[1]


@lexicon.per_language
def _num_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    data = lexicon.numbers()
    return data["units"], data["tens"], data["scales"]


@lexicon.per_language
def _articles() -> frozenset[str]:
    """Units that are no number on their own ("a" of "a soldier"): numbers.json ``articles``."""
    return frozenset(lexicon.numbers()["articles"])


@lexicon.per_language
def num_pattern() -> str:
    units, tens, scales = _num_words()
    unit_words = sorted((u for u in units if u not in _articles()), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in unit_words)
    tens_alt = "|".join(tens)
    small = rf"(?:(?:{tens_alt})(?:[- ](?:{unit_alt}))?|{unit_alt})"
    phrases = "|".join(
        re.escape(p).replace(r"\ ", r"[\s-]+") for p in sorted(_phrases(), key=len, reverse=True)
    )
    large = "|".join(re.escape(w) for w, v in scales.items() if v >= 100)
    group = "|".join(re.escape(w) for w, v in scales.items() if v < 100)
    joiner = "|".join(re.escape(w) for w in lexicon.numbers()["joiners"])
    # "two-dozen", "one hundred and twenty", "half a dozen"
    word = rf"(?:{phrases}|{small}(?:[\s-]+(?:{large})(?:\s+(?:{joiner})\s+{small})?|[\s-]+(?:{group}))?)"
    digits = r"(?<![\w.,:/-])\d{1,3}(?:,\d{3})+(?![\w.,]\d)|(?<![\w.,:/-])\d+(?![\d.,:]\d|\w)"
    return rf"(?:{digits}|\b(?:{word})\b)"


@lexicon.per_language
def _phrases() -> dict[str, int]:
    phrases: dict[str, int] = lexicon.numbers()["phrases"]
    return phrases


#: a figure above this is no count of people in one event ("99999999999999999999999 killed")
MAX_COUNT = 10_000_000


def parse_number(text: str) -> int | None:
    """The value of a number in digits or words: '22', '1,200', 'Thirty-nine', 'a dozen'."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t) if len(t) <= len(str(MAX_COUNT)) and int(t) <= MAX_COUNT else None
    phrase = re.sub(r"[\s-]+", " ", t)
    if phrase in _phrases():
        return _phrases()[phrase]
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
        elif part in lexicon.numbers()["joiners"]:
            continue
        else:
            return None
    value = total + current
    return value if 0 < value <= MAX_COUNT else None


@lexicon.per_language
def _fill() -> dict[str, str]:
    data = lexicon.load("counts.json")
    qual = lexicon.numbers()["qualifiers"]
    fill = {k: v for k, v in data.items() if isinstance(v, str) and not k.startswith("_")}
    fill.update(data["parts"])
    fill["n"] = rf"(?:(?:{qual})\s+)?(?P<num>{num_pattern()})"
    fill["num"] = num_pattern()
    fill["qualifiers"] = qual
    fill["ordinal"] = "|".join(re.escape(o) for o in lexicon.numbers()["ordinals_one_more"])
    return fill


def expand(template: str) -> str:
    """`template` with its braces filled (parts may name other parts)."""
    fill = _fill()
    while True:
        out = re.sub(r"\{([a-z_]+)\}", lambda m: fill[m.group(1)], template)
        if out == template:
            return out
        template = out


@lexicon.per_language
def _regex(name: str) -> re.Pattern[str]:
    """A top-level expression of ``counts.json`` (``range_before``, ``more_after`` ...); a long
    one tests its words before a scan (`prefilter.gate`)."""
    return prefilter.gate(re.compile(expand(lexicon.counts()[name]), re.IGNORECASE))


@lexicon.per_language
def _plural_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon.counts()['plural_nouns']})$", re.IGNORECASE)


@lexicon.per_language
def _words(name: str) -> frozenset[str]:
    """A word list of ``counts.json`` (an alternation of plain words), lower-cased."""
    return frozenset(w.lower() for w in lexicon.counts()[name].split("|"))


@lexicon.per_language
def _word_pattern(name: str, template: str = "{}", flags: int = 0) -> re.Pattern[str]:
    """`template` with its ``{}`` filled by the alternation ``counts.json`` holds under `name`."""
    return re.compile(template.replace("{}", f"(?:{lexicon.counts()[name]})"), flags)


def _plural(np_text: str) -> bool:
    """'the villagers', 'her children': a plural noun phrase (its last word)."""
    last = np_text.split()[-1] if np_text.split() else ""
    return last.lower().endswith(tuple(_words("plural_endings"))) or bool(_plural_nouns().match(last))


@lexicon.per_language
def _verbs() -> dict[str, re.Pattern[str]]:
    """The casualty verbs of each category, active and passive."""
    return {
        kind: re.compile(expand(f"{{{kind}_passive}}|{{{kind}_active}}"), re.IGNORECASE)
        for kind in ("killed", "injured", "arrested")
    }


@lexicon.per_language
def _patterns() -> dict[str, re.Pattern[str]]:
    """The count grammar of ``counts.json``, its braces filled with parts and word lists."""
    data = lexicon.load("counts.json")
    return {
        name: re.compile(expand(template), 0 if name == "deaths_of" else re.IGNORECASE)
        for name, template in data["patterns"].items()
    }


@lexicon.per_language
def _named_victim() -> re.Pattern[str]:
    """A killing verb whose object is a person's name: one dead."""
    return prefilter.gate(re.compile(lexicon.counts()["named_victim"]))


@lexicon.per_language
def _perp_regex() -> re.Pattern[str]:
    return lexicon.word_regex(lexicon.counts()["perpetrator_nouns"])


@lexicon.per_language
def _not_count_after() -> re.Pattern[str]:
    return re.compile(lexicon.counts()["not_count_after"], re.IGNORECASE)


@lexicon.per_language
def treated_in_before() -> re.Pattern[str]:
    """Words before a town that say where the wounded were treated or taken ("died in hospital in X")."""
    return re.compile(lexicon.counts()["treated_in_before"], re.IGNORECASE)


@lexicon.per_language
def _hazard() -> re.Pattern[str]:
    return re.compile(lexicon.counts()["hazard"], re.IGNORECASE)


def hazard_context(doc: Document, clause: Clause) -> bool:
    """Whether the clause, or the sentence before it in its section, tells a natural hazard, an
    accident or a disease: a bare casualty figure there counts its victims ("Heavy rain triggered
    floods. Three people have died"), not a conflict's."""
    start = clause.start
    if 0 < clause.sentence < len(doc.sentences):
        before = doc.sentences[clause.sentence - 1]
        if before.section == doc.sentences[clause.sentence].section:
            start = before.start
    return bool(_hazard().search(doc.text[start : clause.end]))


@lexicon.per_language
def _claimed_before() -> re.Pattern[str]:
    return re.compile(lexicon.counts()["claimed_count_before"], re.IGNORECASE)


@lexicon.per_language
def _breakdown() -> re.Pattern[str]:
    return lexicon.word_regex(lexicon.counts()["breakdown"])


def _is_perp(np_text: str, after: str, armed_names: tuple[str, ...]) -> bool:
    text = f"{np_text} {after}"
    if any(name.lower() in text.lower() for name in armed_names):
        return True
    if not _perp_regex().search(text):
        return False
    # "Ten PMF fighters", "SDF fighters": fighters of a named force other than the armed groups are victims
    units, tens, _ = _num_words()
    names = [
        w
        for w in re.findall(r"\b[A-Z][\w’'-]*", np_text)
        if w.lower() not in units and w.lower() not in tens and not w.lower().startswith(tuple(tens))
    ]
    return not names


@lexicon.per_language
def _wounded_dead_leave_injured() -> bool:
    """The counting rule for the wounded who die (a switch in ``counts.json``)."""
    return bool(lexicon.load("counts.json")["wounded_who_die_leave_injured"])


def _depths(template: str) -> list[int | None]:
    """The group depth of each character of a regular expression; None for an escape or a
    character class."""
    out: list[int | None] = []
    depth, i = 0, 0
    while i < len(template):
        c = template[i]
        if c == "\\":
            end = i + 2
        elif c == "[":
            end = i + 1
            end += template[end : end + 1] == "^"
            end += template[end : end + 1] == "]"  # a "]" first in a class is a member
            while end < len(template) and template[end] != "]":
                end += 2 if template[end] == "\\" else 1
            end += 1
        else:
            depth -= c == ")"
            out.append(depth)
            depth += c == "("
            i += 1
            continue
        out.extend([None] * (min(end, len(template)) - i))
        i = end
    return out


def _needs_number(template: str) -> bool:
    """Whether every match of `template` holds its ``{n}``: the figure stands at the top level,
    not in an alternative, a group or an optional part."""
    depths = _depths(template)
    if any(c == "|" and d == 0 for c, d in zip(template, depths, strict=True)):
        return False
    return any(
        depths[m.start()] == 0 and template[m.end() : m.end() + 1] not in ("?", "*", "{")
        for m in re.finditer(r"\{n\}", template)
    )


#: a digit, looked for before `_number_gate` (a fast scan; most clauses with a figure have one)
_DIGIT = re.compile(r"\d")


@lexicon.per_language
def _number_gate() -> re.Pattern[str]:
    """A digit or a number word, as any match of ``num_pattern`` holds one: a clause without one
    cannot match a pattern that needs its figure. Of a number of several words, its longest.
    The words as a trie (`prefilter.trie`): a position tries the words of its first letter only,
    not each word (the gate is asked yes or no: the alternatives' order does not matter)."""
    units, tens, scales = _num_words()
    words = [u for u in units if u not in _articles()] + list(tens) + list(_phrases()) + list(scales)
    longest = {max(w.split(" "), key=len) for w in words}
    return re.compile(rf"\d|\b(?:{prefilter.trie(sorted(longest))})\b", re.IGNORECASE)


_NEVER = re.compile(r"(?!)")


@lexicon.per_language
def _patterns_without_numbers() -> dict[str, re.Pattern[str]]:
    """The count grammar for a clause without a figure: what needs one can never match."""
    templates = lexicon.load("counts.json")["patterns"]
    return {name: _NEVER if _needs_number(templates[name]) else p for name, p in _patterns().items()}


def _in_quote(text: str, pos: int) -> bool:
    """Whether `pos` of a clause lies inside a quotation (its opening mark may precede the clause)."""
    before, after = text[:pos], text[pos:]
    if before.count("“") > before.count("”") or after.count("”") > after.count("“"):
        return True
    return before.count('"') % 2 == 1 or (before.count('"') == 0 and after.count('"') % 2 == 1)


def _other_times(text: str) -> list[tuple[int, int]]:
    """Stretches of a clause that tell another happening: "clashes broke out on Thursday, two days
    after gunmen killed nine" tells the nine of Tuesday's shooting. An anchor that opens the clause
    ("Two days after the raid, ...") governs up to its comma, one told after the main clause to the
    clause's end."""
    spans: list[tuple[int, int]] = []
    for m in _regex("other_time").finditer(text):
        lead = _word_pattern("other_time_lead_skip", r"\b{}\b", re.IGNORECASE).sub("", text[: m.start()])
        opening = not re.search(r"[^\W\d]{3,}", lead)
        stop = re.search(r"[,;]" if opening else r";", text[m.end() :])
        end = m.end() + stop.start() if stop else len(text)
        joined = _word_pattern("clause_joiners", r"\s{}\s").search(text[m.end() : end])
        if joined and not re.search(num_pattern(), text[m.end() : m.end() + joined.start()], re.IGNORECASE):
            end = (
                m.end() + joined.start()
            )  # "two days after the attack and said it had killed 13": a noun phrase
        spans.append((m.start(), end))
    return spans


def _along_kind(before: str) -> tuple[str | None, re.Match[str] | None]:
    """The casualty category of the verb an "along with" phrase follows, and the singular subject
    of that verb ("he was wounded", "a soldier was killed") when the verb has one."""
    best: tuple[int, int, str] | None = None
    for kind, verb in _verbs().items():
        for v in verb.finditer(before):
            if best is None or v.end() > best[1]:
                best = (v.start(), v.end(), kind)
    if best is None or re.search(r"[;.]", before[best[1] :]):
        return None, None
    single = _regex("single_subject").search(before[: best[0]])
    return best[2], single


@lexicon.per_language
def _required() -> dict[int, tuple[str, ...] | None]:
    """The words one of which every match of a pattern of the count grammar holds, by the
    pattern's identity (the grammar is cached: its patterns live as long as this table)."""
    return {id(p): prefilter.required_literals(p) for p in _patterns().values()}


@lexicon.per_language
def _gates() -> prefilter.GateTable[int]:
    return prefilter.GateTable(_required())


@functools.lru_cache(maxsize=4)
def _blocked(_language: str, _gated: bool, text: str) -> frozenset[int]:
    """The patterns (by identity) that cannot match `text`: it holds none of their words (none
    with the gates off: the key holds the switch, so one mode's answer never serves the other)."""
    return _gates().blocked(prefilter.fold(text))


def _scan(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches starting at every position: a rejected long match must not hide a shorter one."""
    out: list[re.Match[str]] = []
    if pattern is _NEVER or id(pattern) in _blocked(lexicon.current(), prefilter.gated(), text):
        return out  # the text holds none of the words every match of the pattern holds
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return out
        out.append(m)
        pos = m.start() + 1


#: patterns tried only around a match of another one, never scanned over a clause
_AFTER_MATCH = frozenset({"coord_elem", "and_more", "before_and"})


@functools.lru_cache(maxsize=8)
def _scanned(pats_id: int, _language: str) -> tuple[int, ...]:
    """The identities of the patterns of a grammar (`_patterns` or `_patterns_without_numbers`,
    by identity: both are kept per language) that a clause is scanned with."""
    pats = _patterns_without_numbers() if pats_id == id(_patterns_without_numbers()) else _patterns()
    return tuple(id(p) for name, p in pats.items() if name not in _AFTER_MATCH and p is not _NEVER)


def _nothing_to_read(pats: dict[str, re.Pattern[str]], text: str) -> bool:
    """Whether no fact can come of the clause: the gates block every pattern it is scanned with
    (`_blocked`), no breakdown will blank part of it (the blanked text would be gated anew) and
    no named victim is in it. Most clauses tell no casualty; they skip the grammar."""
    blocked = _blocked(lexicon.current(), True, text)
    return (
        blocked.issuperset(_scanned(id(pats), lexicon.current()))
        and _breakdown().search(text) is None
        and _named_victim().search(text) is None
    )


def find_counts(text: str, offset: int = 0, armed_names: tuple[str, ...] = ()) -> list[CountFact]:
    """Count facts of one clause `text` (starting at `offset` in the document)."""
    gate = prefilter.gated() and not (_DIGIT.search(text) or _number_gate().search(text))
    pats = _patterns_without_numbers() if gate else _patterns()
    if prefilter.gated() and _nothing_to_read(pats, text):
        return []
    # "two of them fatally" is no breakdown of a total: read before the breakdowns are blanked
    split = _scan(pats["split_fatal"], text) + _scan(pats["split_fatal_passive"], text)
    wounded_died = _scan(pats["wounded_died"], text)  # "13 wounded, one of whom later died"
    for cut in list(_breakdown().finditer(text)):
        # "40 people, including 12 children, were killed": the breakdown is blanked, offsets kept
        stop = re.search(r"[,;)]|\s[-–—]\s", text[cut.end() :])
        end = cut.end() + stop.start() if stop else len(text)
        text = text[: cut.start()] + " " * (end - cut.start()) + text[end:]
    elsewhere = _other_times(text)
    facts: list[CountFact] = []
    used: list[tuple[int, int]] = []
    more_facts: list[int] = []  # facts of "three more died"

    def add(
        category: str,
        value: int | None,
        m: re.Match[str],
        perp: bool = False,
        additive: bool = False,
        group: str = "num",
        from_injured: bool = False,
    ) -> None:
        if (
            value is None
            or value <= 0
            or (1900 <= value <= 2100 and group == "num" and "," not in m.group(group))
        ):
            return  # a year, not a count
        s, e = m.span(group) if group in m.groupdict() and m.group(group) else m.span()
        ms, me = m.span()
        if any(ms < ue and us < me for us, ue in used):
            return
        if group == "num" and (
            _not_count_after().match(text[e:]) or _regex("not_count_before").search(lexicon.before(text, s))
        ):
            return  # "aged 17", "Article 205", "Route 9"
        used.append((ms, me))
        if group == "num" and _regex("combined_after").match(text[e:]):
            return  # "30 civilians killed or injured": the dead and the wounded together
        if (
            group == "num"
            and m.start() < s
            and _regex("combined_before").search(lexicon.before(text, m.start()))
        ):
            # "killed and wounded 40 people": the same; the clause still tells casualties
            facts.append(CountFact("combined", value, offset + s, offset + e, quoted=_in_quote(text, s)))
            return
        if group == "num" and _regex("vague_before").search(lexicon.before(text, s)):
            return  # "nearly 20 were killed": no stated figure
        if group == "num" and _regex("aggregate_after").match(text[e:]):
            return  # "40 soldiers killed in the region this year": a running total, not this event's
        low = _regex("range_before").search(lexicon.before(text, m.start())) if group == "num" else None
        if low:  # "between 10 and 15 were killed": the lower figure, the conservative one
            value = min(value, parse_number(low.group("low") or low.group("low2")) or value)
        claimed = bool(_claimed_before().search(lexicon.before(text, m.start())))
        from_injured = from_injured and _wounded_dead_leave_injured()
        facts.append(
            CountFact(
                category,
                value,
                offset + s,
                offset + e,
                perp,
                additive,
                claimed,
                from_injured,
                _in_quote(text, s),
            )
        )

    def add_coordinated(category: str, m: re.Match[str]) -> None:
        """'two soldiers and a child', 'a farmer and his two sons': one fact per coordinated part."""
        if any(m.start() < ue and us < m.end() for us, ue in used) or _regex("preposition_before").search(
            lexicon.before(text, m.start())
        ):
            return  # "died at the scene and two more": a place, not a coordinated subject
        parts: list[tuple[int, bool, int, int]] = []
        pos = m.start("head")
        for piece in _word_pattern("coordinators", r"(,\s+(?:{}\s+)?|\s+{}\s+)").split(m.group("head")):
            part = pats["coord_elem"].match(piece)
            if part is None:
                if not _word_pattern("coordinators", r"[,\s]*{}?\s*").fullmatch(piece):
                    return
                pos += len(piece)
                continue
            group = "num" if part.group("num") else "pnum" if part.group("pnum") else "poss"
            word = part.group(group).lower()
            definite = word in _words("definite_determiners")
            value = 1 if definite or word in _articles() else parse_number(word)
            if definite and _plural(part.group("np")):
                return  # "the villagers", "her children": how many is not told
            tail = piece[part.end(group) :]
            if value is None or (1900 <= value <= 2100) or _not_count_after().match(tail):
                return
            s, e = pos + part.start(group), pos + part.end(group)
            parts.append((value, _is_perp(part.group("np"), "", armed_names), s, e))
            pos += len(piece)
        used.append(m.span())
        claimed = bool(_claimed_before().search(lexicon.before(text, m.start())))
        for value, perp, s, e in parts:
            facts.append(
                CountFact(
                    category, value, offset + s, offset + e, perp, False, claimed, quoted=_in_quote(text, s)
                )
            )

    for m in _scan(pats["toll"], text):
        add("toll", parse_number(m.group("num")), m)
    for m in _scan(pats["killed_lives"], text):  # "the blast claimed 5 lives"
        add("killed", parse_number(m.group("num")), m)
    for m in _scan(pats["left_state"], text):  # "leaving 3 dead", "left 20 injured"
        kind = "killed" if m.group("state").lower() in _words("dead_states") else "injured"
        add(
            kind,
            parse_number(m.group("num")),
            m,
            perp=kind == "killed" and _is_perp(m.group("np"), "", armed_names),
        )
    for m in _scan(pats["injured_of_the"], text):  # "two of the eleven wounded died"
        add("injured", parse_number(m.group("num")), m)
        if used and used[-1] == m.span():
            used.pop()  # the dead among them are still to be read
    for m in _scan(pats["killed_bodies"], text):  # "four more bodies were found": more dead
        add("killed", parse_number(m.group("num")), m, additive=bool(m.group("np")))
    for m in _scan(pats["killed_bodies_of"], text):  # "the bodies of 12 (more) villagers were found"
        add("killed", parse_number(m.group("num")), m, additive=bool(m.group("np")))
    for m in split:
        # "stabbed two people, killing one", "three were shot, two of them fatally": the rest wounded
        total, dead = parse_number(m.group("num")), parse_number(m.group("dead") or m.group("dead2"))
        if total is not None and dead is not None and dead <= total:
            add("killed", dead, m, group="dead" if m.group("dead") else "dead2")
            if used and used[-1] == m.span():
                used.pop()
            if total > dead:
                add("injured", total - dead, m)
    for m in _scan(pats["killed_plus"], text):
        value = parse_number(m.group("num"))
        c = lexicon.counts()
        named_dead = re.search(
            c["plus_killed_before"], lexicon.before(text, m.start()), re.IGNORECASE
        ) or re.match(c["plus_killed_after"], text[m.end() :], re.IGNORECASE)
        if value is not None and _regex("self_before").search(lexicon.before(text, m.start())):
            # "the bomber killed himself and three others": three victims and one perpetrator
            add("killed", value, m)
            facts.append(dataclasses.replace(facts[-1], value=1, perpetrator=True, start=offset + m.start()))
        elif value is not None and named_dead:  # "X and five other militants were killed"
            around = f"{text[max(0, m.start() - 40) : m.start()]} {text[m.end() : m.end() + 60]}"
            add("killed", value + 1, m, perp=_is_perp("", around, armed_names))
    plus_found = bool(facts and any(f.category == "killed" for f in facts))
    for name in ("coord_passive", "coord_active"):
        for m in _scan(pats[name], text):
            kind = next((k for k, v in _verbs().items() if v.fullmatch(m.group("verb"))), None)
            if kind is not None:
                add_coordinated(kind, m)
    for m in _scan(pats["deaths_of"], text):
        names = _word_pattern("coordinators", r"\s*,\s*|\s+{}\s+").split(m.group("names"))
        add(
            "killed",
            len([n for n in names if n]),
            m,
            perp=_is_perp(m.group(0), "", armed_names),
            group="names",
        )
    for m in wounded_died:
        # the wounded who later died join the dead; the wounded count stays as stated
        value = parse_number(m.group("num")) if m.group("num") else 1
        add("killed", value, m, additive=True, group="num" if m.group("num") else "", from_injured=True)
    for kind in ("killed", "injured", "arrested"):
        for m in _scan(pats[f"{kind}_active"], text):
            more = pats["and_more"].match(text, m.end())
            if more:  # "killing 49 civilians and 15 soldiers"
                add(kind, parse_number(more.group("num")), more)
            after = _word_pattern("perp_context_stop", r"[,;]|\b{}\b").split(text[m.end() : m.end() + 50])[0]
            add(kind, parse_number(m.group("num")), m, perp=_is_perp("", after, armed_names))
        for m in _scan(pats[f"{kind}_passive"], text):
            np = m.group("np") or ""
            if _word_pattern("breakdown_np", "{}", re.IGNORECASE).fullmatch(np):
                continue  # "sixteen of the dead were women": a breakdown of a total
            first = pats["before_and"].search(lexicon.before(text, m.start()))
            if first and first.end() == m.start():  # "four soldiers and nine assailants died"
                add(
                    kind,
                    parse_number(first.group("num")),
                    first,
                    perp=_is_perp(first.group("np"), "", armed_names),
                )
            before = text[max(0, m.start() - 12) : m.start()].lower()
            additive = bool(_word_pattern("additive_before", r"\b{}\b").search(before + np)) or bool(
                _word_pattern("additive_in_match", " {} ").search(m.group(0))
            )
            # "three more villagers died", "two wounded guards died": added to the figure before
            if _regex("more_after").match(np):
                more_facts.append(len(facts))
                additive = True
            moved = kind == "killed" and bool(_regex("wounded_np").search(np))
            add(
                kind,
                parse_number(m.group("num")),
                m,
                perp=_is_perp(np, "", armed_names),
                additive=additive or moved,
                from_injured=moved,
            )
    for m in _scan(pats["killed_single"], text) if not plus_found else ():
        np = m.group("np") or ""
        first = pats["before_and"].search(lexicon.before(text, m.start()))
        if first and first.end() == m.start():  # "Six policemen and a civilian cook died"
            add(
                "killed",
                parse_number(first.group("num")),
                first,
                perp=_is_perp(first.group("np"), "", armed_names),
            )
        if not np.strip() or re.search(r"\d", np):
            continue
        add(
            "killed",
            1,
            m,
            perp=_is_perp(np, "", armed_names),
            additive=m.group("det").lower() in _words("additive_determiners"),
            group="np",
        )
    for m in _scan(pats["arrested_single"], text):  # "a fourth suspect was arrested", "he was detained"
        np = m.group("np") or ""
        det = m.group("det").lower()
        if re.search(r"\d", np) or (det in _words("singular_determiners") and _plural(np)):
            continue
        ordinal = _word_pattern("more_ordinals", r"{}\b").match(np)
        more = det in _words("additive_determiners") or bool(ordinal)
        add("arrested", 1, m, additive=more, group="")
    for m in _scan(pats["injured_single"], text):
        also = bool(m.group("also")) or m.group("det").lower() in _words("additive_determiners")
        add("injured", 1, m, additive=also, group="np" if m.group("np") else "")
    for m in _scan(pats["killed_named"], text) if not plus_found else ():
        # "Khan was killed in a drone strike": one named death
        add("killed", 1, m, perp=_is_perp(m.group("np"), "", armed_names), group="np")
    for m in _scan(pats["killed_pronoun"], text):
        # an unnamed "he died in the attack" in a report: the attacker, the victims being counted
        add("killed", 1, m, perp=True, group="")
    for m in _scan(pats["killed_the"], text) if not plus_found else ():
        add("killed", 1, m, perp=True, group="np")
    for m in _scan(pats["killed_leader"], text) if not plus_found else ():
        add("killed", 1, m, perp=True, group="")
    for m in _scan(pats["injured_ordinal_passive"], text):  # "a third guard was stabbed": one more
        add("injured", 1, m, additive=True, group="num")
    for kind in ("injured", "killed"):
        for m in _scan(pats[f"{kind}_ordinal"], text):
            add(kind, 1, m, additive=True, group="num")
    bomber_dead = any(f.perpetrator and f.category == "killed" for f in facts)  # "blew himself up"
    if not bomber_dead and _word_pattern("killing_verbs", r"\b{}\b", re.IGNORECASE).search(text):
        for m in _scan(pats["and_himself"], text):  # "killing 12 worshippers and himself"
            add("killed", 1, m, perp=True, group="")  # one bomber however often told
    if not any(f.perpetrator and f.category == "killed" for f in facts):
        for m in _scan(pats["suicide"], text)[:1]:  # "the gunman then turned the gun on himself"
            add("killed", 1, m, perp=True, group="")
    for kind in ("killed", "injured"):
        for m in _scan(pats[f"{kind}_a"], text) if not (plus_found and kind == "killed") else ():
            add(kind, 1, m, perp=kind == "killed" and _is_perp(m.group(0), "", armed_names), group="")
    for m in _scan(pats["along_with"], text):
        # "the pastor was shot dead along with two others", "he was wounded along with his driver":
        # the others are added to the one told, in the category of the verb they follow
        kind, single = _along_kind(text[: m.start()])
        if kind is None:
            continue
        num = m.group("num") or m.group("kin")
        if any(f.start <= offset + m.start("num" if m.group("num") else "kin") < f.end for f in facts):
            continue
        if not any(f.category == kind for f in facts):
            if not single:
                continue  # "were killed along with three others", no figure of its own: how many is not told
            facts.append(CountFact(kind, 1, offset + single.start(), offset + single.end()))
        perp = kind == "killed" and _is_perp(m.group(0), "", armed_names)
        add(
            kind,
            parse_number(num) if m.group("num") else 1,
            m,
            perp=perp,
            group="num" if m.group("num") else "kin",
        )
    if not any(f.category == "killed" for f in facts):
        for m in _scan(pats["killed_pronoun_object"], text)[:1]:  # "the crowd beat him to death": one dead
            add("killed", 1, m, group="")
    if not any(f.category == "killed" for f in facts):
        for m in _named_victim().finditer(text):  # "police shot dead Nahel M.", "killed commander X Y"
            add("killed", 1, m, group="")
            break
    for i in more_facts:
        # "six died at the scene and two more later": a sum within the clause, not an addition;
        # "four were killed and two more injured": two other people, not more wounded than told before
        if i < len(facts) and any(
            (f.category == facts[i].category or f.start < facts[i].start) and not f.additive
            for j, f in enumerate(facts)
            if j != i
        ):
            facts[i] = dataclasses.replace(facts[i], additive=False)
    for lo, hi in elsewhere:
        facts = [
            dataclasses.replace(f, scope=(offset + lo, offset + hi))
            if offset + lo <= f.start < offset + hi
            else f
            for f in facts
        ]
    return facts
