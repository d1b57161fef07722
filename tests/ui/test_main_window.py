"""The main window over a real log: 10,000 incidents paged, filtered and searched."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.store.incidents import IncidentFilter, list_incidents, record_decision
from disciplinedesk.ui.main_window import MainWindow
from disciplinedesk.ui.qt import QDate, Qt
from disciplinedesk.ui.session import Session
from tests.store.records import record_input


def _bulk(session: Session, count: int) -> None:
    """`count` incidents for the two students, written in bulk as the store would (with the
    current action the incident carries)."""
    keys = [row["id"] for row in session.log.query("SELECT id FROM students ORDER BY local_id")]
    start = datetime(2026, 9, 1, 8, 0)
    incidents, decisions = [], []
    for n in range(count):
        incident_id = str(uuid.uuid4())
        when = (start + timedelta(minutes=13 * n)).strftime("%Y-%m-%dT%H:%M")
        word = "chair" if n % 1000 == 0 else "hallway"
        behavior, level = (["fighting"], 3) if n % 2 else (["tardiness"], 1)
        incidents.append(
            (
                incident_id,
                keys[n % 2],
                when,
                "on_campus",
                json.dumps(behavior),
                level,
                f"{word} incident {n}",
                "{}",
                "x",
                "none",
                0,
            )
        )
        decisions.append(
            (
                str(uuid.uuid4()),
                incident_id,
                1,
                "pps",
                "1",
                "[]",
                "none",
                0,
                None,
                "[]",
                "",
                "VP",
                "x",
            )
        )
    with session.log.transaction():
        session.log.conn.executemany(
            "INSERT INTO incidents (id, student_id, occurred_at, nexus, behaviors, type, description, flags, created_at, action, days) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            incidents,
        )
        session.log.conn.executemany(
            "INSERT INTO decisions (id, incident_id, revision, policy_id, policy_version, responses_suggested, action, days, start_date, responses_chosen, override_reason, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            decisions,
        )


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    return main


def test_ten_thousand_rows_page_filter_and_search(
    qtbot: QtBot, session: Session, window: MainWindow
) -> None:
    _bulk(session, 10_000)
    session.notify()
    model = window.model
    assert model.rowCount() == 200 and model.canFetchMore()
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    assert model.index(0, 0).data() > model.index(150, 0).data()  # newest first
    qtbot.keyClicks(window.search, "chair")
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=2000)
    assert all(
        "chair" not in model.index(r, 2).data() for r in range(10)
    )  # matched the description
    window.search.clear()
    window.type_filter.setCurrentIndex(window.type_filter.findData(3))
    qtbot.waitUntil(
        lambda: model.rowCount() == 200 and model.index(0, 3).data() == "Type III", timeout=2000
    )
    assert {model.index(r, 3).data() for r in range(200)} == {"Type III"}
    window.since.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(
        lambda: model.index(model.rowCount() - 1, 0).data() >= "2026-11-01", timeout=2000
    )
    assert "incidents" in window.count.text()


def test_sorting_by_student(session: Session, window: MainWindow) -> None:
    _bulk(session, 50)
    session.notify()
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert window.model.index(0, 1).data().startswith("Okafor")
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.model.index(0, 1).data().startswith("Park")


def test_recorded_decisions_and_follow_ups_appear(
    qtbot: QtBot, session: Session, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = record_decision(
        session.log,
        session.pack,
        record_input("200300", behaviors=["threat_fear_of_harm"], when="2026-11-18T14:00"),
        actor="t",
    )
    session.notify()
    assert window.model.rowCount() == 1 and window.model.incident_id(0) == recorded.incident_id
    tree = window.follow_ups.tree
    overdue = tree.topLevelItem(0)
    assert overdue.text(0).startswith("Overdue (2)")
    tree.setCurrentItem(overdue.child(0))
    monkeypatch.setattr(
        "disciplinedesk.ui.follow_ups_panel.QInputDialog.getText",
        lambda *a, **k: ("Called the family", True),
    )
    window.follow_ups.done.click()
    assert tree.topLevelItem(0).text(0).startswith("Overdue (1)")


def test_a_follow_up_reads_in_the_interface_language(qtbot: QtBot, session: Session) -> None:
    record_decision(
        session.log,
        session.pack,
        record_input("200300", behaviors=["threat_fear_of_harm"], when="2026-11-18T14:00"),
        actor="t",
    )
    spanish = Session(session.pack, session.log, session.data_dir, language="es")
    window = MainWindow(spanish)
    qtbot.addWidget(window)
    overdue = window.follow_ups.tree.topLevelItem(0)
    texts = {overdue.child(i).text(2) for i in range(overdue.childCount())}
    assert (
        "Llamar por teléfono a los padres o cuidadores del estudiante que fue objeto de la amenaza"
        in texts
    )
    stored = {row["text"] for row in session.log.query("SELECT text FROM follow_ups")}
    assert any(t.startswith("Phone the parents") for t in stored)  # the log keeps the handbook's


def test_screenshots_command_writes_every_screen(tmp_path: Path, qapp: object) -> None:
    import argparse

    from disciplinedesk.ui.screenshots import run

    assert run(argparse.Namespace(dir=str(tmp_path), pack=None)) == 0
    names = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert names == sorted(
        ["main-window", "matrix-browser", "student-view", "documents-letter"]
        + ["reports-incidents", "reports-equity", "welcome"]
        + [f"family-view-{code}" for code in ("en", "es", "ru", "vi", "zh", "so")]
        + [
            f"wizard-{n}"
            for n in (
                "1-student",
                "2-behavior",
                "3-context",
                "4-factors",
                "5-suggestions",
                "6-decision-blocked",
                "6-decision",
                "6-decision-second-student",
                "7-summary",
            )
        ]
    )
    from disciplinedesk.ui.qt import QImage

    image = QImage(str(tmp_path / "main-window.png"))
    assert (image.width(), image.height()) == (1366, 768)


def test_restore_from_the_window(
    qtbot: QtBot, session: Session, window: MainWindow, tmp_path: Path
) -> None:
    from disciplinedesk.store.backup import backup_to

    backup = backup_to(session.log, tmp_path / "before.sqlite3")
    record_decision(session.log, session.pack, record_input("200300"), actor="t")
    session.notify()
    assert window.model.rowCount() == 1
    window.restore_from(backup)
    assert window.model.rowCount() == 0  # the views read the restored log
    assert list((session.data_dir / "backups").glob("before-restore-*.sqlite3"))
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    window.restore_from(bad)  # refused with a message; the log stays open
    assert window.model.rowCount() == 0


def test_about_lists_translation_status_and_settings_save(qtbot: QtBot, session: Session) -> None:
    from disciplinedesk.store.settings import get_setting
    from disciplinedesk.ui.dialogs import AboutDialog, SettingsDialog

    about = AboutDialog(session)
    qtbot.addWidget(about)
    from disciplinedesk.ui.qt import QLabel

    text = " ".join(label.text() for label in about.findChildren(QLabel))
    assert "Somali: draft, not yet reviewed by a qualified translator" in text
    assert str(session.data_dir) in text
    settings = SettingsDialog(session)
    qtbot.addWidget(settings)
    settings.school_name.setText("Rosewood Middle School")
    settings.school_id.setText("255901001")
    settings.accept()
    assert get_setting(session.log, "school_name") == "Rosewood Middle School"
    assert get_setting(session.log, "school_id") == "255901001"


def test_ctrl_p_is_in_the_file_menu_and_follows_the_selection(
    qtbot: QtBot, session: Session, window: MainWindow
) -> None:
    from disciplinedesk.ui.qt import QKeySequence, QMenu

    record_decision(session.log, session.pack, record_input("200300"), actor="t")
    session.notify()
    (file_menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File"]
    assert window.documents_action in file_menu.actions()  # so its shortcut works
    assert window.documents_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert not window.documents_action.isEnabled()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    assert window.documents_action.isEnabled()


def test_a_call_due_tonight_says_by_when_and_mark_done_names_the_item(
    qtbot: QtBot, session: Session, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, timedelta

    earlier = (datetime.now() - timedelta(hours=1)).replace(second=0, microsecond=0)
    record_decision(
        session.log,
        session.pack,
        record_input(
            "200300", behaviors=["threat_fear_of_harm"], when=earlier.strftime("%Y-%m-%dT%H:%M")
        ),
        actor="t",
    )
    session.notify()
    (call,) = session.log.query("SELECT due FROM follow_ups WHERE kind = 'threat_parent_phone'")
    due = datetime.fromisoformat(call["due"])
    tree = window.follow_ups.tree
    items = [
        tree.topLevelItem(g).child(i)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]
    phone = next(i for i in items if i.text(2).startswith("Phone the parents"))
    shown_due, student = phone.text(0), phone.text(1)
    today = due.date() == datetime.now().date()
    assert shown_due == (f"by {due:%H:%M} today" if today else f"{due:%m-%d %H:%M}")
    asked: list[str] = []

    def answer(parent: object, title: str, label: str, *args: object) -> tuple[str, bool]:
        asked.append(label)
        return "Called the family", True

    monkeypatch.setattr("disciplinedesk.ui.follow_ups_panel.QInputDialog.getText", answer)
    tree.setCurrentItem(phone)
    window.follow_ups.done.click()
    assert asked[0].startswith("Mark done: Phone the parents")  # says which item it closes
    assert f"for {student}, due {shown_due}." in asked[0]


def test_the_student_view_gives_every_count_its_unit(qtbot: QtBot, session: Session) -> None:
    from disciplinedesk.store.students import get_student
    from disciplinedesk.ui.qt import QTextBrowser
    from disciplinedesk.ui.student_view import StudentView

    for when, action, days in (
        ("2026-11-16T10:00", "in_school_suspension", 1),
        ("2026-11-17T10:00", "in_school_suspension", 2),
        ("2026-11-18T10:00", "out_of_school_suspension", 1),
    ):
        record_decision(
            session.log,
            session.pack,
            record_input(
                "200300", when=when, behaviors=["fighting"], action=action, days=days, reason="r"
            ),
            actor="t",
        )
    view = StudentView(session, get_student(session.log, "200300"))
    qtbot.addWidget(view)
    text = view.findChild(QTextBrowser).toPlainText()
    assert "Days of suspension: 4 of 10 school days" in text
    assert "in school: 3 school days; out of school: 1" in text  # as the report counts
    assert (
        "In-school suspension, 1 school day" in text
        and "In-school suspension, 2 school days" in text
    )


def test_an_activity_exclusion_is_a_date_in_the_record_not_a_task(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.store.students import get_student
    from disciplinedesk.ui.follow_ups_panel import FollowUpsPanel
    from disciplinedesk.ui.qt import QTextBrowser
    from disciplinedesk.ui.student_view import StudentView

    record_decision(
        session.log,
        session.pack,
        record_input(
            "200300",
            when="2026-11-02T10:00",
            behaviors=["substance_use"],
            action="rest_of_day_suspension",
            start="2026-11-02",
            reason="Level A",
        ),
        actor="t",
    )
    (kind,) = [
        r["kind"]
        for r in session.log.query("SELECT kind FROM follow_ups")
        if r["kind"].startswith("activity")
    ]
    panel = FollowUpsPanel(session)
    qtbot.addWidget(panel)
    tree = panel.tree
    whats = [
        tree.topLevelItem(g).child(i).text(2)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]
    assert whats and not any("activities" in what for what in whats)  # not an overdue task
    view = StudentView(session, get_student(session.log, "200300"))
    qtbot.addWidget(view)
    text = view.findChild(QTextBrowser).toPlainText()
    assert "Excluded from after-school and off-campus activities until 2026-11-15 (over)" in text
    assert kind in session.pack.follow_ups.dates_only


def test_the_count_under_the_log_is_exact_once_counted(
    qtbot: QtBot, session: Session, window: MainWindow
) -> None:
    """More than a page: "200+" at once, then the whole count from the background; a count
    asked for before the filter changed is not shown for the new one."""
    _bulk(session, 450)
    session.notify()
    assert window.count.text() == "200+ incidents"
    qtbot.waitUntil(lambda: window.count.text() == "450 incidents", timeout=10_000)
    window._counted((window._count_asked - 1, 7))  # a count of the filter before this one
    assert window.count.text() == "450 incidents"
    listed = len(list_incidents(session.log, IncidentFilter(search="chair")))
    qtbot.keyClicks(window.search, "chair")
    qtbot.waitUntil(lambda: window.count.text() == f"{listed} incident", timeout=10_000)
    window.search.clear()
    qtbot.waitUntil(lambda: window.count.text() == "450 incidents", timeout=10_000)
    window._count_all()  # a count still reading when the window closes
    jobs = list(window._jobs)
    window.close()
    assert jobs and not any(job.isRunning() for job in jobs)  # closing waited for it
