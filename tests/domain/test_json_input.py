"""Strict JSON: what the standard parsers accept but a case cannot mean is refused by name."""

import pytest

from disciplinedesk.domain import json_input
from disciplinedesk.domain.errors import CaseError


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1, "a": 2}', "a: the key is given twice"),
        ('{"a": {"b": 1, "\\u0062": 2}}', "b: the key is given twice"),
        ('{"a": NaN}', "NaN is not a number JSON allows"),
        ('{"a": -Infinity}', "-Infinity is not a number JSON allows"),
        ('{"a": 1e999}', "too large a number"),
        ('{"a": ' + "9" * 30 + "}", "too large a number"),
        ("[" * 13 + "]" * 13, "nested deeper than any case"),
        ('{"a": 1', "not valid JSON at line 1"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(CaseError, match=message.replace("(", r"\(")):
        json_input.load(text)


def test_accepted_as_the_standard_parser_reads_it() -> None:
    # The same key in two objects, NaN inside a string, a BOM, and a key spelled with escapes.
    text = '\ufeff{"a": {"k": 1}, "b": {"k": "NaN"}, "c\\"d": [1.5, -2, {"k": null}]}'
    assert json_input.load(text) == {
        "a": {"k": 1},
        "b": {"k": "NaN"},
        'c"d': [1.5, -2, {"k": None}],
    }
    assert json_input.load("[" * 12 + "]" * 12) is not None


def test_bytes_are_utf8_and_say_where_not() -> None:
    assert json_input.load('{"n": "é"}'.encode()) == {"n": "é"}
    with pytest.raises(CaseError, match=r"not UTF-8 text \(byte 8\)"):
        json_input.load(b'{"n": "\xe9"}')
