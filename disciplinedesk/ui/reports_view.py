"""The Reports view: the discipline report of a period as charts and tables.

The numbers come from `store.report.discipline_report`, the same function behind
`disciplinedesk report` and the printed report, so screen, paper and JSON never disagree.
The school team's "Big 5" (incidents per school day per month, behaviors, locations, time of
day, students), the weekday, the triangle of tiers, the frequent students and who reports
and decides. A bar, a band of the triangle or a row opens the incidents behind it in the log
table: the report's filter and the log's are the same `IncidentFilter`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from disciplinedesk.documents.report import TOP, EquityWords, equity_cells, top_behaviors
from disciplinedesk.domain.consistency import BANDS
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.calendar import school_year
from disciplinedesk.store.incidents import IncidentFilter
from disciplinedesk.store.report import (
    NOT_RECORDED,
    SUBSTANCE,
    discipline_report,
)
from disciplinedesk.store.rows import current_user
from disciplinedesk.ui.file_dialogs import save_file
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.jobs import run_with_progress
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
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
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from disciplinedesk.ui.session import Session
from disciplinedesk.ui.tier_triangle import TierTriangle

BAR = QColor("#3a6ea5")
WEEKDAY_NUMBERS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
Drill = Callable[[str], IncidentFilter | None]  # a chart's category to the incidents behind it


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
        # The report's filters (every section follows them, and so does a drill-down).
        self.band = QComboBox()
        self.band.addItem(self.tr("All grades"), None)
        for band in dict.fromkeys(BANDS.values()):
            self.band.addItem(self.tr("Grades {band}").format(band=band), band)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for level in sorted(session.shown.type_by_level):
            self.kind.addItem(session.shown.type_by_level[level].name, level)
        self.kind.addItem(self.tr("Substance"), 0)
        self.behavior = QComboBox()
        self.behavior.addItem(self.tr("All behaviors"), None)
        for item in sorted(session.shown.behaviors, key=lambda b: b.label):
            self.behavior.addItem(item.label, item.id)
        self.behavior.setMinimumContentsLength(24)
        self.behavior.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        filters = QHBoxLayout()
        for combo, name in (
            (self.band, self.tr("Grade band")),
            (self.kind, self.tr("Type")),
            (self.behavior, self.tr("Behavior")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.refresh)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.drilled: IncidentFilter | None = None  # the incidents a click asked for

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
        layout.addLayout(filters)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        keep_geometry(self, "reports")  # inside the screen, where it was left
        self.show_button.setDefault(True)  # Enter shows; set once it is in the dialog
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
        where = self.filter()
        self._again = False
        self._job = run_with_progress(
            self,
            self.session.data_dir,
            self.tr("Counting the period's decisions..."),
            lambda log: discipline_report(log, pack, first, last, where, names=True),
            self._show,
            self.totals.setText,
            passphrase=self.session.log.passphrase,
            key=self.session.log.key,
            on_end=self._job_ended,
        )

    def filter(self) -> IncidentFilter:
        """The period and the report's filters, as the log table takes them."""
        return IncidentFilter(
            since=_date(self.since.date()),
            until=_date(self.until.date()),
            grade_band=self.band.currentData(),
            type=self.kind.currentData(),
            behavior=self.behavior.currentData(),
        )

    def open_incidents(self, where: IncidentFilter) -> None:
        """Close the report and show these incidents in the log table."""
        self.drilled = where
        self.accept()

    def _drill(self, what: str, **narrower: Any) -> IncidentFilter:
        """The report's filter narrowed to a bar, a band or a row, with its words."""
        base = self.filter()
        label = self.tr("From the report: {what}, {first} to {last}").format(
            what=what, first=base.since, last=base.until
        )
        return replace(base, label=label, **narrower)

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
        self.tabs.addTab(self._when_tab(report), self.tr("Big 5: &when"))
        self.tabs.addTab(self._what_tab(report), self.tr("Big 5: what, where, &who"))
        self.tabs.addTab(self._tiers_tab(report), self.tr("&Tiers and students"))
        self.tabs.addTab(self._people_tab(report), self.tr("&Reporters and deciders"))
        incidents = QWidget()
        row = QHBoxLayout(incidents)
        months = {month: self._drill(month, month=month) for month in report["by_month"]}
        row.addWidget(
            self._chart(
                self.tr("Incidents by month"), report["by_month"], vertical=True, drill=months.get
            ),
            3,
        )
        types = self._by_type(report)
        levels = self._type_levels()
        row.addWidget(
            self._chart(
                self.tr("Incidents by type"),
                types,
                drill=lambda name: self._drill(name, type=levels.get(name), each_offender=True),
            ),
            2,
        )
        self.tabs.addTab(incidents, self.tr("&Incidents"))
        actions = {pack.actions[a].name: n for a, n in report["by_action"].items()}
        action_ids = {pack.actions[a].name: a for a in report["by_action"]}
        self.tabs.addTab(
            self._chart(
                self.tr("Actions decided"),
                actions,
                drill=lambda name: self._drill(name, action=action_ids[name], each_offender=True),
            ),
            self.tr("&Actions"),
        )
        self.tabs.addTab(self._equity_tab(report), self.tr("&Equity"))
        self.tabs.setCurrentIndex(max(current, 0))

    # -- the school team's sections --------------------------------------------------------
    def _when_tab(self, report: dict[str, Any]) -> QWidget:
        """Per school day per month, the time of day and the weekday."""
        tab = QWidget()
        row = QHBoxLayout(tab)
        months = {self._month_name(m): m for m in report["per_school_day"]}
        rates = {
            name: round(report["per_school_day"][m]["per_school_day"] or 0.0, 1)
            for name, m in months.items()
        }
        row.addWidget(
            self._chart(
                self.tr("Incidents per school day, by month"),
                rates,
                vertical=True,
                drill=lambda name: self._drill(name, month=months[name]),
            ),
            3,
        )
        hours = {str(int(hour)): n for hour, n in report["by_hour"].items()}  # 7 ... 17
        row.addWidget(
            self._chart(
                self.tr("Time of day"),
                hours,
                vertical=True,
                drill=lambda hour: self._drill(
                    self.tr("{hour}:00 to {hour}:59").format(hour=f"{int(hour):02d}"),
                    hour=f"{int(hour):02d}",
                ),
            ),
            3,
        )
        names = self._weekday_names()
        days = {
            names[day]: round(value["per_school_day"] or 0.0, 1)
            for day, value in report["by_weekday"].items()
        }
        numbers = {names[day]: WEEKDAY_NUMBERS[day] for day in report["by_weekday"]}
        row.addWidget(
            self._chart(
                self.tr("Per school day of the weekday"),
                days,
                vertical=True,
                drill=lambda name: self._drill(name, weekday=numbers[name]),
            ),
            2,
        )
        return tab

    def _what_tab(self, report: dict[str, Any]) -> QWidget:
        """Behaviors, locations and the students with the most incidents."""
        tab = QWidget()
        row = QHBoxLayout(tab)
        pack = self.session.shown
        behaviors = top_behaviors(report["by_behavior"], pack)
        behavior_ids = {
            pack.behavior_by_id[b].label if b in pack.behavior_by_id else b: b
            for b in report["by_behavior"]
        }
        row.addWidget(
            self._chart(
                self.tr("Behaviors (most frequent)"),
                behaviors,
                drill=lambda name: (
                    self._drill(name, behavior=behavior_ids[name], each_offender=True)
                    if name in behavior_ids
                    else None
                ),
            ),
            3,
        )
        locations = {
            self.tr("(not recorded)") if place == NOT_RECORDED else place: n
            for place, n in list(report["by_location"].items())[:TOP]
        }
        row.addWidget(
            self._chart(
                self.tr("Locations (most frequent)"),
                locations,
                drill=lambda place: self._drill(
                    place, location="" if place == self.tr("(not recorded)") else place
                ),
            ),
            2,
        )
        top = report["by_student"][:10]
        students = {entry["student"]: entry["incidents"] for entry in top}
        keys = {entry["student"]: entry["student_key"] for entry in top}
        row.addWidget(
            self._chart(
                self.tr("Students (most incidents)"),
                students,
                drill=lambda name: self._drill(name, students=(keys[name],), each_offender=True),
            ),
            2,
        )
        return tab

    def _tiers_tab(self, report: dict[str, Any]) -> QWidget:
        """The triangle, and the frequent students a support specialist takes to the team."""
        tab = QWidget()
        row = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.triangle = TierTriangle()
        self.triangle.show_tiers(report["tiers"])
        bands = report["tiers"].get("band_keys", {})
        self.triangle.clicked.connect(
            lambda band: self.open_incidents(
                self._drill(
                    self.tr("students at {band} incidents").format(band=band),
                    students=tuple(bands.get(band, ())),
                    each_offender=True,
                )
            )
        )
        left.addWidget(self.triangle, 1)
        note = QLabel(
            self.tr(
                "Students with 0-1, 2-5 and 6 or more incidents in the period, of the {n} "
                "enrolled. Click a band, or a student in the table, to see the incidents."
            ).format(n=report["tiers"]["enrolled"])
        )
        note.setWordWrap(True)
        left.addWidget(note)
        row.addLayout(left, 2)
        headers = [
            self.tr("Student"),
            self.tr("Incidents"),
            self.tr("Days excluded"),
            self.tr("Open follow-ups"),
            self.tr("Support plan"),
        ]
        rows = [
            [
                entry["student"],
                str(entry["incidents"]),
                f"{entry['exclusion_days']:g}",
                str(entry["open_follow_ups"]),
                self.tr("yes") if entry["support_plan"] else self.tr("no"),
            ]
            for entry in report["by_student"]
        ]
        self.students = self._table(headers, rows, self.tr("Students with the most incidents"))
        entries = report["by_student"]
        self.students.cellDoubleClicked.connect(
            lambda r, _: self.open_incidents(
                self._drill(
                    entries[r]["student"],
                    students=(entries[r]["student_key"],),
                    each_offender=True,
                )
            )
        )
        row.addWidget(self.students, 3)
        return tab

    def _people_tab(self, report: dict[str, Any]) -> QWidget:
        """Incidents per reporter and decisions per administrator, with the share excluded:
        similar incidents should get similar decisions whoever decides."""
        tab = QWidget()
        layout = QHBoxLayout(tab)
        for key, title, field in (
            ("by_reporter", self.tr("Who reported"), "reporter"),
            ("by_decider", self.tr("Who decided"), "decided_by"),
        ):
            entries = report[key]
            headers = [title, self.tr("Count"), self.tr("Excluded"), self.tr("Share excluded")]
            rows = [
                [
                    entry["name"] or self.tr("(not recorded)"),
                    "-" if entry["count"] is None else str(entry["count"]),
                    "-" if entry["excluded"] is None else str(entry["excluded"]),
                    "-"
                    if entry["share_excluded"] is None
                    else f"{100 * entry['share_excluded']:.0f}%",
                ]
                for entry in entries
            ]
            table = self._table(headers, rows, title)
            each = field == "decided_by"  # decisions are per offender, reports per incident
            table.cellDoubleClicked.connect(
                lambda r, _, entries=entries, field=field, each=each: self.open_incidents(
                    self._drill(
                        entries[r]["name"] or self.tr("(not recorded)"),
                        each_offender=each,
                        **{field: entries[r]["name"]},
                    )
                )
            )
            setattr(self, key, table)
            layout.addWidget(table)
        note = QLabel(
            self.tr(
                "Share excluded: out-of-school suspension or expulsion. Groups under {group} "
                "and counts under {cell} are not shown (-), as in the equity table."
            ).format(
                group=report["suppression"]["min_group"], cell=report["suppression"]["min_cell"]
            )
        )
        note.setWordWrap(True)
        outer = QWidget()
        box = QVBoxLayout(outer)
        box.addWidget(tab, 1)
        box.addWidget(note)
        return outer

    def _table(self, headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _month_name(self, month: str) -> str:
        """ "2026-10" as the interface's short month name and year ("Oct 2026")."""
        year, number = (int(part) for part in month.split("-"))
        return f"{QLocale().monthName(number, QLocale.FormatType.ShortFormat)} {year}"

    def _weekday_names(self) -> dict[str, str]:
        return {
            "Mon": self.tr("Mon"),
            "Tue": self.tr("Tue"),
            "Wed": self.tr("Wed"),
            "Thu": self.tr("Thu"),
            "Fri": self.tr("Fri"),
            "Sat": self.tr("Sat"),
            "Sun": self.tr("Sun"),
        }

    def _type_levels(self) -> dict[str, int]:
        """A type's name on screen to its level (0: substance), for a type's drill-down."""
        shown = self.session.shown.type_by_level
        return {shown[level].name: level for level in shown} | {self.tr("Substance"): 0}

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
        drill: Drill | None = None,
    ) -> QChartView:
        """Counts as bars, the largest on top (or months left to right), each labelled; with
        `drill`, a click on a bar opens the incidents behind it."""
        names = list(counts) if vertical else list(counts)[::-1]
        bars = QBarSet(title)
        bars.append([float(counts[name]) for name in names])
        bars.setColor(BAR)
        bars.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        series = QBarSeries() if vertical else QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        # Above the bar, where a narrow column on a laptop still leaves it readable.
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
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
        if vertical:  # short names under narrow columns: whole ("Mon", "10"), not "..."
            categories.setTruncateLabels(False)
            if len(names) > 4 and max(map(len, names), default=0) > 4:
                categories.setLabelsAngle(-45)  # "Oct 2026" side by side would overlap
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
        if drill is not None:
            view.setCursor(Qt.CursorShape.PointingHandCursor)
            view.setToolTip(self.tr("Click a bar to see its incidents"))

            def clicked(index: int) -> None:
                where = drill(names[index])
                if where is not None:
                    self.open_incidents(where)

            bars.clicked.connect(clicked)
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
