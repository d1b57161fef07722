"""The family view: the letter's words in the family's language, large, without the findings,
staff's description or anything about other students."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from disciplinedesk.documents.texts import LETTER_LANGUAGES, load_texts
from disciplinedesk.ui.family_view import BODY_POINTS
from disciplinedesk.ui.session import Session
from tests.ui.test_wizard import _to_decision, _wizard


def test_the_family_sees_the_letter_in_their_language(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "100900", "fighting")  # Maya, grade 4, family speaks Somali
    wizard.behavior_page.description.setPlainText("Pushed Jonah Smith near the slide.")
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("in_school_suspension"))
    page.days.setValue(1)
    page.open_family_view()
    view = page.family_view
    qtbot.waitExposed(view)
    assert view.isFullScreen() and view.text.font().pointSize() == BODY_POINTS
    assert view.language.currentData() == "so"
    shown = view.text.toPlainText()
    somali = load_texts("so")
    assert somali["title"] in shown and "Maya Okafor" in shown
    assert "Jonah" not in shown  # staff's description never reaches the family view
    assert "PPS Handbook" not in shown and "ORS" not in shown  # no internal findings
    assert "draft" in view.note.text().lower()  # Somali is a draft translation
    for code in LETTER_LANGUAGES:
        view.language.setCurrentIndex(view.language.findData(code))
        assert load_texts(code)["rights_heading"] in view.text.toPlainText()
    view.language.setCurrentIndex(view.language.findData("en"))
    english = " ".join(view.text.toPlainText().split())
    assert "Maya Okafor will spend 1 school day in an in-school suspension" in english
    assert view.note.text() == ""
    view.accept()
    assert not view.isVisible()
    wizard.suspend()


def test_the_view_and_the_letter_say_the_same(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Recorded, the printed letter carries the very sentences the family saw."""
    from disciplinedesk.printing import write_document
    from disciplinedesk.ui.qt import QWizard

    wizard = _wizard(qtbot, session)
    _to_decision(qtbot, wizard, "200300", "fighting")  # Leo, grade 8, English
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
    page.days.setValue(2)
    qtbot.keyClicks(page.override, "Second fight this week.")
    qtbot.keyClicks(page.decided_by, "A. Rivera")
    page.open_family_view()
    seen = [" ".join(p.split()) for p in page.family_view.text.toPlainText().split("\n") if p]
    page.family_view.accept()
    wizard.next()
    with qtbot.waitSignal(wizard.recorded, timeout=3000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    letter = write_document(
        session.log, session.pack, wizard.incident_id, "letter", tmp_path / "l.pdf", actor="t"
    )
    printed = " ".join(
        subprocess.run(
            ["pdftotext", str(letter), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert len(seen) > 6 and all(line in printed for line in seen)
