"""Errors that reach a person: each renders as one line saying what is wrong and where."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class UserFacingError(Exception):
    """Bad input from a person or a file; `str()` is the one line to show."""


class CaseError(UserFacingError):
    """A case (the evaluate input) is malformed or names something the pack does not know."""


class PackError(UserFacingError):
    """A policy pack file is malformed; the message names the file and the entry."""


def format_location(loc: Sequence[Any]) -> str:
    """Turn a pydantic error location such as ('incident', 'behaviors', 1) into incident.behaviors[1]."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def first_validation_message(errors: Sequence[Any]) -> str:
    """One line from a list of pydantic error dicts: the first error, and how many more there are."""
    first = errors[0]
    where = format_location(first["loc"])
    message = str(first["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    kind = first["type"]
    if kind == "extra_forbidden":
        message = "unknown field (check its spelling)"
    elif kind == "missing":
        message = "is required"
    elif kind == "too_short":
        message = "needs at least one entry"
    elif kind in ("greater_than_equal", "greater_than"):
        message = f"must not be negative (got {first.get('input')!r})"
    more = len(errors) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where}: {message}{suffix}"
