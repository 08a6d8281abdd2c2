"""The command line: thin commands over the library API, one module per command family.

Each module registers its commands on `main`; exit codes are 0 (all good), 1 (some
inputs failed, each reported on one line) and 2 (usage error).
"""

from __future__ import annotations

import sys

import click

from kronika import __version__
from kronika.cli.common import run_main


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kronika")
def cli() -> None:
    """kronika: conflict reporting in, structured event records out."""


def main(argv: list[str] | None = None) -> None:
    sys.exit(run_main(cli, argv))


# Command modules register themselves on `cli` when imported.
from kronika.cli import evaluate as _evaluate  # noqa: E402, F401
from kronika.cli import extract as _extract  # noqa: E402, F401
from kronika.cli import places as _places  # noqa: E402, F401
from kronika.cli import serve as _serve  # noqa: E402, F401
from kronika.cli import store as _store  # noqa: E402, F401
