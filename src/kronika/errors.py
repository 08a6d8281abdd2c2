"""User-facing errors: each carries one line that says what went wrong and what to do."""

from __future__ import annotations


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
