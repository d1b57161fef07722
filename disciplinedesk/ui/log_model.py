"""The log as a Qt table model: rows fetched in pages so that 200,000 incidents scroll at once."""

from __future__ import annotations

from typing import Any

from disciplinedesk.store.incidents import IncidentFilter, list_incidents
from disciplinedesk.ui.qt import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from disciplinedesk.ui.session import Session

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# The sort key of each column (None: not sortable).
SORT_KEYS = ("occurred_at", "student", None, "type", "action", "open_follow_ups")


class LogModel(QAbstractTableModel):
    """Incidents matching a filter, newest first unless sorted otherwise."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pack = session.shown
        self._filter = IncidentFilter()
        self._sort = ("occurred_at", True)
        self._rows: list[dict[str, Any]] = []
        self._exhausted = False

    # -- loading -------------------------------------------------------------------------
    @property
    def where(self) -> IncidentFilter:
        return self._filter

    def set_filter(self, where: IncidentFilter) -> None:
        self._filter = where
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._page(0)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def _page(self, offset: int) -> list[dict[str, Any]]:
        sort, descending = self._sort
        return list_incidents(
            self._session.log,
            self._filter,
            limit=PAGE,
            offset=offset,
            sort=sort,
            descending=descending,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        more = self._page(len(self._rows))
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        if key is None:
            return
        wanted = (key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    # -- the table -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return "\n".join(self._behavior_name(b) for b in self._behaviors(row))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return "\n".join(self._person_line(p) for p in row["people"])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row["occurred_at"].replace("T", " ")
        if column == 1:
            return self._people_text(row)
        if column == 2:
            return ", ".join(self._behavior_name(b) for b in self._behaviors(row))
        if column == 3:
            return (
                self._pack.type_by_level[row["type"]].name if row["type"] else self.tr("Substance")
            )
        if column == 4:
            text = "; ".join(dict.fromkeys(self._action_text(o) for o in self._offenders(row)))
            # A decision made before the program was used, entered later: never taken for
            # one of today's.
            return (
                self.tr("{action} (back-entry)").format(action=text) if row["back_entry"] else text
            )
        return str(row["open_follow_ups"] or "")

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Student"),
            self.tr("Behaviors"),
            self.tr("Type"),
            self.tr("Action"),
            self.tr("Follow-ups"),
        )

    def incident_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def _offenders(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        """The row's own part first, then the other offenders of the incident (a student's
        view of an incident they were a victim in has none)."""
        if row["role"] not in (None, "offender"):
            return []
        others = [
            p
            for p in row["people"]
            if p["role"] == "offender" and p["student_id"] != row["student_id"]
        ]
        return [row, *others]

    def _behaviors(self, row: dict[str, Any]) -> list[str]:
        """What the offenders did, each behavior once: "Fighting, Inappropriate contact"."""
        return list(dict.fromkeys(b for o in self._offenders(row) for b in o["behaviors"]))

    def _people_text(self, row: dict[str, Any]) -> str:
        """The row's student, then the others involved: "Park, Leo (200300), Lopez A. +
        1 victim, 1 witness"."""
        text = f"{row['last_name']}, {row['first_name']} ({row['student_id']})"
        others = [p for p in row["people"] if p["student_id"] != row["student_id"]]
        offenders = [
            f"{p['last_name']} {p['first_name'][:1]}." for p in others if p["role"] == "offender"
        ]
        if offenders:
            text += ", " + ", ".join(offenders)
        counts = {
            role: sum(1 for p in others if p["role"] == role)
            for role in ("victim", "witness", "reporter")
        }
        extra = [
            label
            for label in (
                self.tr("%n victim(s)", "", counts["victim"]) if counts["victim"] else "",
                self.tr("%n witness(es)", "", counts["witness"]) if counts["witness"] else "",
                self.tr("%n reporter(s)", "", counts["reporter"]) if counts["reporter"] else "",
            )
            if label
        ]
        return text + (" + " + ", ".join(extra) if extra else "")

    def _person_line(self, person: dict[str, Any]) -> str:
        roles = {
            "offender": self.tr("offender"),
            "victim": self.tr("victim"),
            "witness": self.tr("witness"),
            "reporter": self.tr("reporter"),
        }
        who = (
            f"{person['last_name']}, {person['first_name']} ({person['student_id']})"
            if person["student_id"]
            else person["name"]
        )
        return f"{who}: {roles[person['role']]}"

    def _behavior_name(self, behavior_id: str) -> str:
        behavior = self._pack.behavior_by_id.get(behavior_id)
        return behavior.label if behavior else behavior_id

    def _action_text(self, row: dict[str, Any]) -> str:
        action = row["action"]
        if action is None:
            return ""
        name = self._pack.actions[action].name
        days = row["days"]
        if not days:
            return name
        if float(days).is_integer():
            return self.tr("{action}, %n day(s)", "", int(days)).format(action=name)
        return self.tr("{action}, {days} days").format(action=name, days=f"{days:g}")
