"""`disciplinedesk evaluate FILE|-` and `--jsonl`: the engine on JSON cases."""

from __future__ import annotations

import argparse
import sys

from disciplinedesk.commands.common import pack_from, read_text
from disciplinedesk.domain.case import decode_case_json
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import CaseError, UserFacingError


def run(args: argparse.Namespace) -> int:
    pack = pack_from(args)
    text, label = read_text(args.file)
    if args.jsonl:
        write = sys.stdout.write
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                case = decode_case_json(line, pack)
            except CaseError as error:
                raise UserFacingError(f"{label} line {number}: {error}") from None
            write(evaluate(case, pack).to_json() + "\n")
        return 0
    try:
        case = decode_case_json(text, pack)
    except CaseError as error:
        raise UserFacingError(f"{label}: {error}") from None
    sys.stdout.write(evaluate(case, pack).to_json(indent=2) + "\n")
    return 0
