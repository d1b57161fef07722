"""The discipline report on a log made for the test, against numbers computed by hand."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from disciplinedesk.store.database import Log
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.report import discipline_report
from disciplinedesk.store.students import StudentInput, upsert_students
from tests.store.records import record_input
from tests.support import pps

# 100 students: group A 40 (12 excluded), group B 50 (10 excluded, 5 more with in-school
# suspensions, which are not exclusions here), group C 10 (1 excluded).
GROUPS = [("A", 40, 12), ("B", 50, 10), ("C", 10, 1)]


@pytest.fixture
def school(log: Log) -> Log:
    students, excluded, in_school = [], [], []
    for group, size, out in GROUPS:
        for i in range(size):
            is_excluded = i < out
            students.append(
                StudentInput(
                    local_id=f"{group}{i:02d}",
                    first_name="S",
                    last_name=f"{group}{i}",
                    grade="9",
                    race_ethnicity=group,
                    iep=(group == "A" and i < 10),  # disability status: 10 students, all in A
                    english_learner=is_excluded
                    or (group == "B" and 40 <= i < 47),  # 23 excluded + 7 others = 30
                )
            )
            if is_excluded:
                excluded.append(f"{group}{i:02d}")
            elif group == "B" and i < out + 5:
                in_school.append(f"{group}{i:02d}")
    with log.transaction():
        upsert_students(log, students, actor="t")
    for local_id in excluded:
        record_decision(
            log,
            pps(),
            record_input(
                local_id,
                when="2026-10-06T10:00",
                behaviors=["fighting"],
                action="out_of_school_suspension",
                days=2,
                reason="r",
            ),
            actor="t",
        )
    for local_id in in_school:
        record_decision(
            log,
            pps(),
            record_input(
                local_id,
                when="2026-10-07T10:00",
                behaviors=["fighting"],
                action="in_school_suspension",
                days=1,
                reason="r",
            ),
            actor="t",
        )
    record_decision(
        log, pps(), record_input("A00", when="2026-11-03T10:00", behaviors=["tardiness"]), actor="t"
    )
    record_decision(
        log, pps(), record_input("B20", when="2027-02-01T10:00", behaviors=["tardiness"]), actor="t"
    )  # outside the period
    return log


def _row(report: dict[str, object], dimension: str, group: str) -> dict[str, object]:
    rows = [r for r in report["equity"] if r["dimension"] == dimension and r["group"] == group]  # type: ignore[attr-defined]
    assert len(rows) == 1
    return rows[0]  # type: ignore[no-any-return]


def test_totals(school: Log) -> None:
    report = discipline_report(school, pps(), date(2026, 9, 1), date(2026, 12, 31))
    totals = report["totals"]
    assert totals["incidents"] == 23 + 5 + 1
    assert totals["students"] == 28 and totals["repeat_students"] == 1
    assert totals["students_excluded"] == 23
    assert totals["exclusion_days"] == 23 * 2 + 5 * 1
    # Every month of the period, the quiet ones included.
    assert report["by_month"] == {"2026-09": 0, "2026-10": 28, "2026-11": 1, "2026-12": 0}
    assert report["by_action"] == {
        "none": 1,
        "in_school_suspension": 5,
        "out_of_school_suspension": 23,
    }
    assert report["by_type"] == {"Type I": 1, "Type III": 28}


def test_risk_ratios_computed_by_hand(school: Log) -> None:
    report = discipline_report(school, pps(), date(2026, 9, 1), date(2026, 12, 31))
    a = _row(report, "race_ethnicity", "A")
    assert (a["enrolled"], a["excluded"], a["suppressed"]) == (40, 12, False)
    assert a["risk"] == pytest.approx(12 / 40)
    assert a["risk_ratio"] == pytest.approx((12 / 40) / (11 / 60))  # 1.636
    b = _row(report, "race_ethnicity", "B")
    assert b["risk"] == pytest.approx(0.2)
    assert b["risk_ratio"] == pytest.approx(0.2 / (13 / 50))  # 0.769


def test_small_groups_and_counts_are_suppressed(school: Log) -> None:
    report = discipline_report(school, pps(), date(2026, 9, 1), date(2026, 12, 31))
    c = _row(report, "race_ethnicity", "C")  # 10 enrolled (< 30), 1 excluded (< 10)
    assert c == {
        "dimension": "race_ethnicity",
        "group": "C",
        "enrolled": 10,
        "excluded": None,
        "risk": None,
        "risk_ratio": None,
        "comparison_risk_zero": False,
        "suppressed": True,
    }
    yes = _row(report, "iep", "yes")  # 10 students with disability status, all 10 excluded
    assert (yes["enrolled"], yes["excluded"], yes["risk"], yes["suppressed"]) == (
        10,
        None,
        None,
        True,
    )
    no = _row(report, "english_learner", "no")  # 70 enrolled, 0 excluded: the count is suppressed
    assert (no["enrolled"], no["excluded"], no["risk"], no["suppressed"]) == (70, None, None, True)


def test_zero_comparison_risk_is_flagged(school: Log) -> None:
    report = discipline_report(school, pps(), date(2026, 9, 1), date(2026, 12, 31))
    el = _row(report, "english_learner", "yes")  # every excluded student is an English learner
    assert (el["enrolled"], el["excluded"]) == (30, 23)
    assert el["risk"] == pytest.approx(23 / 30)
    assert el["risk_ratio"] is None and el["comparison_risk_zero"] is True


def test_thresholds_are_settings(school: Log) -> None:
    from disciplinedesk.store.settings import set_setting

    with school.transaction():
        set_setting(school, "report_min_group", 5, actor="t")
        set_setting(school, "report_min_cell", 1, actor="t")
    report = discipline_report(school, pps(), date(2026, 9, 1), date(2026, 12, 31))
    c = _row(report, "race_ethnicity", "C")
    assert c["suppressed"] is False and c["risk"] == pytest.approx(0.1)
    assert c["risk_ratio"] == pytest.approx(0.1 / (22 / 90))


def test_the_printed_report_shows_the_same_numbers(school: Log, tmp_path: Path) -> None:
    from disciplinedesk.printing import write_report
    from disciplinedesk.store.disclosures import list_disclosures

    report = discipline_report(school, pps(), date(2026, 9, 1), date(2026, 12, 31))
    target = write_report(school, pps(), report, tmp_path / "report.pdf", actor="vp")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert (
        "Incidents 29" in lines
        and "Students excluded (out-of-school suspension or expulsion) 23" in lines
    )
    assert "Race/ethnicity: A 40 12 30.0% 1.64" in lines
    assert "Race/ethnicity: C 10 — — — (small group)" in lines
    assert "English learner: no 70 — — — (small count)" in lines
    assert "English learner: yes 30 23 76.7% — (no one else excluded)" in lines
    assert "B00" not in text and "S B0" not in text  # aggregates only: no student names or ids
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(target), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert [p.name for p in pages] == ["page-1.png", "page-2.png", "page-3.png"]
    assert all(p.stat().st_size > 1000 for p in pages)
    (disclosure,) = list_disclosures(school)
    assert disclosure["kind"] == "report" and disclosure["destination"] == str(target)
