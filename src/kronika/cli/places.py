"""`kronika places FILE`: every recognised toponym with offsets, role and resolution."""

from __future__ import annotations

import dataclasses
import json

import click

from kronika import api
from kronika.cli import cli
from kronika.cli.common import InputRun


@cli.command()
@click.argument("input_path", metavar="FILE")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line instead of a table row.")
def places(input_path: str, as_json: bool) -> int:
    """List the toponyms of FILE (or - for stdin): offsets, role and resolved place."""
    run = InputRun((input_path,), quiet=True)
    for _, doc in run.each(lambda path: api.process_file(path, until="places")):
        for m in doc.places:
            p = m.place
            if as_json:
                row = {"document_id": doc.document_id, **dataclasses.asdict(m)}
                click.echo(json.dumps(row, ensure_ascii=False))
                continue
            where = ", ".join(x for x in (p.admin1, p.country_code) if x)
            click.echo(
                f"{m.start}\t{m.end}\t{m.text}\t{m.role}{'/' + m.name_of if m.name_of else ''}\t"
                f"{p.name} ({where}) {p.latitude},{p.longitude} {p.precision}"
            )
    return run.exit_code
