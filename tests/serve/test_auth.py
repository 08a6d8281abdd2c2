"""Write tokens: where they come from, whom they name, how they are compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.errors import KronikaError
from kronika.serve.auth import parse_tokens, reviewer_for

GOOD = "abcdefghijkl0123"


@pytest.mark.parametrize(
    ("options", "env", "file_text", "expected"),
    [
        ((GOOD,), None, None, {GOOD: "reviewer"}),
        ((f"ana:{GOOD}",), None, None, {GOOD: "ana"}),
        ((), f"ana:{GOOD}, bo:{GOOD}X", None, {GOOD: "ana", GOOD + "X": "bo"}),
        (
            (),
            None,
            f"# reviewers\nana {GOOD}\n\nbo {GOOD}Y  # night shift\n",
            {GOOD: "ana", GOOD + "Y": "bo"},
        ),
        ((f"ana:{GOOD}",), f"ana:{GOOD}", None, {GOOD: "ana"}),
        ((), "", None, {}),
    ],
)
def test_tokens_from_every_source(tmp_path: Path, options, env, file_text, expected) -> None:
    file = None
    if file_text is not None:
        file = tmp_path / "tokens"
        file.write_text(file_text)
    assert parse_tokens(options, env, file) == expected


@pytest.mark.parametrize(
    ("options", "env", "file_text", "message"),
    [
        (("short",), None, None, "at least"),
        (("bad name!:" + GOOD,), None, None, "reviewer name"),
        ((f"ana:{GOOD}", f"bo:{GOOD}"), None, None, "same token"),
        ((), None, f"ana {GOOD} extra\n", "expected 'NAME TOKEN'"),
        ((), None, None, None),
    ],
)
def test_bad_tokens_are_refused_with_the_cause(tmp_path: Path, options, env, file_text, message) -> None:
    file = None
    if file_text is not None:
        file = tmp_path / "tokens"
        file.write_text(file_text)
    if message is None:
        with pytest.raises(KronikaError, match="cannot read"):
            parse_tokens((), None, tmp_path / "missing")
        return
    with pytest.raises(KronikaError, match=message):
        parse_tokens(options, env, file)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (f"Bearer {GOOD}", "ana"),
        (f"bearer {GOOD}", "ana"),
        (f"Bearer  {GOOD} ", "ana"),
        (f"Bearer {GOOD}0", None),
        (f"Bearer {GOOD[:-1]}", None),
        (f"Token {GOOD}", None),
        (GOOD, None),
        ("Bearer", None),
        ("", None),
        (None, None),
        ("Bearer \udcff", None),
    ],
)
def test_reviewer_for_a_header(header, expected) -> None:
    assert reviewer_for({GOOD: "ana", GOOD + "Z": "bo"}, header) == expected
