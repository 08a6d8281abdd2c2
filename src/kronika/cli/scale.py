"""The engine and table-corpus options `extract` and `ingest` share, and extract's run on an engine."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import click

from kronika.api import TEXT_SUFFIXES
from kronika.cli.common import EXIT_OK, EXIT_SOME_FAILED, error_line, output_file
from kronika.corpora import Columns, ParquetDatasetWriter, is_table, read_table
from kronika.engines import ENGINES, Engine, Failed, Source, make_engine
from kronika.errors import InputError, KronikaError, note, set_note_sink
from kronika.export import Writer


@dataclass(frozen=True, slots=True)
class EngineChoice:
    engine: str
    jobs: int
    workers: int | None
    scheduler: str | None

    @property
    def default(self) -> bool:
        return self.engine == "local" and self.jobs == 1

    def make(self, quiet: bool) -> Engine:
        return make_engine(
            self.engine, self.jobs, self.workers, self.scheduler, on_note=None if quiet else note
        )


def engine_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--engine",
            type=click.Choice(ENGINES),
            default=None,
            help="Where extraction runs: local processes (see --jobs) or a Dask cluster. [default: local]",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(1, 256),
            default=1,
            show_default=True,
            help="Local engine: extract in this many processes (1: in this one).",
        ),
        click.option(
            "--workers",
            type=click.IntRange(1, 256),
            default=None,
            help="Dask engine: start a local cluster of this many worker processes [default: 2].",
        ),
        click.option(
            "--scheduler",
            default=None,
            metavar="ADDRESS",
            help="Dask engine: the scheduler of a running cluster, e.g. tcp://10.0.0.5:8786.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def column_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    defaults = Columns()
    options = [
        click.option(
            f"--{what}-column",
            f"{what}_column",
            default=getattr(defaults, what),
            show_default=True,
            help=f"Table corpora (.jsonl, .csv, .parquet): the column holding {meaning}.",
        )
        for what, meaning in (
            ("id", "the document id"),
            ("text", "the text"),
            ("url", "the URL (optional)"),
            ("title", "the title (optional)"),
            ("published", "the publication date (optional; wins over --published)"),
        )
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def engine_choice(engine: str | None, jobs: int, workers: int | None, scheduler: str | None) -> EngineChoice:
    """Check the engine options together: --workers and --scheduler mean the Dask engine."""
    if (workers or scheduler) and engine == "local":
        raise click.UsageError("--workers and --scheduler are options of --engine dask")
    if workers and scheduler:
        raise click.UsageError("give --scheduler (a running cluster) or --workers (a local one), not both")
    name = engine or ("dask" if workers or scheduler else "local")
    if name == "dask" and jobs > 1:
        raise click.UsageError("--jobs is the local engine's; a Dask cluster's size is --workers")
    return EngineChoice(name, jobs, workers, scheduler)


def columns_from(options: dict[str, Any]) -> Columns:
    return Columns(**{what: options.pop(f"{what}_column") for what in Columns.__dataclass_fields__})


def walk_sources(paths: Iterable[str], columns: Columns) -> Iterator[Source | InputError]:
    """Sources of files, folders (walked recursively, sorted), table corpora and `-`;
    an `InputError` for each input or row that cannot be one. A file's id is its name,
    as `kronika extract` has always named it."""
    for name in paths:
        p = Path(name)
        if name == "-":
            from kronika.load import read_bytes

            try:
                document_id, data = read_bytes("-")
            except InputError as exc:
                yield exc
                continue
            yield Source(document_id, data=data, origin="-", size=len(data))
        elif p.is_dir():
            try:
                found = sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file() and (f.suffix.lower() in TEXT_SUFFIXES or is_table(f))
                )
            except OSError as exc:
                yield InputError(name, exc.strerror or str(exc))
                continue
            yield from walk_sources((str(f) for f in found), columns)
        elif is_table(p) and p.is_file():
            try:
                yield from read_table(p, columns)
            except InputError as exc:
                yield exc
        else:
            size = p.stat().st_size if p.is_file() else 0
            yield Source(p.name, path=name, size=size)


def extract_on_engine(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    min_confidence: float,
    published: date | None,
    quiet: bool,
    choice: EngineChoice,
    columns: Columns,
) -> int:
    """`kronika extract` on an engine, over files, folders and table corpora."""
    failed = 0
    bar = None
    if not quiet:
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)
        old_sink = set_note_sink(lambda line: tqdm.write(line, file=sys.stderr))

    def report(message: str) -> None:
        nonlocal failed
        failed += 1
        if bar is not None:
            bar.clear()
        error_line(message)

    def good(stream: Iterable[Source | InputError]) -> Iterator[Source]:
        for item in stream:
            if isinstance(item, InputError):
                report(str(item))
                if bar is not None:
                    bar.update(1)
            else:
                yield item

    def write_all(writer: Writer | ParquetDatasetWriter) -> None:
        with choice.make(quiet) as engine:
            for _, outcome in engine.run(good(walk_sources(inputs, columns)), published, keep_text=False):
                if isinstance(outcome, Failed):
                    report(outcome.message)
                else:
                    writer.write(e for e in outcome.events if e.confidence >= min_confidence)
                if bar is not None:
                    bar.update(1)

    try:
        if fmt == "parquet":
            if output in (None, "-"):
                raise KronikaError("parquet output is a folder of files: give it with -o DIR")
            dataset = ParquetDatasetWriter(output)
            write_all(dataset)
            dataset.close()
        else:
            out: IO[str]
            with output_file(output) as out:
                writer = Writer(out, fmt)
                try:
                    write_all(writer)
                finally:
                    writer.close()
    finally:
        if bar is not None:
            set_note_sink(old_sink)
            bar.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def any_table(paths: Iterable[str]) -> bool:
    """Whether a path is a table corpus, or a folder that holds one."""
    for name in paths:
        p = Path(name)
        if is_table(p) or (p.is_dir() and any(is_table(f) for f in p.rglob("*"))):
            return True
    return False


def ingest_items(paths: Iterable[str], columns: Columns) -> Iterator[Any]:
    """`kronika ingest`'s inputs: the store's walk of files and folders, with each table
    corpus (given or found in a folder) read as one document a row. A row whose id another
    input of this run already has is refused: it would replace that document."""
    from kronika.store.ingest import IngestItem, plan

    seen: dict[str, str] = {}
    for item in plan(paths):
        if item.path is None or item.error is not None or not is_table(item.path):
            if item.note is None and item.error is None:
                seen.setdefault(item.document_id, str(item.path))
            yield item
            continue
        try:
            rows = read_table(item.path, columns)
            for row in rows:
                if isinstance(row, InputError):
                    yield IngestItem(str(item.path), error=row)
                    continue
                first = seen.setdefault(row.document_id, row.where)
                if first != row.where:
                    reason = f"id {row.document_id!r} is already the id of {first}"
                    yield IngestItem(row.document_id, error=InputError(row.where, reason))
                    continue
                yield IngestItem(row.document_id, path=item.path, row=row)
        except InputError as exc:
            yield IngestItem(str(item.path), error=exc)
