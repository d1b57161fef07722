"""The handbook's behavior matrix, searchable: every behavior with its type, definition and page."""

from __future__ import annotations

from html import escape

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    Qt,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class MatrixBrowser(QWidget):
    """A filterable tree of behaviors grouped by type, with the selected definition below."""

    def __init__(self, pack: PolicyPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack = pack
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        self.search = QLineEdit(
            placeholderText=self.tr("Search behaviors, e.g. fight, phone, vape")
        )
        self.search.setAccessibleName(self.tr("Search the behavior matrix"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Behavior"), self.tr("Page")])
        self.tree.setAccessibleName(self.tr("Behavior matrix"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)  # long names wrap instead of being cut
        self.tree.setUniformRowHeights(False)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Definition"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>{name}</b>").format(name=pack.pack.name))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.details, 2)
        self._fill()
        self.search.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(self._show)

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for level in sorted(self._pack.type_by_level):
            kind = self._pack.type_by_level[level]
            groups[str(level)] = QTreeWidgetItem(self.tree, [f"{kind.name}: {kind.description}"])
        groups["substance"] = QTreeWidgetItem(
            self.tree, [self.tr("Alcohol and drugs (levels A, B, C)")]
        )
        children: dict[str, list[QTreeWidgetItem]] = {key: [] for key in groups}
        for behavior in self._pack.behaviors:
            key = str(behavior.type) if behavior.type is not None else "substance"
            item = QTreeWidgetItem(groups[key], [behavior.name, str(behavior.page)])
            item.setData(0, Qt.ItemDataRole.UserRole, behavior.id)
            item.setToolTip(0, behavior.name)
            children[key].append(item)
        self._groups = [(groups[key], children[key]) for key in groups]
        self.tree.expandAll()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group, items in self._groups:
            visible = 0
            for item in items:
                behavior = self._pack.behavior_by_id[item.data(0, Qt.ItemDataRole.UserRole)]
                haystack = " ".join(
                    (behavior.id, behavior.name, behavior.definition, behavior.search_words)
                ).casefold()
                hidden = bool(needle) and needle not in haystack
                item.setHidden(hidden)
                visible += not hidden
            group.setHidden(visible == 0)
        current = self.tree.currentItem()
        if needle and (current is None or current.isHidden() or current.childCount()):
            first = self._first_visible()
            if first is not None:
                self.tree.setCurrentItem(first)  # the definition follows what the search found

    def _first_visible(self) -> QTreeWidgetItem | None:
        for group, items in self._groups:
            if not group.isHidden():
                for item in items:
                    if not item.isHidden():
                        return item
        return None

    def _show(self, item: QTreeWidgetItem | None) -> None:
        behavior_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if behavior_id is None:
            self.details.clear()
            return
        behavior = self._pack.behavior_by_id[behavior_id]
        kind = (
            self._pack.type_by_level[behavior.type].name
            if behavior.type is not None
            else self.tr("Substance (levels by count)")
        )
        note = f"<p><i>{escape(behavior.note)}</i></p>" if behavior.note else ""
        self.details.setHtml(
            f"<h3>{escape(behavior.label)}</h3><p>{escape(behavior.definition)}</p>"
            f"<p>{escape(kind)} · {escape(self._pack.page_citation(behavior.page))}</p>{note}"
        )
