"""Errors that reach a person: each renders as one line saying what is wrong and where."""

from __future__ import annotations

import re


class UserFacingError(Exception):
    """Bad input from a person or a file; `str()` is the one line to show."""


class CaseError(UserFacingError):
    """A case (the evaluate input) is malformed or names something the pack does not know."""


class PackError(UserFacingError):
    """A policy pack file is malformed; the message names the file and the entry."""


_AT = re.compile(r"^(?P<message>.*) - at `\$(?P<path>[^`]*)`$", re.DOTALL)
_REWORDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Object missing required field `(?P<field>\w+)`$"), "{field}: is required"),
    (
        re.compile(r"^Object contains unknown field `(?P<field>\w+)`$"),
        "{field}: unknown field (check its spelling)",
    ),
    (re.compile(r"^Expected `array` of length >= 1$"), "needs at least one entry"),
    (re.compile(r"^Expected `(?:int|float)` >= 0(?:\.0)?$"), "must not be negative"),
    (re.compile(r"^Expected `(?:int|float)` >= 1(?:\.0)?$"), "must be at least 1"),
    (re.compile(r"^Expected `(?:int|float)` <= (?P<most>\d+)(?:\.0)?$"), "must be at most {most}"),
    (
        re.compile(r"^Expected `str` matching regex .*$"),
        "is not a valid id (lowercase letters, digits, _)",
    ),
    (re.compile(r"^Invalid enum value (?P<value>.+)$"), "{value} is not one of the allowed values"),
    (
        re.compile(r"^Expected `(?P<want>\w+)(?: \| null)?`, got `(?P<got>\w+)`$"),
        "expected {want}, got {got}",
    ),
)


def explain_validation_error(error: Exception) -> str:
    """One line from a msgspec ValidationError: 'incident.behaviors: needs at least one entry'.

    msgspec says "Expected `array` of length >= 1 - at `$.incident.behaviors`"; this turns
    the location into a dotted path in front and the wording into plain English. Messages
    raised by our own checks may start with "field: ", which extends the path.
    """
    text = str(error)
    match = _AT.match(text)
    path, message = (match["path"], match["message"]) if match else ("", text)
    for pattern, template in _REWORDINGS:
        found = pattern.match(message)
        if found:
            message = template.format(**found.groupdict())
            break
    path = path.lstrip(".")
    head, sep, rest = message.partition(": ")
    if sep and re.fullmatch(r"[a-z_]+(\[\d+\])?", head):
        path = f"{path}.{head}" if path else head
        message = rest
    return one_line(f"{path}: {message}" if path else message)


def one_line(text: str) -> str:
    """Control characters (a newline in a field name, say) shown escaped: a message is one line."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
