"""Wiki-mirror link glosses: the title stays, the gloss goes, the sentence is whole again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kronika.clean import clean_text
from kronika.clean.glosses import split_gloss

HERE = Path(__file__).parent
INVENTED = (HERE / "invented_mirror.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def invented() -> str:
    return clean_text(INVENTED)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lakeshore Brigade – Eastern Sector (LB-ES) is an armed faction allied with the Granite Front "
        "(GF), that operates along the shores of Lake Tanganyika.",
        "The brigade announced its formation on 4 March 2016 in a video recorded near Kigoma.",
        "Lt. Col. J. R. Mwamba was named as its first commander.",
        "On 9 May 2017, gunmen of the brigade raided a police post near Uvinza, killing 3 officers.",
        "The group's spokesman said the raid avenged the arrest of a deputy in Tanzania's west.",
        "A second raid on 2 June 2017 was repelled by soldiers, who arrested 2 attackers.",
    ],
)
def test_invented_mirror_prose_is_whole(invented: str, sentence: str) -> None:
    assert sentence in invented


@pytest.mark.parametrize(
    "debris",
    [
        "invented militant coalition",
        "for the purpose of this fixture",
        "lakeside town used here",
        "salt works",
        "winding way",
        "driving back an attack",
        " ...",
        "HOME",
        "MirrorPediaList",
        "OR:",
        "[3]",
        "[citation needed]",
        "{{",
        "DEFAULTSORT",
        "See also",
        "List of invented armed groups",
        "x v t",
        "Attacks edit",
    ],
)
def test_invented_mirror_debris_is_gone(invented: str, debris: str) -> None:
    assert debris not in invented


def test_invented_mirror_keeps_headings(invented: str) -> None:
    assert invented.startswith("Lakeshore Brigade – Eastern Sector\n\n")
    assert "\n\nAttacks\n\n" in invented


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Granite Front The Granite Front (GF) is a coalition that was formed long ago by people ...",
            "Granite Front",
        ),
        (
            "Jane Doe Jane Mary Doe (born 1970) is a person described at length in an invented gloss ...",
            "Jane Doe",
        ),
        (
            "looted Looting is the act of stealing goods during a breakdown of"
            " order, as an invented gloss says ...",
            "looted",
        ),
        (
            "grenades A grenade is a small explosive weapon thrown by hand, in the"
            " words of an invented gloss ...",
            "grenades",
        ),
        (
            "Old Harbour Old Harbour, officially the Old Harbour District, is a"
            " place in an invented gloss ...",
            "Old Harbour",
        ),
        (
            "Siege of Eastport On 3 May 1999, the invented forces surrounded the"
            " town for many weeks, said a gloss ...",
            "Siege of Eastport",
        ),
        (
            "Karim Hadi Abdul Karim al-Hadi (born 1961), known by his alias Karim"
            " Hadi, led an invented group ...",
            "Karim Hadi",
        ),
        (
            "Harbour Front – Western Wing The Harbour Front – Western Wing (HF-WW) is an invented branch"
            " of an invented front, active on a coast ...",
            "Harbour Front – Western Wing",
        ),
        (
            "Delta Legion - Coastal Sector The Delta Legion - Coastal Sector is an invented wing formed"
            " in an invented year, says a gloss ...",
            "Delta Legion - Coastal Sector",
        ),
    ],
)
def test_title_is_split_from_its_gloss(line: str, title: str) -> None:
    end = split_gloss(line)
    assert end is not None and line[:end] == title


def _gloss_lines(raw: str) -> list[str]:
    body = raw.split("\nSee also\n")[0]
    return [line for line in body.splitlines() if line.endswith(" ...")]


def test_seed_mirror_has_no_gloss_left_and_every_prose_line(shared_dir: Path) -> None:
    raw = (shared_dir / "corpus" / "is-caucasus-province.mirror.txt").read_text(encoding="utf-8")
    text = clean_text(raw)[0]
    glosses = _gloss_lines(raw)
    assert len(glosses) > 20
    for line in glosses:
        tail = line[-45:-4]
        assert tail not in text, line[:40]
    body = raw.split("\nSee also\n")[0]
    prose = [
        line
        for line in body.splitlines()
        if not line.endswith(" ...")
        and (len(line.split()) >= 2 or (line.strip() and not line.strip().isalnum()))
        and not line.strip().endswith(":")
    ]
    for line in prose:
        # each fragment of the article's own prose is there verbatim (references and
        # doubled spaces aside)
        fragment = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
        fragment = re.sub(r"\( ", "(", fragment)
        assert fragment in text, fragment[:60]
    assert not re.search(r" \.\.\.$", text, re.MULTILINE)
    assert "{{" not in text and "HOME" not in text and "See also" not in text


def test_seed_mirror_reads_as_the_issue_quotes(shared_dir: Path) -> None:
    raw = (shared_dir / "corpus" / "is-caucasus-province.mirror.txt").read_text(encoding="utf-8")
    text = clean_text(raw)[0]
    assert (
        "group Islamic State (IS), that is active in the North Caucasus region of Russia. IS announced"
        in text
    )
