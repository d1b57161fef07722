"""Screens of an incident with several students, captured in a real window.

The offscreen platform gives every widget the size it asks for; a laptop does not. This
opens the program's windows on an X display with a window manager (see DEVELOPERS.md:
Xvfb at 1366x768, openbox with a 40 px bottom margin for a taskbar) under Qt's xcb
platform, and captures the whole screen with ImageMagick's `import -window root`, as a
person would see it. A made-up school in a temporary folder; nothing real is opened.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python -m scripts.real_window docs/screenshots/real
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from disciplinedesk.domain.pack import load_pack
from disciplinedesk.store.database import open_log
from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.sample import populate
from disciplinedesk.store.students import get_student, list_students
from disciplinedesk.ui.app import load_bundled_fonts
from disciplinedesk.ui.geometry import private_settings
from disciplinedesk.ui.qt import QApplication, QThread, QWidget
from disciplinedesk.ui.screenshots import EXAMPLE, add_the_others, earlier_fight
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.translation import install_translators


def _capture(app: QApplication, path: Path) -> Path:
    for _ in range(30):  # let the window manager place and paint the window
        app.processEvents()
        QThread.msleep(20)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    return path


def _report_screens(app: QApplication, window: QWidget, folder: Path) -> list[Path]:
    """The school team's report: the Big 5 and the triangle of tiers."""
    from disciplinedesk.ui.reports_view import ReportsView

    view = ReportsView(window.session, window)  # type: ignore[attr-defined]
    view.show()
    while view.report is None or view._job is not None:  # counted in a job
        app.processEvents()
        QThread.msleep(20)
    shots = []
    for index, name in ((0, "report-big5-when"), (1, "report-big5-what"), (2, "report-tiers")):
        view.tabs.setCurrentIndex(index)
        shots.append(_capture(app, folder / f"{name}.png"))
    view.close()
    return shots


def _sharing_screen(app: QApplication, pack: object, folder: Path) -> Path:
    """Settings > Sharing on the first laptop of a school whose two other laptops joined."""
    from disciplinedesk.store.settings import set_setting
    from disciplinedesk.store.sharing import exchange, join_sharing, start_sharing
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.sharing import SharingDialog

    with tempfile.TemporaryDirectory(prefix="disciplinedesk-real-share-") as temp:
        root = Path(temp)
        phrase = "a made-up school's passphrase"
        logs = [open_log(root / name, passphrase=phrase) for name in ("a", "b", "c")]
        for log, name in zip(logs, ("A. Rivera", "B. Okafor", "C. Nguyen"), strict=True):
            with log.transaction():
                set_setting(log, "decided_by", name, actor="screens")
        code = start_sharing(logs[0], root / "School share")
        for other in logs[1:]:
            join_sharing(other, root / "School share", code)
        exchange(logs[0])
        window = MainWindow(Session(pack, logs[0], root / "a"))  # type: ignore[arg-type]
        window.show()
        dialog = SharingDialog(window.session, window.sharing, window)
        dialog.show()
        shot = _capture(app, folder / "settings-sharing.png")
        dialog.close()
        window.close()
        for log in logs:
            log.close()
    return shot


def main(folder: Path) -> int:
    from disciplinedesk.store.students import upsert_students
    from disciplinedesk.ui.main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    load_bundled_fonts()
    install_translators(app, "en")
    private_settings(Path(tempfile.mkdtemp(prefix="disciplinedesk-real-settings-")))
    pack = load_pack()
    written = []
    with tempfile.TemporaryDirectory(prefix="disciplinedesk-real-") as temp:
        data_dir = Path(temp)
        log = open_log(data_dir)
        populate(log, pack, students=300, incidents=900, span_days=120)
        with log.transaction():
            upsert_students(log, [EXAMPLE], actor="sample")
        classmates = [s for s in list_students(log) if s.grade == EXAMPLE.grade][:3]
        fight = record_incident(log, pack, earlier_fight(classmates), actor="sample")
        window = MainWindow(Session(pack, log, data_dir))
        window.show()
        window.search.setText(classmates[2].last_name)  # the student who was hurt
        written.append(_capture(app, folder / "log-row.png"))
        from disciplinedesk.ui.incident_view import IncidentView

        incident = IncidentView(window.session, fight.incident_id, window)
        incident.show()
        written.append(_capture(app, folder / "incident-view.png"))
        revision = incident.revise_decision(fight.offenders[0].record_id)
        revision.decision_page.change.setPlainText("The video showed the other student began it.")
        written.append(_capture(app, folder / "revise-decision.png"))
        revision.suspend()
        revision.hide()
        incident.close()

        wizard = window.start_wizard()
        wizard.student_page.select(get_student(log, EXAMPLE.local_id))
        wizard.student_page.search.setText("Okafor, Maya (100900)")
        add_the_others(wizard.student_page.involved, classmates)
        written.append(_capture(app, folder / "who-was-involved.png"))
        wizard.next()
        wizard.behavior_page.check_behavior("fighting")
        wizard.behavior_page.location.setText("Playground")
        written.append(_capture(app, folder / "behavior-per-student.png"))
        for _ in range(4):
            wizard.next()
        wizard.decision_page.set_action("in_school_suspension", 1)
        wizard.decision_page.override.setPlainText("Second fight this month.")
        written.append(_capture(app, folder / "decision-exclusion.png"))
        wizard.decision_page.selector.combo.setCurrentIndex(1)
        written.append(_capture(app, folder / "decision-second-student.png"))
        wizard.suspend()
        wizard.hide()
        written += _report_screens(app, window, folder)
        window.close()
        log.close()
    written.append(_sharing_screen(app, pack, folder))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "real-window")))
