"""Corpora as tables, and records out as a partitioned Parquet dataset.

A table corpus holds one document a row: JSON Lines (``.jsonl``, ``.ndjson``), CSV
(``.csv``, ``.tsv``) or Parquet (``.parquet``), recognised by the file's ending, each
optionally gzip-compressed (``.jsonl.gz``, ``.csv.gz``). Columns: ``id`` (the record's
``document_id``), ``text``, and optionally ``url``, ``title``, ``published``
(YYYY-MM-DD, or a timestamp whose first ten characters are one); `Columns` renames them.
Rows are read lazily, so a corpus larger than memory streams through.

A bad row (no id, no text, an unreadable date, an id seen before, a line that is not
JSON) becomes an `InputError` naming the file and the row number (the first data row
is row 1), and the rows after it are still read. A file without the id or text column
is one error for the whole file, naming the columns it has.

Text in a row goes through the same loader as a file's bytes: HTML in a text column is
turned into text the same way, and a row's own title and date win over the page's.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, get_args, get_origin, get_type_hints

from kronika.engines.base import Source
from kronika.errors import InputError, KronikaError
from kronika.load import MAX_BYTES
from kronika.record import Event

JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
PARQUET_SUFFIXES = (".parquet",)
TABLE_SUFFIXES = (*JSONL_SUFFIXES, *CSV_SUFFIXES, *PARQUET_SUFFIXES)
#: rows a Parquet writer gathers before it writes them out
PARQUET_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column holds what; `id` and `text` are required, the others are used when present."""

    id: str = "id"
    text: str = "text"
    url: str = "url"
    title: str = "title"
    published: str = "published"


def table_kind(path: str | os.PathLike[str]) -> str | None:
    """ "jsonl", "csv" or "parquet" when the file's ending says it is a table corpus, else None."""
    name = str(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES), ("parquet", PARQUET_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def is_table(path: str | os.PathLike[str]) -> bool:
    return table_kind(path) is not None


def _open_text(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def _jsonl_rows(path: Path, columns: Columns) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    checked = False
    with _open_text(path) as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                yield n, InputError(f"{path}: row {n}", f"not a JSON object ({exc.msg})")
                continue
            if not isinstance(row, dict):
                yield n, InputError(f"{path}: row {n}", "not a JSON object")
                continue
            if not checked:  # the first row's keys stand for the file's columns
                _require(path, row, columns)
                checked = True
            yield n, row


def _csv_rows(path: Path, columns: Columns) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    csv.field_size_limit(MAX_BYTES)
    delimiter = "\t" if path.name.lower().removesuffix(".gz").endswith(".tsv") else ","
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        _require(path, reader.fieldnames or [], columns)
        n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                n += 1
                yield n, InputError(f"{path}: row {n}", f"unreadable CSV ({exc})")
                continue
            n += 1
            if None in row:
                yield n, InputError(f"{path}: row {n}", "more fields than the header has columns")
                continue
            yield n, row


def _parquet_rows(path: Path, columns: Columns) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(str(path), "reading Parquet needs pyarrow: pip install 'kronika[data]'") from None
    try:
        file = pq.ParquetFile(path)
    except Exception as exc:
        raise InputError(str(path), f"not a readable Parquet file ({exc})") from None
    names = file.schema_arrow.names
    _require(path, names, columns)
    wanted = [
        c for c in (columns.id, columns.text, columns.url, columns.title, columns.published) if c in names
    ]
    n = 0
    for batch in file.iter_batches(batch_size=1024, columns=list(dict.fromkeys(wanted))):
        for row in batch.to_pylist():
            n += 1
            yield n, row


def _require(path: Path, names: Iterable[str], columns: Columns) -> None:
    have = list(names)
    for what, name in (("id", columns.id), ("text", columns.text)):
        if name not in have:
            raise InputError(
                str(path),
                f"no {name!r} column for the {what} (columns: {', '.join(have) or 'none'}); "
                f"name it with --{what}-column",
            )


def _cell(value: Any) -> str | None:
    """A cell as text: None for a missing or empty cell."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from a Parquet float column
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ValueError(f"published {text!r} is not YYYY-MM-DD") from None


def read_table(path: str | os.PathLike[str], columns: Columns | None = None) -> Iterator[Source | InputError]:
    """The rows of a table corpus as sources, or an `InputError` for each bad row."""
    columns = columns or Columns()
    p = Path(path)
    kind = table_kind(p)
    if kind is None:
        raise InputError(str(p), "not a table corpus (.jsonl, .csv, .tsv or .parquet)")
    if not p.is_file():
        raise InputError(str(p), "no such file")
    try:
        if kind == "parquet":
            rows = _parquet_rows(p, columns)
        elif kind == "csv":
            rows = _csv_rows(p, columns)
        else:
            rows = _jsonl_rows(p, columns)
        seen: dict[str, int] = {}
        for n, row in rows:
            if isinstance(row, InputError):
                yield row
                continue
            try:
                yield _source(p, n, row, columns, seen)
            except ValueError as exc:
                yield InputError(f"{p}: row {n}", str(exc))
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(str(p), f"cannot read the table ({reason})") from None


def _source(path: Path, n: int, row: dict[str, Any], columns: Columns, seen: dict[str, int]) -> Source:
    document_id = _cell(row.get(columns.id))
    if document_id is None:
        raise ValueError(f"no {columns.id!r} value")
    text = row.get(columns.text)
    if text is None or (isinstance(text, float) and text != text):
        raise ValueError(f"no {columns.text!r} value")
    if not isinstance(text, str):
        raise ValueError(f"{columns.text!r} is not text")
    first = seen.setdefault(document_id, n)
    if first != n:
        raise ValueError(f"id {document_id!r} already used by row {first}")
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise ValueError(f"text is over the {MAX_BYTES // (1024 * 1024)} MiB limit")
    url = _cell(row.get(columns.url))
    return Source(
        document_id=document_id,
        data=data,
        published=_date(row.get(columns.published)),
        title=" ".join((_cell(row.get(columns.title)) or "").split()),
        origin=url or f"{path.resolve()}#row={n}",
        size=len(data),
    )


# --- records out: a Parquet dataset partitioned by year and country -----------------------


def _arrow_type(tp: Any) -> Any:
    import dataclasses
    import types
    import typing

    import pyarrow as pa

    origin = get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in get_args(tp) if a is not type(None)]
        return _arrow_type(inner)
    if origin is typing.Literal or tp is str:
        return pa.string()
    if origin is list:
        return pa.list_(_arrow_type(get_args(tp)[0]))
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        return pa.struct([(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    return {bool: pa.bool_(), int: pa.int64(), float: pa.float64()}[tp]


def record_schema() -> Any:
    """The Arrow schema of an event record (lists of actors and evidence as lists of structs),
    plus the `year` partition column."""
    import dataclasses

    import pyarrow as pa

    hints = get_type_hints(Event)
    fields = [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(Event)]
    return pa.schema([*fields, pa.field("year", pa.int32())])


class ParquetDatasetWriter:
    """Writes records under `folder` as Parquet files partitioned Hive-style by year (of
    `date_start`) and country: ``folder/year=2021/country=Iraq/part-00000-0.parquet``.
    Undated or unplaced records go to the null partition. The dataset is written next to
    its final name and moved in place by `close()`; an existing dataset is replaced, any
    other non-empty folder is refused."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise KronikaError("parquet output needs pyarrow: pip install 'kronika[data]'") from None
        from kronika.store.incidents import event_dict

        self._row = event_dict
        self.folder = Path(folder)
        if self.folder.exists() and not _replaceable(self.folder):
            raise KronikaError(
                f"{self.folder}: exists and is not a kronika Parquet dataset; give a new folder"
            )
        self.part = self.folder.with_name(self.folder.name + ".part")
        shutil.rmtree(self.part, ignore_errors=True)
        try:
            self.part.mkdir(parents=True)
        except OSError as exc:
            raise KronikaError(f"cannot write {self.folder}: {exc.strerror or exc}") from None
        self.schema = record_schema()
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        self._batch = 0

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            row = self._row(event)
            year = (event.date_start or "")[:4]
            row["year"] = int(year) if year.isdigit() else None
            self.rows.append(row)
            self.count += 1
            if len(self.rows) >= PARQUET_BATCH:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.dataset as ds

        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        ds.write_dataset(
            table,
            self.part,
            format="parquet",
            partitioning=["year", "country"],
            partitioning_flavor="hive",
            basename_template=f"part-{self._batch:05d}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        self.rows = []
        self._batch += 1

    def close(self) -> None:
        if self.rows or self._batch == 0:
            self._flush()
        if self.folder.exists():
            shutil.rmtree(self.folder)
        os.replace(self.part, self.folder)


def _replaceable(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    return all(entry.is_dir() and entry.name.startswith("year=") for entry in folder.iterdir())


def read_records(folder: str | os.PathLike[str]) -> list[Event]:
    """The records of a dataset `ParquetDatasetWriter` wrote, in a stable order (by year,
    country, then as written)."""
    import pyarrow.dataset as ds

    table = ds.dataset(folder, format="parquet", partitioning="hive").to_table()
    fields = set(Event.__dataclass_fields__)
    return [Event.from_dict({k: v for k, v in row.items() if k in fields}) for row in table.to_pylist()]
