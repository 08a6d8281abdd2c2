"""`kronika extract`, `kronika clean`, `kronika schema`."""

from __future__ import annotations

import json

import click

from kronika import api
from kronika.cli import cli
from kronika.cli.common import OUTPUT, InputRun, output_file, published_option, quiet_option
from kronika.cli.scale import any_table, column_options, columns_from, engine_choice, engine_options
from kronika.export import FORMATS, Writer
from kronika.record import json_schema


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format", "-f", "fmt", type=click.Choice((*FORMATS, "parquet")), default="jsonl", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=OUTPUT,
    default=None,
    help="Write here instead of stdout (parquet: a folder, by year and country).",
)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Drop records below this.")
@published_option
@quiet_option
@engine_options
@column_options
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    min_confidence: float,
    published: str | None,
    quiet: bool,
    engine: str | None,
    jobs: int,
    workers: int | None,
    scheduler: str | None,
    **columns: str,
) -> int:
    """Extract event records from files, directories, table corpora or - (stdin).

    A .jsonl, .csv or .parquet file is a corpus of one document a row (columns id and
    text; url, title and published when present). --jobs and --engine dask spread the
    documents over processes or a cluster; the records are the same, in the same order.
    """
    pub = api.parse_published(published)
    choice = engine_choice(engine, jobs, workers, scheduler)
    if not choice.default or fmt == "parquet" or any_table(inputs):
        from kronika.cli.scale import extract_on_engine

        return extract_on_engine(
            inputs, fmt, output, min_confidence, pub, quiet, choice, columns_from(columns)
        )
    run = InputRun(inputs, quiet=quiet)
    with output_file(output) as out:
        writer = Writer(out, fmt)
        try:
            for _, events in run.each(lambda path: api.extract_file(path, published=pub)):
                writer.write(e for e in events if e.confidence >= min_confidence)
        finally:
            writer.close()
    return run.exit_code


@cli.command()
@click.argument("input_path", metavar="FILE")
@click.option("--raw-offsets", is_flag=True, help="Print the clean→raw offset runs as JSON instead.")
def clean(input_path: str, raw_offsets: bool) -> int:
    """Print the cleaned text: the text every evidence offset indexes."""
    run = InputRun((input_path,), quiet=True, walk=False)
    for _, doc in run.each(lambda path: api.process_file(path, until="clean")):
        if raw_offsets:
            click.echo(json.dumps({"document_id": doc.document_id, "runs": doc.offsets.runs}))
        else:
            click.echo(doc.text, nl=not doc.text.endswith("\n"))
    return run.exit_code


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the event record."""
    click.echo(json.dumps(json_schema(), indent=2))
