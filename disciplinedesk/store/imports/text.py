"""Decoding files from school systems: UTF-8 with or without BOM, or Windows-1252."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from disciplinedesk.store.errors import StoreError

# Bytes that Windows-1252 leaves undefined: a file containing them is not Windows-1252.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class ImportProblemError(StoreError):
    """A bad row or file; the message says file, line, column and what is wrong."""

    def __init__(
        self, path: Path | str, message: str, *, line: int | None = None, column: str | None = None
    ) -> None:
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def read_text_file(path: Path) -> DecodedText:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportProblemError(path, "no such file") from None
    except IsADirectoryError:
        raise ImportProblemError(path, "is a folder, not a file") from None
    except OSError as error:
        raise ImportProblemError(path, f"cannot read ({error.strerror})") from None
    return decode(raw, path)


def decode(raw: bytes, path: Path | str) -> DecodedText:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        raise ImportProblemError(path, "looks like a binary or UTF-16 file; save it as CSV (UTF-8)")
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if any(byte in _CP1252_UNDEFINED for byte in raw):
            line = raw[: error.start].count(b"\n") + 1
            raise ImportProblemError(
                path, "is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8", line=line
            ) from None
        return DecodedText(raw.decode("cp1252"), "windows-1252")


def csv_rows(
    decoded: DecodedText, path: Path
) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and each row with the line number an editor shows (header = line 1)."""
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""))
    if reader.fieldnames is None:
        raise ImportProblemError(path, "is empty")
    header = [name.strip() for name in reader.fieldnames]
    reader.fieldnames = header
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise ImportProblemError(
                    path, "has more values than the header has columns", line=line
                )
            if all(not (value or "").strip() for value in row.values()):
                continue
            rows.append((line, {k: (v or "").strip() for k, v in row.items()}))
    except csv.Error as error:
        raise ImportProblemError(
            path, f"is not valid CSV ({error})", line=reader.line_num
        ) from None
    return header, rows
