"""Roster and calendar imports: good files, and bad ones with the exact line, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from disciplinedesk.store.calendar import import_calendar_days, non_school_days
from disciplinedesk.store.database import Log
from disciplinedesk.store.imports.calendar_file import read_calendar
from disciplinedesk.store.imports.roster import read_roster
from disciplinedesk.store.imports.text import ImportProblemError
from disciplinedesk.store.students import get_student, list_students, upsert_students

HEADER = "student_id,first_name,last_name,grade,iep,section_504,family_language,gender,race_ethnicity,english_learner\n"


def _write(tmp_path: Path, text: str | bytes, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def _import(log: Log, path: Path) -> tuple[int, int, int]:
    roster = read_roster(path)
    with log.transaction():
        counts = upsert_students(log, roster.students, actor="t")
    return counts.added, counts.updated, counts.unchanged


def test_simple_csv_import_and_reimport(log: Log, tmp_path: Path) -> None:
    path = _write(
        tmp_path, HEADER + "S1,Ana,Nguyễn,k,yes,no,vi,F,Asian,yes\nS2,Bo,Chen,10,,,zh,,,\n"
    )
    assert _import(log, path) == (2, 0, 0)
    ana = get_student(log, "S1")
    assert (ana.grade, ana.iep, ana.family_language, ana.english_learner) == ("K", True, "vi", True)
    path = _write(
        tmp_path,
        HEADER
        + "S1,Ana,Nguyễn,1,yes,no,vi,F,Asian,yes\nS2,Bo,Chen,10,,,zh,,,\nS3,Cy,Doe,12,,,en,,,\n",
    )
    assert _import(log, path) == (1, 1, 1)
    assert get_student(log, "S1").grade == "1"


def test_columns_absent_from_a_roster_keep_stored_values(log: Log, tmp_path: Path) -> None:
    _import(log, _write(tmp_path, HEADER + "S1,Ana,Lee,4,yes,no,es,,,\n"))
    _import(log, _write(tmp_path, "student_id,first_name,last_name,grade\nS1,Ana,Lee,5\n"))
    ana = get_student(log, "S1")
    assert (ana.grade, ana.iep, ana.family_language) == ("5", True, "es")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "S1,Ana,Lee,4\nS2,Bo,Chen,13\n",
            "roster.csv, line 3, column grade: '13' is not a grade (PK, K or 1 to 12)",
        ),
        (
            "S1,Ana,Lee,4\n,Bo,Chen,3\n",
            "roster.csv, line 3, column student_id: the student id is missing",
        ),
        (
            "S1,Ana,Lee,4\nS1,Bo,Chen,3\n",
            "roster.csv, line 3, column student_id: student id 'S1' is also on line 2",
        ),
        ("S1,Ana,Lee,4,maybe\n", "roster.csv, line 2, column iep: 'maybe' is not yes or no"),
    ],
)
def test_bad_rows_name_file_line_and_column(
    log: Log, tmp_path: Path, rows: str, message: str
) -> None:
    header = "student_id,first_name,last_name,grade" + (",iep" if "maybe" in rows else "") + "\n"
    path = _write(tmp_path, header + rows)
    with pytest.raises(ImportProblemError) as caught:
        read_roster(path)
    assert str(caught.value) == f"{tmp_path}/{message}"
    assert list_students(log) == []


def test_family_languages_by_code_or_by_name(tmp_path: Path) -> None:
    rows = [
        "es",
        "Spanish",
        "Español",
        "SOMALI",
        "Soomaali",
        "Chinese",
        "中文",
        "Tiếng Việt",
        "",
        "so",
    ]
    path = _write(
        tmp_path,
        "student_id,first_name,last_name,grade,family_language\n"
        + "".join(f"S{n},Ana,Lee,4,{language}\n" for n, language in enumerate(rows)),
    )
    languages = [s.family_language for s in read_roster(path).students]
    assert languages == ["es", "es", "es", "so", "so", "zh", "zh", "vi", "en", "so"]


def test_unknown_language_is_refused_with_the_names_accepted(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "student_id,first_name,last_name,grade,family_language\nS1,Ana,Lee,4,Klingon\n"
    )
    with pytest.raises(
        ImportProblemError,
        match=r"line 2, column family_language: 'Klingon' is not a language this program knows.*Spanish \(es\)",
    ):
        read_roster(path)


def test_header_problems(tmp_path: Path) -> None:
    with pytest.raises(ImportProblemError, match="line 1: the header lacks grade"):
        read_roster(_write(tmp_path, "student_id,first_name,last_name\nS1,A,B\n"))
    with pytest.raises(ImportProblemError, match="unknown column 'shoe_size'"):
        read_roster(_write(tmp_path, "student_id,first_name,last_name,grade,shoe_size\n"))


def test_bom_and_windows_1252(tmp_path: Path) -> None:
    bom = _write(
        tmp_path,
        b"\xef\xbb\xbfstudent_id,first_name,last_name,grade\nS1,Jos\xc3\xa9,Pe\xc3\xb1a,3\n",
        "bom.csv",
    )
    assert read_roster(bom).students[0].first_name == "José"
    legacy = _write(
        tmp_path,
        "student_id,first_name,last_name,grade\nS1,José,Peña,3\n".encode("cp1252"),
        "legacy.csv",
    )
    roster = read_roster(legacy)
    assert (roster.students[0].last_name, roster.encoding) == ("Peña", "windows-1252")
    with pytest.raises(ImportProblemError, match="UTF-16"):
        read_roster(_write(tmp_path, "student_id".encode("utf-16"), "wide.csv"))


def test_oneroster_folder(tmp_path: Path, log: Log) -> None:
    folder = tmp_path / "oneroster"
    folder.mkdir()
    (folder / "users.csv").write_text(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
        "u1,active,,true,org1,student,ana,,Ana,Lee,,1001,,,,,KG,\n"
        "u2,active,,true,org1,teacher,tt,,Tom,Teach,,,,,,,,\n"
        "u3,active,,true,org1,student,bo,,Bo,Chen,,1002,,,,,09,\n",
        encoding="utf-8",
    )
    (folder / "demographics.csv").write_text(
        "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity\n"
        "u1,,,,female,false,true,false,false,true,false,false\n"
        "u3,,,,male,false,false,true,false,false,false,true\n",
        encoding="utf-8",
    )
    assert _import(log, folder) == (2, 0, 0)
    ana, bo = get_student(log, "1001"), get_student(log, "1002")
    assert (ana.grade, ana.gender, ana.race_ethnicity) == ("K", "female", "Two or more races")
    assert (bo.grade, bo.race_ethnicity) == ("9", "Hispanic or Latino")


def test_oneroster_bad_grade_line(tmp_path: Path) -> None:
    folder = tmp_path / "or"
    folder.mkdir()
    (folder / "users.csv").write_text(
        "sourcedId,role,givenName,familyName,grades,identifier\nu1,student,A,B,13,1\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblemError, match=r"users.csv, line 2, column grades: '13'"):
        read_roster(folder)


def test_calendar_csv_and_ics(tmp_path: Path, log: Log) -> None:
    csv_path = _write(
        tmp_path,
        "date,description\n2026-11-26,Thanksgiving\n2026-11-27,Native American Heritage Day\n",
        "days.csv",
    )
    ics_path = _write(
        tmp_path,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Winter break\r\nDTSTART;VALUE=DATE:20261221\r\nDTEND;VALUE=DATE:20261224\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        "breaks.ics",
    )
    with log.transaction():
        for path, added in ((csv_path, 2), (ics_path, 3)):
            calendar = read_calendar(path)
            plan = import_calendar_days(log, calendar.days, source=calendar.source, actor="t")
            assert plan.counts() == {"added": added, "updated": 0, "removed": 0}
    days = non_school_days(log)
    assert days[date(2026, 12, 23)] == "Winter break" and date(2026, 12, 24) not in days


def test_calendar_bad_date(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "date,description\n2026-11-26,Thanksgiving\n2026-02-30,Oops\n", "days.csv"
    )
    with pytest.raises(
        ImportProblemError, match=r"line 3, column date: '2026-02-30' is not a date"
    ):
        read_calendar(path)


def test_a_duplicated_header_column_is_refused_naming_it(tmp_path: Path) -> None:
    path = _write(tmp_path, "student_id,first_name,last_name,grade,grade\nS1,Ana,Lee,3,9\n")
    with pytest.raises(
        ImportProblemError, match=r"line 1: the header has column 'grade' twice \(columns 4 and 5\)"
    ):
        read_roster(path)


def test_a_oneroster_student_without_a_given_name_is_refused_with_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "oneroster"
    folder.mkdir()
    (folder / "users.csv").write_text(
        "sourcedId,status,role,identifier,givenName,familyName,grades\n"
        "u1,active,student,S1,Ana,Lee,08\n"
        "u2,active,student,S2,,Chen,09\n",
        encoding="utf-8",
    )
    with pytest.raises(
        ImportProblemError, match=r"users.csv, line 3, column givenName: givenName is empty"
    ):
        read_roster(folder)


def test_a_pipe_or_an_oversized_file_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from disciplinedesk.store.imports import text

    pipe = tmp_path / "roster.csv"
    os.mkfifo(pipe)
    with pytest.raises(ImportProblemError, match="is not a regular file"):
        read_roster(pipe)  # would block forever if it were opened
    big = _write(tmp_path, HEADER + "S1,Ana,Lee,8,,,,,,\n", "big.csv")
    monkeypatch.setattr(text, "MAX_IMPORT_BYTES", 64)
    with pytest.raises(ImportProblemError, match="is larger than 0 MB"):
        read_roster(big)


def test_terminal_escapes_in_names_are_removed_and_counted(tmp_path: Path, log: Log) -> None:
    path = _write(
        tmp_path,
        "student_id,first_name,last_name,grade\nS1,An\x1b[31ma,Lee\x07,8\nS2,Bo\x1b]0;owned\x07,Chen,9\n",
    )
    roster = read_roster(path)
    assert [(s.first_name, s.last_name) for s in roster.students] == [
        ("Ana", "Lee"),
        ("Bo", "Chen"),
    ]
    assert roster.controls_removed == 3
