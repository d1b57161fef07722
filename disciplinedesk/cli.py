"""The command line: `disciplinedesk` alone starts the GUI; subcommands are its headless twin.

Every subcommand exits 2 with one clear line on bad input and never shows a traceback.
Heavy modules (Qt, the store) are imported inside the command that needs them, so that
`disciplinedesk evaluate` starts quickly and never loads Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from disciplinedesk import __version__

Handler = Callable[[argparse.Namespace], int]
EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def _evaluate(args: argparse.Namespace) -> int:
    from disciplinedesk.commands.evaluate import run

    return run(args)


def _behaviors(args: argparse.Namespace) -> int:
    from disciplinedesk.commands.behaviors import run

    return run(args)


def _gui(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.app import run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the folder of the log (default: $DISCIPLINEDESK_DATA_DIR or the user data folder)",
    )
    common.add_argument(
        "--pack", type=Path, default=None, help="a policy pack file (default: the bundled PPS pack)"
    )
    parser = argparse.ArgumentParser(
        prog="disciplinedesk",
        description="Decision support for school discipline, following the district handbook.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"DisciplineDesk {__version__}")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="start the GUI and quit once the main window is shown (for smoke tests and benchmarks)",
    )
    parser.set_defaults(handler=_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    evaluate = commands.add_parser(
        "evaluate", parents=[common], help="evaluate a case (JSON) and print the handbook's answer"
    )
    evaluate.add_argument("file", help="a JSON case file, or - for standard input")
    evaluate.add_argument(
        "--jsonl", action="store_true", help="one case per line in, one result per line out"
    )
    evaluate.add_argument(
        "--json", action="store_true", help="print JSON (the default for evaluate)"
    )
    evaluate.set_defaults(handler=_evaluate)

    behaviors = commands.add_parser(
        "behaviors", parents=[common], help="list the behavior matrix (id, type, name)"
    )
    behaviors.add_argument("--json", action="store_true", help="print JSON")
    behaviors.add_argument("--type", type=int, choices=range(1, 5), help="only this type")
    behaviors.set_defaults(handler=_behaviors)
    return parser


def resolve_data_dir(arg: Path | None) -> Path:
    """--data-dir wins, then $DISCIPLINEDESK_DATA_DIR, then the platform's user data folder."""
    if arg is not None:
        return arg
    env = os.environ.get("DISCIPLINEDESK_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("DisciplineDesk", appauthor=False)


def main(argv: Sequence[str] | None = None) -> int:
    from disciplinedesk.domain.errors import UserFacingError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except UserFacingError as error:
        print(f"disciplinedesk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("disciplinedesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
