"""Records written as a Parquet dataset read back equal, whatever they hold or lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.corpora import ParquetDatasetWriter, read_records
from tests.store.generate import make_event

EVENTS = {
    "dated and placed": dict(),
    "undated": dict(day=None),
    "unplaced": dict(place=None, lat=None, lon=None, admin1=None, country=None, code=None, geo="unknown"),
    "actors, counts, weapons": dict(
        actors=(("Boko Haram", "perpetrator"), ("civilians", "target")),
        killed=12,
        injured=3,
        weapons=("firearm", "explosive"),
    ),
    "a country with spaces and an accent": dict(country="Côte d'Ivoire", code="CI", place="Bouaké"),
}


@pytest.mark.parametrize("batch", [1, 1000])
def test_records_read_back_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr("kronika.corpora.PARQUET_BATCH", batch)
    events = [make_event(f"doc-{i}", salt=name, **kw) for i, (name, kw) in enumerate(EVENTS.items())]
    writer = ParquetDatasetWriter(tmp_path / "out")
    writer.write(events)
    writer.close()
    assert writer.count == len(events)
    assert not (tmp_path / "out.part").exists()
    back = read_records(tmp_path / "out")
    assert sorted(back, key=lambda e: e.event_id) == sorted(events, key=lambda e: e.event_id)
    years = {p.name for p in (tmp_path / "out").iterdir()}
    assert years == {"year=2020", "year=__HIVE_DEFAULT_PARTITION__"}


def test_no_records_still_make_a_dataset(tmp_path: Path) -> None:
    writer = ParquetDatasetWriter(tmp_path / "empty")
    writer.close()
    assert (tmp_path / "empty").is_dir() and read_records(tmp_path / "empty") == []
