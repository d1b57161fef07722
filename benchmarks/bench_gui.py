"""Benchmark: GUI start-up, decision-page responsiveness and memory (offscreen).

Targets (issue 20, replacing issue 5's start-up target): the first window (the unlock
dialog of an encrypted log; the welcome in an empty folder) within 1.3x a bare PySide6
QWizard script; from the passphrase accepted to a ready main window at most one key
derivation plus 150 ms, the key derivation measured in the same run by a bare sqlcipher3
script opening the same log with the same passphrase; the demo school's main window (no
passphrase) within 2.0x the bare script. Medians, each program interleaved with the bare
script in one run. Issue 5's: a keystroke on the decision page to updated findings under
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

# The key derivation alone, as SQLCipher itself does it: connect, key, first read.
KDF = textwrap.dedent(
    """
    import sys, time
    from sqlcipher3 import dbapi2
    started = time.perf_counter()
    connection = dbapi2.connect(sys.argv[1])
    connection.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print((time.perf_counter() - started) * 1000)
    """
)

# The program as a person starts it: the unlock dialog, the passphrase typed (1.5 s, while
# the main window's modules load), Enter, and the time until the main window is shown and
# the event loop idle again.
UNLOCK = textwrap.dedent(
    """
    import argparse, sys, time
    from pathlib import Path
    from disciplinedesk.ui.qt import QApplication, QDialogButtonBox, QEvent, QObject, QTimer
    app = QApplication(sys.argv[:1])
    from disciplinedesk.ui import app as gui
    times = {}

    def type_and_press_enter():
        dialog = QApplication.activeModalWidget()
        dialog.field.setText(sys.argv[2])
        times["enter"] = time.perf_counter()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def ready():
        times["ready"] = time.perf_counter()
        print((times["ready"] - times["enter"]) * 1000)
        app.quit()

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Show
                and type(watched).__name__ == "MainWindow"
                and "shown" not in times
            ):
                times["shown"] = True
                QTimer.singleShot(0, ready)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(1500, type_and_press_enter)
    gui.run(argparse.Namespace(data_dir=Path(sys.argv[1]), pack=None, quit_when_ready=False))
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
RUNS = 9
# The starts are short (100-250 ms) and the shared machine's load moves them by 10-20%:
# more runs, taken in turns, keep the medians' ratio steady.
START_RUNS = 15


def _interleaved(commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, float]:
    """Each command's median wall time in seconds, the commands taking turns run by run."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(START_RUNS):
        for name, args in commands.items():
            started = time.perf_counter()
            subprocess.run(args, check=True, env=env, capture_output=True)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def _median_output(args: list[str], env: dict[str, str]) -> float:
    """The median of the number each run prints (milliseconds measured inside it)."""
    values = [
        float(subprocess.run(args, check=True, env=env, capture_output=True, text=True).stdout)
        for _ in range(RUNS)
    ]
    return statistics.median(values)


def _compile_bytecode() -> None:
    """The program's modules compiled, as an installed program has them (pip compiles a
    wheel's modules when it installs it; the bundle carries bytecode). An editable install
    under PYTHONDONTWRITEBYTECODE would otherwise compile every module at every start."""
    import compileall

    import disciplinedesk

    compileall.compile_dir(Path(disciplinedesk.__file__).parent, quiet=1)


def main() -> int:
    from disciplinedesk.domain.pack import load_pack
    from disciplinedesk.store.database import log_path, open_log
    from disciplinedesk.store.sample import populate
    from disciplinedesk.store.settings import set_setting

    _compile_bytecode()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISCIPLINEDESK_PASSPHRASE", None)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        scripts = {}
        for name, text in (("bare", BARE), ("kdf", KDF), ("unlock", UNLOCK), ("probe", PROBE)):
            scripts[name] = root / f"{name}.py"
            scripts[name].write_text(text, encoding="utf-8")
        # An encrypted school log, as a vice principal's would be; a demo school; an empty folder.
        pack = load_pack()
        school = root / "school"
        log = open_log(school, passphrase=PASSPHRASE)
        populate(log, pack, students=300, incidents=400)
        log.close()
        demo = root / "demo"
        log = open_log(demo)
        with log.transaction():
            set_setting(log, "demo", True, actor="bench")
        populate(log, pack, students=300, incidents=400)
        log.close()
        empty = root / "empty"
        program = [sys.executable, "-m", "disciplinedesk", "--quit-when-ready", "--data-dir"]
        starts = _interleaved(
            {
                "bare": [sys.executable, str(scripts["bare"])],
                "unlock dialog": [*program, str(school)],
                "welcome": [*program, str(empty)],
                "demo main window": [*program, str(demo)],
            },
            env,
        )
        kdf_ms = _median_output(
            [sys.executable, str(scripts["kdf"]), str(log_path(school)), PASSPHRASE], env
        )
        unlock_ms = _median_output(
            [sys.executable, str(scripts["unlock"]), str(school), PASSPHRASE], env
        )
        out = subprocess.run(
            [sys.executable, str(scripts["probe"]), str(root / "probe-data")],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        ).stdout
        median_ms, worst_ms, rss_mb = (float(v) for v in out.split())
    bare = starts["bare"]
    for name, target in (("unlock dialog", 1.3), ("welcome", 1.3), ("demo main window", 2.0)):
        print(
            f"first window, {name}: {starts[name] * 1000:.0f} ms; bare QWizard script "
            f"{bare * 1000:.0f} ms; ratio {starts[name] / bare:.2f} (target <= {target})"
        )
    print(
        f"passphrase accepted to a ready main window: {unlock_ms:.0f} ms; one key derivation "
        f"(bare sqlcipher3 script) {kdf_ms:.0f} ms; beyond it {unlock_ms - kdf_ms:.0f} ms "
        "(target <= 150 ms)"
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
