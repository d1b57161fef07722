"""The window's own arguments, `disciplinedesk [--data-dir D] [--pack P] [--quit-when-ready]`,
read without argparse: building the parser of the forty commands cost a double-click about
10 ms before the first window. Anything else (`--help`, a command, a mistake) returns None
and goes to the whole parser, which says what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

OPTIONS = ("--data-dir", "--pack")
FLAG = "--quit-when-ready"


class WindowArguments(NamedTuple):
    data_dir: Path | None = None  # None: $DISCIPLINEDESK_DATA_DIR or the user data folder
    pack: Path | None = None  # None: the bundled PPS pack
    quit_when_ready: bool = False  # quit once the first window is shown (smoke tests)


def window_arguments(argv: Sequence[str]) -> WindowArguments | None:
    """The arguments, when they are the window's alone; as argparse reads them (the last of
    a repeated option wins), or None."""
    values: dict[str, Path] = {}
    quit_when_ready = False
    tokens = iter(argv)
    for token in tokens:
        if token == FLAG:
            quit_when_ready = True
            continue
        name, equals, value = token.partition("=")
        if name not in OPTIONS:
            return None
        if not equals:
            following = next(tokens, None)
            if following is None or following.startswith("-"):
                return None  # argparse's "expected one argument"
            value = following
        values[name] = Path(value)
    return WindowArguments(values.get("--data-dir"), values.get("--pack"), quit_when_ready)
