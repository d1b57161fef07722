"""The JSON Schemas in docs/ are the ones the models generate (run scripts/gen_schemas.py)."""

from pathlib import Path

from scripts.gen_schemas import SCHEMA_DIR, schemas


def test_committed_schemas_are_current() -> None:
    for file_name, text in schemas().items():
        committed = (SCHEMA_DIR / file_name).read_text(encoding="utf-8")
        assert committed == text, f"docs/schema/{file_name} is stale: run scripts/gen_schemas.py"


def test_examples_in_docs_validate() -> None:
    import json

    from disciplinedesk.domain.case import parse_case
    from tests.support import pps

    example = Path(__file__).resolve().parents[1] / "docs" / "examples" / "grade4-fight.json"
    case = parse_case(json.loads(example.read_text(encoding="utf-8")), pps())
    assert case.student.grade == "4"
