"""The Reports view over a real log: charts and the equity table show the report's numbers,
and the PDF it saves is recorded as a disclosure."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from disciplinedesk.store.disclosures import list_disclosures
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.students import StudentInput, upsert_students
from disciplinedesk.ui.qt import QDate, QPoint, Qt
from disciplinedesk.ui.reports_view import ReportsView
from disciplinedesk.ui.session import Session
from tests.store.records import record_input


def _school(session: Session) -> None:
    """40 students in group A (12 excluded) and 40 in group B (none excluded)."""
    students = [
        StudentInput(
            local_id=f"{group}{n:02d}",
            first_name="S",
            last_name=f"{group}{n}",
            grade="9",
            race_ethnicity=group,
        )
        for group in "AB"
        for n in range(40)
    ]
    with session.log.transaction():
        upsert_students(session.log, students, actor="t")
    for n in range(12):
        record_decision(
            session.log,
            session.pack,
            record_input(
                f"A{n:02d}",
                when="2026-10-06T10:00",
                behaviors=["fighting"],
                action="out_of_school_suspension",
                days=2,
                reason="r",
            ),
            actor="t",
        )
    record_decision(
        session.log,
        session.pack,
        record_input("B00", when="2026-11-03T10:00", behaviors=["tardiness"]),
        actor="t",
    )


def _charts(view: ReportsView, tab: str) -> list[Any]:
    """The charts of the tab named `tab`, left to right."""
    from disciplinedesk.ui.qt_charts import QChartView

    (index,) = [i for i in range(view.tabs.count()) if view.tabs.tabText(i).replace("&", "") == tab]
    widget = view.tabs.widget(index)
    return [widget] if isinstance(widget, QChartView) else widget.findChildren(QChartView)


def test_reports_view_shows_the_report_and_saves_it(
    qtbot: QtBot, session: Session, tmp_path: Path, message_boxes: list[tuple[str, str]]
) -> None:
    _school(session)
    view = ReportsView(session)
    qtbot.addWidget(view)
    view.since.setDate(QDate(2026, 9, 1))
    view.until.setDate(QDate(2026, 12, 31))
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None and view.report["to"] == "2026-12-31")
    assert "Incidents: 13; students involved as offenders: 13" in view.totals.text()
    assert "students excluded: 12; days of suspension: 24" in view.totals.text()
    assert [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())] == [
        "Big 5: when",
        "Big 5: what, where, who",
        "Tiers and students",
        "Reporters and deciders",
        "Incidents",
        "Actions",
        "Equity",
    ]
    rows = {
        view.equity.item(r, 0).text(): [view.equity.item(r, c).text() for c in range(1, 5)]
        for r in range(view.equity.rowCount())
    }
    # A: 12 of 40 excluded (30%); every other student: 0 of 40+2 (Maya, Leo) -> no ratio
    assert rows["Race/ethnicity: A"] == ["40", "12", "30.0%", "— (no one else excluded)"]
    assert rows["Race/ethnicity: B"] == ["40", "—", "—", "— (small count)"]
    month_chart = _charts(view, "Incidents")[0]
    month_bars = month_chart.chart().series()[0].barSets()[0]
    # Every month of the period, September and December without incidents too.
    assert [month_bars.at(i) for i in range(month_bars.count())] == [0.0, 12.0, 1.0, 0.0]
    view.tabs.setCurrentIndex(view.tabs.count() - 1)  # equity
    assert not view.grab().isNull()

    target = tmp_path / "report.pdf"
    view.write_pdf(target)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Discipline report" in text and "2026-09-01 to 2026-12-31" in text
    assert list_disclosures(session.log)[0]["kind"] == "report"
    assert message_boxes[-1] == ("information", f"The report was saved to {target}.")


def test_a_period_ending_before_it_starts_is_explained(qtbot: QtBot, session: Session) -> None:
    view = ReportsView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None)
    view.since.setDate(QDate(2026, 12, 1))
    view.until.setDate(QDate(2026, 11, 1))
    view.refresh()
    assert "before its start" in view.totals.text()


def test_the_view_names_types_in_the_interface_language(qtbot: QtBot, session: Session) -> None:
    spanish = Session(session.pack, session.log, session.data_dir, language="es")
    view = ReportsView(spanish)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.report is not None)
    report = {"by_type": {"Type I": 3, "Type III": 2, "Substance": 1}}
    assert view._by_type(report) == {"Tipo I": 3, "Tipo III": 2, "Substance": 1}


def test_the_report_window_always_closes_at_once_or_after_its_job(
    qtbot: QtBot, session: Session
) -> None:
    """A job that ends before the window stops holding it must not leave a reference to a
    deleted object (which once made the window impossible to close)."""
    from disciplinedesk.ui.qt import QApplication

    for n in range(30):
        view = ReportsView(session)
        qtbot.addWidget(view)
        view.show()
        if n % 2:  # after the job has ended and been deleted
            qtbot.waitUntil(lambda v=view: v._job is None, timeout=5000)
            QApplication.processEvents()
        view.close()  # never raises, whatever the job's state
        assert not view.isVisible()
        assert view._job is None or view._job.isFinished()


def test_window_jobs_are_let_go_when_they_end(qtbot: QtBot, session: Session) -> None:
    """The main window's jobs: held while they run, let go before they are deleted, so a
    restore that waits for them never touches a deleted one."""
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.qt import QApplication

    window = MainWindow(session)
    qtbot.addWidget(window)
    for _ in range(10):
        window._run("Counting...", lambda log: 1, "{result}")
    qtbot.waitUntil(lambda: window._jobs == [], timeout=10_000)
    QApplication.processEvents()
    for job in window._jobs:  # what restore does: nothing left to wait for
        job.wait()


def test_escape_closes_the_report_window(qtbot: QtBot, session: Session) -> None:
    from disciplinedesk.ui.qt import Qt

    view = ReportsView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view._job is None, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_count_axes_have_whole_numbers_and_every_month_shows(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.ui.qt_charts import QBarCategoryAxis, QValueAxis

    _school(session)
    view = ReportsView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None and view._job is None, timeout=5000)
    month_chart = _charts(view, "Incidents")[0].chart()
    values = next(a for a in month_chart.axes() if isinstance(a, QValueAxis))
    assert values.tickType() == QValueAxis.TickType.TicksDynamic
    assert values.labelFormat() == "%d" and values.tickInterval() == float(
        int(values.tickInterval())
    )
    assert values.min() == 0 and values.max() >= 12
    months = next(a for a in month_chart.axes() if isinstance(a, QBarCategoryAxis))
    assert view.report is not None
    first, last = view.report["from"][:7], view.report["to"][:7]
    shown = list(months.categories())
    assert shown[0] == first and shown[-1] == last  # every month between, quiet ones too
    assert len(shown) == len(set(shown)) and 0 in view.report["by_month"].values()


def _click_bar(qtbot: QtBot, chart_view: Any, category: str) -> None:
    """A real mouse click in the middle of the bar of `category`."""
    from disciplinedesk.ui.qt import QPointF, Qt
    from disciplinedesk.ui.qt_charts import QBarCategoryAxis

    chart = chart_view.chart()
    series = chart.series()[0]
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    index = list(axis.categories()).index(category)
    value = series.barSets()[0].at(index)
    point = chart.mapToPosition(QPointF(index, value / 2), series)
    position = chart_view.mapFromScene(chart.mapToScene(point))
    qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_a_bar_clicked_in_the_report_shows_its_incidents_in_the_log(
    qtbot: QtBot, session: Session
) -> None:
    from disciplinedesk.ui.main_window import MainWindow
    from disciplinedesk.ui.qt import QTimer

    _school(session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 13

    def click_october() -> None:
        view = window._report
        assert view is not None
        view.resize(1200, 700)
        qtbot.waitUntil(lambda: view.report is not None and view._job is None, timeout=5000)
        view.since.setDate(QDate(2026, 9, 1))
        view.until.setDate(QDate(2026, 11, 30))
        view.refresh()
        qtbot.waitUntil(lambda: view.report is not None and view.report["from"] == "2026-09-01")
        view.tabs.setCurrentIndex(0)  # Big 5: when
        (per_day, *_) = _charts(view, "Big 5: when")
        qtbot.waitExposed(per_day)
        _click_bar(qtbot, per_day, view._month_name("2026-10"))

    QTimer.singleShot(0, click_october)
    window.open_reports()  # returns when the click has closed the report
    assert window.model.rowCount() == 12  # October's twelve fights, from the log table
    assert window.drill_bar.isVisible()
    october = window._report._month_name("2026-10") if window._report else ""
    assert window.drill_label.text() == f"From the report: {october}, 2026-09-01 to 2026-11-30"
    window.show_all()
    assert window.model.rowCount() == 13 and not window.drill_bar.isVisible()


def test_a_band_of_the_triangle_and_a_student_row_drill_down(
    qtbot: QtBot, session: Session
) -> None:
    _school(session)
    view = ReportsView(session)
    qtbot.addWidget(view)
    view.since.setDate(QDate(2026, 9, 1))
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None and view._job is None, timeout=5000)
    tiers = view.report["tiers"]
    assert tiers["bands"] == {"0-1": 82, "2-5": 0, "6+": 0}  # 80 + Maya and Leo, none twice
    view.tabs.setCurrentIndex(2)  # Tiers and students
    qtbot.waitExposed(view.triangle)
    bottom = QPoint(view.triangle.width() // 2, view.triangle.height() - 10)
    qtbot.mouseClick(view.triangle, Qt.MouseButton.LeftButton, pos=bottom)  # the 0-1 band
    assert view.drilled is not None and len(view.drilled.students or ()) == 13
    assert view.drilled.label.startswith("From the report: students at 0-1 incidents")
    assert not view.isVisible()  # the report closed to show them
    view.drilled = None
    view.show()
    qtbot.waitExposed(view.students)
    cell = view.students.visualItemRect(view.students.item(0, 0)).center()
    qtbot.mouseClick(view.students.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.students.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.drilled is not None and view.drilled.each_offender
    (key,) = view.drilled.students or ()
    assert key == view.report["by_student"][0]["student_key"]
