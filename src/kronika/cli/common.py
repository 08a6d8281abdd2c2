"""What the commands share: error reporting, input iteration with progress, output files."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from typing import IO, Any, TypeVar

import click

from kronika import api
from kronika.api import InputItem, iter_inputs
from kronika.document import Document
from kronika.errors import InputError, KronikaError

#: a progress bar appears on stderr when a run has more inputs than this
PROGRESS_THRESHOLD = 3
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

T = TypeVar("T")


def error_line(message: str) -> None:
    click.echo(f"kronika: error: {message}", err=True)


def note_line(message: str) -> None:
    """Something the user must hear about an input that is not an error (an unread language)."""
    click.echo(f"kronika: note: {message}", err=True)


def documents(run: InputRun, published: date | None) -> Iterator[tuple[str, Document]]:
    """Each input processed, with the notes the pipeline left on it said on stderr."""
    for path, doc in run.each(lambda p: api.process_file(p, published=published)):
        for note in doc.notes:
            note_line(f"{path}: {note}")
        yield path, doc


def run_main(group: click.Group, argv: list[str] | None) -> int:
    try:
        result = group.main(args=argv, prog_name="kronika", standalone_mode=False)
    except click.exceptions.Abort:
        error_line("aborted")
        return 130
    except click.UsageError as exc:
        error_line(exc.format_message())
        return EXIT_USAGE
    except click.ClickException as exc:
        error_line(exc.format_message())
        return exc.exit_code
    except KronikaError as exc:
        error_line(str(exc))
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        # The reader went away (`kronika extract … | head`): not an error of ours.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except KeyboardInterrupt:
        error_line("interrupted")
        return 130
    return result if isinstance(result, int) else EXIT_OK


def describe_failure(path: str, exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, KronikaError):
        return f"{path}: {exc}"
    if isinstance(exc, MemoryError):
        return f"{path}: out of memory while processing"
    if isinstance(exc, RecursionError):
        return f"{path}: input too deeply nested to process"
    return f"{path}: internal error ({type(exc).__name__}: {exc}); please report it with this input"


class InputRun:
    """Processes inputs one by one, reporting each failure on one line and counting them."""

    def __init__(
        self, paths: tuple[str, ...], quiet: bool = False, unit: str = "doc", walk: bool = True
    ) -> None:
        self.items: list[InputItem] = list(iter_inputs(paths)) if walk else [InputItem(str(p)) for p in paths]
        self.quiet, self.unit = quiet, unit
        self.failed = 0
        self.done = 0

    def each(self, fn: Callable[[str], T]) -> Iterator[tuple[str, T]]:
        bar = None
        if not self.quiet and len(self.items) > PROGRESS_THRESHOLD:
            from tqdm import tqdm

            bar = tqdm(
                total=len(self.items), unit=self.unit, file=sys.stderr, dynamic_ncols=True, leave=False
            )
        try:
            for item in self.items:
                try:
                    if item.error is not None:
                        raise item.error
                    result = fn(item.path)
                except (KeyboardInterrupt, BrokenPipeError):
                    raise
                except Exception as exc:
                    self.failed += 1
                    if bar is not None:
                        bar.clear()
                    error_line(describe_failure(item.path, exc))
                else:
                    self.done += 1
                    yield item.path, result
                finally:
                    if bar is not None:
                        bar.update(1)
        finally:
            if bar is not None:
                bar.close()

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


@contextlib.contextmanager
def output_file(path: str | None) -> Iterator[IO[str]]:
    """`-`/None is stdout; a file is written next to its final name and moved in place at the
    end, so an interrupted run never leaves a truncated output behind a good name."""
    if path in (None, "-"):
        yield sys.stdout
        return
    tmp = f"{path}.part"
    try:
        fh = open(tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise KronikaError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        yield fh
    except BaseException:
        fh.close()
        # Keep what was written: records of inputs already processed are not lost.
        os.replace(tmp, path)
        raise
    fh.close()
    os.replace(tmp, path)


def published_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        default=None,
        help="Publication date that anchors relative dates; wins over dates found in the text.",
    )(fn)


def quiet_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(fn)
