"""A student's context and record: incidents, decisions, exclusion days against the line."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import Any

from disciplinedesk.domain.case import strategy_id
from disciplinedesk.store.calendar import school_year
from disciplinedesk.store.follow_ups import list_follow_ups
from disciplinedesk.store.history import student_history
from disciplinedesk.store.incidents import IncidentFilter, list_incidents
from disciplinedesk.store.students import Student
from disciplinedesk.ui.geometry import keep_geometry
from disciplinedesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.session import Session


class StudentView(QDialog):
    def __init__(self, session: Session, student: Student, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Student: {name}").format(name=student.name))
        self.resize(820, 620)
        keep_geometry(self, "student")  # inside the screen, where it was left
        pack = session.shown
        history = student_history(session.log, pack, student.id, datetime.now())
        incidents = list_incidents(session.log, IncidentFilter(student=student.local_id))
        limit = pack.limit("disability_cumulative_days")
        days = history["exclusion_days_this_year"]
        flags = [
            label
            for label, on in (
                ("IEP", student.iep),
                ("Section 504", student.section_504),
                (self.tr("referral pending"), student.sped_referral_pending),
            )
            if on
        ]
        counts = history["substance_violations"]
        level = self._substance_level(session, counts)
        bar = min(100, int(days / limit * 100)) if limit else 0
        colour = "#b3261e" if days > limit else "#8a4b00" if days >= limit * 0.7 else "#1f5fa8"
        html = [
            f"<h2>{escape(student.name)} <small>({escape(student.local_id)})</small></h2>",
            "<p>"
            + escape(
                self.tr("Grade {grade} · family language: {language}").format(
                    grade=student.grade, language=pack.language_name(student.family_language)
                )
            )
            + "<br>"
            + escape(
                ", ".join(flags) if flags else self.tr("No IEP, 504 plan or referral recorded")
            )
            + "</p>",
            "<h3>" + escape(self.tr("This school year")) + "</h3>",
            "<p>"
            + escape(
                self.tr("Days of suspension: {days} of {limit} school days").format(
                    days=f"{days:g}", limit=limit
                )
            )
            + "<br>"
            + escape(self._by_setting(session, incidents))
            + "</p>",
            f"<table width='60%' cellspacing='0' style='border:1px solid #888'><tr><td width='{max(bar, 1)}%' bgcolor='{colour}'>&nbsp;</td><td></td></tr></table>",
            "<p>"
            + escape(
                self.tr("Strategies tried: {list}").format(
                    list=", ".join(
                        pack.response_by_id[s].text
                        for s in dict.fromkeys(map(strategy_id, history["strategies_tried"]))
                        if s in pack.response_by_id
                    )
                    or self.tr("none recorded")
                )
            )
            + "</p>",
            "<p>"
            + escape(
                self.tr(
                    "Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}"
                ).format(
                    uop=counts["use_or_possession"],
                    transfer=counts["transfer"],
                    dist=counts["distribution"],
                    level=level,
                )
            )
            + "</p>",
            *self._activity_exclusions(session, student),
            "<h3>"
            + escape(self.tr("Incidents ({count})").format(count=len(incidents)))
            + "</h3><table cellspacing='4'>",
        ]
        supports = self._supports(session, student)
        roles = {
            "victim": self.tr("involved as: victim"),
            "witness": self.tr("involved as: witness"),
            "reporter": self.tr("involved as: reporter"),
        }
        for row in incidents:
            if row["role"] in roles:  # never the student's discipline, nor anyone else's
                offered = "; ".join(supports.get(row["incident_id"], []))
                html.append(
                    f"<tr><td><a href='incident:{escape(row['id'])}'>"
                    f"{escape(row['occurred_at'].replace('T', ' '))}</a></td>"
                    f"<td><i>{escape(roles[row['role']])}</i></td><td>{escape(offered)}</td></tr>"
                )
                continue
            behaviors = ", ".join(
                pack.behavior_by_id[b].label if b in pack.behavior_by_id else b
                for b in row["behaviors"]
            )
            spec = pack.actions[row["action"]] if row["action"] else None
            action = spec.name if spec else ""
            if spec and row["days"]:  # with its unit: school days, or calendar days
                one = row["days"] == 1
                if spec.kind == "expulsion":
                    unit = (
                        self.tr("{days} calendar day") if one else self.tr("{days} calendar days")
                    )
                else:
                    unit = self.tr("{days} school day") if one else self.tr("{days} school days")
                action += ", " + unit.format(days=f"{row['days']:g}")
            when = escape(row["occurred_at"].replace("T", " "))
            html.append(  # the date opens the incident
                f"<tr><td><a href='incident:{escape(row['id'])}'>{when}</a></td>"
                f"<td>{escape(behaviors)}</td><td>{escape(action)}</td></tr>"
            )
        html.append("</table>")
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Student record"))
        text.setOpenLinks(False)
        text.anchorClicked.connect(self._open_incident)
        text.setHtml("".join(html))
        self.text = text
        self.session = session
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _open_incident(self, link: QUrl) -> None:
        """An incident's date, clicked: the incident, reopened."""
        from disciplinedesk.ui.incident_view import IncidentView

        if link.scheme() == "incident":
            IncidentView(self.session, link.path(), self).exec()

    def _by_setting(self, session: Session, incidents: list[dict[str, Any]]) -> str:
        """The suspensions this school year split in school and out of school, counted as
        the report counts them (the days decided, a rest of the day as one)."""
        first, last = school_year(session.log, date.today())
        totals = {"in_school": 0.0, "out_of_school": 0.0}
        for row in incidents:
            spec = session.pack.actions.get(row["action"] or "")
            day = row["occurred_at"][:10]
            if (
                spec is None
                or spec.kind != "suspension"
                or not first.isoformat() <= day <= last.isoformat()
            ):
                continue
            totals[spec.setting or "out_of_school"] += float(row["days"] or 0) + spec.base_days
        return self.tr("in school: {inside} school days; out of school: {outside}").format(
            inside=f"{totals['in_school']:g}", outside=f"{totals['out_of_school']:g}"
        )

    def _activity_exclusions(self, session: Session, student: Student) -> list[str]:
        """The last days of exclusions from activities (p.28): dates in the record, not
        tasks; the ones not yet over first."""
        kinds = set(session.pack.follow_ups.dates_only)
        dates = sorted(
            {
                row["due"][:10]
                for row in list_follow_ups(session.log, include_done=True)
                if row["student_id"] == student.local_id and row["kind"] in kinds
            },
            reverse=True,
        )
        if not dates:
            return []
        today = date.today().isoformat()
        lines = [
            self.tr("Excluded from after-school and off-campus activities until {day}").format(
                day=day
            )
            + ("" if day >= today else " " + self.tr("(over)"))
            for day in dates
        ]
        return ["<p>" + "<br>".join(escape(line) for line in lines) + "</p>"]

    def _supports(self, session: Session, student: Student) -> dict[str, list[str]]:
        """The supports offered to the student as a victim, per incident, with their dates."""
        offered: dict[str, list[str]] = {}
        for row in list_follow_ups(session.log, include_done=True):
            if row["student_id"] == student.local_id and row["role"] == "victim":
                state = self.tr("done") if row["done_at"] else self.tr("by {due}")
                offered.setdefault(row["incident_id"], []).append(
                    f"{row['text']} ({state.format(due=row['due'][:10])})"
                )
        return offered

    def _substance_level(self, session: Session, counts: dict[str, int]) -> str:
        levels = []
        for kind, count in counts.items():
            if count:
                levels.append(session.pack.substance.row_for(kind, count).level)
        return max(levels) if levels else self.tr("none")
