"""Language identification: every input is named, unread languages are said, never dropped silently."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika import api
from kronika.language import identify, is_readable, name_of, resource_dir

# Sentences written for these tests, long enough for the identifier to decide.
LONG = {
    "en": "Gunmen opened fire on a police checkpoint on the edge of the town on Monday night, "
    "killing two officers and wounding a third, the regional governor said in a statement.",
    "ru": "Вечером в понедельник неизвестные обстреляли блокпост полиции на окраине города, "
    "двое сотрудников погибли, ещё один ранен, сообщили в пресс-службе регионального МВД.",
    "uk": "Увечері в понеділок невідомі обстріляли блокпост поліції на околиці міста, двоє "
    "працівників загинули, ще одного поранено, повідомили в обласній адміністрації.",
    "de": "Am Montagabend haben Unbekannte einen Polizeiposten am Stadtrand beschossen, zwei "
    "Beamte wurden getötet und ein dritter verletzt, teilte der Gouverneur mit.",
    "es": "El lunes por la noche, hombres armados dispararon contra un puesto policial en las "
    "afueras de la ciudad y mataron a dos agentes, informó el gobernador regional.",
    "hu": "Hétfő este ismeretlenek rálőttek egy rendőrségi ellenőrzőpontra a város szélén, két "
    "rendőr meghalt, egy harmadik megsebesült, közölte a megyei kormányzó.",
}


@pytest.mark.parametrize(("code", "text"), sorted(LONG.items()))
def test_long_texts_are_named(code: str, text: str) -> None:
    assert identify(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two killed in Kabul blast", "en"),
        ("Взрыв в Кабуле: двое погибших", "ru"),
        ("Barangay Kapitan raid", "en"),
        ("", "en"),
        ("12 / 04 / 2020", "en"),
    ],
)
def test_short_texts_take_their_scripts_language(text: str, code: str) -> None:
    assert identify(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2020, in San Luis Potosi, San Luis Potosi, a man was found dead in Colonia "
        "Primero de Mayo with gunshot wounds; the killing was attributed to a cartel.",
        "On 8 May 2020, a drug suspect was killed during a police raid in Barangay Santo Nino, "
        "San Jose del Monte, Bulacan, the provincial police office said.",
    ],
)
def test_english_full_of_foreign_names_stays_english(text: str) -> None:
    assert identify(text) == "en"


def test_unread_language_gives_a_note_and_no_records() -> None:
    doc = api.process(LONG["hu"], "hu.txt")
    assert doc.language == "hu" and not is_readable("hu")
    assert doc.events == [] and len(doc.notes) == 1
    assert "Hungarian (hu)" in doc.notes[0]
    assert doc.layers == ["clean", "language"]


def test_library_extract_says_it_cannot_read_a_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert api.extract(LONG["de"], "de-library.txt") == []
    err = capsys.readouterr().err
    assert "de-library.txt" in err and "German (de)" in err


def test_cli_says_which_language_it_cannot_read(tmp_path, run_cli) -> None:
    path = tmp_path / "report.txt"
    path.write_text(LONG["es"], encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.code == 0 and result.out == ""
    assert result.err.count("\n") == 1 and "Spanish (es)" in result.err and "note" in result.err


def test_records_carry_the_document_language() -> None:
    events = api.extract(LONG["en"], "en.txt", published="2024-03-05")
    assert events and all(e.language == "en" for e in events)


@pytest.mark.parametrize(("code", "name"), [("en", "English"), ("hu", "Hungarian"), ("zz", "zz")])
def test_language_names(code: str, name: str) -> None:
    assert name_of(code) == name


def test_resource_folders() -> None:
    assert resource_dir("en", "time").name == "time"
    assert str(resource_dir("ru", "time")).replace("\\", "/").endswith("data/ru/time")


@given(st.text(max_size=300))
def test_identify_never_fails(text: str) -> None:
    code = identify(text)
    assert isinstance(code, str) and code
