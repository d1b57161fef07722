"""Helpers shared by command handlers: reading input files and loading the pack."""

from __future__ import annotations

import argparse
import json
import stat
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disciplinedesk.domain import json_input
from disciplinedesk.domain.case import check_date_range
from disciplinedesk.domain.errors import CaseError, UserFacingError
from disciplinedesk.domain.pack import PolicyPack, load_pack

if TYPE_CHECKING:
    from disciplinedesk.store.database import Log


def pack_from(args: argparse.Namespace) -> PolicyPack:
    """The pack, in the language of `--lang` where the command has it."""
    path = getattr(args, "pack", None)
    pack = load_pack(path)
    language = getattr(args, "policy_language", None)
    if language is None or language == pack.pack.language:
        return pack
    from disciplinedesk.domain.translations import available_languages, translated_pack

    offered = [pack.pack.language, *available_languages(path)]
    if language not in offered:
        raise UserFacingError(
            f"--lang {language}: the policy pack has no such translation "
            f"(available: {', '.join(offered)})"
        )
    return translated_pack(pack, language)


# A batch of 100,000 cases for `evaluate --jsonl` is about 60 MB.
MAX_INPUT_BYTES = 256 * 2**20


def read_text(name: str) -> tuple[str, str]:
    """The text of a file, or of standard input for '-', and a label to name it in errors.
    Both are read as UTF-8, with or without a byte-order mark."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)  # bytes, to say where text is not UTF-8
        try:
            raw = stream.read() if stream is not None else sys.stdin.read()
            return json_input.as_text(raw), "standard input"
        except CaseError as error:
            raise UserFacingError(f"standard input: {error}") from None
    path = Path(name)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise UserFacingError(f"{name}: is a folder, not a file")
        if not stat.S_ISREG(mode):  # a pipe or a device would block or never end
            raise UserFacingError(f"{name}: is not a regular file")
        with path.open("rb") as file:
            raw = file.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise UserFacingError(f"{name}: no such file") from None
    except OSError as error:
        raise UserFacingError(f"{name}: cannot read ({error.strerror})") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise UserFacingError(f"{name}: larger than {MAX_INPUT_BYTES // 2**20} MB, the most read")
    try:
        return json_input.as_text(raw), name
    except CaseError as error:
        raise UserFacingError(f"{name}: {error}") from None


def option_date(text: str | None, option: str) -> date | None:
    """A date option (`--from`, `--since`...), or None when not given: a date as YYYY-MM-DD
    within the range a school record can carry, or one line naming the option."""
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UserFacingError(f"{option}: {text[:40]!r} is not a date as YYYY-MM-DD") from None
    try:
        check_date_range(day, option)
    except ValueError as error:
        raise UserFacingError(str(error)) from None
    return day


def parse_json(text: str, label: str) -> Any:
    """Strict JSON (no repeated keys, NaN or runaway nesting), or one line naming the input."""
    try:
        return json_input.load(text)
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None


def print_json(data: Any, *, compact: bool = False) -> None:
    if compact:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def disclose_listing(
    log: Log, what: str, *, student_key: str | None = None, incident_id: str | None = None
) -> None:
    """Students' records printed to a terminal or a pipe left the log as a printout does:
    recorded as a disclosure (FERPA), before they are printed."""
    from disciplinedesk.store.disclosures import record_disclosure
    from disciplinedesk.store.rows import current_user

    record_disclosure(
        log,
        kind="listing",
        description=f"{what}, listed to standard output",
        destination="terminal" if sys.stdout.isatty() else "standard output (a pipe or file)",
        actor=current_user(),
        student_key=student_key,
        incident_id=incident_id,
    )
