"""Students: the roster as the school's own ids, names, grade and the flags the rules need."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from disciplinedesk.store.database import Log, utc_now
from disciplinedesk.store.errors import NotFoundError, StoreError
from disciplinedesk.store.rows import audit, insert, new_id, update


@dataclass(frozen=True)
class StudentInput:
    """One student as a roster gives it; None means 'not given'."""

    local_id: str
    first_name: str
    last_name: str
    grade: str
    iep: bool | None = None
    section_504: bool | None = None
    sped_referral_pending: bool | None = None
    family_language: str | None = None
    gender: str | None = None
    race_ethnicity: str | None = None
    english_learner: bool | None = None


@dataclass(frozen=True)
class Student:
    id: str
    local_id: str
    first_name: str
    last_name: str
    grade: str
    iep: bool
    section_504: bool
    sped_referral_pending: bool
    family_language: str
    gender: str | None
    race_ethnicity: str | None
    english_learner: bool | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def case_fields(self) -> dict[str, Any]:
        """The student as the engine's case wants it."""
        return {
            "id": self.local_id,
            "grade": self.grade,
            "iep": self.iep,
            "section_504": self.section_504,
            "sped_referral_pending": self.sped_referral_pending,
            "family_language": self.family_language,
        }


_STUDENT_COLUMNS = ", ".join(f.name for f in fields(Student))
_BOOLS = ("iep", "section_504", "sped_referral_pending")


def _student(row: dict[str, Any]) -> Student:
    values = dict(row)
    for name in _BOOLS:
        values[name] = bool(values[name])
    if values["english_learner"] is not None:
        values["english_learner"] = bool(values["english_learner"])
    return Student(**values)


def student_key(log: Log, local_id: str) -> str | None:
    """The log's own key of the student with the school's id `local_id` (voided or not),
    or None when the roster has no such student."""
    rows = log.query("SELECT id FROM students WHERE local_id = ?", [local_id])
    return str(rows[0]["id"]) if rows else None


def get_student(log: Log, local_id: str) -> Student:
    rows = log.query(
        f"SELECT {_STUDENT_COLUMNS} FROM students WHERE local_id = ? AND voided_at IS NULL",
        [local_id],
    )
    if not rows:
        raise NotFoundError(f"no student with id {local_id!r} in the log")
    return _student(rows[0])


def get_student_by_key(log: Log, key: str) -> Student:
    rows = log.query(f"SELECT {_STUDENT_COLUMNS} FROM students WHERE id = ?", [key])
    if not rows:
        raise NotFoundError(f"no student with key {key!r}")
    return _student(rows[0])


def list_students(
    log: Log, *, search: str | None = None, limit: int | None = None
) -> list[Student]:
    sql = f"SELECT {_STUDENT_COLUMNS} FROM students WHERE voided_at IS NULL"
    params: list[Any] = []
    if search:
        sql += " AND rowid IN (SELECT rowid FROM students_fts WHERE students_fts MATCH ?)"
        params.append(fts_query(search))
    sql += " ORDER BY last_name, first_name, local_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_student(row) for row in log.query(sql, params)]


def fts_query(text: str) -> str:
    """Each word of what the user typed as a quoted prefix term: safe from FTS syntax."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w)


@dataclass(frozen=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def upsert_students(log: Log, students: list[StudentInput], *, actor: str) -> ImportCounts:
    """Add new students and update known ones by local id (call inside a transaction)."""
    existing = {
        row["local_id"]: _student(row)
        for row in log.query(f"SELECT {_STUDENT_COLUMNS} FROM students")
    }
    added = updated = unchanged = 0
    now = utc_now()
    for given in students:
        values = {k: v for k, v in asdict(given).items() if v is not None}
        current = existing.get(given.local_id)
        if current is None:
            row = {
                "id": new_id(),
                "iep": False,
                "section_504": False,
                "sped_referral_pending": False,
                "family_language": "en",
                **values,
                "created_at": now,
                "updated_at": now,
            }
            insert(log, "students", row)
            audit(log, "students", row["id"], "insert", after=values, actor=actor)
            added += 1
            continue
        before = asdict(current)
        changes = {k: v for k, v in values.items() if before.get(k) != v}
        if not changes:
            unchanged += 1
            continue
        update(log, "students", current.id, {**changes, "updated_at": now})
        audit(
            log,
            "students",
            current.id,
            "update",
            before={k: before[k] for k in changes},
            after=changes,
            actor=actor,
        )
        updated += 1
    return ImportCounts(added, updated, unchanged)


def void_student(log: Log, local_id: str, reason: str, *, actor: str) -> None:
    """A student entered by mistake is voided, never deleted (call inside a transaction)."""
    if not reason.strip():
        raise StoreError("a reason is required to void a student")
    student = get_student(log, local_id)
    now = utc_now()
    update(log, "students", student.id, {"voided_at": now, "void_reason": reason})
    audit(log, "students", student.id, "void", after={"reason": reason}, actor=actor)
