"""Benchmark: GUI start-up, decision-page responsiveness and memory (offscreen).

Targets (issue 5): start-up to a ready main window at most 1.3x a bare PySide6 QWizard
script on the same machine; a keystroke on the decision page to updated findings under
50 ms; resident memory with the wizard open under 150 MB.
Run: .venv/bin/python -m benchmarks.bench_gui
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
    """
)

# The least any start of this program can cost: the bare script, plus the two things the
# project requires before a log can be shown (sqlite-utils, and unlocking the encrypted log,
# whose key derivation is deliberately slow). It shows how far the 1.3x target is reachable.
FLOOR = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
    import sqlite_utils
    from disciplinedesk.store.driver import connect
    app = QApplication(sys.argv[:1])
    connection = connect(sys.argv[1], sys.argv[2])
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    sqlite_utils.Database(connection)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
    """
)

PROBE = textwrap.dedent(
    """
    import resource, statistics, sys, time
    from pathlib import Path
    from disciplinedesk.ui.qt import QApplication
    app = QApplication(sys.argv[:1])
    from disciplinedesk.domain.pack import load_pack
    from disciplinedesk.store.database import open_log
    from disciplinedesk.store.sample import populate
    from disciplinedesk.store.students import list_students
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.session import Session
    data = Path(sys.argv[1])
    pack = load_pack()
    log = open_log(data)
    populate(log, pack, students=300, incidents=400)
    session = Session(pack, log, data)
    window = MainWindow(session)
    window.show()
    wizard = window.start_wizard()
    student = list_students(log)[0]
    wizard.student_page.select(student)
    wizard.next()
    wizard.behavior_page.check_behavior("fighting")
    for _ in range(4):
        wizard.next()
    page = wizard.decision_page
    page.action.setCurrentIndex(page.action.findData("out_of_school_suspension"))
    app.processEvents()
    times = []
    for n in range(60):
        started = time.perf_counter()
        page.days.setValue(1 + n % 9)   # as a keystroke in the days field does
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{statistics.median(times):.1f} {max(times):.1f} {rss:.0f}")
    wizard.suspend()
    """
)


PASSPHRASE = "benchmark passphrase"


def _median_run(args: list[str], runs: int = 9) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DISCIPLINEDESK_PASSPHRASE": PASSPHRASE}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        bare_s = _median_run([sys.executable, str(bare)])
        # An encrypted school log, as a vice principal's would be: the main window opens on it.
        from disciplinedesk.domain.pack import load_pack
        from disciplinedesk.store.database import open_log
        from disciplinedesk.store.sample import populate

        log = open_log(Path(folder) / "data", passphrase=PASSPHRASE)
        populate(log, load_pack(), students=300, incidents=400)
        log.close()
        app_s = _median_run(
            [
                sys.executable,
                "-m",
                "disciplinedesk",
                "--quit-when-ready",
                "--data-dir",
                str(Path(folder) / "data"),
            ]
        )
        floor = Path(folder) / "floor.py"
        floor.write_text(FLOOR, encoding="utf-8")
        log_file = next((Path(folder) / "data").glob("*.sqlite3"))
        floor_s = _median_run([sys.executable, str(floor), str(log_file), PASSPHRASE])
        probe = Path(folder) / "probe.py"
        probe.write_text(PROBE, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, str(probe), str(Path(folder) / "probe-data")],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        ).stdout
        median_ms, worst_ms, rss_mb = (float(v) for v in out.split())
    print(
        f"start-up to a ready main window: {app_s * 1000:.0f} ms; bare QWizard script: {bare_s * 1000:.0f} ms; ratio {app_s / bare_s:.2f} (target <= 1.3)"
    )
    print(
        f"the floor (bare script + sqlite-utils + unlocking the encrypted log): {floor_s * 1000:.0f} ms; ratio {floor_s / bare_s:.2f}"
    )
    print(
        f"decision page, change to updated findings: median {median_ms:.1f} ms, worst {worst_ms:.1f} ms (target < 50 ms)"
    )
    print(
        f"peak resident memory with the wizard open (300 students, 400 incidents): {rss_mb:.0f} MB (target < 150 MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
