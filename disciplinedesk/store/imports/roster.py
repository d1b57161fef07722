"""Roster files: a OneRoster 1.1 CSV folder, or one CSV with the school's own columns.

Simple CSV header: student_id,first_name,last_name,grade and optionally iep, section_504,
sped_referral_pending, family_language, gender, race_ethnicity, english_learner.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from disciplinedesk.domain.case import GRADES
from disciplinedesk.domain.languages import LANGUAGE_NAMES, OTHER_NAMES, language_code
from disciplinedesk.store.imports.text import ImportProblemError, csv_rows, read_text_file
from disciplinedesk.store.students import StudentInput

REQUIRED = ("student_id", "first_name", "last_name", "grade")
OPTIONAL = (
    "iep",
    "section_504",
    "sped_referral_pending",
    "family_language",
    "gender",
    "race_ethnicity",
    "english_learner",
)
TRUE = {"1", "true", "yes", "y", "t", "x"}
FALSE = {"0", "false", "no", "n", "f", ""}
# OneRoster uses the CEDS grade codes.
ONEROSTER_GRADES = {"IT": "PK", "PR": "PK", "PK": "PK", "TK": "PK", "KG": "K"} | {
    f"{n:02d}": str(n) for n in range(1, 13)
}
RACE_COLUMNS = {
    "americanIndianOrAlaskaNative": "American Indian or Alaska Native",
    "asian": "Asian",
    "blackOrAfricanAmerican": "Black or African American",
    "nativeHawaiianOrOtherPacificIslander": "Native Hawaiian or Other Pacific Islander",
    "white": "White",
}


@dataclass(frozen=True)
class Roster:
    students: list[StudentInput]
    encoding: str
    source: str
    # Control characters removed from names and values (terminal escapes, stray tabs).
    controls_removed: int = 0


def read_roster(path: Path) -> Roster:
    if path.is_dir():
        return _read_oneroster(path)
    return _read_simple_csv(path)


def _grade(value: str, path: Path, line: int, column: str) -> str:
    grade = value.strip().upper()
    if grade in GRADES:
        return grade
    if grade.isdigit() and grade.lstrip("0") in GRADES:
        return grade.lstrip("0")
    raise ImportProblemError(
        path, f"{value!r} is not a grade (PK, K or 1 to 12)", line=line, column=column
    )


def _bool(value: str, path: Path, line: int, column: str) -> bool:
    lowered = value.strip().lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise ImportProblemError(path, f"{value!r} is not yes or no", line=line, column=column)


def _language(value: str, path: Path, line: int, column: str) -> str:
    """A family language as a code, an English name or its own name ("es", "Spanish",
    "Español"); refused with the names the letters are written in."""
    if not value.strip():
        return "en"
    code = language_code(value)
    if code is None:
        letters = ", ".join(f"{LANGUAGE_NAMES[c]} ({c})" for c in OTHER_NAMES)
        raise ImportProblemError(
            path,
            f"{value[:40]!r} is not a language this program knows; give its ISO 639-1 code or "
            f"its name, such as {letters}",
            line=line,
            column=column,
        )
    return code


def _check_id(value: str, seen: dict[str, int], path: Path, line: int, column: str) -> str:
    if not value:
        raise ImportProblemError(path, "the student id is missing", line=line, column=column)
    if value in seen:
        raise ImportProblemError(
            path, f"student id {value!r} is also on line {seen[value]}", line=line, column=column
        )
    seen[value] = line
    return value


def _read_simple_csv(path: Path) -> Roster:
    decoded = read_text_file(path)
    table = csv_rows(decoded, path)
    header, rows = table.header, table.rows
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportProblemError(
            path, f"the header lacks {', '.join(missing)} (expected {','.join(REQUIRED)})", line=1
        )
    unknown = [name for name in header if name not in REQUIRED + OPTIONAL]
    if unknown:
        raise ImportProblemError(path, f"unknown column {unknown[0]!r}", line=1)
    seen: dict[str, int] = {}
    students = []
    for line, row in rows:
        local_id = _check_id(row["student_id"], seen, path, line, "student_id")
        for name in ("first_name", "last_name"):
            if not row[name]:
                raise ImportProblemError(path, f"{name} is empty", line=line, column=name)
        values: dict[str, object] = {}
        for name in ("iep", "section_504", "sped_referral_pending", "english_learner"):
            if name in row:
                values[name] = _bool(row[name], path, line, name)
        if "family_language" in row:
            values["family_language"] = _language(
                row["family_language"], path, line, "family_language"
            )
        for name in ("gender", "race_ethnicity"):
            if name in row:
                values[name] = row[name] or None
        students.append(
            StudentInput(
                local_id=local_id,
                first_name=row["first_name"],
                last_name=row["last_name"],
                grade=_grade(row["grade"], path, line, "grade"),
                **values,  # type: ignore[arg-type]
            )
        )
    return Roster(students, decoded.encoding, str(path), table.controls_removed)


def _read_oneroster(folder: Path) -> Roster:
    users_path = folder / "users.csv"
    if not users_path.exists():
        raise ImportProblemError(
            folder, "is a folder without users.csv; a OneRoster export has users.csv"
        )
    decoded = read_text_file(users_path)
    table = csv_rows(decoded, users_path)
    header, rows = table.header, table.rows
    for name in ("sourcedId", "role", "givenName", "familyName", "grades"):
        if name not in header:
            raise ImportProblemError(
                users_path, f"the header lacks {name} (OneRoster 1.1 users.csv)", line=1
            )
    demographics = _read_demographics(folder / "demographics.csv")
    seen: dict[str, int] = {}
    students = []
    for line, row in rows:
        if row["role"].lower() != "student" or row.get("status", "").lower() == "tobedeleted":
            continue
        local_id = _check_id(
            row.get("identifier") or row["sourcedId"], seen, users_path, line, "identifier"
        )
        codes = [code.strip().upper() for code in row["grades"].split(",") if code.strip()]
        if not codes:
            raise ImportProblemError(users_path, "grades is empty", line=line, column="grades")
        grade = ONEROSTER_GRADES.get(codes[0])
        if grade is None:
            raise ImportProblemError(
                users_path,
                f"{codes[0]!r} is not a grade DisciplineDesk serves (PK, KG, 01-12)",
                line=line,
                column="grades",
            )
        for name in ("givenName", "familyName"):
            if not row[name]:
                raise ImportProblemError(users_path, f"{name} is empty", line=line, column=name)
        gender, race = demographics.get(row["sourcedId"], (None, None))
        students.append(
            StudentInput(
                local_id=local_id,
                first_name=row["givenName"],
                last_name=row["familyName"],
                grade=grade,
                gender=gender,
                race_ethnicity=race,
            )
        )
    return Roster(students, decoded.encoding, str(folder), table.controls_removed)


def _read_demographics(path: Path) -> dict[str, tuple[str | None, str | None]]:
    if not path.exists():
        return {}
    table = csv_rows(read_text_file(path), path)
    header, rows = table.header, table.rows
    if "sourcedId" not in header:
        raise ImportProblemError(path, "the header lacks sourcedId", line=1)
    result: dict[str, tuple[str | None, str | None]] = {}
    for line, row in rows:
        sex = row.get("sex", "").lower() or None
        races = [
            label
            for column, label in RACE_COLUMNS.items()
            if _bool(row.get(column, ""), path, line, column)
        ]
        if _bool(row.get("hispanicOrLatinoEthnicity", ""), path, line, "hispanicOrLatinoEthnicity"):
            race: str | None = "Hispanic or Latino"
        elif (
            _bool(
                row.get("demographicRaceTwoOrMoreRaces", ""),
                path,
                line,
                "demographicRaceTwoOrMoreRaces",
            )
            or len(races) > 1
        ):
            race = "Two or more races"
        else:
            race = races[0] if races else None
        result[row["sourcedId"]] = (sex, race)
    return result
