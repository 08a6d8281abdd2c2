"""`kronika places FILE` prints every toponym with offsets, role and resolution."""

from __future__ import annotations

import json


def test_places_json(run_cli, tmp_path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Gunmen attacked a checkpoint near Grozny, Chechnya, on Friday.\n", encoding="utf-8")
    result = run_cli("places", str(path), "--json")
    assert result.code == 0
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["text"] for r in rows] == ["Grozny", "Chechnya"]
    text = path.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    assert rows[0]["place"]["country_code"] == "RU"


def test_places_table(run_cli, tmp_path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Two men were arrested in Batumi.\n", encoding="utf-8")
    result = run_cli("places", str(path))
    assert result.code == 0 and "Batumi" in result.out and "GE" in result.out
