"""Strict JSON for what a person or a file gives: one clear line for everything JSON allows
but a case cannot mean.

The standard parsers accept what would silently change a decision: a key given twice (the
last one wins), NaN and Infinity, 1e999 read as infinity, nesting deep enough to exhaust the
parser's recursion. `check_structure` refuses those before any parser runs, in one pass over
the text's tokens, so the fast path (msgspec straight into a Case) keeps its speed.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from disciplinedesk.domain.errors import CaseError

# The deepest a real case nests (case > history > strategies_tried > entry > behaviors) is 5.
MAX_DEPTH = 12
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"(\s*:)?|[{}\[\]]|(-?Infinity|NaN)\b', re.DOTALL)


def as_text(data: str | bytes) -> str:
    """Bytes as UTF-8 text; a byte-order mark is dropped, as a file's is."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise CaseError(f"not UTF-8 text (byte {error.start + 1})") from None
    return data.removeprefix("\ufeff")


def check_structure(text: str) -> None:
    """Refuse duplicate keys, NaN/Infinity and nesting deeper than MAX_DEPTH."""
    stack: list[set[str] | None] = []
    for match in _TOKENS.finditer(text):
        token = match.group(0)
        if match.group(2):
            raise CaseError(f"{match.group(2)} is not a number JSON allows")
        if token in "{[":
            stack.append(set() if token == "{" else None)
            if len(stack) > MAX_DEPTH:
                raise CaseError(f"nested deeper than any case ({MAX_DEPTH} levels)")
        elif token in "}]":
            if stack:
                stack.pop()
        elif match.group(1) is not None:  # a key
            keys = stack[-1] if stack else None
            if keys is None:
                continue  # malformed: the parser will say where
            key = token[: match.start(1) - match.start(0)]
            name = _key_name(key)
            if name in keys:
                raise CaseError(f"{_name(name)}: the key is given twice; give it once")
            keys.add(name)


def load(data: str | bytes) -> Any:
    """Decode JSON strictly: structure checked, numbers finite, or CaseError with one line."""
    text = as_text(data)
    check_structure(text)
    try:
        return json.loads(
            text, parse_float=_finite_float, parse_int=_bounded_int, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        raise CaseError(
            f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except ValueError as error:  # a number too long to convert, or one out of range
        raise CaseError(str(error)) from None


def _key_name(quoted: str) -> str:
    """A key as the parser will read it; a malformed escape is left for the parser to report."""
    if "\\" not in quoted:
        return quoted[1:-1]
    try:
        return str(json.loads(quoted))
    except json.JSONDecodeError:
        return quoted


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:20]} is too large a number to mean anything here")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 18:
        raise ValueError(f"{text[:20]}... is too large a number to mean anything here")
    return int(text)


def _no_constant(text: str) -> float:
    raise ValueError(f"{text} is not a number JSON allows")


def _name(key: str) -> str:
    return key if len(key) <= 40 else f"{key[:36]}..."
