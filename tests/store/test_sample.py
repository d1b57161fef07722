"""The made-up demo school: a name of its own for every student."""

from __future__ import annotations

from pathlib import Path

from disciplinedesk.store.database import open_log
from disciplinedesk.store.sample import populate
from disciplinedesk.store.students import list_students
from tests.support import pps


def test_the_demo_schools_names_are_unique(data_dir: Path) -> None:
    log = open_log(data_dir)
    populate(log, pps(), students=2000, incidents=0)
    names = [(s.first_name, s.last_name) for s in list_students(log)]
    assert len(names) == 2000 and len(set(names)) == 2000
    assert any(first.endswith(" A.") for first, _ in names)  # past 26 x 26: an initial
    log.close()
