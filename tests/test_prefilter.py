"""Prefilters: a pattern is skipped only when its literal starts say it cannot match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import prefilter


def test_fold_lists_every_character_re_equates_with_ascii() -> None:
    # a case-insensitive pattern of an ASCII letter matches these characters outside ASCII;
    # the fold maps exactly these onto the letter
    outside = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    found = {}
    for letter in "abcdefghijklmnopqrstuvwxyz0123456789_":
        for ch in re.findall(re.escape(letter), outside, re.IGNORECASE):
            found[ord(ch)] = letter
    assert found == prefilter.ASCII_FOLD


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"(?<![\w-])(?:open(?:ed|s|ing)? fire|opened up fire)(?![\w])", (" fire",)),
        (r"\b(?:killed|killing|shot dead)\b", ("killed", "killing", "shot dead")),
        (r"\bkill(?:ed)?\b", ("kill",)),  # an optional part ends the string
        (r"(?:the\s+)?army", ("army",)),  # an optional start: the part after it
        (r"[Ss]hot", ("hot",)),  # a class holds no literal
        (r"\d+ killed", (" killed",)),
        (r"[Ss]\w*", None),  # no literal at all: always scanned
        (r"(?:\d+ killed|dead)", (" killed", "dead")),  # every alternative holds one
        (r"(?:\d+ killed|\d+)", None),  # an alternative with none: the group tells nothing
        (r"(?:fire){2,}\s+x", ("fire",)),  # a part repeated at least once is never skipped
        (r"(?:fire)*", None),
        (r"Boko\s+Haram|ISWAP", ("haram", "iswap")),  # upper case folded; the longer word
        (r"bomb|bombing|car bomb", ("bomb",)),  # a string that holds a shorter one is not tested
        (r"caf\u00e9|cafe", ("caf",)),  # a letter outside ASCII ends the string
        (r"(?-i:IS)\s+fighters", ("fighters",)),  # the longest string is the most telling
    ],
)
def test_required_literals(pattern: str, required: tuple[str, ...] | None) -> None:
    assert prefilter.required_literals(re.compile(pattern, re.IGNORECASE)) == required


_PATTERNS = [
    re.compile(p, f)
    for p, f in [
        (r"(?<![\w-])(?:open(?:ed|s|ing)? fire|opened up fire)(?![\w])", re.I),
        (r"\b(?:killed|killing|shot dead)\b", re.I),
        (r"\bIslamic\s+State\b", re.I),
        (r"\bISIS\b", 0),
        (r"(?:kill|Kelvin|sky)s?", re.I),
        (r"\d+\s+(?:people|villagers)\s+(?:were|had been)\s+killed", re.I),
        (r"(?:the\s+)?(?:KİLLED|army)", re.I),
    ]
]
_PIECES = [
    "open",
    "OPENED",
    "fire",
    "kill",
    "killed",
    "KİLLED",
    "ıslamic",
    "İslamic",
    "ſtate",
    "State",
    "ISIS",
    "Isis",
    "\u212aelvin",
    "sky",
    "shot",
    "dead",
    " ",
    "-",
    "\u00a0",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from(_PATTERNS))
def test_a_match_passes_the_gate(pieces: list[str], pattern: re.Pattern[str]) -> None:
    text = "".join(pieces)
    if pattern.search(text):
        assert prefilter.may_match(prefilter.required_literals(pattern), prefilter.fold(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_gate_table_blocks_only_what_may_match_blocks(pieces: list[str]) -> None:
    folded = prefilter.fold("".join(pieces))
    table = prefilter.GateTable({i: prefilter.required_literals(p) for i, p in enumerate(_PATTERNS)})
    blocked = {
        i for i, p in enumerate(_PATTERNS) if not prefilter.may_match(prefilter.required_literals(p), folded)
    }
    assert table.blocked(folded) == blocked


_STRINGS = {"a": ("ab",), "b": ("ki", "kil", "kill", "ills"), "c": ("fire", "sky"), "d": ("x",), "e": None}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abfiklrsxy ", max_size=14))
def test_a_gate_table_finds_every_string_the_text_holds(text: str) -> None:
    # overlapping strings, strings inside others, strings that start inside another one
    table = prefilter.GateTable(_STRINGS)
    held = {s for v in _STRINGS.values() if v for s in v if s in text}
    assert table.present(text) == held
    assert table.blocked(text) == {k for k, v in _STRINGS.items() if v and not held & set(v)}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abfiklrsxy ", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_a_part_of_the_last_text_holds_exactly_its_own_strings(text: str, i: int, j: int) -> None:
    # a text inside one asked about before is answered from that one's strings: only its own
    table = prefilter.GateTable(_STRINGS)
    table.present(text)
    part = text[i:j]
    held = {s for v in _STRINGS.values() if v for s in v if s in part}
    assert table.present(part) == held
    assert table.present(text) == {s for v in _STRINGS.values() if v for s in v if s in text}


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"a|b", ["a", "b"]),
        (r"a(?:b|c)|d", ["a(?:b|c)", "d"]),
        (r"[|(]x|\|y", ["[|(]x", r"\|y"]),
        (r"[]|]z|[^]|]q|w", ["[]|]z", "[^]|]q", "w"]),
        (r"(?i:x|y)", ["(?i:x|y)"]),
    ],
)
def test_alternatives_split_only_the_top_level(pattern: str, parts: list[str]) -> None:
    assert prefilter.alternatives(pattern) == parts
    assert "|".join(prefilter.alternatives(pattern)) == pattern


@pytest.mark.parametrize(
    ("pattern", "never"),
    [
        (r"(?!)a", True),
        (r"a(?:b(?!))+", True),
        (r"a(?:(?!)|c)", False),
        (r"(?:(?!))?a", False),
        (r"a(?:(?!)){0,2}", False),
        (r"a(?!b)", False),
        (r"x(?:(?!)|(?!))y", True),
    ],
)
def test_never_matches(pattern: str, never: bool) -> None:
    assert prefilter.never_matches(pattern) is never
    if never:
        assert not re.search(pattern, "a ab abc x xy y")


_LONG = re.compile(
    r"\b(?:claimed|denied|disputed)\s+(?:the\s+)?(?:"
    + "|".join(f"word{i}" for i in range(40))
    + r"|attack)\b",
    re.IGNORECASE,
)


#: several top-level alternatives, no groups: scanned with the alternatives a text may match
_CUT = re.compile(
    r"\bclaimed\s+(?:the\s+)?attack|disputed\s+\w+|(?:"
    + "|".join(f"word{i}" for i in range(40))
    + r")\s+attack",
    re.IGNORECASE,
)


def test_gate_wraps_only_long_patterns_with_telling_words() -> None:
    assert len(_LONG.pattern) >= prefilter.LONG_PATTERN
    assert isinstance(prefilter.gate(_LONG), prefilter.GatedPattern)
    assert prefilter.gate(re.compile(r"\bkilled\b")).pattern == r"\bkilled\b"  # short: itself
    assert not isinstance(prefilter.gate(re.compile(r"\d+" + "x?" * 120)), prefilter.GatedPattern)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Claimed", "DİSPUTED", "the", "attack", "word7", "word1", " ", "x"]), max_size=8
    ),
    st.integers(0, 12),
    st.integers(0, 60),
    st.sampled_from([_LONG, _CUT]),
)
def test_a_gated_pattern_finds_what_the_pattern_finds(
    pieces: list[str], pos: int, endpos: int, pattern: re.Pattern[str]
) -> None:
    text, gated = " ".join(pieces), prefilter.gate(pattern)
    assert isinstance(gated, prefilter.GatedPattern)
    for args in ((text,), (text, pos), (text, pos, endpos)):
        found = gated.search(*args)
        plain = pattern.search(*args)
        assert (found and found.span()) == (plain and plain.span())
        assert [m.span() for m in gated.finditer(*args)] == [m.span() for m in pattern.finditer(*args)]
    anchored = pattern.match(text)
    assert (gated.match(text) and gated.match(text).span()) == (anchored and anchored.span())


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<![\w-])(?:the |a )?army", {"the", "a", "army-"}),  # an optional start: both ways
        (r"(?<![\w-])gunm(?:en|an)\b", {"gunmen-", "gunman-"}),  # the end: what follows is unknown
        (r"(?<![\w-])gunm[ae]n\b", {"gunm-"}),  # a part no literal starts cuts the word
        (r"\bU\.?S\.? forces", {"u", "us"}),  # a literal that is no word character ends it
        (r"(?<![\w-])(?:Kenya(?:'s|n)|KDF)", {"kenya", "kenyan-", "kdf-"}),
        (r"(?<![\w-])(?:police|[A-Z]\w+ police)", None),  # a class first: may begin anywhere
        (r"(?<![\w-])\d+ killed", None),
        (r"(?<![\w-])(?:caf\u00e9|\u00e9t\u00e9)", None),  # a letter outside ASCII first
        (r"(?<![\w-])caf\u00e9", {"caf-"}),  # ... or after ASCII letters: they begin the word
        (r"(?<![\w-])(?:armed )*men", {"armed", "men-"}),
        (r"(?<![\w-])(?=\w)(?:xa|yb)z", {"xaz-", "ybz-"}),  # an assertion is passed over
        (r"(?<![\w-])(?:x|y)z", None),  # single letters become a class
    ],
)
def test_leading_words(pattern: str, words: set[str] | None) -> None:
    found = prefilter.leading_words(re.compile(pattern, re.IGNORECASE))
    assert found == (None if words is None else frozenset(words))


_LEADING = [
    re.compile(p, f)
    for p, f in [
        (r"(?<![\w-])(?:(?:the |a |two )?(?:armed |masked )?(?:gunm[ae]n|militants?)|U\.?S\.? troops)", re.I),
        (r"(?<![\w-])(?:Kenya(?:'s|n)? (?:police|army)|KDF)(?![\w-]*\w)", 0),
        (r"(?<![\w-])(?:sky|Kelvin|kill)s?", re.I),
    ]
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "a",
                "two",
                "armed",
                "masked",
                "gunmen",
                "GUNMAN",
                "militant",
                "U.S.",
                "US",
                "troops",
                "Kenya's",
                "Kenyan",
                "Kenya",
                "police",
                "army",
                "KDF",
                "\u212aelvin",
                "ſky",
                "kills",
                " ",
                "-",
                "x",
            ]
        ),
        max_size=10,
    ),
    st.sampled_from(_LEADING),
)
def test_every_match_begins_with_a_leading_word(pieces: list[str], pattern: re.Pattern[str]) -> None:
    text = " ".join(pieces)
    keys = prefilter.leading_words(pattern)
    assert keys is not None
    for m in pattern.finditer(text):
        word = prefilter.fold(re.match(r"\w+", text[m.start() :]).group())  # type: ignore[union-attr]
        assert word in keys or any(k.endswith("-") and word.startswith(k[:-1]) for k in keys), (m, keys)


@settings(max_examples=200, deadline=None)
@given(
    st.sets(st.text(alphabet="abst-", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="abst- ", max_size=12),
)
def test_a_trie_matches_what_the_alternation_matches(strings: set[str], text: str) -> None:
    # bounded by word edges, as the number gate asks: a match exists where one exists
    alternation = "|".join(re.escape(s) for s in strings)
    for template in (r"\b(?:{})\b", r"(?:{})$"):
        plain = re.search(template.format(alternation), text, re.IGNORECASE)
        trie = re.search(template.format(prefilter.trie(strings)), text, re.IGNORECASE)
        assert bool(trie) == bool(plain)
        assert {m.span() for m in re.finditer(f"(?=(?:{prefilter.trie(strings)})$)", text)} == {
            m.span() for m in re.finditer(f"(?=(?:{alternation})$)", text)
        }
