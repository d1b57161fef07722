"""Every subcommand with hostile arguments (empty, huge, negative, far dates, wrong types, a
pipe, a folder): exit 0 or exit 2 with one line, never an internal error and never a hang.

The commands run in this process (their `main`) on a real encrypted log, each under an alarm
so that a command that would block on a pipe fails the test instead of hanging it.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from disciplinedesk.cli import main
from disciplinedesk.command_parser import build_parser
from tests.test_cli_evaluate import TEST_PASSPHRASE

# The GUI's own commands render Qt screens (tests/ui covers them); `passphrase` re-keys.
SKIPPED = {("screenshots",), ("passphrase",)}
ALARM_SECONDS = 20


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _leaves(sub, (*path, name))
            return
    yield path, parser


COMMANDS = {path: parser for path, parser in _leaves(build_parser()) if path not in SKIPPED}


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-args")
    roster = folder / "roster.csv"
    roster.write_text("student_id,first_name,last_name,grade\nS1,Ana,Lee,8\n", encoding="utf-8")
    os.mkfifo(folder / "pipe")
    (folder / "a-folder").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
        assert main(["students", "import", str(roster), "--data-dir", str(folder / "data")]) == 0
    return folder


def _hostile_values(school: Path) -> dict[str, str]:
    return {
        "empty": "",
        "huge": "x" * 5000,
        "negative": "-5",
        "far date": "9999-12-31",
        "early date": "0001-01-01",
        "wrong type": "[1, 2]",
        "a pipe": str(school / "pipe"),
        "a folder": str(school / "a-folder"),
    }


def _argv(path: tuple[str, ...], parser: argparse.ArgumentParser, value: str) -> list[str]:
    argv = list(path)
    for action in parser._actions:
        if action.dest in ("help", "data_dir", "pack", "json") or action.nargs == 0:
            continue
        if action.option_strings:
            argv += [action.option_strings[0], value]
        else:
            argv.append(value)
    return argv


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError("the command did not answer: it blocks (on a pipe?)")


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_hostile_arguments_get_one_line_never_an_internal_error(
    path: tuple[str, ...],
    school: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.chdir(tmp_path)  # a value taken as a file name lands here
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))  # not a terminal
    data_dir = tmp_path / "demo" if path == ("demo",) else school / "data"
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for name, value in _hostile_values(school).items():
            argv = [*_argv(path, COMMANDS[path], value), "--data-dir", str(data_dir)]
            signal.alarm(ALARM_SECONDS)
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse refusing the arguments
                code = int(exit_.code or 0)
            finally:
                signal.alarm(0)
            _, err = capsys.readouterr()
            assert code in (0, 2), f"{' '.join(path)} with {name}: exit {code}: {err}"
            assert "internal error" not in err, f"{' '.join(path)} with {name}: {err}"
            assert err.count("\n") <= 1, f"{' '.join(path)} with {name}: {err}"
    finally:
        signal.signal(signal.SIGALRM, previous)
