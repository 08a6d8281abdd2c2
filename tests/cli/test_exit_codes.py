"""Exit codes over every command: 2 for any usage error, 1 when an input failed, 0 otherwise.

The usage cases are generated from the commands themselves (every command, every option
that takes a value), so a command or option added later is covered without a new row.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from kronika.cli import cli
from kronika.cli.common import CheckedText
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample-report.txt"


def _commands() -> list[tuple[str, click.Command]]:
    return sorted(cli.commands.items())


def _required_args(command: click.Command) -> list[str]:
    """Placeholder values for the command's required arguments (never read: usage fails first)."""
    return ["placeholder.txt" for p in command.params if isinstance(p, click.Argument) and p.required]


def _value_options(command: click.Command) -> list[click.Option]:
    return [
        p
        for p in command.params
        if isinstance(p, click.Option) and not p.is_flag and not p.count and not p.is_eager
    ]


def _bad_value(option: click.Option) -> str | None:
    """A value the option's type must refuse, or None when any text is valid for it."""
    t = option.type
    if isinstance(t, click.Choice):
        return "no-such-choice"
    if isinstance(t, CheckedText):
        return t.bad_example
    if isinstance(t, click.FloatRange):
        return "1e9" if t.max is not None else "-1e9"
    if isinstance(t, click.IntRange):
        return "999999999" if t.max is not None else "-999999999"
    if isinstance(t, (click.types.IntParamType, click.types.FloatParamType)):
        return "not-a-number"
    if isinstance(t, click.Path) and t.exists:
        return "no/such/file.txt"
    return None


def _cases() -> list[tuple[str, list[str]]]:
    cases: list[tuple[str, list[str]]] = []
    for name, command in _commands():
        cases.append((f"{name} unknown option", [name, "--no-such-option"]))
        for option in _value_options(command):
            flag = max(option.opts, key=len)
            cases.append((f"{name} {flag} without value", [name, *_required_args(command), flag]))
            bad = _bad_value(option)
            if bad is not None:
                cases.append((f"{name} {flag} {bad!r}", [name, *_required_args(command), flag, bad]))
        if any(isinstance(p, click.Argument) and p.required for p in command.params):
            cases.append((f"{name} without its argument", [name]))
    cases.append(("unknown command", ["frobnicate"]))
    return cases


#: the values the issue names, spelled out (the generated cases cover them too)
NAMED = [
    ["extract", str(SAMPLE), "--published", "yesterday"],
    ["extract", str(SAMPLE), "--published", "2024-02-30"],
    ["extract", str(SAMPLE), "--format", "xml"],
    ["extract", str(SAMPLE), "-o"],
    ["ingest", str(SAMPLE), "--published", "14 March"],
    ["events", "--since", "last week"],
    ["events", "--until", "2024-13-01"],
    ["events", "--bbox", "1,2,3"],
    ["events", "--bbox", "10,60,0,50"],
    ["events", "-f", "xlsx"],
    ["stats", "--since", "x"],
    ["eval", str(SAMPLE), "--gold", "no/such/gold.jsonl"],
]


@pytest.mark.parametrize(
    "args",
    [c[1] for c in _cases()] + NAMED,
    ids=[c[0] for c in _cases()]
    + [" ".join(a[:1] + a[2:] if len(a) > 1 and a[1] == str(SAMPLE) else a) for a in NAMED],
)
def test_usage_error_exits_2_with_one_line_and_runs_nothing(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.code == 2, (args, result.err)
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kronika: error:"), result.err
    assert "Traceback" not in result.err and result.out == ""
    assert list(tmp_path.iterdir()) == [], "a usage error must not create files (a store, an output)"


def test_generated_cases_reach_every_command() -> None:
    covered = {c[1][0] for c in _cases()}
    assert covered >= set(cli.commands)


def _gold(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "make_args",
    [
        lambda d: ["extract", str(d / "missing.txt")],
        lambda d: ["extract", str(SAMPLE), str(d / "missing.txt"), "-q"],
        lambda d: ["clean", str(d / "missing.txt")],
        lambda d: ["places", str(d / "missing.txt")],
        lambda d: ["eval", str(d / "missing.txt"), "--gold", str(_gold(d / "g.jsonl", []))],
        lambda d: ["ingest", str(d / "missing.txt"), "--db", str(d / "s.db"), "-q"],
    ],
    ids=["extract", "extract-one-of-two", "clean", "places", "eval", "ingest"],
)
def test_a_failed_input_exits_1_naming_it(run_cli, tmp_path: Path, make_args) -> None:
    result = run_cli(*make_args(tmp_path))
    assert result.code == 1, result.err
    errors = [line for line in result.err.splitlines() if line.startswith("kronika: error:")]
    assert len(errors) == 1 and "missing.txt" in errors[0]
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    "rows, expected",
    [
        (['{"doc": "sample-report.txt", "kind": "attack", "date_start": "2023-03-13"}'], 0),
        (['{"doc": "sample-report.txt", "kind": "attack"}'], 2),
        (['{"doc": "sample-report.txt", "kind": "attack", "date_start": "March"}'], 2),
        (["not json"], 2),
    ],
    ids=["no-date_end-is-one-day", "no-date_start", "bad-date", "not-json"],
)
def test_eval_gold_rows_are_checked_not_tracebacks(run_cli, tmp_path: Path, rows, expected) -> None:
    gold = _gold(tmp_path / "gold.jsonl", rows)
    result = run_cli("eval", str(SAMPLE), "--gold", str(gold), "-q")
    assert result.code == expected, result.err
    assert "Traceback" not in result.err
    if expected:
        assert len(result.err.strip().splitlines()) == 1 and "gold" in result.err
    else:
        assert "events F1" in result.out


def test_a_good_run_exits_0_and_says_nothing(run_cli) -> None:
    result = run_cli("extract", str(SAMPLE), "-q")
    assert (result.code, result.err) == (0, "")
    assert result.out.count("\n") >= 1
