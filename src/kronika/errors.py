"""User-facing errors and notes: each says in one line what went wrong and what to do.

Every message a command shows passes through here (the CLI adds only the ``kronika:``
prefix), so an error is named by its real cause and said once:

- `InputError`: one input cannot be read; that input fails, the others go on (exit 1).
- `UsageError`: a bad option or argument value; nothing runs (exit 2).
- `RunError`: the run cannot go on whatever the input (the output or the store cannot be
  written, the disk is full); it stops with one line instead of blaming every input (exit 1).
  `StoreError` is the store's kind of it.
- `note()`: one line of information on stderr (a first-run index build, a fallback).
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Callable

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

#: OS errors that are the machine's doing, not the input's: a destination cannot be written
_ENVIRONMENT_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EMFILE, errno.ENFILE}
)
#: SQLite messages (lower case, a prefix) that mean the store cannot be written, and what to say
_SQLITE_CAUSES = (
    ("database or disk is full", "the disk holding the store is full"),
    (
        "attempt to write a readonly database",
        "the store is read-only (check the file's and folder's permissions)",
    ),
    ("unable to open database file", "the store cannot be opened (check the folder exists and is writable)"),
    ("disk i/o error", "the disk holding the store failed to read or write"),
    ("database is locked", "the store is locked by another process; try again when it finishes"),
)


class KronikaError(Exception):
    """An error kronika reports to the user as one line, without a traceback."""


class InputError(KronikaError):
    """An input that cannot be read as a document (missing, unreadable, binary, too large)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class BudgetError(InputError):
    """A document over the per-document size or time budget: reported, skipped, the run goes on."""


class UsageError(KronikaError):
    """A bad option or argument value (a date, a bounding box, a format): exit code 2."""


class RunError(KronikaError):
    """The run cannot go on whatever the input: the output or the store cannot be written."""


class StoreError(RunError):
    """A store that cannot be read or written, for a reason outside kronika's input (the
    store backends word the cause: full disk, read-only, not a store, refused connection)."""


def environment_cause(exc: BaseException) -> str | None:
    """One line naming the cause when `exc` is not the input's fault, else None."""
    if isinstance(exc, RunError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for prefix, cause in _SQLITE_CAUSES:
            if text.startswith(prefix):
                return cause
        return None
    if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRNOS:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"cannot write {where}{exc.strerror or exc}"
    return None


def failure_line(source: str, exc: BaseException) -> str:
    """The one line reporting that input `source` failed with `exc`.

    Raises `RunError` instead when the failure is the machine's (a full disk, a read-only
    store or output): every later input would fail the same way, so the run stops with that
    one line rather than blaming each input in turn.
    """
    cause = environment_cause(exc)
    if cause is not None:
        raise RunError(cause) from exc
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, KronikaError):
        return f"{source}: {exc}"
    if isinstance(exc, MemoryError):
        return f"{source}: out of memory while processing"
    if isinstance(exc, RecursionError):
        return f"{source}: input too deeply nested to process"
    return f"{source}: internal error ({type(exc).__name__}: {exc}); please report it with this input"


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


_note_sink: Callable[[str], None] = _stderr
_noted: set[str] = set()


def note(message: str) -> None:
    """Say one line of information on stderr, once per process for the same message."""
    if message in _noted:
        return
    _noted.add(message)
    _note_sink(f"kronika: note: {message}")


def set_note_sink(sink: Callable[[str], None] | None) -> Callable[[str], None]:
    """Send notes elsewhere (a progress bar's writer, a log); None restores stderr. Returns the old sink."""
    global _note_sink
    old = _note_sink
    _note_sink = sink or _stderr
    return old
