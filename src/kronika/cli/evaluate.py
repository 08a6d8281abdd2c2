"""`kronika eval`: extract and score against gold events."""

from __future__ import annotations

import json

import click

from kronika import api
from kronika.cli import cli
from kronika.cli.common import CheckedText, InputRun, published_option, quiet_option
from kronika.evaluate import load_gold, score_records


@cli.command("eval")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--gold", required=True, type=CheckedText("FILE", load_gold), help="Gold events, JSON Lines.")
@click.option("--show", is_flag=True, help="List misses, wrong fields and extra predictions.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
@click.option("--tolerance-days", type=int, default=7, show_default=True)
@published_option
@quiet_option
def evaluate(
    inputs: tuple[str, ...],
    gold: str,
    show: bool,
    as_json: bool,
    tolerance_days: int,
    published: str | None,
    quiet: bool,
) -> int:
    """Extract events from INPUTS and score them against --gold."""
    pub = api.parse_published(published)
    run = InputRun(inputs, quiet=quiet)
    rows = []
    for _, events in run.each(lambda path: api.extract_file(path, published=pub)):
        rows.extend(e.to_dict() for e in events)
    result = score_records(rows, gold, tolerance_days)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        if show:
            for line in result.show_lines():
                click.echo(line)
        click.echo(result.summary())
        click.echo(result.calibration_line())
    return run.exit_code
