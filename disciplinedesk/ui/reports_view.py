"""The Reports view: the discipline report of a period as charts and the equity table.

The numbers come from `store.report.discipline_report`, the same function behind
`disciplinedesk report` and the printed report, so screen, paper and JSON never disagree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from disciplinedesk.documents.report import TOP, EquityWords, equity_cells, top_behaviors
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.calendar import school_year
from disciplinedesk.store.report import NOT_RECORDED, SUBSTANCE, discipline_report
from disciplinedesk.store.rows import current_user
from disciplinedesk.ui.file_dialogs import save_file
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.jobs import run_with_progress
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QColor,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPainter,
    QPalette,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.qt_charts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from disciplinedesk.ui.session import Session

BAR = QColor("#3a6ea5")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsView(QDialog):
    """Opened from Reports > Discipline report (Ctrl+R)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: dict[str, Any] | None = None
        self._job: Any = None
        self._again = False
        self.setWindowTitle(self.tr("Discipline report"))
        first, last = school_year(session.log, date.today())
        self.since = QDateEdit(_qdate(first))
        self.until = QDateEdit(_qdate(min(last, date.today())))
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Save as &PDF..."))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setEnabled(False)
        period = QHBoxLayout()
        since_label = QLabel(self.tr("&From"))
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("&to"))
        until_label.setBuddy(self.until)
        for widget in (since_label, self.since, until_label, self.until, self.show_button):
            period.addWidget(widget)
        period.addStretch(1)
        period.addWidget(self.pdf_button)

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Report sections"))
        self.equity = QTableWidget(0, 5)
        self.equity.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Enrolled"),
                self.tr("Excluded"),
                self.tr("Risk"),
                self.tr("Risk ratio"),
            ]
        )
        self.equity.setAccessibleName(self.tr("Exclusion by group"))
        self.equity.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.equity.verticalHeader().setVisible(False)
        self.equity.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.equity_note = QLabel()
        self.equity_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        keep_geometry(self, "reports")  # inside the screen, where it was left
        self.refresh()

    # -- computing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Count the period in a job (a large log takes a second); a request made while a
        count runs is taken up when it ends, so the last dates asked for are shown."""
        first, last = _date(self.since.date()), _date(self.until.date())
        if last < first:
            self.totals.setText(
                self.tr("The end of the period is before its start: change the dates.")
            )
            return
        if self._job is not None:
            self._again = True
            return
        pack = self.session.pack
        self._again = False
        self._job = run_with_progress(
            self,
            self.session.data_dir,
            self.tr("Counting the period's decisions..."),
            lambda log: discipline_report(log, pack, first, last),
            self._show,
            self.totals.setText,
            passphrase=self.session.log.passphrase,
            on_end=self._job_ended,
        )

    def _job_ended(self) -> None:
        self._job = None
        if self._again:
            self.refresh()

    def done(self, result: int) -> None:
        if self._job is not None:  # a thread must not outlive the dialog that owns it
            self._again = False
            self._job.wait()
        super().done(result)

    def _show(self, report: dict[str, Any]) -> None:
        self.report = report
        self.pdf_button.setEnabled(True)
        totals = report["totals"]
        self.totals.setText(
            self.tr(
                "Incidents: {incidents}; students involved as offenders: {students} "
                "(more than once: {repeat}); "
                "students excluded: {excluded}; days of suspension: {days:g}; "
                "follow-ups open: {open}, overdue: {overdue}."
            ).format(
                incidents=totals["incidents"],
                students=totals["students"],
                repeat=totals["repeat_students"],
                excluded=totals["students_excluded"],
                days=totals["exclusion_days"],
                open=totals["open_follow_ups"],
                overdue=totals["overdue_follow_ups"],
            )
        )
        pack = self.session.shown  # counted by id; named in the interface's language
        current = self.tabs.currentIndex()
        self.tabs.clear()
        incidents = QWidget()
        row = QHBoxLayout(incidents)
        row.addWidget(
            self._chart(self.tr("Incidents by month"), report["by_month"], vertical=True), 3
        )
        row.addWidget(self._chart(self.tr("Incidents by type"), self._by_type(report)), 2)
        self.tabs.addTab(incidents, self.tr("&Incidents"))
        actions = {pack.actions[a].name: n for a, n in report["by_action"].items()}
        self.tabs.addTab(self._chart(self.tr("Actions decided"), actions), self.tr("&Actions"))
        behaviors = top_behaviors(report["by_behavior"], pack)
        where = QWidget()
        row = QHBoxLayout(where)
        row.addWidget(self._chart(self.tr("Behaviors (most frequent)"), behaviors), 3)
        locations = dict(list(report["by_location"].items())[:TOP])
        row.addWidget(self._chart(self.tr("Locations (most frequent)"), locations), 2)
        self.tabs.addTab(where, self.tr("&Behaviors and places"))
        self.tabs.addTab(self._equity_tab(report), self.tr("&Equity"))
        self.tabs.setCurrentIndex(max(current, 0))

    # -- pieces ----------------------------------------------------------------------------
    def _by_type(self, report: dict[str, Any]) -> dict[str, int]:
        """The report names types in the handbook's words; the view in the interface's."""
        official, shown = self.session.pack.type_by_level, self.session.shown.type_by_level
        names = {official[level].name: shown[level].name for level in official}
        names[SUBSTANCE] = self.tr("Substance")
        return {names.get(name, name): n for name, n in report["by_type"].items()}

    def _chart(
        self,
        title: str,
        counts: dict[str, int] | dict[str, float],
        *,
        vertical: bool = False,
        empty: str = "",
    ) -> QChartView:
        """Counts as bars, the largest on top (or months left to right), each labelled."""
        names = list(counts) if vertical else list(counts)[::-1]
        bars = QBarSet(title)
        bars.append([float(counts[name]) for name in names])
        bars.setColor(BAR)
        series = QBarSeries() if vertical else QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 128:
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
            bars.setColor(BAR.lighter(140))
        categories = QBarCategoryAxis()
        categories.append([name[:48] for name in names])
        values = QValueAxis()
        top = max(counts.values(), default=0)
        if any(isinstance(n, float) for n in counts.values()):
            values.setLabelFormat("%.1f")
            values.setRange(0, top * 1.15 or 1)
            values.applyNiceNumbers()
        else:  # counts: whole-number ticks only (nice numbers would give 0.5 steps)
            step = _whole_step(top)
            values.setLabelFormat("%d")
            values.setTickType(QValueAxis.TickType.TicksDynamic)
            values.setTickAnchor(0)
            values.setTickInterval(step)
            values.setRange(0, step * (int(top) // step + 1))
        chart.addAxis(
            categories, Qt.AlignmentFlag.AlignBottom if vertical else Qt.AlignmentFlag.AlignLeft
        )
        chart.addAxis(
            values, Qt.AlignmentFlag.AlignLeft if vertical else Qt.AlignmentFlag.AlignBottom
        )
        series.attachAxis(categories)
        series.attachAxis(values)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(title)
        if not counts:
            chart.setTitle(empty or self.tr("{title}: none in this period").format(title=title))
            for axis in (categories, values):
                axis.setVisible(False)
        return view

    def _equity_words(self) -> EquityWords:
        return EquityWords(
            dimensions={
                "race_ethnicity": self.tr("Race/ethnicity"),
                "gender": self.tr("Gender"),
                "iep": self.tr("Disability (IEP, 504 or referral)"),
                "english_learner": self.tr("English learner"),
            },
            values={
                "yes": self.tr("yes"),
                "no": self.tr("no"),
                NOT_RECORDED: self.tr("(not recorded)"),
            },
            small_group=self.tr("small group"),
            small_count=self.tr("small count"),
            no_one_else=self.tr("no one else excluded"),
        )

    def _chart_label(self, dimension: str, group: str, words: EquityWords) -> str:
        """Short enough for a chart axis: the two yes/no dimensions say what they are."""
        short = {"iep": self.tr("Disability"), "english_learner": self.tr("English learner")}
        value = words.values.get(group, group)
        return f"{short[dimension]}: {value}" if dimension in short else value

    def _equity_tab(self, report: dict[str, Any]) -> QWidget:
        suppression = report["suppression"]
        rows = report["equity"]
        words = self._equity_words()
        self.equity.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate(equity_cells(row, suppression["min_group"], words)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.equity.setItem(index, column, item)
        self.equity.resizeColumnsToContents()
        self.equity.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.equity_note.setText(
            self.tr(
                "Risk: students with at least one out-of-school suspension or expulsion in the "
                "period, out of the students enrolled in the group. Risk ratio: the group's risk "
                "divided by the risk of all other students (above 1: excluded more often). Groups "
                "under {group} students and counts under {cell} are not shown, so that no student "
                "can be recognised."
            ).format(group=suppression["min_group"], cell=suppression["min_cell"])
        )
        ratios = {
            self._chart_label(r["dimension"], r["group"], words): round(r["risk_ratio"], 2)
            for r in rows
            if r["risk_ratio"] is not None
        }
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        left.addWidget(self.equity, 1)
        left.addWidget(self.equity_note)
        layout.addLayout(left, 3)
        chart = self._chart(
            self.tr("Risk ratio (1 = same as the other students)"),
            ratios,
            empty=self.tr("No group is large enough for a risk ratio in this period"),
        )
        layout.addWidget(chart, 2)
        return tab

    # -- printing --------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self.report is None:
            return
        name = f"discipline-report-{self.report['from']}-to-{self.report['to']}.pdf"
        path = save_file(self, self.tr("Save the report"), name, self.tr("PDF (*.pdf)"), "report")
        if path is not None:
            self.write_pdf(path)

    def write_pdf(self, target: Path) -> None:
        from disciplinedesk.printing import write_report

        assert self.report is not None
        try:
            write_report(
                self.session.log, self.session.pack, self.report, target, actor=current_user()
            )
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        QMessageBox.information(
            self, self.tr("Saved"), self.tr("The report was saved to {path}.").format(path=target)
        )


def _whole_step(top: float) -> int:
    """A tick step for counts up to `top`: 1, 2 or 5 times a power of ten, the one that gives
    closest to five ticks."""
    steps: list[int] = [m * 10**e for e in range(7) for m in (1, 2, 5)]
    return min(steps, key=lambda step: abs(top / step - 5))
