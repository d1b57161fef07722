"""The first start: the welcome dialog sets up a school, refuses bad files without leaving a
half-made log, and leads a new user through the demo to a recorded decision and a letter."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from disciplinedesk.store.database import log_path, open_log
from disciplinedesk.store.disclosures import list_disclosures
from disciplinedesk.store.incidents import IncidentFilter, list_incidents
from disciplinedesk.store.settings import get_setting
from disciplinedesk.store.students import list_students
from disciplinedesk.ui.main_window import MainWindow
from disciplinedesk.ui.qt import QDate, QDialog, QWizard
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.welcome import WelcomeDialog, demo_folder
from tests.support import pps
from tests.ui.test_wizard import _to_decision

SECRET = "maple river lantern 42"


def _welcome(qtbot: QtBot, data_dir: Path) -> WelcomeDialog:
    dialog = WelcomeDialog(data_dir, pps, pps().pack.name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_setting_up_a_school(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    dialog = _welcome(qtbot, data_dir)
    dialog.start_button.click()
    assert "school's name" in dialog.errors["school_name"].text()
    assert dialog.errors["school_name"].isVisible() and not log_path(data_dir).exists()
    qtbot.keyClicks(dialog.school_name, "Rosewood Middle School")
    dialog.start_button.click()
    assert not dialog.errors["school_name"].isVisible()  # said once, where it applies
    assert "too short" in dialog.errors["passphrase"].text() and not log_path(data_dir).exists()
    qtbot.keyClicks(dialog.passphrase_fields.first, SECRET)
    assert dialog.passphrase_fields.meter.text() == "Strength: strong"
    qtbot.keyClicks(dialog.passphrase_fields.second, SECRET + "!")
    dialog.start_button.click()
    assert "not the same" in dialog.errors["passphrase"].text()
    dialog.passphrase_fields.second.setText(SECRET)
    bad = tmp_path / "roster.csv"
    bad.write_text("student_id,first_name,last_name,grade\n1,Ana,Lee,8\n2,Bo,Park,14\n")
    dialog.set_roster(bad)
    dialog.start_button.click()
    roster_error = dialog.errors["roster"].text()
    assert "roster.csv" in roster_error and "line 3" in roster_error
    assert not log_path(data_dir).exists() and dialog.result() == 0
    bad.write_text("student_id,first_name,last_name,grade\n1,Ana,Lee,8\n2,Bo,Park,7\n")
    calendar = tmp_path / "calendar.csv"
    calendar.write_text("date,description\n2026-11-26,Thanksgiving\n")
    dialog.set_calendar(calendar)
    qtbot.keyClicks(dialog.school_address, "1200 SE Main St, Portland OR 97214")
    qtbot.keyClicks(dialog.school_phone, "503-555-0100")
    qtbot.keyClicks(dialog.office_hours, "Monday to Friday, 7:30 to 4:00")
    qtbot.keyClicks(dialog.your_name, "A. Rivera, Vice Principal")
    dialog.last_senior_day.setDate(QDate(2027, 6, 4))
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen_dir == data_dir
    assert dialog.passphrase == SECRET
    assert not log_path(data_dir).read_bytes().startswith(b"SQLite format 3")  # encrypted
    log = open_log(data_dir, passphrase=SECRET)
    assert get_setting(log, "school_name") == "Rosewood Middle School"
    assert get_setting(log, "school_phone") == "503-555-0100"  # every letter says whom to call
    assert get_setting(log, "school_address") == "1200 SE Main St, Portland OR 97214"
    assert get_setting(log, "office_hours") == "Monday to Friday, 7:30 to 4:00"
    assert get_setting(log, "decided_by") == "A. Rivera, Vice Principal"
    assert get_setting(log, "last_senior_day") == "2027-06-04"
    assert [s.local_id for s in list_students(log)] == ["1", "2"]
    assert log.query("SELECT day FROM calendar_days") == [{"day": "2026-11-26"}]
    log.close()


def test_a_new_user_reaches_a_recorded_decision_and_a_letter_through_the_demo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "DisciplineDesk"
    dialog = _welcome(qtbot, data_dir)
    dialog.demo_button.click()
    assert dialog.chosen_dir == demo_folder(data_dir) and not log_path(data_dir).exists()
    log = open_log(dialog.chosen_dir)
    session = Session(pps(), log, dialog.chosen_dir)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("DEMO DATA")
    before = len(list_incidents(log, IncidentFilter(), limit=5000))
    student = next(s for s in list_students(log) if s.grade == "8")
    wizard = window.start_wizard()
    _to_decision(qtbot, wizard, student.local_id, "disruptive_conduct")
    assert wizard.decision_page.decided_by.text() == "A. Rivera, Vice Principal"  # from Settings
    wizard.next()
    with qtbot.waitSignal(wizard.recorded, timeout=3000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(list_incidents(log, IncidentFilter(), limit=5000)) == before + 1
    qtbot.waitUntil(lambda: window.documents is not None and window.documents.isVisible())
    documents = window.documents
    documents.kind.setCurrentIndex(documents.kind.findData("letter"))
    letter = tmp_path / "letter.pdf"
    documents.save_to(letter)
    text = subprocess.run(
        ["pdftotext", str(letter), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert student.first_name in text and "Rosewood K-12 School" in text
    latest = list_disclosures(log)[0]
    assert latest["kind"] == "letter" and latest["student_id"] == student.local_id
    documents.close()
    window.close()
    log.close()


def test_the_first_start_speaks_the_systems_language(tmp_path: Path) -> None:
    """Before any log exists (so before any setting), the welcome follows the system's locale."""
    import os
    import sys

    code = (
        "import sys; from disciplinedesk.ui import welcome; "
        "welcome.WelcomeDialog.exec = lambda self: print(self.windowTitle()) or 0; "
        "from disciplinedesk.cli import main; sys.exit(main(['--data-dir', sys.argv[1]]))"
    )
    env = os.environ | {"LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8", "LANGUAGE": "es"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        env=env | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Bienvenido a DisciplineDesk"


def test_enter_in_the_welcome_presses_start(qtbot: QtBot, tmp_path: Path) -> None:
    from disciplinedesk.ui.qt import Qt

    data_dir = tmp_path / "data"
    dialog = _welcome(qtbot, data_dir)
    qtbot.keyClicks(dialog.school_name, "Rosewood Middle School")
    qtbot.keyClick(dialog.school_name, Qt.Key.Key_Return)
    assert "too short" in dialog.errors["passphrase"].text()  # Start ran: the next check
    qtbot.keyClicks(dialog.passphrase_fields.first, SECRET)
    qtbot.keyClicks(dialog.passphrase_fields.second, SECRET)
    qtbot.keyClick(dialog.passphrase_fields.second, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and log_path(data_dir).exists()
