"""Settings kept in the log (school name, school year, default decided-by), declared as data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from disciplinedesk.store.database import Log
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.rows import audit


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    description: str
    # The range of a numeric setting, both ends included: the command line and the Settings
    # dialog refuse what is outside it, stating the range.
    minimum: int | None = None
    maximum: int | None = None

    def check(self, value: Any) -> None:
        """Refuse a value outside the setting's range (SettingError names it and the range)."""
        if self.minimum is None or self.maximum is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(
                f"{self.key}: must be a whole number from {self.minimum} to {self.maximum}"
            )
        if not self.minimum <= value <= self.maximum:
            raise SettingError(f"{self.key}: {value} is outside {self.minimum} to {self.maximum}")


class SettingError(StoreError):
    """A setting's value is not one it can take; the message names the setting and its range."""


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("school_name", "", "The school's name, printed on documents."),
        SettingSpec("school_id", "", "The school's id in the district's systems."),
        SettingSpec("school_address", "", "The school's address, on every family letter."),
        SettingSpec("school_phone", "", "The number families call, on every family letter."),
        SettingSpec("office_hours", "", "When the office answers, on every family letter."),
        SettingSpec("school_year_start", "07-01", "First day (MM-DD) of the school year."),
        SettingSpec("last_senior_day", None, "Last senior day of this school year (YYYY-MM-DD)."),
        SettingSpec("decided_by", "", "Default name for 'decided by'."),
        SettingSpec("language", "", "Interface language (empty: the system's)."),
        SettingSpec("demo", False, "Made-up demo data: never mixed with a real roster."),
        SettingSpec(
            "report_min_group",
            30,
            "Equity report: groups smaller than this get no risk or ratio.",
            minimum=1,
            maximum=1000,
        ),
        SettingSpec(
            "report_min_cell",
            10,
            "Equity report: counts below this are shown as suppressed.",
            minimum=1,
            maximum=100,
        ),
        SettingSpec(
            "export_salt", "", "Secret salt for de-identified exports (made on first use)."
        ),
        SettingSpec("edfi_namespace", "uri://ed-fi.org", "Descriptor namespace of Ed-Fi exports."),
        SettingSpec(
            "backups_keep",
            7,
            "Automatic daily backups kept (the oldest go first).",
            minimum=1,
            maximum=365,
        ),
        SettingSpec(
            "retention_years_kept",
            2,
            "School years a purge always keeps (this one and the last by default).",
            minimum=1,
            maximum=50,
        ),
        SettingSpec(
            "lock_minutes",
            10,
            "Minutes without input before the window locks.",
            minimum=1,
            maximum=240,
        ),
    )
}


def get_setting(log: Log, key: str) -> Any:
    spec = SETTINGS[key]
    row = log.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return spec.default if row is None else json.loads(row[0])


def set_setting(log: Log, key: str, value: Any, *, actor: str) -> None:
    """Change a setting (call inside a transaction); the audit keeps the old value."""
    if key not in SETTINGS:
        raise KeyError(key)
    SETTINGS[key].check(value)
    before = get_setting(log, key)
    if before == value:
        return
    log.db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )
    audit(log, "settings", key, "update", before=before, after=value, actor=actor)
