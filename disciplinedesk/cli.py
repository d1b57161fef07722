"""The command line: `disciplinedesk` alone starts the GUI; subcommands are its headless twin.

Every subcommand exits 2 with one clear line on bad input and never shows a traceback.
Heavy modules (Qt, the store) are imported inside the command that needs them, so that
`disciplinedesk evaluate` starts quickly and never loads Qt; the window's own arguments
are read without building the commands' parser (window_arguments), so that a double-click
does not wait for it.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TextIO

from disciplinedesk.window_arguments import WindowArguments, window_arguments

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class _TerminalSafe:
    """Standard output that cannot move a terminal's cursor or change its colours: control
    characters from the log (a name imported before they were refused, say) are written as
    \\u escapes, which read as text and keep JSON valid. Newlines and tabs pass."""

    _CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(self._CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _os_problem(error: OSError) -> str:
    """'FILE: the reason' for a file the system refused, the file's name cut when very long."""
    from disciplinedesk.domain.errors import one_line

    reason = error.strerror or type(error).__name__
    name = str(error.filename or "")
    if len(name) > 80:
        name = f"{name[:40]}...{name[-20:]}"
    return one_line(f"{name}: {reason}" if name else reason)


def _start_window(args: WindowArguments) -> int:
    # No cycle collection while the program starts: its modules, classes and widgets are
    # some 45,000 objects that live as long as it does, and collecting among them cost the
    # start 6-10 ms. The main window turns it on again (ui.app.freeze_what_the_start_made).
    gc.disable()
    try:
        from disciplinedesk.ui.app import run

        return run(args)
    finally:
        gc.enable()  # whatever ended the start (a cancelled passphrase, a refused pack)


def main(argv: Sequence[str] | None = None) -> int:
    from disciplinedesk.commands.secrets import give_back_secrets
    from disciplinedesk.commands.store_access import close_opened_logs

    umask = os.umask(
        0o077
    )  # whatever this process writes (logs, backups, exports) is the user's alone
    stdout = sys.stdout
    sys.stdout = _TerminalSafe(stdout)
    try:
        return _main(argv)
    finally:
        close_opened_logs()
        give_back_secrets()
        sys.stdout = stdout
        os.umask(umask)  # as it was, for a caller that goes on (the tests)


def _main(argv: Sequence[str] | None) -> int:
    from disciplinedesk.domain.errors import UserFacingError, one_line

    given = sys.argv[1:] if argv is None else list(argv)
    window = window_arguments(given)
    start: Callable[[], int]
    if window is not None:
        start = partial(_start_window, window)
    else:
        from disciplinedesk.command_parser import build_parser

        args = build_parser().parse_args(given)
        start = partial(args.handler, args)
    try:
        return start()
    except UserFacingError as error:
        print(f"disciplinedesk: {one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:  # a file or folder the system refused: the user can act on it
        print(f"disciplinedesk: {_os_problem(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("disciplinedesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug: one line, no traceback, no student data in it
        if os.environ.get("DISCIPLINEDESK_DEBUG"):  # for a developer reproducing a report
            raise
        print(
            f"disciplinedesk: internal error ({type(error).__name__}); nothing more was done. "
            "Please report it with the command you ran.",
            file=sys.stderr,
        )
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
