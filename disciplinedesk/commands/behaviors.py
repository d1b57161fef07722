"""`disciplinedesk behaviors`: the behavior matrix of the pack."""

from __future__ import annotations

import argparse

from disciplinedesk.commands.common import pack_from, print_json


def run(args: argparse.Namespace) -> int:
    pack = pack_from(args)
    rows = [b for b in pack.behaviors if args.type is None or b.type == args.type]
    if args.json:
        print_json(
            [
                {
                    "id": b.id,
                    "type": b.type,
                    "substance": b.substance,
                    "name": b.label,
                    "definition": b.definition,
                    "page": b.page,
                }
                for b in rows
            ]
        )
        return 0
    width = max(len(b.id) for b in rows) if rows else 0
    kinds = {level: t.name for level, t in pack.type_by_level.items()}
    kind_width = max(len(name) for name in kinds.values())
    for b in rows:
        kind = kinds[b.type] if b.type is not None else "—"
        print(f"{b.id:<{width}}  {kind:<{kind_width}}  {b.label} ({pack.page_citation(b.page)})")
    return 0
