"""Write tokens: who may review, and under which name.

A server is read-only unless it is given tokens. Each token names a reviewer, so every
review entry says who made it. Tokens come from ``--token`` (``NAME:TOKEN`` or a bare
``TOKEN`` for the reviewer ``reviewer``), the environment variable ``KRONIKA_SERVE_TOKENS``
(the same, separated by commas or spaces) and a tokens file (one ``NAME TOKEN`` a line,
``#`` comments). A presented token is compared with every known one in constant time.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from kronika.errors import KronikaError

ENV_VAR = "KRONIKA_SERVE_TOKENS"
MIN_LENGTH = 12
_NAME = re.compile(r"[\w.@-]{1,64}")


def _pair(item: str, where: str) -> tuple[str, str]:
    name, sep, token = item.partition(":")
    if not sep:
        name, token = "reviewer", item
    return _checked(name.strip(), token.strip(), where)


def _checked(name: str, token: str, where: str) -> tuple[str, str]:
    if not _NAME.fullmatch(name):
        raise KronikaError(
            f"{where}: reviewer name {name!r} must be 1-64 letters, digits, '.', '@', '_' or '-'"
        )
    if len(token) < MIN_LENGTH or any(c.isspace() for c in token):
        raise KronikaError(f"{where}: a token needs at least {MIN_LENGTH} characters and no spaces")
    return token, name


def parse_tokens(
    options: Iterable[str] = (), env: str | None = None, file: str | Path | None = None
) -> dict[str, str]:
    """token → reviewer from every source given; a malformed entry is an error naming it."""
    tokens: dict[str, str] = {}

    def add(pair: tuple[str, str], where: str) -> None:
        token, name = pair
        if tokens.get(token, name) != name:
            raise KronikaError(f"{where}: the same token is given to {tokens[token]} and {name}")
        tokens[token] = name

    for item in options:
        add(_pair(item, "--token"), "--token")
    for item in re.split(r"[,\s]+", env or ""):
        if item:
            add(_pair(item, ENV_VAR), ENV_VAR)
    if file is not None:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KronikaError(f"cannot read the tokens file {file}: {exc.strerror or exc}") from None
        for n, line in enumerate(lines, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2:
                raise KronikaError(f"{file}:{n}: expected 'NAME TOKEN'")
            add(_checked(parts[0], parts[1], f"{file}:{n}"), f"{file}:{n}")
    return tokens


def reviewer_for(tokens: Mapping[str, str], authorization: str | None) -> str | None:
    """The reviewer whose token the ``Authorization: Bearer`` header carries, or None.

    Every known token is compared (in constant time each), so the time taken does not
    tell which one, or how much of one, matched.
    """
    if not authorization:
        return None
    scheme, _, presented = authorization.partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        return None
    given = presented.strip().encode("utf-8", "surrogatepass")
    found = None
    for token, name in tokens.items():
        if hmac.compare_digest(token.encode("utf-8"), given):
            found = name
    return found
