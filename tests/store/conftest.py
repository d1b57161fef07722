from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.students import StudentInput, upsert_students


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def log(data_dir: Path) -> Iterator[Log]:
    opened = open_log(data_dir)
    yield opened
    opened.close()


def add_students(log: Log, *students: StudentInput) -> None:
    with log.transaction():
        upsert_students(log, list(students), actor="test")


ANA = StudentInput(
    local_id="S1", first_name="Ana", last_name="López", grade="8", iep=True, family_language="es"
)
BO = StudentInput(
    local_id="S2", first_name="Bo", last_name="Chen", grade="10", family_language="zh"
)
