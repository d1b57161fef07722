"""The shared record in the window: Settings > Sharing starts it and shows the join code
(again only after the passphrase), the status bar says how it stands, an exchange runs in
the background after a decision, and the suggestions page says how recent the other
laptops' records are."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import list_incidents, record_decision
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.sharing import exchange, join_sharing, share_status
from disciplinedesk.ui.main_window import MainWindow
from disciplinedesk.ui.qt import QInputDialog, QMessageBox, Qt
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.sharing import SharingDialog
from tests.store.conftest import ANA, add_students
from tests.store.records import record_input
from tests.support import pps

SECRET = "the school's shared secret phrase"


def test_sharing_from_settings_to_a_second_laptop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = open_log(tmp_path / "a", passphrase=SECRET)
    add_students(log, ANA)
    session = Session(pps(), log, tmp_path / "a")
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.sharing_state.text() == ""  # not shared: nothing said
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog = SharingDialog(session, window.sharing, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "shared"))
    dialog.start_button.click()
    code = shown[-1].split("<b>")[1].split("</b>")[0]
    assert len(code.split("-")) == 8 and "Keep it like a password" in shown[-1]
    assert dialog.stop_button.isVisible() or not dialog.start_button.isVisibleTo(dialog)

    answers = iter([("not the passphrase", True), (SECRET, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: next(answers))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog.show_code()
    assert warnings == ["That is not the passphrase."] and len(shown) == 1
    dialog.show_code()
    assert code in shown[-1]  # again, after the passphrase

    other = open_log(tmp_path / "b", passphrase=SECRET)
    try:
        join_sharing(other, tmp_path / "shared", code)
        with other.transaction():
            set_setting(other, "decided_by", "B. Okafor, <b>Dean</b>", actor="vp-b")
        record_decision(other, pps(), record_input(behaviors=["fighting"]), actor="vp-b")
        exchange(other)
        qtbot.waitUntil(lambda: window.sharing._job is None, timeout=10_000)
        with qtbot.waitSignal(window.sharing.state_changed, timeout=10_000) as changed:
            window.sharing.exchange_soon()  # in the background, as after a decision
        assert changed.args[0].startswith("Shared with 1 other laptop, last exchange ")
        assert [r["student_id"] for r in list_incidents(log)] == ["S1"]  # B's decision
        assert share_status(log)["laptops"]  # type: ignore[index]
        dialog.refresh()
        assert "Laptop B. Okafor, <b>Dean</b>, " in dialog.state.text()  # its user, its id
        assert dialog.state.textFormat() == Qt.TextFormat.PlainText  # a name is shown as typed
        wizard = window.start_wizard()
        qtbot.keyClicks(wizard.student_page.search, "S1")
        wizard.next()
        wizard.behavior_page.check_behavior("fighting")
        for _ in range(3):
            wizard.next()
        note = wizard.suggestions_page.shared_note.text()
        assert note.startswith("Records from other laptops as of ")
        before = wizard.context.history()["exclusion_days_this_year"]
        # Meanwhile another vice principal suspends the same student on laptop B.
        suspension = record_input(
            behaviors=["fighting"],
            action="out_of_school_suspension",
            days=3,
            reason="r",
            when="2026-11-02T09:00",
        )
        record_decision(other, pps(), suspension, actor="vp-b")
        exchange(other)
        qtbot.waitUntil(lambda: window.sharing._job is None, timeout=10_000)  # the wizard's own
        with qtbot.waitSignal(window.sharing.state_changed, timeout=10_000):
            window.sharing.exchange_soon()
        qtbot.waitUntil(
            lambda: wizard.context.history()["exclusion_days_this_year"] == before + 3,
            timeout=10_000,
        )
        wizard.suspend()
    finally:
        other.close()
        window.close()
        log.close()
