"""The window's own arguments are read as the whole parser reads them; anything else goes to
the whole parser (which refuses or runs a command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from disciplinedesk.command_parser import build_parser
from disciplinedesk.window_arguments import WindowArguments, window_arguments

THE_WINDOWS = [
    [],
    ["--quit-when-ready"],
    ["--data-dir", "/srv/school"],
    ["--data-dir=/srv/school", "--pack", "district.toml"],
    ["--pack=district.toml", "--quit-when-ready", "--data-dir", "a", "--data-dir", "b"],
    ["--data-dir", ""],
    ["--data-dir="],
]

NOT_THE_WINDOWS = [
    ["--help"],
    ["--version"],
    ["evaluate", "-"],
    ["--data-dir"],
    ["--data-dir", "--quit-when-ready"],
    ["--data", "x"],
    ["--quit-when-ready=yes"],
    ["--pack", "p", "incidents", "list"],
]


@pytest.mark.parametrize("argv", THE_WINDOWS)
def test_the_windows_arguments_read_as_argparse_reads_them(argv: list[str]) -> None:
    parsed = build_parser().parse_args(argv)
    assert window_arguments(argv) == WindowArguments(
        parsed.data_dir, parsed.pack, parsed.quit_when_ready
    )


@pytest.mark.parametrize("argv", NOT_THE_WINDOWS)
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_the_last_of_a_repeated_option_wins() -> None:
    assert window_arguments(["--data-dir", "a", "--data-dir=b"]) == WindowArguments(Path("b"))
