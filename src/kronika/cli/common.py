"""What the commands share: error reporting, option types, input iteration, output files.

Exit codes (the README's): 0 all good; 1 some input failed (each said on one line) or the
run could not go on (the output or the store cannot be written: one line); 2 a usage
error (a bad option value, a missing argument), before anything runs. The messages
themselves come from `kronika.errors`; this module adds the prefix and the exit code.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any, TypeVar

import click

from kronika.api import InputItem, iter_inputs
from kronika.errors import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    KronikaError,
    RunError,
    UsageError,
    failure_line,
    set_note_sink,
)
from kronika.export import GuardedStream, atomic_output

#: a progress bar appears on stderr when a run has more inputs than this
PROGRESS_THRESHOLD = 3
__all__ = ["EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE"]

T = TypeVar("T")
#: click ≥ 8.2 raises this for a bare `kronika`; older versions print the help themselves
_NO_ARGS_IS_HELP: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())


def error_line(message: str) -> None:
    click.echo(f"kronika: error: {message}", err=True)


def _silence_stdout() -> None:
    """After stdout failed (closed pipe, full disk), keep the interpreter's exit flush quiet."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115


def run_main(group: click.Group, argv: list[str] | None) -> int:
    try:
        result = group.main(args=argv, prog_name="kronika", standalone_mode=False)
    except click.exceptions.Abort:
        error_line("aborted")
        return 130
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except _NO_ARGS_IS_HELP as exc:
        # `kronika` alone: the help, as help (not as an error line); still a usage error
        ctx = getattr(exc, "ctx", None)
        click.echo(ctx.get_help() if ctx else exc.format_message(), err=True)
        return EXIT_USAGE
    except click.UsageError as exc:
        error_line(exc.format_message())
        return EXIT_USAGE
    except click.ClickException as exc:
        error_line(exc.format_message())
        return EXIT_USAGE if exc.exit_code == EXIT_USAGE else EXIT_SOME_FAILED
    except UsageError as exc:
        error_line(str(exc))
        return EXIT_USAGE
    except KronikaError as exc:
        if isinstance(exc, RunError):
            _silence_stdout()
        error_line(str(exc))
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        # The reader went away (`kronika extract … | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        error_line("interrupted")
        return 130
    except OSError as exc:
        _silence_stdout()
        error_line(f"{exc.filename + ': ' if exc.filename else ''}{exc.strerror or exc}")
        return EXIT_SOME_FAILED
    except Exception as exc:
        if os.environ.get("KRONIKA_DEBUG"):
            raise
        error_line(
            f"internal error ({type(exc).__name__}: {exc}); please report it "
            "(KRONIKA_DEBUG=1 shows the traceback)"
        )
        return EXIT_SOME_FAILED
    return result if isinstance(result, int) else EXIT_OK


def describe_failure(path: str, exc: BaseException) -> str:
    """The one line for a failed input (raises `RunError` when the machine, not the input, failed)."""
    return failure_line(path, exc)


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
            old_sink = set_note_sink(lambda line: tqdm.write(line, file=sys.stderr))
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
                    error_line(failure_line(item.path, exc))
                else:
                    self.done += 1
                    yield item.path, result
                finally:
                    if bar is not None:
                        bar.update(1)
        finally:
            if bar is not None:
                set_note_sink(old_sink)
                bar.close()

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


@contextlib.contextmanager
def output_file(path: str | None) -> Iterator[IO[str]]:
    """`-`/None is stdout; a file is written atomically (see `kronika.export.atomic_output`)."""
    if path in (None, "-"):
        yield GuardedStream(sys.stdout, "standard output")  # type: ignore[misc]
        return
    with atomic_output(path) as out:
        yield out  # type: ignore[misc]


class CheckedText(click.ParamType):
    """An option value checked by the library's own parser when the command line is read, so
    a bad value is a usage error (exit 2) before anything runs; the command gets the text."""

    def __init__(
        self, name: str, parse: Callable[[str], object], bad_example: str = "not,a valid:value"
    ) -> None:
        #: a value the type refuses (the exit-code tests feed it to every option of the type)
        self.name, self._parse, self.bad_example = name, parse, bad_example

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value is None or not isinstance(value, str):
            return value
        try:
            self._parse(value)
        except (KronikaError, ValueError, TypeError) as exc:
            self.fail(str(exc), param, ctx)
        return value


def _published(value: str) -> object:
    from kronika.api import parse_published

    return parse_published(value)


def _date(value: str) -> object:
    from kronika.store.query import parse_date

    return parse_date(value, "date")


def _bbox(value: str) -> object:
    from kronika.store.query import BBox

    return BBox.parse(value)


def _output(value: str) -> object:
    if value.startswith("-") and value != "-":
        # `-o --quiet FILE` would otherwise write a file named "--quiet"
        raise UsageError(f"{value!r} looks like an option, not a file name (use ./{value} for such a file)")
    return value


#: an output file (-o); "-" is stdout
OUTPUT = CheckedText("FILE", _output, bad_example="--quiet")
#: option types: YYYY-MM-DD dates and minlon,minlat,maxlon,maxlat boxes
PUBLISHED = CheckedText("YYYY-MM-DD", _published)
DATE = CheckedText("YYYY-MM-DD", _date)
BBOX = CheckedText("MINLON,MINLAT,MAXLON,MAXLAT", _bbox)
#: an input file an option names (gold, config): missing is a usage error
EXISTING_FILE = click.Path(exists=True, dir_okay=False)


def published_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        type=PUBLISHED,
        default=None,
        help="Publication date that anchors relative dates; wins over dates found in the text.",
    )(fn)


def _use_dictionary(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Check the file now (a bad one is a usage error, exit 2) and make it the run's dictionary:
    through the environment, so worker processes read it too."""
    if value is None:
        return
    from kronika import dictionary

    path = os.path.abspath(value)
    try:
        dictionary.check(dictionary.load(path))
    except dictionary.DictionaryError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    os.environ[dictionary.ENV] = path


def dictionary_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--dictionary",
        metavar="FILE",
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_use_dictionary,
        help="A user dictionary (TOML): your own actor aliases, places and non-places.",
    )(fn)


def quiet_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(fn)
