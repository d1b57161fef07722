"""What makes a passphrase acceptable, said the same way by the command line and the window.

The passphrase is the only key to an encrypted log and its backups, and nobody can recover
it, so the advice favours what a busy person can remember: a few unrelated words.
"""

from __future__ import annotations

from typing import Literal

MINIMUM_LENGTH = 10
MINIMUM_DISTINCT = 5
Weakness = Literal["too_short", "too_repetitive"]
ADVICE = (
    "Choose a passphrase of at least 10 characters: three or four unrelated words are easy "
    "to remember and hard to guess. Nobody can recover it: without it, the log and its "
    "backups cannot be opened. Keep it where the school keeps its other passwords."
)


def weakness_kind(passphrase: str) -> Weakness | None:
    """What makes a new passphrase too weak, or None (the window words it in its language)."""
    if len(passphrase) < MINIMUM_LENGTH:
        return "too_short"
    if len(set(passphrase)) < MINIMUM_DISTINCT:
        return "too_repetitive"
    return None


def weakness(passphrase: str) -> str | None:
    """Why a new passphrase is too weak, in English for the command line, or None."""
    kind = weakness_kind(passphrase)
    if kind == "too_short":
        return (
            f"the passphrase is too short ({len(passphrase)} characters; at least {MINIMUM_LENGTH})"
        )
    if kind == "too_repetitive":
        return "the passphrase repeats too few characters to be hard to guess"
    return None


def strength(passphrase: str) -> str:
    """A word for the strength meter: weak, fair or strong."""
    if weakness(passphrase):
        return "weak"
    words = len(passphrase.split())
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    return "strong" if len(passphrase) >= 16 and (words >= 3 or kinds >= 3) else "fair"
