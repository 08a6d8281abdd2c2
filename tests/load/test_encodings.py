"""Bytes to text: byte-order marks, UTF-16 without one, legacy single-byte encodings, mixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.api import process_file
from kronika.load import decode, load_bytes

ENGLISH = "Militants attacked a checkpoint on 4 May 2019 and killed two soldiers, officials said. " * 3
RUSSIAN = (
    "Боевики напали на полицейский пост в горном селе и ранили двух сотрудников, сообщили в министерстве. "
    "Позже силовики задержали троих подозреваемых в соседнем районе. "
)
FRENCH = (
    "Des hommes armés ont attaqué un hôtel à Ouagadougou; les forces de sécurité ont répondu à l'assaut. "
)
GERMAN = (
    "Bewaffnete griffen einen Kontrollpunkt an; zwei Soldaten wurden verletzt, teilte das Ministerium mit. "
    "Größere Schäden gab es nicht. "
)


@pytest.mark.parametrize(
    "data, text",
    [
        (ENGLISH.encode("utf-8"), ENGLISH),
        (b"\xef\xbb\xbf" + "Café – attack".encode(), "Café – attack"),
        ("\ufeff" + "Café – attack", "Café – attack"),
        (("Café – attack").encode("utf-16"), "Café – attack"),
        (("Café – attack in the capital").encode("utf-16-le"), "Café – attack in the capital"),
        (("Café – attack in the capital").encode("utf-16-be"), "Café – attack in the capital"),
        (("Café – attack").encode("utf-32"), "Café – attack"),
        ((RUSSIAN * 2).encode("cp1251"), RUSSIAN * 2),
        ((FRENCH * 2).encode("cp1252"), FRENCH * 2),
        ((GERMAN * 2).encode("latin-1"), GERMAN * 2),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf8-bom-str",
        "utf16",
        "utf16le-nobom",
        "utf16be-nobom",
        "utf32",
        "cp1251",
        "cp1252",
        "latin1",
    ],
)
def test_decoding(data: bytes | str, text: str) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    assert decode(raw)[0].lstrip("\ufeff") == text


def test_mixed_utf8_and_cp1252_keeps_both() -> None:
    data = "Attack in Zürich – ".encode() + "the group’s claim".encode("cp1252") + b" followed."
    text, encoding = decode(data)
    assert text == "Attack in Zürich – the group’s claim followed."
    assert encoding == "utf-8+cp1252"


@pytest.mark.parametrize(
    "data",
    [
        b"Valid start \xff\xfe\xfd then text",
        b"\x80\x81\x82\x83 plain words after invalid bytes",
        b"Truncated multibyte at the end: caf" + b"\xc3",
    ],
)
def test_invalid_bytes_never_crash(data: bytes) -> None:
    loaded = load_bytes(data, "x.txt")
    assert "text" in loaded.text or "words" in loaded.text or "Truncated" in loaded.text


def test_encoded_file_goes_through_the_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(RUSSIAN.encode("cp1251") * 2)
    doc = process_file(path, until="segment")
    assert doc.text.startswith("Боевики напали")
    assert doc.language == "ru"
    assert doc.sentences
