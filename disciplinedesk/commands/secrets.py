"""Secrets read from the environment ($DISCIPLINEDESK_PASSPHRASE and its kin).

Each is taken out of the environment on first read: worker processes (letters, Ed-Fi
validation) inherit the environment, and must never inherit a passphrase. Imports nothing,
so the command line's start stays light.
"""

from __future__ import annotations

import os

# The log's passphrase, for scripts and smoke tests (never an argument: `ps` would show it).
PASSPHRASE_ENV = "DISCIPLINEDESK_PASSPHRASE"

_TAKEN: dict[str, str | None] = {}


def take_secret(name: str) -> str | None:
    """The value of a secret environment variable, removed from the environment for as long
    as the command runs (so that no process it starts inherits it)."""
    if name not in _TAKEN:
        _TAKEN[name] = os.environ.pop(name, None) or None
    return _TAKEN[name]


def give_back_secrets() -> None:
    """When a command ends: the environment as it was (for a caller that runs several
    commands in one process, such as the tests)."""
    for name, value in _TAKEN.items():
        if value is not None:
            os.environ[name] = value
    _TAKEN.clear()
