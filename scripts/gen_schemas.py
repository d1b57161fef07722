"""Write the JSON Schemas of the case (input) and the result (output) into docs/schema/.

The schemas are generated from the same msgspec types that check the input, so the
documented contract cannot drift from the code; tests/test_schemas.py fails when they differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec

from disciplinedesk.domain.case import Case
from disciplinedesk.domain.result import Result

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "docs" / "schema"


def schemas() -> dict[str, str]:
    out = {}
    for name, model in (("case", Case), ("result", Result)):
        schema = msgspec.json.schema(model)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def main() -> int:
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for file_name, text in schemas().items():
        (SCHEMA_DIR / file_name).write_text(text, encoding="utf-8")
        print(f"wrote docs/schema/{file_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
