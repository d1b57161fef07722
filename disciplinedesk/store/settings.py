"""Settings kept in the log (school name, school year, default decided-by), declared as data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
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
    # The form of a text setting: "month_day" (MM-DD), "date" (YYYY-MM-DD or none),
    # "digits" (a district's number, or empty). Whoever sets it (the command line, Settings,
    # the welcome) is refused the same way, never given a silent default.
    form: str = ""

    def check(self, value: Any) -> None:
        """Refuse a value outside the setting's range or form (SettingError names the
        setting and what it takes)."""
        if self.form:
            self._check_form(value)
        if self.minimum is None or self.maximum is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(
                f"{self.key}: must be a whole number from {self.minimum} to {self.maximum}"
            )
        if not self.minimum <= value <= self.maximum:
            raise SettingError(f"{self.key}: {value} is outside {self.minimum} to {self.maximum}")

    def _check_form(self, value: Any) -> None:
        if self.form == "date" and value is None:
            return
        if not isinstance(value, str):
            raise SettingError(f"{self.key}: must be text")
        if self.form == "digits":
            if value and not value.isdigit():
                raise SettingError(
                    f"{self.key}: {value!r} must be the number the district's systems use"
                )
            return
        # Written out whole ("2026-06-12", "09-01"): Python also reads "20260612".
        full = f"2000-{value}" if self.form == "month_day" else value  # 2000: 02-29 is a day
        try:
            if date.fromisoformat(full).isoformat() != full:
                raise ValueError(full)
        except ValueError:
            shape = (
                "a month and day as MM-DD" if self.form == "month_day" else "a date as YYYY-MM-DD"
            )
            raise SettingError(f"{self.key}: {value!r} is not {shape}") from None


class SettingError(StoreError):
    """A setting's value is not one it can take; the message names the setting and its range."""


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("school_name", "", "The school's name, printed on documents."),
        SettingSpec("school_id", "", "The school's id in the district's systems.", form="digits"),
        SettingSpec("school_address", "", "The school's address, on every family letter."),
        SettingSpec("school_phone", "", "The number families call, on every family letter."),
        SettingSpec("office_hours", "", "When the office answers, on every family letter."),
        SettingSpec(
            "school_year_start", "07-01", "First day (MM-DD) of the school year.", form="month_day"
        ),
        SettingSpec(
            "last_senior_day",
            None,
            "Last senior day of this school year (YYYY-MM-DD).",
            form="date",
        ),
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
    row = log.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return spec.default if row is None else json.loads(row[0])


def set_setting(log: Log, key: str, value: Any, *, actor: str) -> None:
    """Change a setting (call inside a transaction); the audit keeps the old value."""
    if key not in SETTINGS:
        raise KeyError(key)
    SETTINGS[key].check(value)
    before = get_setting(log, key)
    if before == value:
        return
    log.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )
    audit(log, "settings", key, "update", before=before, after=value, actor=actor)
