"""Reading files from school systems: UTF-8 with or without BOM, or Windows-1252.

Only regular files are read (a pipe or a device would block or never end), up to a size no
school's roster or calendar comes near. Control characters in a value (a terminal escape
sequence in a name, a stray vertical tab) are removed and counted, so that nothing read from
a file can move a terminal's cursor or change its colours.
"""

from __future__ import annotations

import csv
import io
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from disciplinedesk.store.errors import StoreError

# Bytes that Windows-1252 leaves undefined: a file containing them is not Windows-1252.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# A district of 100,000 students exports a roster of about 10 MB.
MAX_IMPORT_BYTES = 50 * 1024 * 1024
# Terminal escape sequences whole (CSI "ESC [ ... m", OSC "ESC ] ... BEL", two-byte ESC x),
# then any other C0 or C1 control character or DEL.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|[\x00-\x1f\x7f-\x9f]"
)


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
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise ImportProblemError(path, "is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise ImportProblemError(path, "is not a regular file (a pipe or a device?)")
        with path.open("rb") as file:
            raw = file.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise ImportProblemError(path, "no such file") from None
    except OSError as error:
        raise ImportProblemError(path, f"cannot read ({error.strerror})") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportProblemError(
            path, f"is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, the most an import reads"
        )
    return decode(raw, path)


def without_controls(text: str) -> tuple[str, int]:
    """The text without control characters, and how many there were."""
    cleaned, count = _CONTROL.subn("", text)
    return cleaned, count


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


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's header and rows, each with the line number an editor shows (header = 1),
    and how many control characters were removed from its values."""

    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    controls_removed: int


def csv_rows(decoded: DecodedText, path: Path) -> CsvTable:
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as error:
        raise ImportProblemError(path, f"is not valid CSV ({error})", line=1) from None
    if fieldnames is None:
        raise ImportProblemError(path, "is empty")
    header = [name.strip() for name in fieldnames]
    for index, name in enumerate(header):
        if name in header[:index]:
            raise ImportProblemError(
                path,
                f"the header has column {name!r} twice (columns {header.index(name) + 1} and "
                f"{index + 1}); keep one",
                line=1,
            )
    reader.fieldnames = header
    rows: list[tuple[int, dict[str, str]]] = []
    removed = 0
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise ImportProblemError(
                    path, "has more values than the header has columns", line=line
                )
            if all(not (value or "").strip() for value in row.values()):
                continue
            values = {}
            for key, value in row.items():
                values[key], count = without_controls((value or "").strip())
                removed += count
            rows.append((line, values))
    except csv.Error as error:
        raise ImportProblemError(
            path, f"is not valid CSV ({error})", line=reader.line_num
        ) from None
    return CsvTable(header, rows, removed)
