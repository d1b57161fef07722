"""`disciplinedesk evaluate FILE|-` and `--jsonl`: the engine on JSON cases.

A case may name a logged student (`student: {"id": ...}`); then the student's fields, prior
record and the school calendar come from the log in --data-dir. Other cases never open it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

import msgspec

from disciplinedesk.commands.common import pack_from, read_text
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.case import Case, parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import CaseError, UserFacingError
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
        try:
            data: Any = msgspec.json.decode(text)
        except msgspec.DecodeError:
            from disciplinedesk.domain.case import describe_json_syntax_error

            raise CaseError(describe_json_syntax_error(text)) from None
        student = data.get("student") if isinstance(data, dict) else None
        if isinstance(student, dict) and student.get("id"):
            from disciplinedesk.store.cases import complete_case

            if self._log is None:
                self._log = open_log_for(self.args, create=False)
            data, _ = complete_case(self._log, self.pack, data)
        return parse_case(data, self.pack)


def run(args: argparse.Namespace) -> int:
    pack = pack_from(args)
    text, label = read_text(args.file)
    cases = _Cases(args, pack)
    if args.jsonl:
        write = sys.stdout.write
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                case = cases.case(line)
            except CaseError as error:
                raise UserFacingError(f"{label} line {number}: {error}") from None
            write(evaluate(case, pack).to_json() + "\n")
        return 0
    try:
        case = cases.case(text)
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    sys.stdout.write(evaluate(case, pack).to_json(indent=2) + "\n")
    return 0
