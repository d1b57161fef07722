"""`disciplinedesk evaluate FILE|-` and `--jsonl`: the engine on JSON cases.

A case may name a logged student (`student: {"id": ...}`); then the student's fields, prior
record and the school calendar come from the log in --data-dir. Other cases never open it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from disciplinedesk.commands.common import pack_from, read_text
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain import json_input
from disciplinedesk.domain.case import Case, decode_case_json, parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import CaseError, UserFacingError, one_line
from disciplinedesk.domain.pack import PolicyPack

if TYPE_CHECKING:
    from disciplinedesk.store.database import Log


class _Cases:
    """Turns JSON texts into cases, opening the log only for a case that names a student."""

    def __init__(self, args: argparse.Namespace, pack: PolicyPack) -> None:
        self.args = args
        self.pack = pack
        self._log: Log | None = None

    def case(self, text: str) -> Case:
        # The fast path: a complete case decodes straight into its type.
        try:
            case = decode_case_json(text, self.pack)
        except CaseError as error:
            data = _json_object(text)
            if not _names_logged_student(data):
                raise error from None
            return self._from_log(data)
        if case.student.id:
            return self._from_log(_json_object(text))
        return case

    def _from_log(self, data: dict[str, Any]) -> Case:
        from disciplinedesk.store.cases import complete_case

        if self._log is None:
            self._log = open_log_for(self.args, create=False)
        completed, _ = complete_case(self._log, self.pack, data)
        return parse_case(completed, self.pack)


def _json_object(text: str) -> Any:
    return json_input.load(text)


def _names_logged_student(data: Any) -> bool:
    student = data.get("student") if isinstance(data, dict) else None
    return isinstance(student, dict) and bool(student.get("id"))


def run(args: argparse.Namespace) -> int:
    pack = pack_from(args)
    text, label = read_text(args.file)
    cases = _Cases(args, pack)
    if args.jsonl:
        return _run_lines(text, label, cases, pack)
    try:
        case = cases.case(text)
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    sys.stdout.write(evaluate(case, pack).to_json(indent=2) + "\n")
    return 0


def _run_lines(text: str, label: str, cases: _Cases, pack: PolicyPack) -> int:
    """One result per line; a bad line gets an error object in its place (with its number)
    and a line on stderr, the others go on, and the exit status is 2 if any line was bad."""
    write = sys.stdout.write
    bad = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            result = evaluate(cases.case(line), pack).to_json()
        except UserFacingError as error:
            bad += 1
            message = one_line(str(error))
            write(json.dumps({"line": number, "error": message}, ensure_ascii=False) + "\n")
            sys.stderr.write(f"disciplinedesk: {label} line {number}: {message}\n")
            continue
        write(result + "\n")
    if bad:
        sys.stderr.write(f"disciplinedesk: {label}: lines refused: {bad}\n")
        return 2
    return 0
