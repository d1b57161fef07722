"""Where the command line gets the log's passphrase: $DISCIPLINEDESK_PASSPHRASE, or a prompt.

The passphrase is never an argument (it would show in the shell's history and in `ps`).
A new passphrase is asked twice, with what makes a good one, and the warning that nobody
can recover it.
"""

from __future__ import annotations

import sys
from getpass import getpass
from pathlib import Path

from disciplinedesk.commands.secrets import PASSPHRASE_ENV, take_secret
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.passphrase import ADVICE, weakness
from disciplinedesk.store.log_file import log_state


def passphrase_for(data_dir: Path) -> str | None:
    """The passphrase to open (or create, or encrypt) the log in `data_dir`; None for a
    demo log, which holds only made-up students."""
    state = log_state(data_dir)
    if state == "demo":
        return None
    from_env = take_secret(PASSPHRASE_ENV)
    if from_env:
        if state == "new" and weakness(from_env):
            raise UserFacingError(f"${PASSPHRASE_ENV}: {weakness(from_env)}")
        return from_env
    if not sys.stdin.isatty():
        what = {
            "new": "a new log is encrypted",
            "plain": "the log is to be encrypted",
            "encrypted": "the log is encrypted",
        }[state]
        raise UserFacingError(
            f"{what}: set ${PASSPHRASE_ENV} to its passphrase, or run the command in a terminal to be asked"
        )
    if state == "encrypted":
        return getpass(f"Passphrase of the log in {data_dir}: ")
    print(
        "The log will be encrypted." if state == "new" else "The log will now be encrypted.",
        ADVICE,
        sep="\n",
        file=sys.stderr,
    )
    return ask_new_passphrase()


def ask_new_passphrase() -> str:
    for _ in range(3):
        first = getpass("New passphrase: ")
        problem = weakness(first)
        if problem:
            print(f"Not accepted: {problem}.", file=sys.stderr)
            continue
        if getpass("The same passphrase again: ") != first:
            print("The two did not match.", file=sys.stderr)
            continue
        return first
    raise UserFacingError("no passphrase was set; nothing was changed")
