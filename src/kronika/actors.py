"""The actor layer: groups, state forces and generic actors named in the text.

Names come from data files under ``data/actors/``: ``groups.json`` (named armed groups
and their aliases, canonical names), ``forces.json`` (state forces and authorities) and
``generic.json`` (common nouns: "a gunman", "worshippers"). Code holds only the matching.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika import dictionary as user_dictionary
from kronika import prefilter
from kronika.document import Document
from kronika.language import resource_dir
from kronika.pipeline import Stage


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named at `[start, end)` of `Document.text`."""

    start: int
    end: int
    text: str
    #: canonical name from the alias table, None for generic actors ("a gunman")
    canonical: str | None
    #: "armed_group", "state_force", "government", "civilian", "generic_armed", "person", "other"
    category: str
    armed: bool = False
    #: the group this actor belongs to, as the text states it ("IS-linked militants",
    #: "the Maute group, which pledged allegiance to the Islamic State"), canonical name
    parent: str | None = None
    #: "confirmed" or "alleged", as the text words the link; "unlinked" when it denies any link
    parent_certainty: str = "confirmed"


@dataclass(frozen=True, slots=True)
class _Entry:
    regex: re.Pattern[str]
    canonical: str | None
    category: str
    armed: bool
    #: the leading words (folded) one of which every match begins with, or None when any text
    #: may match: an entry none of whose words the text holds is not scanned. "word" must be a
    #: whole word of the text, "word-" only begin one ("al-" for "al-Shabaab", also "alShabaab")
    keys: frozenset[str] | None = None
    #: for an entry without keys: strings (folded) one of which its every match holds
    required: tuple[str, ...] | None = None


_LEADING = re.compile(r"[A-Za-z0-9_]+")
_WORD = re.compile(r"\w+")


def _leading_key(alias: str) -> str | None:
    """The ASCII word an alias starts with, folded: whole when what follows it in the alias can
    only end a word (a space, an apostrophe, the end), "word-" when the text's word may go on
    (a hyphen the pattern makes optional, a letter outside ASCII); None when it starts otherwise."""
    m = _LEADING.match(alias)
    if m is None:
        return None
    rest = alias[m.end() :]
    whole = not rest or (not _WORD.match(rest[0]) and rest[0] != "-")
    return m.group().lower() + ("" if whole else "-")


def _gates(regex: re.Pattern[str]) -> tuple[frozenset[str] | None, tuple[str, ...] | None]:
    r"""The `_Entry.keys` and `_Entry.required` of a pattern entry (one that opens with
    ``(?<![\w-])``, so a match starts a word): the words its matches begin with, read off the
    pattern; when some match may begin otherwise, the words its every match holds."""
    keys = prefilter.leading_words(regex)
    return keys, None if keys is not None else prefilter.required_literals(regex)


def _keys(aliases: Any) -> frozenset[str] | None:
    keys = [_leading_key(a) for a in aliases]
    return None if not keys or None in keys else frozenset(keys)  # type: ignore[arg-type]


#: a table's whole-word keys and the stems of its "word-" keys, by the table's identity (the
#: table is kept with them, so the identity is not reused while they are kept)
_TABLE_KEYS: dict[int, tuple[tuple[_Entry, ...], frozenset[str], frozenset[str]]] = {}


def _table_keys(table: tuple[_Entry, ...]) -> tuple[frozenset[str], frozenset[str]]:
    kept = _TABLE_KEYS.get(id(table))
    if kept is None or kept[0] is not table:
        keys = {k for e in table if e.keys for k in e.keys}
        whole = frozenset(k for k in keys if not k.endswith("-"))
        stems = frozenset(k[:-1] for k in keys if k.endswith("-"))
        kept = _TABLE_KEYS[id(table)] = (table, whole, stems)
    return kept[1], kept[2]


class _KeyPositions:
    """Where the text's words that some entry key names start.

    Every maximal run of word characters of the text, folded as a case-insensitive pattern folds
    it: a match of an alias begins such a run with the alias's leading word (and is the whole run
    when a space or the end follows that word), so an entry can only match where one of its keys'
    words starts."""

    def __init__(self, text: str, tables: tuple[tuple[_Entry, ...], ...]) -> None:
        words = _word_keys(tables)
        self.at: dict[str, list[int]] = {}  # folded word -> its starts
        self.by_stem: dict[str, set[str]] = {}  # stem -> the folded words it begins
        at = self.at
        for m in _WORD.finditer(text):
            raw = m.group()
            known = words.get(raw)
            if known is None:
                known = words.named(raw)
            if known is not _UNNAMED:
                word, stems = known
                starts = at.get(word)
                if starts is None:
                    starts = at[word] = []
                    for stem in stems:
                        self.by_stem.setdefault(stem, set()).add(word)
                starts.append(m.start())
        #: the keys some word of the text answers ("word" and "stem-")
        self.present = {w for w in self.at if w in words.whole} | {stem + "-" for stem in self.by_stem}

    def starts(self, keys: frozenset[str]) -> list[int]:
        """The starts of the words an entry with these keys may match at, in order."""
        found = keys & self.present  # the keys no word of the text answers have no start
        if len(found) == 1:
            (key,) = found
            if not key.endswith("-"):
                return self.at[key]  # one word: its starts, in order
        out: set[int] = set()
        for key in found:
            for word in self.by_stem.get(key[:-1], ()) if key.endswith("-") else (key,):
                out.update(self.at.get(word, ()))
        return sorted(out)


#: what `_WordKeys` answers for a word no key names
_UNNAMED: tuple[str, tuple[str, ...]] = ("", ())


class _WordKeys(dict[str, tuple[str, tuple[str, ...]]]):
    """The keys of some tables, and for each word of the texts read so far (as written) its fold
    and the stems of "word-" keys it begins with (`_UNNAMED` when no key names it): the words of
    one document are mostly those of the last, so most are looked up, not folded and cut."""

    #: the words kept at most; then the table starts anew
    LIMIT = 200_000

    def __init__(self, tables: tuple[tuple[_Entry, ...], ...]) -> None:
        super().__init__()
        self.tables = tables  # kept, so the identities the cache is keyed by are not reused
        whole: set[str] = set()
        stems: set[str] = set()
        for table in tables:
            w, s = _table_keys(table)
            whole |= w
            stems |= s
        self.whole = frozenset(whole)
        self.stems = frozenset(stems)
        self.lengths = sorted({len(s) for s in stems})
        #: per table, the entries to try whatever the text (no keys) and, per key, the entries
        #: (table, index) it is a key of
        self.unkeyed = [[i for i, e in enumerate(table) if e.keys is None] for table in tables]
        self.by_key: dict[str, list[tuple[int, int]]] = {}
        for t, table in enumerate(tables):
            for i, entry in enumerate(table):
                for key in entry.keys or ():
                    self.by_key.setdefault(key, []).append((t, i))

    def entries(self, present: set[str]) -> list[list[int]]:
        """Per table, the entries (indices, in order) that a text whose words answer the keys
        `present` may match: the keyless ones and those with a key among them."""
        found = [set(u) for u in self.unkeyed]
        for key in present:
            for t, i in self.by_key.get(key, ()):
                found[t].add(i)
        return [sorted(f) for f in found]

    def named(self, raw: str) -> tuple[str, tuple[str, ...]]:
        if len(self) >= self.LIMIT:
            self.clear()
        word = prefilter.fold(raw)
        stems = tuple(word[:n] for n in self.lengths if word[:n] in self.stems)
        known = self[raw] = (word, stems) if stems or word in self.whole else _UNNAMED
        return known


_WORD_KEYS: dict[tuple[int, ...], _WordKeys] = {}


def _word_keys(tables: tuple[tuple[_Entry, ...], ...]) -> _WordKeys:
    """The `_WordKeys` of these tables (the user dictionary's table changes with the dictionary)."""
    key = tuple(map(id, tables))
    words = _WORD_KEYS.get(key)
    if words is None or any(a is not b for a, b in zip(words.tables, tables, strict=True)):
        if len(_WORD_KEYS) > 8:
            _WORD_KEYS.clear()
        words = _WORD_KEYS[key] = _WordKeys(tables)
    return words


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `regex.finditer(text)` yields when no match can start anywhere but at `starts`
    (the matches are not empty)."""
    end = 0
    for start in starts:
        if start >= end and (m := regex.match(text, start)):
            end = m.end()
            yield m


@cache
def _load(name: str, language: str = "en") -> dict[str, Any]:
    """A data file of the language's actor tables, read once (callers do not change it)."""
    path = resource_dir(language, "actors") / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _is_acronym(alias: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9'’-]{1,7}", alias))


@cache
def group_entries(language: str = "en") -> tuple[_Entry, ...]:
    """One case-sensitive and one case-insensitive matcher per armed group.

    A language whose names inflect gives a group a ``pattern`` (a regular expression over
    its case forms) beside or instead of literal ``aliases``.
    """
    return _alias_entries(list(_all_groups(language)))


def user_entries() -> tuple[_Entry, ...]:
    """The actors of the active user dictionary, one matcher per actor."""
    dictionary = user_dictionary.active()
    return _user_entries(dictionary) if dictionary is not None and dictionary.actors else ()


@cache
def _user_entries(dictionary: user_dictionary.UserDictionary) -> tuple[_Entry, ...]:
    rows = [
        {"canonical": a.name, "aliases": list(a.aliases), "category": a.category} for a in dictionary.actors
    ]
    return _alias_entries(rows)


#: "a Taliban-planted mine": a group's name joined to the verb of the device it left is that
#: group (the name stands whole); any other joined word makes a new word ("Hamas-run")
_NOT_PLANTED = r"(?!-(?:planted|laid|placed|fired|launched|triggered|detonated)\b)"


def _alias_entries(rows: list[dict[str, Any]]) -> tuple[_Entry, ...]:
    """Per row: its ``pattern`` if it has one, one case-sensitive matcher for its acronyms and
    one case-insensitive matcher for its other aliases."""
    entries: list[_Entry] = []
    for group in rows:
        armed = bool(group.get("armed", group["category"] != "civilian"))
        if group.get("pattern"):
            regex = re.compile(rf"(?<![\w-])(?:{group['pattern']})(?![\w-]*\w)", re.IGNORECASE)
            entries.append(_Entry(regex, group["canonical"], group["category"], armed, *_gates(regex)))
        for acronym in (True, False):
            aliases = sorted(
                (a for a in group.get("aliases", ()) if _is_acronym(a) == acronym), key=len, reverse=True
            )
            if not aliases:
                continue
            body = "|".join(re.escape(a).replace(r"\-", "[-‐–— ]?").replace(r"\ ", r"\s+") for a in aliases)
            flags = 0 if acronym else re.IGNORECASE
            regex = re.compile(rf"(?<![\w-])(?:{body})(?!{_NOT_PLANTED}[\w-]*\w)", flags)
            entries.append(_Entry(regex, group["canonical"], group["category"], armed, _keys(aliases)))
    return tuple(entries)


@cache
def group_acled_types() -> dict[str, str]:
    """ACLED actor type of each group that names its own ("political militia" for a cartel,
    "identity militia" for an ethnic militia); groups without one are rebel groups."""
    return {g["canonical"]: g["acled_type"] for g in _all_groups() if g.get("acled_type")}


@cache
def _all_groups(language: str = "en") -> tuple[dict[str, Any], ...]:
    """The language's group table, and for English the ACLED alias table of the busiest conflicts."""
    rows = list(_load("groups.json", language)["groups"])
    if language == "en":
        rows += _load("acled_groups.json")["groups"]
    return tuple(rows)


@cache
def force_entries(language: str = "en") -> tuple[_Entry, ...]:
    entries = []
    for force in _load("forces.json", language)["forces"]:
        pattern = force["pattern"]
        flags = re.IGNORECASE if any(c.islower() for c in pattern.replace(r"\b", "")) else 0
        regex = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-]*\w)", flags)
        entries.append(
            _Entry(
                regex,
                force["canonical"],
                force["category"],
                force["category"] == "state_force",
                *_gates(regex),
            )
        )
    return tuple(entries)


@cache
def state_force_entries(language: str = "en") -> tuple[_Entry, ...]:
    """A state's forces named by its demonym or name ("Ukrainian forces", "Nigeria's army",
    "Kenyan police"), named as ACLED names them (Military / Police Forces of X); English."""
    if language != "en":
        return ()
    data = _load("acled.json")
    words, names = data["state_words"], data["names"]
    entries = []
    by_country: dict[str, list[str]] = {}
    for demonym, country in data["demonyms"].items():
        by_country.setdefault(country, []).append(demonym)
    for country, plain in sorted(by_country.items()):
        forms = [re.escape(d) for d in plain]
        who = "|".join(sorted({*forms, re.escape(country) + "['’]s"}, key=len, reverse=True))
        # "Ethiopia troops", "Uganda police": the country's name itself before a force word
        own = "|".join(sorted({*forms, re.escape(country) + "(?:['’]s)?"}, key=len, reverse=True))
        keys = _keys([*plain, country])
        for branch in ("police", "military"):
            regex = re.compile(
                rf"(?<![\w-])(?:{own})\s+(?:[\w-]+\s+)?(?:{words[branch]})(?![\w-]*\w)",
                re.IGNORECASE,
            )
            canonical = acled_actor_name(names[branch], country)
            entries.append(_Entry(regex, canonical, "state_force", True, keys))
        # "a Russian strike", "Israeli warplanes": the demonym alone names the state's military
        # (the mention is the demonym; "with Iranian drones" names the weapon's maker instead)
        regex = re.compile(
            rf"(?<![\w-])(?:{who})(?=\s+(?:[\w-]+\s+)?(?:{data['weapon_words']})(?![\w-]*\w))",
            re.IGNORECASE,
        )
        military = acled_actor_name(names["military"], country)
        entries.append(_Entry(regex, military, "state_force", True, keys))
    return tuple(entries)


@cache
def _force_table(language: str) -> tuple[_Entry, ...]:
    """The force table and the state forces named by demonym, which compete as one table."""
    return force_entries(language) + state_force_entries(language)


@cache
def _weapon_source_before() -> re.Pattern[str]:
    return re.compile(_load("acled.json")["weapon_source_before"], re.IGNORECASE)


def _weapon_maker(text: str, start: int, end: int) -> bool:
    """'armed with Iranian drones': the demonym before a weapon names its maker, not its user."""
    word = re.sub(r"['’]s$", "", text[start:end])
    if " " in word or word not in _demonym_words():
        return False  # "clashed with police": a force, whatever word stands before it
    return bool(_weapon_source_before().search(text[max(0, start - 40) : start]))


@cache
def _demonym_words() -> frozenset[str]:
    """The demonyms and country names a state's forces are named by alone ('Iranian', 'Russia')."""
    demonyms = _load("acled.json")["demonyms"]
    return frozenset(demonyms) | frozenset(demonyms.values())


def acled_actor_name(pattern: str, country: str) -> str:
    """An ACLED name pattern of the actor tables ("Military Forces of {country}") for a country,
    with the article ACLED writes before some ("Military Forces of the Philippines")."""
    if country in _load("acled.json")["of_the"]:
        pattern = pattern.replace("of {country}", "of the {country}")
    return pattern.format(country=country)


@cache
def _acled_countries() -> dict[str, str]:
    from kronika.store.acled import acled_country_names

    return acled_country_names()


def acled_country(name: str | None, code: str | None = None) -> str | None:
    """The country as ACLED names it, from the gazetteer's name and ISO code ("Palestinian
    Territory", PS → "Palestine"; "The Netherlands" → "Netherlands")."""
    if code and code.upper() in _acled_countries():
        return _acled_countries()[code.upper()]
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE) if name else name


@cache
def generic_entries(language: str = "en") -> tuple[_Entry, ...]:
    entries = []
    for item in _load("generic.json", language)["generic"]:
        regex = re.compile(rf"(?<![\w-])(?:{item['pattern']})(?![\w-]*\w)", re.IGNORECASE)
        entries.append(_Entry(regex, None, item["category"], bool(item["armed"]), *_gates(regex)))
    return tuple(entries)


def find_actors(text: str, offset: int = 0, language: str = "en") -> list[ActorMention]:
    """Actor mentions of `text`; earlier tables win over later ones, longer matches over shorter."""
    found: list[ActorMention] = []
    # the spans taken so far: disjoint, kept in order, so a candidate checks its two neighbours
    # (not every span: a long report has thousands)
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(taken_starts, start)
        if i > 0 and taken_ends[i - 1] > start:
            return False
        return not (i < len(taken_starts) and taken_starts[i] < end)

    # a state's forces by its demonym compete with the force table: the longer name wins;
    # the analyst's own aliases (a user dictionary) come before the package's tables
    tables = (
        user_entries(),
        group_entries(language),
        _force_table(language),
        generic_entries(language),
    )
    positions = _KeyPositions(text, tables)
    gated = prefilter.gated()  # off: every entry scans the whole text
    # gated: only the entries one of whose leading words is in the text, and the keyless ones
    tried = _word_keys(tables).entries(positions.present) if gated else None
    folded: str | None = None
    for t, table in enumerate(tables):
        candidates: list[tuple[int, int, _Entry]] = []
        for entry in table if tried is None else [table[i] for i in tried[t]]:
            matches: Iterable[re.Match[str]]
            if entry.keys is not None and gated:
                # tried only where one of its leading words starts
                matches = _matches_at(entry.regex, text, positions.starts(entry.keys))
            else:
                folded = prefilter.fold(text) if folded is None else folded
                if not prefilter.may_match(entry.required, folded):
                    continue  # none of the words its every match holds is in the text
                matches = entry.regex.finditer(text)
            for m in matches:
                if m.end() > m.start():
                    candidates.append((m.start(), m.end(), entry))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        for start, end, entry in candidates:
            if entry.category == "state_force" and _weapon_maker(text, start, end):
                continue
            if free(start, end):
                i = bisect.bisect_right(taken_starts, start)
                taken_starts.insert(i, start)
                taken_ends.insert(i, end)
                found.append(
                    ActorMention(
                        offset + start,
                        offset + end,
                        text[start:end],
                        entry.canonical,
                        entry.category,
                        entry.armed,
                    )
                )
    found.sort(key=lambda a: a.start)
    found = _group_members(text, found, offset)
    if not _load("forces.json", language).get("rebel_name_words"):
        return found  # the language has no "X rebels" naming words
    return _named_rebels(text, found, offset)


def _group_members(text: str, found: list[ActorMention], offset: int) -> list[ActorMention]:
    """'ISWAP fighters', 'Sinaloa Cartel gunmen': a named group and the noun for its members
    right after it are one actor, the group (not the group and an unidentified armed group)."""
    out: list[ActorMention] = []
    for a in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and a.category == "generic_armed"
            and prev.category == "armed_group"
            and prev.canonical
            and text[prev.end - offset : a.start - offset].isspace()
            and a.text[:1].islower()  # "the Arakan Army. Fighters ...": a new sentence, not members
        ):
            out[-1] = dataclasses.replace(prev, end=a.end, text=text[prev.start - offset : a.end - offset])
            continue
        side = _partisans(text, a, offset) if a.category == "generic_armed" and not a.canonical else None
        out.append(side or a)
    return out


@cache
def _partisan_before() -> re.Pattern[str]:
    """'pro-Houthi fighters', 'pro-Hadi and affiliated snipers': the side named before its members."""
    return re.compile(_load("acled.json")["partisan_before"])


def _partisans(text: str, member: ActorMention, offset: int) -> ActorMention | None:
    """'pro-Houthi fighters': armed men named as partisans of a side are that side's, named as the
    table names its forces ('Houthi forces'), when the table knows the side."""
    local = member.start - offset
    m = _partisan_before().search(text[max(0, local - 60) : local])
    if m is None:
        return None
    name = m.group(1)
    for probe in (f"{name} forces", name):
        side = [
            b for b in find_actors(probe) if b.canonical and b.start == 0 and b.category != "generic_armed"
        ]
        if side:
            start = max(0, local - 60) + m.start()
            return dataclasses.replace(
                member,
                start=offset + start,
                text=text[start : member.end - offset],
                canonical=side[0].canonical,
                category=side[0].category,
                armed=True,
            )
    return None


@cache
def _rebel_name() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _load("forces.json")["rebel_name_words"])
    return re.compile(rf"(?:\b(?:[A-Z][\w’'-]*|of|for|the|and)\s+)*?\b(?:{words})\s+(?:[A-Z][\w’'-]*\s+)*$")


def _named_rebels(text: str, found: list[ActorMention], offset: int) -> list[ActorMention]:
    """'the Mountain Liberation Army': a rebel group named in full, not the state's army."""
    out = []
    for a in found:
        local = a.start - offset
        head = text[max(0, local - 80) : local]
        m = _rebel_name().search(head) if a.category == "state_force" and a.text[:1].isupper() else None
        if m is None:
            out.append(a)
            continue
        name = re.sub(r"^(?:(?:of|for|the|and)\s+)+", "", m.group(), flags=re.IGNORECASE)
        start = a.start - len(name)
        out.append(
            ActorMention(start, a.end, text[start - offset : local + len(a.text)], None, "armed_group", True)
        )
    return out


@cache
def _affiliation_data() -> dict[str, Any]:
    return _load("affiliations.json")


@cache
def _link_cues() -> dict[str, re.Pattern[str]]:
    data = _affiliation_data()
    stated = {
        certainty: re.compile(
            rf"\s*,?\s*(?:which|who|that)?\s*{data['appositive']}"
            rf"(?:{data['stated_' + certainty]})\s+(?:the\s+)?$",
            re.I,
        )
        for certainty in ("confirmed", "alleged")
    }
    return {
        **stated,
        "calls_its": re.compile(rf"\s+(?:{data['calls_its']})", re.I),
        "prefix": re.compile(
            rf"[-‐]({data['prefix_confirmed']}|{data['prefix_alleged']})\s+(?:[\w’'-]+\s+){{0,2}}$", re.I
        ),
        "prefix_alleged": re.compile(rf"(?:{data['prefix_alleged']})", re.I),
        "no_link": re.compile(rf"[^.;]*?\b(?:{data['no_link']})", re.I),
    }


def parent_of(canonical: str | None) -> str | None:
    """The well-known parent of a group from the affiliation table ("ISWAP" → "Islamic State")."""
    return _affiliation_data()["parents"].get(canonical) if canonical else None


def parents_of(actor: ActorMention) -> list[tuple[str, str]]:
    """(parent canonical, certainty) for every group above `actor`: stated first, then the table's."""
    out: list[tuple[str, str]] = []
    current, certainty = actor.canonical, "confirmed"
    if actor.parent_certainty == "unlinked":
        return out
    if actor.parent:
        out.append((actor.parent, actor.parent_certainty))
        current, certainty = actor.parent, actor.parent_certainty
    for _ in range(3):  # JNIM → al-Qaeda; a chain of branches
        up = parent_of(current)
        if up is None or up == actor.canonical or any(up == p for p, _ in out):
            break
        out.append((up, certainty))
        current = up
    return out


def link_parents(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """Attach to each actor the group the text says it belongs to."""
    cues = _link_cues()
    out = list(found)
    named = [(i, a) for i, a in enumerate(found) if a.category == "armed_group" and a.canonical]
    for i, a in enumerate(found):
        if a.category not in ("armed_group", "generic_armed") or a.parent:
            continue
        # "IS-linked militants", "an al-Qaeda-affiliated cell"
        before = text[max(0, a.start - 80) : a.start]
        m = cues["prefix"].search(before)
        if m:
            head = before[: m.start()]
            inner = [b for b in find_actors(head) if b.canonical and b.end == len(head)]
            if inner and inner[-1].canonical != a.canonical:
                certainty = "alleged" if cues["prefix_alleged"].fullmatch(m.group(1)) else "confirmed"
                out[i] = dataclasses.replace(a, parent=inner[-1].canonical, parent_certainty=certainty)
                continue
        # "IS said its fighters killed 20 soldiers": the group the possessive points back to
        own = next((b for _, b in reversed(named) if b.end <= a.start), None)
        if (
            not a.canonical
            and own is not None
            and re.search(r"\b(?:its|their)\s+(?:own\s+)?$", before)
            and not re.search(r"[.;!?]", text[own.end : a.start])
        ):
            out[i] = dataclasses.replace(a, parent=own.canonical)
            continue
        if a.canonical and cues["no_link"].match(text[a.end : a.end + 120]):
            # "known as al-Shabaab, though it has no ties to the Somali group": not the table's parent
            out[i] = dataclasses.replace(a, parent_certainty="unlinked")
            continue
        # "the Maute group, which pledged allegiance to the Islamic State", "insurgents linked to IS"
        nxt = next(((j, b) for j, b in named if b.start >= a.end), None)
        if nxt is not None and nxt[1].canonical != a.canonical and nxt[1].start - a.end <= 80:
            between = text[a.end : nxt[1].start]
            for certainty in ("confirmed", "alleged"):
                if cues[certainty].fullmatch(between + " ") or cues[certainty].fullmatch(between):
                    out[i] = dataclasses.replace(a, parent=nxt[1].canonical, parent_certainty=certainty)
                    break
    # "ADF, which IS calls its Central Africa Province": the parent names the child
    for k, (i, a) in enumerate(named):
        if k + 1 >= len(named) or out[i].parent:
            continue
        parent = named[k + 1][1]
        between = text[a.end : parent.start]
        names = re.fullmatch(r"\s*,\s*(?:which|whom)\s+(?:the\s+)?", between, re.I)
        if (
            names
            and cues["calls_its"].match(text[parent.end : parent.end + 40])
            and parent.canonical != a.canonical
        ):
            out[i] = dataclasses.replace(out[i], parent=parent.canonical)
    unlinked = {a.canonical for a in out if a.parent_certainty == "unlinked"}
    out = [
        dataclasses.replace(a, parent_certainty="unlinked") if a.canonical in unlinked and not a.parent else a
        for a in out
    ]  # the denial holds for every mention of that group in the document
    return _same_noun_parents(out)


def _head(actor: ActorMention) -> str:
    return actor.text.lower().split()[-1].removesuffix("s")


def _same_noun_parents(found: list[ActorMention]) -> list[ActorMention]:
    """'insurgents linked to IS' … 'insurgents briefly took the town': the same noun, the same group."""
    linked: dict[str, set[tuple[str, str]]] = {}
    for a in found:
        if a.category == "generic_armed" and a.parent:
            linked.setdefault(_head(a), set()).add((a.parent, a.parent_certainty))
    if not linked:
        return found
    out = []
    for a in found:
        parents = linked.get(_head(a)) if a.category == "generic_armed" and not a.parent else None
        if parents and len(parents) == 1:
            parent, certainty = next(iter(parents))
            a = dataclasses.replace(a, parent=parent, parent_certainty=certainty)
        out.append(a)
    return out


def annotate(doc: Document) -> None:
    found = find_actors(doc.text, language=doc.language)
    # affiliations ("IS-linked militants") are read where the language has their cues
    linked = (resource_dir(doc.language, "actors") / "affiliations.json").is_file()
    doc.actors = link_parents(doc.text, found) if linked else found


def primary_group(doc: Document) -> str | None:
    """The armed group a document is about: named in its title, else the most named one."""
    groups = [a for a in doc.actors if a.category == "armed_group" and a.canonical]
    if not groups:
        return None
    first = doc.text[doc.sentences[0].start : doc.sentences[0].end].rstrip() if doc.sentences else ""
    headline = bool(first) and first[-1] not in '.!?"”'
    title_end = doc.sentences[0].end if headline else 0
    in_title = [a.canonical for a in groups if a.start < title_end]
    if in_title:
        return in_title[0]
    counts: dict[str, int] = {}
    for a in groups:
        counts[a.canonical or ""] = counts.get(a.canonical or "", 0) + 1
    if len(counts) == 1:
        return next(iter(counts))  # the only group the document names
    best = max(counts.values())
    if best < 3:
        return None
    return next(a.canonical for a in groups if counts[a.canonical or ""] == best)


def topic_countries(doc: Document, topic: str) -> frozenset[str]:
    """The countries (ISO codes) of the places told in the sentence that names the document's
    group once in passing: a round-up's group belongs to its own country's items, not to every
    item. Empty (no bound) for a group the text names again and again, a story's subject."""
    named = [a for a in doc.actors if a.canonical == topic]
    if len(named) != 1:
        return frozenset()
    codes: set[str] = set()
    for a in named:
        i = doc.sentence_at(a.start)
        if i is None:
            continue
        sentence = doc.sentences[i]
        codes.update(
            p.place.country_code
            for p in doc.starting_in("places", doc.places, sentence.start, sentence.end)
            if sentence.start <= p.start < sentence.end and p.place.country_code
        )
    return frozenset(codes)


STAGE = Stage(name="actors", requires=("segment",), run=annotate)
