"""Step 2: what happened: when, where, the behaviors from the matrix, and the facts that
change the rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape

from disciplinedesk.store.incidents import TEXT_LIMITS
from disciplinedesk.ui.draft import INCIDENT_FLAGS
from disciplinedesk.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDateTime,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.wizard.base import DraftPage
from disciplinedesk.ui.wizard.context import DraftContext


def flag_labels() -> dict[str, str]:
    # Each call spelled out: lupdate finds a text only in a literal translate() or tr() call.
    return {
        "staff_involved": QCoreApplication.translate(
            "BehaviorPage", "Staff were involved (as the person affected)"
        ),
        "serious_physical_harm": QCoreApplication.translate(
            "BehaviorPage", "Serious physical harm"
        ),
        "direct_threat_to_safety": QCoreApplication.translate(
            "BehaviorPage", "Direct threat to the health or safety of others"
        ),
        "threatened_violence": QCoreApplication.translate(
            "BehaviorPage", "The student threatened violence or harm"
        ),
        "bias_based": QCoreApplication.translate(
            "BehaviorPage", "Bias-based (race, religion, disability, identity...)"
        ),
        "sex_based": QCoreApplication.translate("BehaviorPage", "Sex-based or sexual in nature"),
        "look_alike_weapon": QCoreApplication.translate(
            "BehaviorPage", "A look-alike weapon was involved"
        ),
        "substantial_disruption": QCoreApplication.translate(
            "BehaviorPage", "Substantial disruption of learning"
        ),
        "voluntarily_disclosed": QCoreApplication.translate(
            "BehaviorPage", "The student disclosed it voluntarily"
        ),
        "school_sponsored_event": QCoreApplication.translate(
            "BehaviorPage", "At a school-sponsored event or activity"
        ),
        "school_safety_connection": QCoreApplication.translate(
            "BehaviorPage", "Direct connection to school safety"
        ),
    }


def weapon_labels() -> dict[str, str]:
    """The weapons a record can name (the case's `weapon`), "" for none."""
    return {
        "": QCoreApplication.translate("BehaviorPage", "None recorded"),
        "handgun": QCoreApplication.translate("BehaviorPage", "Handgun"),
        "rifle_shotgun": QCoreApplication.translate("BehaviorPage", "Rifle or shotgun"),
        "other_firearm": QCoreApplication.translate("BehaviorPage", "Other firearm"),
        "knife": QCoreApplication.translate("BehaviorPage", "Knife"),
        "other_sharp_objects": QCoreApplication.translate("BehaviorPage", "Other sharp object"),
        "club": QCoreApplication.translate("BehaviorPage", "Club"),
        "other_object": QCoreApplication.translate("BehaviorPage", "Other object"),
        "substance_used_as_weapon": QCoreApplication.translate(
            "BehaviorPage", "Substance used as a weapon"
        ),
        "other": QCoreApplication.translate("BehaviorPage", "Other"),
        "unknown": QCoreApplication.translate("BehaviorPage", "Unknown"),
    }


class BehaviorPage(DraftPage):
    per_offender = True

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setTitle(self.tr("Behavior"))
        self.setSubTitle(self.tr("What happened, from the handbook's behavior matrix."))
        pack = context.pack
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        form = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.location = QLineEdit(placeholderText=self.tr("e.g. cafeteria, bus, hallway"))
        self.location.setMaxLength(TEXT_LIMITS["location"])
        self.nexus = QComboBox()
        for key, label in (
            ("on_campus", self.tr("At school or on district property")),
            ("school_event", self.tr("At a school event")),
            ("to_from_school", self.tr("On the way to or from school")),
            ("off_campus", self.tr("Off campus or online")),
        ):
            self.nexus.addItem(label, key)
        self.impact = QComboBox()
        for key, label in (
            ("low", self.tr("Low")),
            ("moderate", self.tr("Moderate")),
            ("substantial", self.tr("Substantial")),
        ):
            self.impact.addItem(label, key)
        for label, widget in (
            (self.tr("&When:"), self.when),
            (self.tr("&Where:"), self.location),
            (self.tr("Ne&xus:"), self.nexus),
            (self.tr("Community &impact:"), self.impact),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        left.addLayout(form)

        self.search = QLineEdit(placeholderText=self.tr("Search behaviors"))
        self.search.setAccessibleName(self.tr("Search behaviors"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), 0)
        for level in sorted(pack.type_by_level):
            self.type_filter.addItem(pack.type_by_level[level].name, level)
        self.type_filter.addItem(self.tr("Alcohol and drugs"), -1)
        self.type_filter.setAccessibleName(self.tr("Behavior type"))
        row = QHBoxLayout()
        behaviors_label = QLabel(self.tr("&Behaviors (check all that apply):"))
        behaviors_label.setBuddy(self.search)
        row.addWidget(self.search, 2)
        row.addWidget(self.type_filter, 1)
        left.addWidget(behaviors_label)
        left.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Behaviors"))
        for behavior in pack.behaviors:
            kind = pack.type_by_level[behavior.type].name if behavior.type else self.tr("Substance")
            page = pack.wording.page.format(page=behavior.page)
            item = QListWidgetItem(f"{behavior.label}  ·  {kind}  ·  {page}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, behavior.id)
            self.list.addItem(item)
        left.addWidget(self.list, 1)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setAccessibleName(self.tr("Behaviors checked"))
        left.addWidget(self.chosen)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setTextFormat(Qt.TextFormat.RichText)
        self.definition.setAccessibleName(self.tr("Definition of the selected behavior"))
        self.definition.setMinimumHeight(60)
        left.addWidget(self.definition)

        description_label = QLabel(self.tr("&Description (what was seen and said):"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        description_label.setBuddy(self.description)
        right.addWidget(description_label)
        right.addWidget(self.description, 1)
        box = QGroupBox(self.tr("Facts that change what the handbook says"))
        grid = QGridLayout(box)
        self.flags: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(flag_labels().items()):
            check = QCheckBox(label)
            self.flags[key] = check
            grid.addWidget(check, index, 0)
            check.toggled.connect(self._store)
        right.addWidget(box)
        # For the record and the state's exports (the rules do not read them): one row, so
        # that the description keeps its height on a laptop.
        self.weapon = QComboBox()
        self.weapon.setAccessibleName(self.tr("Weapon"))
        # Its longest item must not widen the column and narrow the behavior list.
        self.weapon.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.weapon.setMinimumContentsLength(13)
        for key, label in weapon_labels().items():
            self.weapon.addItem(label, key)
        self.police = QCheckBox(self.tr("Reported to the police"))
        self.police.setToolTip(self.tr("A firearm must be reported to the police (p.25)."))
        weapon_label = QLabel(self.tr("W&eapon:"))
        weapon_label.setBuddy(self.weapon)
        record = QHBoxLayout()
        record.addWidget(weapon_label)
        record.addWidget(self.weapon, 1)
        record.addWidget(self.police)
        self.weapon.currentIndexChanged.connect(self._store)
        self.police.toggled.connect(self._store)
        right.addLayout(record)
        self.layout_.addLayout(columns, 1)
        self.finish_layout()

        self._load()
        self.when.dateTimeChanged.connect(self._store)
        self.location.textEdited.connect(self._store)
        self.nexus.currentIndexChanged.connect(self._store)
        self.impact.currentIndexChanged.connect(self._store)
        self.description.textChanged.connect(self._store)
        self.list.itemChanged.connect(self._store)
        self.list.currentItemChanged.connect(self._show_definition)
        self.search.textChanged.connect(self._filter)
        self.type_filter.currentIndexChanged.connect(self._filter)
        assert set(self.flags) == set(INCIDENT_FLAGS)

    def _load(self) -> None:
        draft = self.context.draft
        self._loading = True
        if not draft.datetime:
            draft.datetime = datetime.now().strftime("%Y-%m-%dT%H:%M")
        self.when.setDateTime(QDateTime.fromString(draft.datetime, "yyyy-MM-ddTHH:mm"))
        self.location.setText(draft.location)
        self.nexus.setCurrentIndex(max(0, self.nexus.findData(draft.nexus)))
        self.impact.setCurrentIndex(max(0, self.impact.findData(draft.community_impact)))
        self.description.setPlainText(draft.description)
        chosen = set(draft.behaviors)
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        for key, check in self.flags.items():
            check.setChecked(bool(draft.flags.get(key)))
        self.weapon.setCurrentIndex(max(0, self.weapon.findData(draft.weapon)))
        self.police.setChecked(draft.reported_to_law_enforcement)
        self._loading = False
        self._show_chosen()

    def reload_offender(self) -> None:
        self._load()

    def validatePage(self) -> bool:
        """The other students of a fight start with these behaviors when they have none."""
        self.context.draft.share_behaviors()
        return True

    def check_behavior(self, behavior_id: str) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == behavior_id:
                item.setCheckState(Qt.CheckState.Checked)
                self.list.setCurrentItem(item)

    def _store(self) -> None:
        if self._loading:
            return
        draft = self.context.draft
        draft.datetime = self.when.dateTime().toString("yyyy-MM-ddTHH:mm")
        draft.location = self.location.text()
        draft.nexus = str(self.nexus.currentData())
        draft.community_impact = str(self.impact.currentData())
        draft.description = self.description.toPlainText()
        draft.behaviors = [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        draft.flags = {
            key: check.isChecked() for key, check in self.flags.items() if check.isChecked()
        }
        draft.weapon = str(self.weapon.currentData() or "")
        draft.reported_to_law_enforcement = self.police.isChecked()
        self._show_chosen()
        self.changed()

    def _show_chosen(self) -> None:
        pack = self.context.pack
        names = [pack.behavior_by_id[b].label for b in self.context.draft.behaviors]
        self.chosen.setText(
            self.tr("Checked: {names}").format(names="; ".join(names)) if names else ""
        )

    def _filter(self) -> None:
        needle = self.search.text().strip().lower()
        level = int(self.type_filter.currentData())
        pack = self.context.pack
        for index in range(self.list.count()):
            item = self.list.item(index)
            behavior = pack.behavior_by_id[item.data(Qt.ItemDataRole.UserRole)]
            matches_type = (
                level == 0 or (level == -1 and behavior.type is None) or behavior.type == level
            )
            text = " ".join(
                (behavior.id, behavior.name, behavior.definition, behavior.search_words)
            ).lower()  # "vape", "skip": the words people use find the behavior too
            item.setHidden(not (matches_type and (not needle or needle in text)))

    def _show_definition(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        pack = self.context.pack
        behavior = pack.behavior_by_id[item.data(Qt.ItemDataRole.UserRole)]
        self.definition.setText(
            f"<b>{escape(behavior.label)}</b>: {escape(behavior.definition)} "
            f"<i>({escape(pack.page_citation(behavior.page))})</i>"
        )

    def missing(self) -> str:
        if not self.context.draft.behaviors:
            return self.tr("Check at least one behavior from the matrix.")
        limit = TEXT_LIMITS["description"]
        if len(self.context.draft.description) > limit:
            return self.tr(
                "The description is {length} characters long; the log takes at most {limit}."
            ).format(length=f"{len(self.context.draft.description):,}", limit=f"{limit:,}")
        if self.context.case is None and "datetime" in self.context.problem:
            return self.tr("Enter the date and time of the incident.")
        if self._in_the_future(self.context.draft.datetime):
            return self.tr("The incident's date and time are after now: check them.")
        if self.context.draft.back_entry and self.context.draft.datetime[:10] >= (
            date.today().isoformat()
        ):
            return self.tr(
                "A back-entry is a decision made before today: enter the date the incident "
                "happened."
            )
        return ""

    @staticmethod
    def _in_the_future(text: str) -> bool:
        """An incident has happened: a time after now (a typing slip: 2027 for 2026) is
        refused here, where it was entered. A few minutes of clock drift are allowed."""
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            return False
        return when > datetime.now() + timedelta(minutes=10)
