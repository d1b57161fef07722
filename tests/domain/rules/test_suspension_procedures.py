from tests.support import deadline, findings, run


def test_out_of_school_suspension_procedures_and_return_date() -> None:
    # Thursday 2026-11-19, 2 days: Thu, Fri; back Monday 23rd.
    result = run(
        behaviors=["fighting"], action="out_of_school_suspension", days=2, start="2026-11-19"
    )
    keys = {f.key: f.severity for f in findings(result, "suspension_procedures")}
    assert keys == {"notify": "required", "reengagement": "warning", "off_property": "info"}
    assert deadline(result, "return_to_school") == "2026-11-23"


def test_return_skips_non_school_days() -> None:
    result = run(
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=3,
        start="2026-11-24",
        calendar={"non_school_days": ["2026-11-26", "2026-11-27"]},
    )
    # Tue 24, Wed 25, (Thanksgiving Thu/Fri and the weekend skipped) Mon 30; back Tue Dec 1.
    assert deadline(result, "return_to_school") == "2026-12-01"


def test_rest_of_day_returns_next_school_day() -> None:
    result = run(
        behaviors=["fighting"], action="rest_of_day_suspension", days=0, start="2026-11-20"
    )
    assert deadline(result, "return_to_school") == "2026-11-23"
    result = run(
        behaviors=["fighting"], action="rest_of_day_suspension", days=1, start="2026-11-20"
    )
    assert deadline(result, "return_to_school") == "2026-11-24"


def test_in_school_suspension_has_no_off_property_notice() -> None:
    result = run(
        behaviors=["fighting"], action="in_school_suspension", days=1, student={"iep": True}
    )
    keys = {f.key for f in findings(result, "suspension_procedures")}
    assert keys == {"notify", "reengagement", "disability_notice"}


def test_no_date_no_return_deadline_and_no_suspension_no_procedures() -> None:
    assert (
        deadline(
            run(behaviors=["fighting"], action="out_of_school_suspension", days=2, start=None),
            "return_to_school",
        )
        is None
    )
    assert findings(run(behaviors=["fighting"], action="none"), "suspension_procedures") == []
