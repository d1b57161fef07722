"""`disciplinedesk screenshots DIR`: every screen, filled with a realistic made-up example,
rendered offscreen to PNG (for the user guide, the README and review without a display).

The example: a grade 4 student with an IEP in a fight, the school proposing two days out of
school, which the handbook blocks for grade 5 and below unless an exception applies.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.domain.translations import translated_pack
from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.sample import FACTORS, populate
from disciplinedesk.store.students import (
    Student,
    StudentInput,
    get_student,
    list_students,
    upsert_students,
)
from disciplinedesk.ui.app import load_bundled_fonts
from disciplinedesk.ui.qt import QApplication, QSize, QThread, QWidget
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.translation import install_translators, interface_languages
from disciplinedesk.ui.wizard.involved import InvolvedPanel

SIZE = QSize(1366, 768)
EXAMPLE = StudentInput(
    local_id="100900",
    first_name="Maya",
    last_name="Okafor",
    grade="4",
    iep=True,
    family_language="so",
)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, folder: Path, name: str, app: QApplication) -> Path:
    _settle(app)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def add_the_others(involved: InvolvedPanel, classmates: list[Student]) -> None:
    """Maya's fight: a classmate who fought her, one who was hurt, a teacher who saw it."""
    fought, hurt = classmates[:2]
    involved.add({"role": "offender", "student_id": fought.local_id})
    involved.add(
        {
            "role": "victim",
            "student_id": hurt.local_id,
            "first_name": hurt.first_name,
            "last_name": hurt.last_name,
            "supports": ["stay_away_agreement", "counselor_check_in"],
        }
    )
    involved.add({"role": "witness", "name": "Mr. Nakamura", "kind": "staff"})


def earlier_fight(classmates: list[Student]) -> dict[str, Any]:
    """A fight between two of Maya's classmates that hurt a third, as the main window lists
    it: one row with everyone involved."""
    first, second, hurt = classmates[:3]
    decision = {
        "action": "none",
        "responses": ["restorative_conference"],
        "decided_by": "A. Rivera",
    }
    return {
        "incident": {
            "datetime": "2026-11-09T10:40",
            "location": "Hallway",
            "description": "Two students pushed each other at the lockers; a third fell.",
        },
        "participants": [
            {
                "student": {"id": first.local_id},
                "role": "offender",
                "behaviors": ["fighting"],
                "factors": FACTORS,
                "decision": decision,
            },
            {
                "student": {"id": second.local_id},
                "role": "offender",
                "behaviors": ["inappropriate_physical_contact"],
                "factors": FACTORS,
                "decision": decision,
            },
            {"student": {"id": hurt.local_id}, "role": "victim", "supports": ["safety_plan"]},
            {"person": {"name": "Ms. Ortiz", "kind": "staff"}, "role": "reporter"},
        ],
    }


def run(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.geometry import offscreen_laptop, private_settings

    settings_dir = Path(tempfile.mkdtemp(prefix="disciplinedesk-screens-settings-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = offscreen_laptop(settings_dir)
    private_settings(settings_dir)  # every window at the size the screenshot gives it
    from disciplinedesk.documents.texts import LETTER_LANGUAGES
    from disciplinedesk.ui.dialogs import MatrixDialog
    from disciplinedesk.ui.family_view import FamilyView
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.reports_view import ReportsView
    from disciplinedesk.ui.student_view import StudentView
    from disciplinedesk.ui.welcome import WelcomeDialog

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_bundled_fonts()
    language = getattr(args, "lang", "en")
    if language not in interface_languages():
        raise UserFacingError(
            f"no complete interface translation in {language!r}; "
            f"complete: {', '.join(interface_languages())}"
        )
    translators = install_translators(app, language)
    pack = load_pack(args.pack)
    with tempfile.TemporaryDirectory(prefix="disciplinedesk-screens-") as temp:
        data_dir = Path(temp)
        log = open_log(data_dir)
        populate(log, pack, students=300, incidents=900, span_days=270)  # as `demo` does
        with log.transaction():
            upsert_students(log, [EXAMPLE], actor="sample")
        record_decision(
            log,
            pack,
            {
                "student": {"id": EXAMPLE.local_id},
                "incident": {
                    "datetime": "2026-10-21T12:10",
                    "behaviors": ["inappropriate_physical_contact"],
                    "description": "Pushing in line at lunch.",
                    "location": "Cafeteria",
                },
                "factors": FACTORS,
                "decision": {
                    "action": "none",
                    "responses": ["restorative_chat", "parent_contact"],
                    "decided_by": "A. Rivera",
                },
            },
            actor="sample",
        )
        classmates = [
            s
            for s in list_students(log)
            if s.grade == EXAMPLE.grade and s.local_id != EXAMPLE.local_id
        ][:3]
        record_incident(log, pack, earlier_fight(classmates), actor="sample")
        welcome = WelcomeDialog(
            data_dir / "new-school", lambda: pack, translated_pack(pack, language).pack.name
        )
        welcome.school_name.setText("Rosewood Middle School")
        welcome.show()
        written = [_save(welcome, folder, "welcome", app)]
        welcome.close()
        session = Session(pack, log, data_dir, language=language)
        window = MainWindow(session)
        window.resize(SIZE)
        window.show()
        written.append(_save(window, folder, "main-window", app))

        wizard = window.start_wizard()
        wizard.resize(SIZE)
        wizard.student_page.select(get_student(log, EXAMPLE.local_id))
        wizard.student_page.search.setText("Okafor, Maya (100900)")
        add_the_others(wizard.student_page.involved, classmates)
        written.append(_save(wizard, folder, "wizard-1-student", app))
        wizard.next()
        page = wizard.behavior_page
        page.when.setDateTime(
            page.when.dateTime().fromString("2026-11-18T12:20", "yyyy-MM-ddTHH:mm")
        )
        page.location.setText("Playground")
        page.location.textEdited.emit("Playground")
        page.description.setPlainText(
            "Maya and another student traded punches after a game of four square. Staff separated them; no injuries."
        )
        page.check_behavior("fighting")
        page.impact.setCurrentIndex(page.impact.findData("moderate"))
        written.append(_save(wizard, folder, "wizard-2-behavior", app))
        wizard.next()
        written.append(_save(wizard, folder, "wizard-3-context", app))
        wizard.next()
        for factor_id, note in list(FACTORS.items())[:7]:
            wizard.factors_page.notes[factor_id].setPlainText(note)
        written.append(_save(wizard, folder, "wizard-4-factors", app))
        wizard.next()
        wizard.suggestions_page.choose("restorative_conference")
        wizard.suggestions_page.choose("check_in_check_out")
        written.append(_save(wizard, folder, "wizard-5-suggestions", app))
        wizard.next()
        wizard.decision_page.set_action("out_of_school_suspension", 2)
        wizard.decision_page.override.setPlainText(
            "Second physical incident this fall; family asked for time to plan."
        )
        written.append(_save(wizard, folder, "wizard-6-decision-blocked", app))
        wizard.decision_page.set_action("in_school_suspension", 1)
        written.append(_save(wizard, folder, "wizard-6-decision", app))
        wizard.decision_page.selector.combo.setCurrentIndex(1)  # the other student's decision
        written.append(_save(wizard, folder, "wizard-6-decision-second-student", app))
        wizard.decision_page.selector.combo.setCurrentIndex(0)
        family = FamilyView(wizard.context, wizard)
        family.resize(SIZE)  # full screen on a 1366x768 laptop
        family.show()
        for code in LETTER_LANGUAGES:
            family.language.setCurrentIndex(family.language.findData(code))
            written.append(_save(family, folder, f"family-view-{code}", app))
        family.close()
        wizard.next()
        written.append(_save(wizard, folder, "wizard-7-summary", app))
        wizard.suspend()
        wizard.hide()

        from disciplinedesk.store.incidents import IncidentFilter, list_incidents
        from disciplinedesk.ui.document_dialog import DocumentDialog

        latest = list_incidents(log, IncidentFilter(student=EXAMPLE.local_id), limit=1)[0]["id"]
        documents = DocumentDialog(session, latest, window)
        documents.resize(QSize(900, 740))
        documents.kind.setCurrentIndex(documents.kind.findData("letter"))
        documents.show()
        for _ in range(20):  # the PDF view renders pages in the background
            app.processEvents()
            QThread.msleep(25)
        written.append(_save(documents, folder, "documents-letter", app))
        documents.close()

        student_view = StudentView(session, get_student(log, EXAMPLE.local_id), window)
        student_view.resize(QSize(900, 680))
        student_view.show()
        written.append(_save(student_view, folder, "student-view", app))
        student_view.close()
        reports = ReportsView(session, window)
        reports.resize(SIZE)
        reports.show()
        while reports.report is None:  # counted in a job
            app.processEvents()
            QThread.msleep(10)
        written.append(_save(reports, folder, "reports-incidents", app))
        reports.tabs.setCurrentIndex(reports.tabs.count() - 1)
        written.append(_save(reports, folder, "reports-equity", app))
        reports.close()
        matrix = MatrixDialog(session, window)
        matrix.resize(QSize(820, 700))
        matrix.browser.search.setText("threat")
        matrix.show()
        group = matrix.browser.tree.topLevelItem(2)
        threat = (
            group.child(group.childCount() - 1)
            if group is not None and group.childCount()
            else None
        )
        if threat is not None:
            matrix.browser.tree.setCurrentItem(threat)
        written.append(_save(matrix, folder, "matrix-browser", app))
        matrix.close()
        window.close()
        log.close()
    for translator in translators:
        app.removeTranslator(translator)
    for path in written:
        print(path)
    return 0
