from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from disciplinedesk.store.database import open_log
from disciplinedesk.store.students import StudentInput, upsert_students
from disciplinedesk.ui.qt import QApplication
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.translation import install_translators
from tests.support import pps

MAYA = StudentInput(
    local_id="100900",
    first_name="Maya",
    last_name="Okafor",
    grade="4",
    iep=True,
    family_language="so",
)
LEO = StudentInput(
    local_id="200300", first_name="Leo", last_name="Park", grade="8", family_language="en"
)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """As the program does in English: the translation holding the plural forms
    ("%n day(s)" as "1 day", "2 days")."""
    translators = install_translators(qapp, "en")
    assert translators, (
        "compile the translations first: make translations / scripts/translations.py compile"
    )
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    data_dir = tmp_path / "data"
    log = open_log(data_dir)
    with log.transaction():
        upsert_students(log, [MAYA, LEO], actor="test")
    session = Session(pps(), log, data_dir)
    yield session
    session.log.close()  # the log it holds now: a restore replaces the first


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Modal message boxes would block a headless test: record them instead. Closing a wizard
    (as pytest-qt does at teardown) answers 'Discard'."""
    from disciplinedesk.ui.qt import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object) -> object:
        def show(parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard)
    )
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    return shown
