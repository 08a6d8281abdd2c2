"""`kronika serve` (the HTTP API and web page) and `kronika review` (the review log)."""

from __future__ import annotations

import json
import os

import click

from kronika.cli import cli
from kronika.cli.common import EXIT_OK, dictionary_option, output_file
from kronika.cli.store import DEFAULT_DB, db_option
from kronika.dictionary import DictionaryError
from kronika.errors import KronikaError, note
from kronika.store import IncidentConfig, Store
from kronika.store import review as rv

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    "tokens",
    multiple=True,
    metavar="[NAME:]TOKEN",
    help="A write token, for the reviewer NAME (repeatable). Without tokens the server is read-only.",
)
@click.option(
    "--tokens-file",
    default=None,
    type=click.Path(dir_okay=False),
    help="Write tokens, one 'NAME TOKEN' a line.",
)
@click.option(
    "--cors-origin", "cors", multiple=True, help="Allow this browser origin (repeatable); none by default."
)
@click.option(
    "--config", "config_path", default=None, metavar="TOML", help="Incident thresholds, as for ingest."
)
@click.option(
    "--log-level", type=click.Choice(["warning", "info", "debug"]), default="info", show_default=True
)
@dictionary_option
def serve_command(
    db: str,
    host: str,
    port: int,
    tokens: tuple[str, ...],
    tokens_file: str | None,
    cors: tuple[str, ...],
    config_path: str | None,
    log_level: str,
) -> int:
    """Serve the store: a JSON API (/api, described at /api/openapi.json) and a web page with a map,
    a timeline, a table and each event's evidence, where reviewers correct the records.

    Read-only unless write tokens are given (--token, --tokens-file or the environment
    variable KRONIKA_SERVE_TOKENS, 'NAME:TOKEN' separated by commas). Binds to loopback
    unless --host says otherwise. With --dictionary, the place search of corrections and
    POST /api/extract read the user dictionary, shown at /api/dictionary.
    """
    try:
        import uvicorn

        from kronika.serve import create_app
        from kronika.serve.auth import ENV_VAR, parse_tokens
    except ImportError:
        raise KronikaError("kronika serve needs its extras: pip install 'kronika[serve]'") from None
    writers = parse_tokens(tokens, os.environ.get(ENV_VAR), tokens_file)
    config = IncidentConfig.from_toml(config_path) if config_path else IncidentConfig()
    loopback = host in LOOPBACK
    try:
        app = create_app(
            db,
            tokens=writers,
            incident_config=config,
            cors_origins=cors,
            allowed_hosts=[*LOOPBACK, "[::1]"] if loopback else None,
        )
    except DictionaryError as exc:  # $KRONIKA_DICTIONARY, which no option checked
        raise click.BadParameter(str(exc), param_hint="'--dictionary' or $KRONIKA_DICTIONARY") from None
    mode = f"{len(set(writers.values()))} reviewer(s) may write" if writers else "read-only"
    shown = f"[{host}]" if ":" in host else host
    note(f"serving {db} on http://{shown}:{port}/ ({mode}); Ctrl-C stops")
    if not loopback:
        note(f"listening on {host}, not loopback: others on the network can connect")
    uvicorn.run(
        app, host=host, port=port, log_level=log_level, server_header=False, access_log=log_level != "warning"
    )
    return EXIT_OK


@cli.group("review")
def review_group() -> None:
    """The review log: corrections made in `kronika serve`, as data."""


@review_group.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The SQLite store file.")
@click.option("--document", default=None, help="Only the reviewed events of this document id.")
@click.option("--output", "-o", default=None, help="Write here instead of stdout.")
def review_export(db: str, document: str | None, output: str | None) -> int:
    """Write the reviewed events (confirmed or corrected, not rejected) as gold rows, one
    JSON object a line, in the format `kronika eval --gold` scores."""
    with Store(db, readonly=True) as store, output_file(output) as out:
        n = 0
        for row in rv.gold_rows(store, document):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    click.echo(f"kronika: {n} reviewed events written as gold rows", err=True)
    return EXIT_OK


@review_group.command("list")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The SQLite store file.")
@click.option("--unplaced", is_flag=True, help="Only reviews whose event re-extraction lost.")
@click.option("--event", "event_id", default=None, help="Only this event's entries.")
def review_list(db: str, unplaced: bool, event_id: str | None) -> int:
    """Print the review log (JSON Lines, oldest first), or the reviews that cannot be placed."""
    with Store(db, readonly=True) as store:
        if unplaced:
            for u in rv.unplaced(store):
                click.echo(
                    json.dumps(
                        {name: getattr(u, name) for name in u.__dataclass_fields__}, ensure_ascii=False
                    )
                )
        else:
            for entry in rv.entries(store, event_id):
                click.echo(json.dumps(entry.to_dict(), ensure_ascii=False))
    return EXIT_OK
