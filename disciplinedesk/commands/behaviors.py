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
                    "name": b.name,
                    "definition": b.definition,
                    "page": b.page,
                }
                for b in rows
            ]
        )
        return 0
    width = max(len(b.id) for b in rows) if rows else 0
    for b in rows:
        kind = f"Type {b.type}" if b.type is not None else "substance"
        print(f"{b.id:<{width}}  {kind:<9}  {b.name} (p.{b.page})")
    return 0
