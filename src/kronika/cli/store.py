"""`kronika ingest`, `kronika events`, `kronika stats`: the event store on the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from kronika import api
from kronika.cli import cli
from kronika.cli.common import (
    BBOX,
    DATE,
    EXIT_OK,
    EXIT_SOME_FAILED,
    OUTPUT,
    CheckedText,
    dictionary_option,
    error_line,
    output_file,
    published_option,
    quiet_option,
)
from kronika.cli.scale import column_options, columns_from, engine_choice, engine_options, ingest_items
from kronika.corpora import is_table
from kronika.engines import store_engine
from kronika.errors import KronikaError, set_note_sink
from kronika.record import KINDS
from kronika.store import BBox, IncidentConfig, Query, Store, ingest, plan
from kronika.store.export import STORE_FORMATS, write_parquet, write_records
from kronika.store.ingest import IngestItem
from kronika.store.query import parse_date

DEFAULT_DB = "kronika.db"


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        metavar="FILE|URL",
        help="The store: an SQLite file, or a PostgreSQL URL (postgresql://user@host/dbname).",
    )(fn)


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only this kind (repeatable)."
        ),
        click.option("--country", default=None, help="Country name or ISO alpha-2 code."),
        click.option("--admin1", default=None, help="First-level region name."),
        click.option(
            "--since",
            type=DATE,
            default=None,
            metavar="YYYY-MM-DD",
            help="Date interval ends on or after this.",
        ),
        click.option(
            "--until",
            type=DATE,
            default=None,
            metavar="YYYY-MM-DD",
            help="Date interval starts on or before.",
        ),
        click.option("--actor", default=None, help="Any part of an actor's name (case-insensitive)."),
        click.option(
            "--bbox",
            type=BBOX,
            default=None,
            metavar="MINLON,MINLAT,MAXLON,MAXLAT",
            help="Only located records in it.",
        ),
        click.option(
            "--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Drop records below this."
        ),
        click.option(
            "--incidents", is_flag=True, help="Incidents across sources instead of per-document events."
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def build_query(
    kinds: tuple[str, ...],
    country: str | None,
    admin1: str | None,
    since: str | None,
    until: str | None,
    actor: str | None,
    bbox: str | None,
    min_confidence: float,
) -> Query:
    return Query(
        kinds=tuple(kinds),
        country=country,
        admin1=admin1,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        actor=actor,
        bbox=BBox.parse(bbox) if bbox else None,
        min_confidence=min_confidence,
    )


def warn_if_stale(store: Store) -> None:
    generation, built_from = store.incidents_state()
    if built_from.split(":")[0] != generation:
        click.echo(
            "kronika: note: the incidents predate the last documents stored (an ingest was interrupted); "
            "run `kronika ingest` again to rebuild them",
            err=True,
        )


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--config",
    "config_path",
    type=CheckedText("TOML", IncidentConfig.from_toml),
    default=None,
    metavar="TOML",
    help="Incident matching thresholds: an [incidents] table (see IncidentConfig).",
)
@click.option("--force", is_flag=True, help="Re-extract every document, changed or not.")
@dictionary_option
@published_option
@quiet_option
@engine_options
@column_options
def ingest_command(
    paths: tuple[str, ...],
    db: str,
    config_path: str | None,
    force: bool,
    published: str | None,
    quiet: bool,
    engine: str | None,
    jobs: int,
    workers: int | None,
    scheduler: str | None,
    **columns: str,
) -> int:
    """Store files and folders (text and HTML) and their events in a store (SQLite or PostgreSQL).

    Document ids: a file given by itself is known by its file name; a file inside a folder
    by FOLDER/PATH-INSIDE-IT (the folder's own name first), so two folders holding the same
    file names do not collide. A document already stored with the same content is skipped
    before extraction; a changed one replaces its own events. Incidents across sources
    are rebuilt at the end. Each document is committed on its own: an interrupted run
    keeps what it committed, and running it again completes the rest. --published applies
    to the documents extracted in this run (use --force to re-extract unchanged ones).

    A .jsonl, .csv or .parquet file (given, or in a folder) is a corpus of one document a
    row, known by its id column. --jobs and --engine dask extract on local processes or a
    Dask cluster while this process writes; the store ends up the same.
    """
    config = IncidentConfig.from_toml(config_path) if config_path else IncidentConfig()
    pub = api.parse_published(published)
    choice = engine_choice(engine, jobs, workers, scheduler)
    items: Iterable[IngestItem] = list(plan(paths))
    total: int | None = len(items)
    tables = any(i.path is not None and i.error is None and is_table(i.path) for i in items)
    if tables:
        items, total = ingest_items(paths, columns_from(columns)), None
    bar = None
    if not quiet:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="docs", file=sys.stderr, dynamic_ncols=True, leave=False)
        old_sink = set_note_sink(lambda line: tqdm.write(line, file=sys.stderr))

    def report(line: str) -> None:
        if bar is not None:
            bar.clear()
        error_line(line)

    def note(line: str) -> None:
        if not quiet:
            if bar is not None:
                bar.clear()
            click.echo(f"kronika: note: {line}", err=True)

    def progress(summary: Any) -> None:
        if bar is not None:
            bar.set_postfix(events=summary.events, failed=summary.failed, refresh=False)
            bar.update(1)

    try:
        with Store(db) as store, choice.make(quiet) as extractor:
            summary = ingest(
                store,
                items,
                published=pub,
                force=force,
                # the store's own loop in this process, unless rows or another engine ask for one
                engine=store_engine(extractor) if tables or not choice.default else None,
                config=config,
                on_error=report,
                on_note=note,
                on_item=progress,
            )
    finally:
        if bar is not None:
            set_note_sink(old_sink)
            bar.close()
    if not quiet:
        click.echo(summary.line(), err=True)
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


@cli.command("events")
@db_option
@filter_options
@click.option("--format", "-f", "fmt", type=click.Choice(STORE_FORMATS), default="jsonl", show_default=True)
@click.option(
    "--output", "-o", type=OUTPUT, default=None, help="Write here instead of stdout (needed for parquet)."
)
def events_command(db: str, incidents: bool, fmt: str, output: str | None, **filters: Any) -> int:
    """Query the store and export events (or --incidents): jsonl, csv, geojson, acled, parquet.

    `acled` is a CSV with ACLED's public export columns, filled from what the records state
    and empty where they do not.
    """
    query = build_query(**filters)
    with Store(db, readonly=True) as store:
        if incidents:
            warn_if_stale(store)
        if fmt == "parquet":
            if output in (None, "-"):
                raise KronikaError("parquet is a binary format: give an output file with -o")
            write_parquet(store, query, output, incidents)
        else:
            with output_file(output) as out:
                write_records(store, query, fmt, out, incidents)
    return EXIT_OK


@cli.command("stats")
@db_option
@filter_options
def stats_command(db: str, incidents: bool, **filters: Any) -> int:
    """Print counts of stored events (or --incidents) by year, country and kind."""
    query = build_query(**filters)
    with Store(db, readonly=True) as store:
        if incidents:
            warn_if_stale(store)
        stats = store.stats(query, incidents=incidents)
        n_docs = store.count("documents")
    what = "incidents" if incidents else "events"
    click.echo(f"{stats.total} {what} from {n_docs} documents")
    for title, rows in (("year", stats.by_year), ("country", stats.by_country), ("kind", stats.by_kind)):
        click.echo(f"\nby {title}:")
        width = max((len(k) for k, _ in rows), default=0)
        for key, n in rows:
            click.echo(f"  {key:<{width}}  {n:>7}")
    return EXIT_OK
