"""The start as a person feels it (issue 20): the first window imports only what it shows,
the rest loads while the passphrase is typed, and a refused policy pack is said in a window
instead of closing the program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from disciplinedesk.store.database import open_log
from disciplinedesk.store.instance_lock import InstanceLock
from disciplinedesk.store.settings import set_setting
from disciplinedesk.window_arguments import WindowArguments
from tests.test_cli_evaluate import TEST_PASSPHRASE

# What the first window must not wait for: the store, the pack, the main window, the
# commands' parser, the documents. (argparse comes with PySide6's own signature module.)
NOT_BEFORE_THE_FIRST_WINDOW = (
    "babel",
    "disciplinedesk.command_parser",
    "disciplinedesk.domain.pack",
    "disciplinedesk.store.database",
    "disciplinedesk.ui.main_window",
    "importlib.resources",
    "msgspec",
    "reportlab",
    "sqlcipher3",
    "sqlite_utils",
)

# The program started as from the desktop (cli.main), recording what is imported when its
# first window is shown, and which of its modules' sources are held in memory.
FIRST_WINDOW = """
import json, linecache, sys
from disciplinedesk.ui.qt import QApplication, QEvent, QObject, QWidget
app = QApplication(sys.argv[:1])
seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
        if shown and watched.isWindow() and not seen:
            seen["window"] = type(watched).__name__
            seen["modules"] = sorted(sys.modules)
            seen["sources"] = [name for name in linecache.cache if "disciplinedesk" in name]
            seen["collecting_at_first_window"] = __import__("gc").isenabled()
        return False

watch = Watch()
app.installEventFilter(watch)
from disciplinedesk.cli import main
code = main(["--quit-when-ready", "--data-dir", sys.argv[1]])
import gc
seen["collecting"] = gc.isenabled()
print(json.dumps(seen))
sys.exit(code)
"""


def _first_window(data_dir: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "DISCIPLINEDESK_PASSPHRASE"},
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return seen


def _imported(seen: dict[str, object], heavy: tuple[str, ...]) -> list[str]:
    modules = seen["modules"]
    assert isinstance(modules, list)
    packages = tuple(f"{name}." for name in heavy)
    return [name for name in modules if name in heavy or name.startswith(packages)]


@pytest.mark.parametrize("folder", ["encrypted", "empty"])
def test_the_first_window_imports_only_what_it_shows(tmp_path: Path, folder: str) -> None:
    data_dir = tmp_path / folder
    if folder == "encrypted":
        open_log(data_dir, passphrase=TEST_PASSPHRASE).close()
    seen = _first_window(data_dir)
    assert seen["window"] == ("UnlockDialog" if folder == "encrypted" else "WelcomeDialog")
    assert _imported(seen, NOT_BEFORE_THE_FIRST_WINDOW) == []
    # PySide6 reads every later module's source unless told not to (ui/qt.py).
    assert seen["sources"] == []


def test_the_demo_main_window_opens_the_log_without_sqlite_utils(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    log = open_log(data_dir)
    with log.transaction():
        set_setting(log, "demo", True, actor="test")
    log.close()
    seen = _first_window(data_dir)
    assert seen["window"] == "MainWindow"
    heavy = ("sqlite_utils", "reportlab", "babel", "disciplinedesk.command_parser")
    assert _imported(seen, heavy) == []
    # The start runs without the cycle collector; the main window turns it back on.
    assert seen["collecting_at_first_window"] is False
    assert seen["collecting"] is True


def test_what_the_start_made_is_frozen_and_its_garbage_collected_first() -> None:
    import gc
    import weakref

    from disciplinedesk.ui.app import collect_from_now_on, freeze_what_the_start_made

    class Node:
        partner: object = None

    enabled = gc.isenabled()
    gc.disable()  # as during the start
    try:
        first, second = Node(), Node()
        first.partner, second.partner = second, first  # a cycle, then dropped
        gone = weakref.ref(first)
        del first, second
        kept = Node()
        collect_from_now_on()  # the main window is up: frozen with the rest, for now
        gc.collect()
        assert gone() is not None
        freeze_what_the_start_made()
        assert gone() is None  # collected a moment later, not frozen for good
        assert gc.get_freeze_count() > 0 and kept is not None
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def test_a_refused_policy_pack_is_said_in_a_window(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
    qapp: object,
) -> None:
    from disciplinedesk.ui.app import run

    data_dir = tmp_path / "school"
    open_log(data_dir, passphrase=TEST_PASSPHRASE).close()
    broken = tmp_path / "district.toml"
    broken.write_text("[pack]\nname = 'Rosewood'\n", encoding="utf-8")
    monkeypatch.setenv("DISCIPLINEDESK_PASSPHRASE", TEST_PASSPHRASE)
    assert run(WindowArguments(data_dir, broken, quit_when_ready=True)) == 2
    assert len(message_boxes) == 1
    kind, text = message_boxes[0]
    assert kind == "critical" and "district.toml" in text
    # Nothing is left held: the log opens again, and another start may take the folder.
    lock = InstanceLock(data_dir)
    lock.acquire()
    lock.release()
    open_log(data_dir, passphrase=TEST_PASSPHRASE).close()
