"""The bad-input catalogue: every kind of input an analyst may hand `kronika extract`, with the
exit code the README gives (0 ok, 1 some input failed, 2 usage error) and, for a failure,
one clear line naming the real cause, never a traceback."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kronika import load
from tests.load.reports import Layout, make_docx, make_pdf

PROSE = "Gunmen killed three people in Kabul on 2 May 2021. Police said the attackers fled.\n"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _tar() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        info = tarfile.TarInfo("report.txt")
        info.size = len(PROSE)
        archive.addfile(info, io.BytesIO(PROSE.encode()))
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.text(20, 20, PROSE.strip())
    pdf.set_encryption(owner_password="owner", user_password="reader")
    return bytes(pdf.output())


def _corrupt_middle(data: bytes) -> bytes:
    middle = len(data) // 3
    return data[:middle] + b"\x00garbage\xff" * 50 + data[middle + 500 :]


def _deep_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + PROSE + "</div>" * depth + "</body></html>").encode()


Case = tuple[str, Callable[[], bytes], int, str]

CASES: list[Case] = [
    # encodings and text shapes: read
    ("plain.txt", lambda: PROSE.encode("utf-8"), 0, ""),
    ("bom.txt", lambda: b"\xef\xbb\xbf" + PROSE.encode(), 0, ""),
    ("utf16le.txt", lambda: PROSE.encode("utf-16"), 0, ""),
    ("utf16be-nobom.txt", lambda: PROSE.encode("utf-16-be"), 0, ""),
    ("utf32.txt", lambda: PROSE.encode("utf-32"), 0, ""),
    ("cp1252.txt", lambda: "“Gunmen” killed three people in Kabul on 2 May 2021.".encode("cp1252"), 0, ""),
    ("latin1.txt", lambda: "Gunmen killed three people in Tétouan on 2 May 2021.".encode("latin-1"), 0, ""),
    ("mixed.txt", lambda: PROSE.encode() + "“caf\u00e9”".encode("cp1252") + "é".encode(), 0, ""),
    ("crlf.txt", lambda: PROSE.replace("\n", "\r\n").encode(), 0, ""),
    ("empty.txt", lambda: b"", 0, ""),
    ("blank.txt", lambda: b" \n\t\n", 0, ""),
    ("nul-in-text.txt", lambda: b"A\x00B" * 500, 1, "binary content"),
    ("control.txt", lambda: bytes(range(1, 9)) * 300, 1, "binary content"),
    # pathological text: read, in bounded time
    ("dots.txt", lambda: b"Two men were killed in the town on Monday" + b"." * 28, 0, ""),
    ("spaces.txt", lambda: b"A bomb hit the market." + b" " * 20000 + b"x", 0, ""),
    ("dot-run.txt", lambda: b"." * 20000, 0, ""),
    ("figures.txt", lambda: " ".join(["5 killed"] * 820).encode(), 0, ""),
    (
        "huge-count.txt",
        lambda: b"Gunmen killed 99999999999999999999999 people in Kabul on 2 May 2021.",
        0,
        "",
    ),
    ("long-digits.txt", lambda: b"Gunmen killed " + b"9" * 5000 + b" people in Kabul.", 0, ""),
    ("hyphen-name.txt", lambda: b"Al-" * 3000, 0, ""),
    ("equals.txt", lambda: b"=" * 5000 + b" x", 0, ""),
    # HTML
    ("page.html", lambda: f"<html><body><p>{PROSE}</p></body></html>".encode(), 0, ""),
    ("deep-ok.html", lambda: _deep_html(1000), 0, ""),
    ("deep.html", lambda: _deep_html(100_000), 1, "nested 100,000 elements deep"),
    ("unclosed.html", lambda: ("<html><body>" + "<p>x" * 20000).encode(), 0, ""),
    # archives: named, with what to do
    ("reports.zip", lambda: _zip({"a.txt": PROSE.encode(), "b.txt": PROSE.encode()}), 1, "ZIP archive of 2"),
    ("report.txt.gz", lambda: gzip.compress(PROSE.encode()), 1, "gzip archive"),
    ("report.txt.bz2", lambda: bz2.compress(PROSE.encode()), 1, "bzip2 archive"),
    ("report.txt.xz", lambda: lzma.compress(PROSE.encode()), 1, "xz archive"),
    ("reports.tar", _tar, 1, "tar archive"),
    ("reports.7z", lambda: b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 40, 1, "7-Zip"),
    ("reports.rar", lambda: b"Rar!\x1a\x07\x01\x00" + b"\x00" * 40, 1, "RAR"),
    # images, programs, other office files
    ("scan.png", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40, 1, "PNG image"),
    ("photo.jpg", lambda: b"\xff\xd8\xff\xe0" + b"\x00" * 40, 1, "JPEG image"),
    ("anim.gif", lambda: b"GIF89a" + b"\x00" * 40, 1, "GIF image"),
    ("tool", lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 40, 1, "executable"),
    ("sheet.xlsx", lambda: _zip({"xl/workbook.xml": b"<workbook/>"}), 1, "Excel workbook"),
    ("deck.pptx", lambda: _zip({"ppt/presentation.xml": b"<p/>"}), 1, "PowerPoint"),
    ("notes.odt", lambda: _zip({"content.xml": b"<office/>"}), 1, "OpenDocument"),
    ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, 1, "legacy Office"),
    ("memo.rtf", lambda: b"{\\rtf1\\ansi Gunmen killed three people.}", 1, "RTF"),
    # PDF
    ("report.pdf", lambda: make_pdf(Layout()), 0, ""),
    ("columns.pdf", lambda: make_pdf(Layout(columns=2, hyphenate=True, page_numbers=True)), 0, ""),
    ("part-scanned.pdf", lambda: make_pdf(Layout(pages=3, scanned_pages=[3])), 0, ""),
    ("scanned.pdf", lambda: make_pdf(Layout(pages=2, scanned_pages=[1, 2])), 1, "without a text layer"),
    ("truncated.pdf", lambda: make_pdf(Layout())[:300], 1, "PDF"),
    ("header-only.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 1, "PDF"),
    ("garbled.pdf", lambda: _corrupt_middle(make_pdf(Layout())), None, ""),
    ("locked.pdf", _encrypted_pdf, 1, "encrypted PDF"),
    # Word
    ("report.docx", make_docx, 0, ""),
    ("tables.docx", lambda: make_docx(table=True, annex=True), 0, ""),
    ("truncated.docx", lambda: make_docx()[:200], 1, "damaged ZIP"),
    (
        "broken.docx",
        lambda: _zip({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<x"}),
        1,
        "damaged Word",
    ),
]


@pytest.mark.parametrize(("name", "build", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_catalogue(
    run_cli, tmp_path: Path, name: str, build: Callable[[], bytes], code: int | None, message: str
):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(build())
    result = run_cli("extract", str(path), "--quiet")
    assert "Traceback" not in result.err
    errors = [line for line in result.err.splitlines() if line.startswith("kronika: error:")]
    if code is None:  # a damaged PDF may still have readable pages: read, or one line why not
        assert (result.code, len(errors)) in ((0, 0), (1, 1))
        return
    assert result.code == code, result.err
    if code == 0:
        assert errors == []
    else:
        assert len(errors) == 1 and message in errors[0], result.err
        assert name in errors[0]


def test_missing_file(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("extract", str(tmp_path / "nowhere.txt"))
    assert result.code == 1 and "no such file" in result.err and len(result.err.splitlines()) == 1


def test_over_the_byte_limit(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(load, "MAX_BYTES", 64)
    path = tmp_path / "big.txt"
    path.write_bytes(PROSE.encode() * 4)
    result = run_cli("extract", str(path))
    assert result.code == 1 and "limit" in result.err


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [("KRONIKA_MAX_CHARS", "50", "over the budget of 50"), ("KRONIKA_MAX_SECONDS", "0.01", "time budget")],
)
def test_budget_skips_one_document_and_goes_on(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, message: str
):
    monkeypatch.setenv(variable, value)
    big = tmp_path / "a-big.txt"
    big.write_text(PROSE * 400)
    small = tmp_path / "b-small.txt"
    small.write_text("Gunmen killed three people in Kabul on 2 May 2021.")
    monkeypatch.setenv(variable, value)
    result = run_cli("extract", str(big), str(small), "--quiet")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("kronika: error:")]
    assert len(errors) == 1 and "a-big.txt" in errors[0] and message in errors[0]


def test_one_bad_input_among_good_ones(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text(PROSE)
    bad = tmp_path / "bad.gz"
    bad.write_bytes(gzip.compress(b"x"))
    result = run_cli("extract", str(bad), str(good), "--quiet")
    assert result.code == 1 and '"document_id": "good.txt"' in result.out.replace(": ", ": ")


@pytest.mark.parametrize(
    "args",
    # a bad --published and the other usage errors are the CLI's (tests/cli)
    [("extract", "x.txt", "--format", "yaml"), ("extract",)],
)
def test_usage_errors_exit_2(run_cli, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    assert run_cli(*args).code == 2


def test_notes_for_what_a_report_leaves_out(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.pdf"
    path.write_bytes(make_pdf(Layout(pages=3, scanned_pages=[3], table="ruled")))
    result = run_cli("extract", str(path), "--quiet")
    notes = [line for line in result.err.splitlines() if line.startswith("kronika: note:")]
    assert result.code == 0 and any("page(s) 3" in n for n in notes) and any("table" in n for n in notes)
