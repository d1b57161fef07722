"""What makes a passphrase acceptable, said the same way by the command line and the window.

The passphrase is the only key to an encrypted log and its backups, and nobody can recover
it, so the advice favours what a busy person can remember: a few unrelated words.
"""

from __future__ import annotations

MINIMUM_LENGTH = 10
ADVICE = (
    "Choose a passphrase of at least 10 characters: three or four unrelated words are easy "
    "to remember and hard to guess. Nobody can recover it: without it, the log and its "
    "backups cannot be opened. Keep it where the school keeps its other passwords."
)


def weakness(passphrase: str) -> str | None:
    """Why a new passphrase is too weak, or None."""
    if len(passphrase) < MINIMUM_LENGTH:
        return (
            f"the passphrase is too short ({len(passphrase)} characters; at least {MINIMUM_LENGTH})"
        )
    if len(set(passphrase)) < 5:
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
